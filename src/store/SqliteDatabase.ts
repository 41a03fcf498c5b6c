import type { Database as BetterSqlite } from 'better-sqlite3';
import type { Database, SqlParams, Statement } from './Database.js';

/** The Database the stores use, on a better-sqlite3 connection: each call is better-sqlite3's own. */
export class SqliteDatabase implements Database {
  readonly dialect = 'sqlite' as const;

  constructor(readonly raw: BetterSqlite) {}

  prepare(sql: string): Statement {
    const statement = this.raw.prepare(sql);
    // Rows as arrays need a statement of their own (raw mode is a setting of the statement), prepared when first used.
    let asValues: typeof statement | null = null;
    return {
      run: (...params: SqlParams) => ({ changes: statement.run(...params).changes }),
      get: (...params: SqlParams) => statement.get(...params),
      all: (...params: SqlParams) => statement.all(...params),
      allValues: (...params: SqlParams) => {
        asValues ??= this.raw.prepare(sql).raw(true);
        return asValues.all(...params) as unknown[][];
      },
      iterate: (...params: SqlParams) => statement.iterate(...params),
    };
  }

  exec(sql: string): void {
    this.raw.exec(sql);
  }

  transaction<T>(fn: () => T): T {
    return this.raw.transaction(fn).immediate();
  }

  get open(): boolean {
    return this.raw.open;
  }

  close(): void {
    if (this.raw.open) this.raw.close();
  }
}
