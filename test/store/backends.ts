import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { PostgresDatabase } from '../../src/store/PostgresDatabase.js';

/**
 * The two databases the store runs on, for `describe.each(backends)`: each gives a new, empty database per call —
 * a SQLite file in a new folder, or a new database on the run's PostgreSQL server (test/postgresServer.ts).
 * `skip` says in one line why a backend cannot be tested here.
 */
export interface Backend {
  name: 'SQLite' | 'PostgreSQL';
  skip: string | null;
  /** A new empty database: a file path, or a `postgres://` URL. */
  fresh(): string;
}

let admin: PostgresDatabase | null = null;

/** A new database on the test server, its URL. */
export function freshPostgresDatabase(): string {
  const url = inject('postgresUrl');
  if (!url) throw new Error(inject('postgresSkip') ?? 'no PostgreSQL server');
  admin ??= PostgresDatabase.connect(url);
  const name = `storydesk_${randomBytes(6).toString('hex')}`;
  admin.exec(`CREATE DATABASE ${name}`);
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  return fresh.toString();
}

export const sqlite: Backend = {
  name: 'SQLite',
  skip: null,
  fresh: () => join(mkdtempSync(join(tmpdir(), 'storydesk-store-')), 'entries.db'),
};

export const postgres: Backend = {
  name: 'PostgreSQL',
  skip: inject('postgresSkip'),
  fresh: freshPostgresDatabase,
};

export const backends: Backend[] = [sqlite, postgres];
