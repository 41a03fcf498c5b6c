import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EntryStore } from '../../src/store/EntryStore.js';
import { ROOT } from '../paths.js';
import { bigExport } from './bigExport.js';

/**
 * A real process saves entries and is killed with SIGKILL mid-stream; after a restart every entry it
 * confirmed is there and the database passes PRAGMA integrity_check.
 */
describe('crash safety', () => {
  it('GIVEN entries confirmed by the real process THEN after SIGKILL and a restart every one of them is there', async () => {
    const databasePath = join(mkdtempSync(join(tmpdir(), 'storydesk-crash-')), 'entries.db');
    const env = { ...process.env, DISCORD_TOKEN: '', DATABASE_PATH: databasePath, ENTRY_RATE_PER_MINUTE: '1000' };
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'main.ts')], {
      cwd: ROOT,
      env,
      stdio: ['pipe', 'pipe', 'inherit'],
    });

    const confirmed: string[] = [];
    let sent = 0;
    const send = (): void => {
      sent += 1;
      child.stdin.write(`/entry add kind:fact force:yes text:"Crash-test fact number ${sent}, written while the process may die."\n`);
    };
    const killed = new Promise<void>((resolve) => {
      let buffer = '';
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) {
          const id = /^Saved entry (m\d+)\.$/u.exec(line)?.[1];
          if (!id) continue;
          confirmed.push(id);
          // Keep several adds in flight, so the kill lands in the middle of the stream.
          if (confirmed.length === 40) {
            child.kill('SIGKILL');
            resolve();
            return;
          }
          send();
        }
      });
      for (let i = 0; i < 5; i++) send();
    });
    await killed;
    await new Promise<void>((resolve) =>
      child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
    );
    expect(child.signalCode).toBe('SIGKILL');
    expect(sent).toBeGreaterThan(confirmed.length);

    const restarted = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'main.ts')], {
      cwd: ROOT,
      env,
      input: '/entry list\n',
      encoding: 'utf8',
    });
    expect(restarted.status).toBe(0);
    const listed = new Set([...restarted.stdout.matchAll(/^(m\d+) · s0 · fact/gmu)].map((m) => m[1]!));
    for (const id of confirmed) expect(listed.has(id), `confirmed ${id} survives`).toBe(true);

    const store = EntryStore.open(databasePath);
    try {
      expect(store.integrityCheck()).toBe('ok');
    } finally {
      store.close();
    }
  });
});

/**
 * A 10,000-record import in a real console process, killed with SIGKILL while it writes: after the kill the
 * server holds either none of the records or all of them, never some, and the file passes integrity_check.
 * The kill lands at several points after the records were checked (the write is under way or about to be).
 */
describe('crash safety of an import', () => {
  const RECORDS = 10_000;
  it.each([0, 60, 200])(
    'GIVEN an import of 10,000 records killed %i ms after they were checked THEN the server holds none or all of them',
    async (delay) => {
      const dir = mkdtempSync(join(tmpdir(), 'storydesk-import-crash-'));
      const databasePath = join(dir, 'entries.db');
      const file = join(dir, 'export.json');
      writeFileSync(file, bigExport(RECORDS));
      const env = {
        ...process.env,
        DISCORD_TOKEN: '',
        DATABASE_PATH: databasePath,
        ENTRY_RATE_PER_MINUTE: '100000',
        MAX_ENTRIES_PER_SERVER: '100000',
      };
      const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'main.ts')], {
        cwd: ROOT,
        env,
        stdio: ['pipe', 'pipe', 'inherit'],
      });
      let output = '';
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (/Checked 10,000 records; writing/u.test(output)) {
            setTimeout(() => {
              child.kill('SIGKILL');
              resolve();
            }, delay);
          }
        });
        child.once('exit', () => reject(new Error(`console exited before the import was checked: ${output}`)));
        child.stdin.write(`/entry import file:${file}\n`);
      });
      await exited;
      const store = EntryStore.open(databasePath);
      try {
        const held = store.countActive('console');
        expect([0, RECORDS], `${held} records after the kill`).toContain(held);
        if (/Imported: 10,000 added|Imported: 10000 added/u.test(output)) expect(held).toBe(RECORDS);
        expect(store.integrityCheck()).toBe('ok');
      } finally {
        store.close();
      }
    },
  );
});
