import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One PostgreSQL server for the run; the tests that need it make a database each.
    globalSetup: ['test/postgresServer.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Most test files spend their time waiting on child processes (the bot, the console, deploy, backup), so even a
    // 2-core machine runs two files at a time (vitest's default there would be one).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
