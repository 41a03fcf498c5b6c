import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EntryStore } from '../../src/store/EntryStore.js';
import { ROOT } from '../paths.js';

/** Migrations when several processes (shards, a console) start on one database at the same moment. */

function loadedChild(path: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'store', 'openAtOnce.ts'), path], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const loaded = new Promise<void>((resolve) => {
    const check = (): void => {
      if (stdout.includes('loaded\n')) resolve();
      else setTimeout(check, 10);
    };
    check();
  });
  const exited = new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('exit', (status) => resolve({ status, stdout, stderr })),
  );
  return { child, loaded, exited };
}

describe('schema migrations', () => {
  it('GIVEN 4 processes opening one fresh database at the same moment THEN every one starts, and the schema is migrated once', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'storydesk-migrate-')), 'entries.db');
    const children = Array.from({ length: 4 }, () => loadedChild(path));
    await Promise.all(children.map((c) => c.loaded));
    for (const { child } of children) child.stdin.write('go\n');
    const results = await Promise.all(children.map((c) => c.exited));
    for (const result of results) expect(result, result.stderr).toMatchObject({ status: 0, stderr: '' });
    const store = EntryStore.open(path);
    try {
      expect(results.map((r) => r.stdout.trim().split('\n').at(-1))).toEqual(Array(4).fill(`version ${store.schemaVersion}`));
      expect(store.integrityCheck()).toBe('ok');
    } finally {
      store.close();
    }
  });
});
