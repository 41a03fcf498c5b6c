import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EntryStore } from '../../src/store/EntryStore.js';
import { ROOT } from '../paths.js';

/**
 * `npm run backup -- FILE` while a real console process keeps writing to the database, then the README's restore
 * (stop, copy the backup over DATABASE_PATH, delete its -wal and -shm, start) on a real file.
 */

function backup(databasePath: string, file: string, databaseUrl = ''): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn('npm', ['run', '--silent', 'backup', '--', file], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_PATH: databasePath, DATABASE_URL: databaseUrl },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (status) => resolve({ status, stdout, stderr })));
}

describe('npm run backup', () => {
  it('GIVEN a console writing entries THEN a backup taken meanwhile is whole, and restoring it as the README says brings those entries back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storydesk-backup-'));
    const databasePath = join(dir, 'entries.db');
    const env = { ...process.env, DISCORD_TOKEN: '', DATABASE_PATH: databasePath, ENTRY_RATE_PER_MINUTE: '100000' };
    const writer = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'main.ts')], {
      cwd: ROOT,
      env,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const exited = new Promise<void>((resolve) => writer.once('exit', () => resolve()));
    let saved = 0;
    let sent = 0;
    const add = (): void => {
      sent += 1;
      writer.stdin.write(`/entry add kind:fact force:yes text:"Backup test fact number ${sent}, written while a backup runs."\n`);
    };
    writer.stdout.on('data', (chunk: Buffer) => {
      for (const _ of chunk.toString().matchAll(/^Saved entry m\d+\.$/gmu)) {
        saved += 1;
        if (sent < 400) add();
      }
    });
    for (let i = 0; i < 4; i++) add();
    while (saved < 50) await new Promise((resolve) => setTimeout(resolve, 20));

    const file = join(dir, 'backup.db');
    const run = await backup(databasePath, file);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(`^backed up ${databasePath} to ${file}: \\d+ entries of 1 server, integrity ok \\(\\d+\\.\\d s\\)\\n$`, 'u'),
    );
    const copied = EntryStore.open(file);
    const inBackup = copied.countActive('console');
    expect(copied.integrityCheck()).toBe('ok');
    copied.close();
    expect(inBackup).toBeGreaterThanOrEqual(50);

    writer.stdin.end();
    await exited;

    // Restore: the bot stopped, the backup copied over the database, the old -wal and -shm deleted, then start.
    for (const suffix of ['-wal', '-shm']) rmSync(`${databasePath}${suffix}`, { force: true });
    copyFileSync(file, databasePath);
    const restarted = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'main.ts')], {
      cwd: ROOT,
      env,
      input: '/entry list\n',
      encoding: 'utf8',
    });
    expect(restarted.status, restarted.stderr).toBe(0);
    expect([...restarted.stdout.matchAll(/^m\d+ · s0 · fact/gmu)]).toHaveLength(inBackup);
  });

  it('GIVEN a FILE that exists THEN refused with one line, the file untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storydesk-backup-'));
    const databasePath = join(dir, 'entries.db');
    EntryStore.open(databasePath).close();
    const file = join(dir, 'keep.db');
    writeFileSync(file, 'precious');
    const run = await backup(databasePath, file);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`backup failed: ${file} already exists; give the backup a new file name\n`);
  });

  it('GIVEN DATABASE_URL (PostgreSQL) THEN refused with one line pointing to pg_dump, nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storydesk-backup-'));
    const file = join(dir, 'backup.db');
    const run = await backup(join(dir, 'entries.db'), file, 'postgres://storydesk:secret@127.0.0.1:1/storydesk');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'backup failed: npm run backup copies the SQLite file; with DATABASE_URL, back up PostgreSQL with pg_dump (see the README)\n',
    );
    expect(existsSync(file)).toBe(false);
  });
});
