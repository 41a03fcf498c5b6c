import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EntryStore } from '../../src/store/EntryStore.js';
import { OwnerLock } from '../../src/store/OwnerLock.js';
import { ROOT } from '../paths.js';
import { postgres } from './backends.js';

/**
 * Two bot-like processes on one PostgreSQL database, as two machines would run two shard sets: real processes
 * (test/store/ownerProcess.ts), each with its own owner lock and its own servers, and a real SIGKILL.
 */

class Owner {
  readonly child: ChildProcessWithoutNullStreams;
  readonly lines: string[] = [];
  private waiters: Array<{ test: (line: string) => boolean; resolve: () => void }> = [];
  readonly exited: Promise<void>;

  /** `log`: every line of every process, as `owner: line`, in the order they reached this test. */
  constructor(
    url: string,
    readonly owner: string,
    private readonly log: string[] = [],
  ) {
    this.child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'store', 'ownerProcess.ts')], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, OWNER: owner },
    });
    this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
    let buffer = '';
    this.child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        this.lines.push(line);
        this.log.push(`${this.owner}: ${line}`);
        for (const waiter of this.waiters.filter((w) => w.test(line))) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve();
        }
      }
    });
  }

  /** Resolves at the first line (from now on, or already seen) that passes the test. */
  waitFor(test: (line: string) => boolean): Promise<void> {
    if (this.lines.some(test)) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  send(line: string): void {
    this.child.stdin.write(`${line}\n`);
  }

  /** The ids this process confirmed as saved, by server. */
  confirmed(guild: string): number[] {
    return this.lines.flatMap((line) => {
      const [word, g, id] = line.split(' ');
      return word === 'saved' && g === guild ? [Number(id)] : [];
    });
  }

  async kill(): Promise<void> {
    this.child.kill('SIGKILL');
    await this.exited;
  }
}

const running: Owner[] = [];
afterEach(async () => {
  for (const owner of running.splice(0)) await owner.kill();
});

describe('two bot processes on one PostgreSQL database', () => {
  if (postgres.skip) it.skip(`skipped: ${postgres.skip}`, () => {});

  it.skipIf(postgres.skip)(
    'GIVEN two owners writing their own servers at once THEN killing one mid-stream loses nothing it confirmed, and the other goes on',
    async () => {
      const url = postgres.fresh();
      const a = new Owner(url, 'machine-a');
      const b = new Owner(url, 'machine-b');
      running.push(a, b);
      await Promise.all([a.waitFor((l) => l === 'ready'), b.waitFor((l) => l === 'ready')]);

      // Many adds in flight on both; A is killed after its 30th confirmation, with more of its adds still queued.
      for (let n = 1; n <= 60; n++) {
        a.send(`add a${n % 2} ${n}`);
        b.send(`add b${n % 2} ${n}`);
      }
      await a.waitFor(() => a.confirmed('a0').length + a.confirmed('a1').length >= 30);
      await a.kill();
      const confirmedByA = [...a.confirmed('a0'), ...a.confirmed('a1')];
      expect(confirmedByA.length).toBeLessThan(60);

      // B did not wait for A: all of its adds are confirmed, after A died as before.
      await b.waitFor(() => b.confirmed('b0').length + b.confirmed('b1').length === 60);

      const store = EntryStore.open(url);
      try {
        const heldByA = new Set([...store.list('a0'), ...store.list('a1')].map((e) => e.id));
        for (const id of confirmedByA) expect(heldByA.has(id), `A's confirmed entry ${id} survives the kill`).toBe(true);
        // Nothing is half there: every entry A's servers hold has its audit row.
        for (const guild of ['a0', 'a1']) {
          for (const entry of store.list(guild)) expect(store.history(guild, entry.id).map((r) => r.action)).toEqual(['add']);
        }
        expect(store.list('b0').length + store.list('b1').length).toBe(60);
        expect(store.list('b0').every((e) => e.createdBy === 'machine-b')).toBe(true);
        // A's owner lock went with its connection: a new process for A may start; B's is still held.
        const lockA = OwnerLock.acquire(url, 'machine-a');
        lockA?.release();
        expect(() => OwnerLock.acquire(url, 'machine-b')).toThrow(/another storydesk process already serves machine-b/u);
      } finally {
        store.close();
      }
    },
  );

  it.skipIf(postgres.skip)(
    'GIVEN an import under way in one process THEN the other process goes on writing its own servers meanwhile',
    async () => {
      const url = postgres.fresh();
      const log: string[] = [];
      const a = new Owner(url, 'machine-a', log);
      const b = new Owner(url, 'machine-b', log);
      running.push(a, b);
      await Promise.all([a.waitFor((l) => l === 'ready'), b.waitFor((l) => l === 'ready')]);

      a.send('import a0 3000');
      await a.waitFor((l) => l === 'importing a0');
      for (let n = 1; n <= 5; n++) b.send(`add b0 ${n}`);
      await b.waitFor(() => b.confirmed('b0').length === 5);
      await a.waitFor((l) => l.startsWith('imported a0'));
      // B's five adds were confirmed after A's import (one transaction of 3,000 records) began and before it said it was done.
      expect(a.lines).toContain('imported a0 3000');
      const savedByB = log.flatMap((line, at) => (line.startsWith('machine-b: saved b0 ') ? [at] : []));
      expect(savedByB).toHaveLength(5);
      expect(savedByB[0]).toBeGreaterThan(log.indexOf('machine-a: importing a0'));
      expect(savedByB[4]).toBeLessThan(log.indexOf('machine-a: imported a0 3000'));
    },
  );
});
