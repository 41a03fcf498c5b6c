import Database, { SqliteError } from 'better-sqlite3';
import { describeLocation, isPostgresUrl } from './Database.js';
import { StoreError } from './EntryStore.js';
import { PostgresDatabase } from './PostgresDatabase.js';

/**
 * One process per set of servers on a database: a lock held for the life of the process, per owner — the
 * offline console's local server (`console`), or a Discord shard (`discord-shard-0`) — not per file, so that
 * shard processes that own different servers may share one store while two processes that would serve the same
 * servers cannot (the second would answer from an index the first keeps changing).
 *
 * The lock is an exclusive SQLite lock on a small file beside the database (`<database>-lock-<owner>`): the
 * operating system releases it when the process ends, however it ends, so a crash never leaves a stale lock.
 * On PostgreSQL it is a session-level advisory lock on the owner's name, on a connection of its own held for the
 * life of the process: the server releases it when that connection ends, however the process ends.
 */
export class OwnerLock {
  private constructor(
    private readonly end: () => void,
    readonly owner: string,
  ) {}

  /** Takes the lock, or stops with one line naming the database and what another process already serves. */
  static acquire(databasePath: string, owner: string, describeOwner: string = owner): OwnerLock | null {
    if (databasePath === ':memory:') return null;
    if (isPostgresUrl(databasePath)) return OwnerLock.acquirePostgres(databasePath, owner, describeOwner);
    const path = `${databasePath}-lock-${owner.replace(/[^\w.-]+/gu, '_')}`;
    let db: Database.Database | null = null;
    try {
      db = new Database(path, { timeout: 0 });
      db.pragma('locking_mode = EXCLUSIVE');
      db.exec('BEGIN EXCLUSIVE');
      const held = db;
      return new OwnerLock(() => {
        if (!held.open) return;
        held.exec('ROLLBACK');
        held.close();
      }, owner);
    } catch (error) {
      db?.close();
      const code = error instanceof SqliteError ? error.code : '';
      if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
        throw new StoreError(
          `${databasePath}: another storydesk process already serves ${describeOwner} from this database; stop it first (one process per set of servers)`,
        );
      }
      throw new StoreError(
        `${databasePath}: the lock file ${path} cannot be used (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }

  private static acquirePostgres(url: string, owner: string, describeOwner: string): OwnerLock {
    let db: PostgresDatabase | null = null;
    let taken = false;
    try {
      db = PostgresDatabase.connect(url);
      taken = (
        db.prepare('SELECT pg_try_advisory_lock(hashtextextended(?, 0)) AS taken').get(`storydesk-owner:${owner}`) as { taken: boolean }
      ).taken;
    } catch (error) {
      db?.close();
      throw new StoreError(
        `${describeLocation(url)}: the owner lock cannot be taken (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    if (!taken) {
      db.close();
      throw new StoreError(
        `${describeLocation(url)}: another storydesk process already serves ${describeOwner} from this database; stop it first (one process per set of servers)`,
      );
    }
    const held = db;
    return new OwnerLock(() => held.close(), owner);
  }

  release(): void {
    this.end();
  }
}
