import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EntryStore } from '../../src/store/EntryStore.js';
import { ROOT } from '../paths.js';

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
    const listed = new Set([...restarted.stdout.matchAll(/^(m\d+) · fact/gmu)].map((m) => m[1]!));
    for (const id of confirmed) expect(listed.has(id), `confirmed ${id} survives`).toBe(true);

    const store = EntryStore.open(databasePath);
    try {
      expect(store.integrityCheck()).toBe('ok');
    } finally {
      store.close();
    }
  });
});
