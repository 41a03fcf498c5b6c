import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { Database, SqlParams, SqlValue, Statement } from './Database.js';

/**
 * The Database the stores use, on PostgreSQL, kept synchronous like better-sqlite3: node-postgres runs on a worker
 * thread with one dedicated connection (postgresWorker.mjs), and each call posts its statement there and waits for
 * the answer with Atomics.wait — the calling thread is blocked for one round trip, as it is for a SQLite write.
 * (synckit does the same, but keeps one worker per module for the life of the process; a store needs a connection
 * of its own that closes with it.)
 *
 * Statements are written once for both databases: `?` and `@name` become `$1…$n` here, quoted text left alone.
 */

interface Reply {
  ok: boolean;
  rows?: Record<string, unknown>[];
  rowCount?: number;
  message?: string;
  code?: string;
}

/** A statement PostgreSQL refused, with its SQLSTATE (`40P01`, `55P03`, …). */
export class PostgresError extends Error {
  override name = 'PostgresError';
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

const WORKER = new URL('./postgresWorker.mjs', import.meta.url);

/** `?` and `@name` outside quoted text, in order. */
export function numberPlaceholders(sql: string): { text: string; slots: Array<number | string> } {
  const slots: Array<number | string> = [];
  const byName = new Map<string, number>();
  let positional = 0;
  const text = sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|\?|@([A-Za-z_]\w*)/gu, (match, name: string | undefined) => {
    if (match.startsWith("'") || match.startsWith('"')) return match;
    if (name === undefined) {
      slots.push(positional++);
      return `$${slots.length}`;
    }
    const known = byName.get(name);
    if (known !== undefined) return `$${known}`;
    slots.push(name);
    byName.set(name, slots.length);
    return `$${slots.length}`;
  });
  return { text, slots };
}

function bind(slots: Array<number | string>, params: SqlParams): SqlValue[] {
  const named = params.length === 1 && typeof params[0] === 'object' && params[0] !== null ? (params[0] as Record<string, SqlValue>) : null;
  return slots.map((slot) => {
    const value = typeof slot === 'number' ? (params as SqlValue[])[slot] : named?.[slot];
    return value === undefined ? null : value;
  });
}

/**
 * Waits until the worker sets the signal to 1 (it has posted its answer), at most `waitMs`; false if it never did.
 * A wake-up alone proves nothing: the worker's notify for the previous answer can come after this thread, having seen
 * that answer's 1 already, reset the signal for the next statement, and would wake this wait with no answer posted.
 */
export function waitForSignal(signal: Int32Array, waitMs: number): boolean {
  const deadline = performance.now() + waitMs;
  while (Atomics.load(signal, 0) === 0) {
    const left = deadline - performance.now();
    if (left <= 0) return false;
    Atomics.wait(signal, 0, 0, left);
  }
  return true;
}

export interface PostgresOptions {
  /** How long a statement waits for a lock (another writer of the same server) before it fails. */
  lockTimeoutMs?: number;
  connectTimeoutMs?: number;
}

export class PostgresDatabase implements Database {
  readonly dialect = 'postgres' as const;
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly signal: Int32Array;
  private readonly waitMs: number;
  private depth = 0;
  private closed = false;

  private constructor(options: Required<PostgresOptions>) {
    const shared = new SharedArrayBuffer(4);
    this.signal = new Int32Array(shared);
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    // A statement may wait lockTimeoutMs for a lock, then run: past this, the worker is taken for dead.
    this.waitMs = options.lockTimeoutMs + 60_000;
    // Plain JavaScript: no loader flags of this process (tsx, --eval) are passed on.
    this.worker = new Worker(WORKER, { workerData: { port: port2, signal: shared }, transferList: [port2], execArgv: [] });
    this.worker.unref();
    this.port.unref();
  }

  /** Connects (a failure closes the worker and is thrown: connection refused, unknown database, bad password…). */
  static connect(url: string, options: PostgresOptions = {}): PostgresDatabase {
    const settings = { lockTimeoutMs: options.lockTimeoutMs ?? 2000, connectTimeoutMs: options.connectTimeoutMs ?? 10_000 };
    const db = new PostgresDatabase(settings);
    try {
      db.call({ op: 'connect', url, ...settings }, settings.connectTimeoutMs + 15_000);
      return db;
    } catch (error) {
      db.close();
      throw error;
    }
  }

  private call(request: Record<string, unknown>, waitMs = this.waitMs): Record<string, unknown>[] & { rowCount?: number } {
    if (this.closed) throw new PostgresError('the connection is closed', undefined);
    Atomics.store(this.signal, 0, 0);
    this.port.postMessage(request);
    if (!waitForSignal(this.signal, waitMs)) {
      this.abandon();
      throw new PostgresError(`no answer from the database worker within ${Math.round(waitMs / 1000)} s`, undefined);
    }
    const reply = receiveMessageOnPort(this.port)?.message as Reply | undefined;
    if (!reply) throw new PostgresError('the database worker answered nothing', undefined);
    if (!reply.ok) throw new PostgresError(reply.message ?? 'the statement failed', reply.code);
    return Object.assign(reply.rows ?? [], { rowCount: reply.rowCount ?? 0 });
  }

  private query(text: string, values: SqlValue[] = []): Record<string, unknown>[] & { rowCount?: number } {
    return this.call({ op: 'query', text, values });
  }

  prepare(sql: string): Statement {
    const { text, slots } = numberPlaceholders(sql);
    return {
      run: (...params: SqlParams) => ({ changes: this.query(text, bind(slots, params)).rowCount ?? 0 }),
      get: (...params: SqlParams) => this.query(text, bind(slots, params))[0],
      all: (...params: SqlParams) => this.query(text, bind(slots, params)),
      // node-postgres gives each row's columns in the order selected.
      allValues: (...params: SqlParams) => this.query(text, bind(slots, params)).map((row) => Object.values(row)),
      iterate: (...params: SqlParams) => this.query(text, bind(slots, params)).values(),
    };
  }

  exec(sql: string): void {
    // The simple query protocol (no parameters) runs several statements in one call.
    this.query(sql);
  }

  transaction<T>(fn: () => T, scope = '*'): T {
    if (this.depth > 0) {
      const savepoint = `inner_${this.depth}`;
      this.query(`SAVEPOINT ${savepoint}`);
      this.depth++;
      try {
        const result = fn();
        this.query(`RELEASE SAVEPOINT ${savepoint}`);
        return result;
      } catch (error) {
        this.query(`ROLLBACK TO SAVEPOINT ${savepoint}`);
        throw error;
      } finally {
        this.depth--;
      }
    }
    this.query('BEGIN');
    this.depth++;
    try {
      this.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`storydesk-write:${scope}`]);
      const result = fn();
      this.query('COMMIT');
      return result;
    } catch (error) {
      if (!this.closed) {
        try {
          this.query('ROLLBACK');
        } catch {
          // The connection is gone: the server rolls the transaction back itself.
        }
      }
      throw error;
    } finally {
      this.depth--;
    }
  }

  get open(): boolean {
    return !this.closed;
  }

  /** Gives up on a worker that does not answer: its connection ends with it, and the server rolls back. */
  private abandon(): void {
    this.closed = true;
    void this.worker.terminate();
  }

  close(): void {
    if (this.closed) return;
    try {
      this.call({ op: 'close' }, 10_000);
    } catch {
      // Ending the worker ends the connection too.
    }
    this.closed = true;
    this.port.close();
    void this.worker.terminate();
  }
}
