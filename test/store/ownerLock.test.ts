import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeLocation, isPostgresUrl } from '../../src/store/Database.js';
import { OwnerLock } from '../../src/store/OwnerLock.js';
import { ROOT } from '../paths.js';
import { backends } from './backends.js';

/** One process per set of servers on a database: real console processes, and a real SIGKILL. */

const MAIN = join(ROOT, 'src', 'main.ts');

/** A console on a SQLite file (DATABASE_PATH) or a PostgreSQL database (DATABASE_URL). */
function consoleEnv(location: string): NodeJS.ProcessEnv {
  return isPostgresUrl(location)
    ? { ...process.env, DISCORD_TOKEN: '', DATABASE_URL: location }
    : { ...process.env, DISCORD_TOKEN: '', DATABASE_PATH: location, DATABASE_URL: '' };
}

describe.each(backends)('the owner lock on $name', (backend) => {
  if (backend.skip) it.skip(`skipped: ${backend.skip}`, () => {});

  it.skipIf(backend.skip)(
    'GIVEN a console serving a database THEN a second console on it is refused with one line; once the first is killed, a new one starts',
    async () => {
      const databasePath = backend.fresh();
      const first = spawn(process.execPath, ['--import', 'tsx', MAIN], {
        cwd: ROOT,
        env: consoleEnv(databasePath),
        stdio: ['pipe', 'pipe', 'inherit'],
      });
      const exited = new Promise<void>((resolve) => first.once('exit', () => resolve()));
      try {
        // Once the first console answers, it holds the lock.
        await new Promise<void>((resolve) => {
          first.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('Story:') && resolve());
          first.stdin.write('/about\n');
        });
        const second = spawnSync(process.execPath, ['--import', 'tsx', MAIN], {
          cwd: ROOT,
          env: consoleEnv(databasePath),
          input: '/about\n',
          encoding: 'utf8',
        });
        expect(second.status).toBe(1);
        expect(second.stdout).toBe('');
        expect(second.stderr).toBe(
          `${describeLocation(databasePath)}: another storydesk process already serves the console's local server from this database; stop it first (one process per set of servers)\n`,
        );
      } finally {
        first.kill('SIGKILL');
        await exited;
      }
      const third = spawnSync(process.execPath, ['--import', 'tsx', MAIN], {
        cwd: ROOT,
        env: consoleEnv(databasePath),
        input: '/about\n',
        encoding: 'utf8',
      });
      expect(third.status, third.stderr).toBe(0);
      expect(third.stdout).toContain('Story:');
    },
  );

  it.skipIf(backend.skip)('GIVEN a lock held for one owner THEN the same owner is refused and another owner is not', () => {
    const databasePath = backend.fresh();
    const shard0 = OwnerLock.acquire(databasePath, 'discord-shard-0', 'Discord shard 0');
    try {
      expect(() => OwnerLock.acquire(databasePath, 'discord-shard-0', 'Discord shard 0')).toThrow(
        `${describeLocation(databasePath)}: another storydesk process already serves Discord shard 0 from this database`,
      );
      const shard1 = OwnerLock.acquire(databasePath, 'discord-shard-1', 'Discord shard 1');
      expect(shard1).not.toBeNull();
      shard1!.release();
    } finally {
      shard0!.release();
    }
    OwnerLock.acquire(databasePath, 'discord-shard-0')!.release();
  });
});
