/**
 * The little the stores ask of a database, synchronously: statements with `?` or `@name` parameters, a script, a
 * transaction, close. Two implementations: SQLite through better-sqlite3 (the embedded default, see SqliteDatabase)
 * and PostgreSQL through node-postgres on a worker thread that this thread waits on (see PostgresDatabase). What
 * the two dialects write differently (keys numbered by the database, the schema version, locks) is in dialect.ts.
 */

/** One parameter value: what both databases store as it is. */
export type SqlValue = string | number | null | undefined;

/** Parameters: in order for `?`, or one object for `@name`. */
export type SqlParams = SqlValue[] | [Record<string, SqlValue>];

export interface Statement {
  /** Runs a statement that returns nothing; how many rows it changed. */
  run(...params: SqlParams): { changes: number };
  /** The first row, or undefined. */
  get(...params: SqlParams): unknown;
  all(...params: SqlParams): unknown[];
  /**
   * Every row as an array of its values, in the order the statement selects its columns: for reading many rows, where
   * building an object per row with a property per column costs SQLite more than the read itself.
   */
  allValues(...params: SqlParams): unknown[][];
  /** The rows one at a time where the database can (SQLite); PostgreSQL reads them all first. */
  iterate(...params: SqlParams): IterableIterator<unknown>;
}

export type DialectName = 'sqlite' | 'postgres';

export interface Database {
  readonly dialect: DialectName;
  prepare(sql: string): Statement;
  /** Runs statements separated by `;`, without parameters. */
  exec(sql: string): void;
  /**
   * Runs `fn` in one transaction that writes as soon as it starts (SQLite: BEGIN IMMEDIATE, one writer for the whole
   * file; PostgreSQL: a transaction-scoped advisory lock on `scope`, so that the writers of one server wait for each
   * other, as the checks made before a write need, while other servers' writers go on). A transaction inside another
   * is part of it. An exception rolls everything back and is thrown again.
   */
  transaction<T>(fn: () => T, scope?: string): T;
  close(): void;
  readonly open: boolean;
}

/** `postgres://` or `postgresql://`: a PostgreSQL server; anything else is a SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(?:ql)?:\/\//iu.test(location);
}

/** A database's location as it may be shown: a PostgreSQL URL without its password. */
export function describeLocation(location: string): string {
  if (!isPostgresUrl(location)) return location;
  try {
    const url = new URL(location);
    url.password = '';
    return url.toString();
  } catch {
    return 'postgres://…';
  }
}
