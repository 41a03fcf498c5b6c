import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { ConfigError, loadConfig } from './config.js';

/**
 * `npm run backup -- FILE`: copies the database at DATABASE_PATH to FILE with SQLite's online backup API, page by
 * page, safe while the bot runs and writes (the copy is of one consistent moment). The copy is checked
 * (integrity_check) and counted before the one line that says it is done. FILE must not exist yet.
 * Restoring is a file copy with the bot stopped: see the README. SQLite only: on PostgreSQL, pg_dump.
 */

class BackupError extends Error {}

const count = (n: number, one: string, many: string): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

async function main(argv: string[]): Promise<void> {
  const target = argv.find((a) => a !== '--');
  if (!target || argv.filter((a) => a !== '--').length !== 1) {
    throw new BackupError('usage: npm run backup -- FILE   (FILE must not exist yet)');
  }
  const config = loadConfig();
  if (config.DATABASE_URL) {
    throw new BackupError('npm run backup copies the SQLite file; with DATABASE_URL, back up PostgreSQL with pg_dump (see the README)');
  }
  const source = config.DATABASE_PATH;
  if (!existsSync(source)) throw new BackupError(`${source}: no database to back up (DATABASE_PATH)`);
  if (existsSync(target)) throw new BackupError(`${target} already exists; give the backup a new file name`);
  const started = performance.now();
  const db = new Database(source, { fileMustExist: true, timeout: 5000 });
  try {
    await db.backup(target);
  } catch (error) {
    throw new BackupError(`${source}: the backup to ${target} failed (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    db.close();
  }
  const copy = new Database(target, { readonly: true, fileMustExist: true });
  try {
    const integrity = copy.pragma('integrity_check', { simple: true }) as string;
    if (integrity !== 'ok') throw new BackupError(`${target}: the backup fails its integrity check (${integrity})`);
    const { entries, servers } = copy
      .prepare('SELECT count(*) AS entries, count(DISTINCT guild_id) AS servers FROM entries WHERE deleted_at IS NULL')
      .get() as { entries: number; servers: number };
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `backed up ${source} to ${target}: ${count(entries, 'entry', 'entries')} of ${count(servers, 'server', 'servers')}, integrity ok (${seconds} s)\n`,
    );
  } finally {
    copy.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const known = error instanceof BackupError || error instanceof ConfigError;
  process.stderr.write(`backup failed: ${known ? (error as Error).message : error instanceof Error ? error.message : String(error)}\n`);
  process.exit(known && (error as Error).message.startsWith('usage:') ? 2 : 1);
});
