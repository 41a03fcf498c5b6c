import Database, { type Database as SqliteDatabase, SqliteError } from 'better-sqlite3';
import { StoreError } from './EntryStore.js';

/**
 * One process per set of servers on a database: a lock held for the life of the process, per owner — the
 * offline console's local server (`console`), or a Discord shard (`discord-shard-0`) — not per file, so that
 * shard processes that own different servers may share one store while two processes that would serve the same
 * servers cannot (the second would answer from an index the first keeps changing).
 *
 * The lock is an exclusive SQLite lock on a small file beside the database (`<database>-lock-<owner>`): the
 * operating system releases it when the process ends, however it ends, so a crash never leaves a stale lock.
 */
export class OwnerLock {
  private constructor(
    private readonly db: SqliteDatabase,
    readonly owner: string,
  ) {}

  /** Takes the lock, or stops with one line naming the database and what another process already serves. */
  static acquire(databasePath: string, owner: string, describeOwner: string = owner): OwnerLock | null {
    if (databasePath === ':memory:') return null;
    const path = `${databasePath}-lock-${owner.replace(/[^\w.-]+/gu, '_')}`;
    let db: SqliteDatabase | null = null;
    try {
      db = new Database(path, { timeout: 0 });
      db.pragma('locking_mode = EXCLUSIVE');
      db.exec('BEGIN EXCLUSIVE');
      return new OwnerLock(db, owner);
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

  release(): void {
    if (!this.db.open) return;
    this.db.exec('ROLLBACK');
    this.db.close();
  }
}
