import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ANALYSIS_VERSION, analyze, tokenize } from '../../src/search/analyzer.js';
import { DatabaseGoneError, EntryStore, type EntryFields } from '../../src/store/EntryStore.js';
import { ROOT } from '../paths.js';
import { type Backend, backends, postgres, sqlite } from './backends.js';

const quote: EntryFields = {
  kind: 'quote',
  text: 'We will not accept foreign troops.',
  speakerName: 'Claudia Sheinbaum',
  speakerRole: 'Mexican President',
  when: 'on 18 November 2025',
  where: null,
  sourceName: null,
  sourceUrl: null,
  claimBy: null,
  corrects: null,
};

const opened: EntryStore[] = [];
function freshStore(backend: Backend = sqlite): { store: EntryStore; path: string } {
  const path = backend.fresh();
  const store = EntryStore.open(path);
  opened.push(store);
  return { store, path };
}
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

describe('EntryStore on a real SQLite file', () => {
  it('GIVEN a new file THEN WAL mode', () => {
    const { path } = freshStore();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });
});

describe.each(backends)('EntryStore on a real $name database', (backend) => {
  const freshStore = (): { store: EntryStore; path: string } => {
    const path = backend.fresh();
    const store = EntryStore.open(path);
    opened.push(store);
    return { store, path };
  };
  if (backend.skip) it.skip(`skipped: ${backend.skip}`, () => {});

  it.skipIf(backend.skip)('GIVEN a new database THEN the schema is migrated to the latest version', () => {
    const { store } = freshStore();
    expect(store.schemaVersion).toBe(6);
  });

  it.skipIf(backend.skip)(
    'GIVEN adds, an edit and an import THEN each entry is listed for its index with its text analysed as the index holds it',
    () => {
      const { store } = freshStore();
      const first = store.add('g1', 'mod1', quote);
      const second = store.add('g1', 'mod1', { ...quote, text: 'The strikes will go on.' });
      store.edit('g1', second.id, 'mod1', { ...quote, text: 'The 12 constructors of U.S. bridges met.' });
      const limits = { ratePerMinute: 1000, since: '2000-01-01', maxEntries: 1000 };
      const outcome = store.importRecords(
        'g1',
        'mod1',
        [{ id: null, story: 0, fields: { ...quote, text: 'Ports closed, 85% of them.' }, anchor: null }],
        limits,
      );
      const imported = outcome.ok ? outcome.added[0]! : -1;
      const listed = new Map(store.listIndexed('g1', 0).map((e) => [e.id, e.textTerms]));
      expect(listed.get(first.id)).toEqual(analyze(quote.text));
      expect(listed.get(second.id)).toEqual(analyze('The 12 constructors of U.S. bridges met.'));
      expect(listed.get(imported)).toEqual(analyze('Ports closed, 85% of them.'));
    },
  );

  it.skipIf(backend.skip)(
    'GIVEN a correction with its anchor and an entry with every field THEN each is listed for its index as stored',
    () => {
      const { store } = freshStore();
      const full = store.add('g1', 'mod1', {
        ...quote,
        where: 'in Mexico City',
        sourceName: 'Reuters',
        sourceUrl: 'https://example.com/a',
      });
      const anchor = { text: 'We reject any form of intervention.', kind: 'quote' as const, story: 'article.txt' };
      const correction = store.add('g1', 'mod1', { ...quote, corrects: 'q11-21' }, undefined, anchor);
      const fact = store.add('g1', 'mod1', { ...quote, kind: 'fact', speakerName: null, speakerRole: null, claimBy: 'the Pentagon' });
      const { createdBy, createdAt, updatedBy, updatedAt, deletedAt, deletedBy, ...content } = store.get('g1', full.id, false)!;
      expect(store.listIndexed('g1', 0)).toEqual(
        [content, store.get('g1', correction.id, false)!, store.get('g1', fact.id, false)!].map((stored) => ({
          id: stored.id,
          story: 0,
          guildId: 'g1',
          kind: stored.kind,
          text: stored.text,
          speakerName: stored.speakerName,
          speakerRole: stored.speakerRole,
          when: stored.when,
          where: stored.where,
          sourceName: stored.sourceName,
          sourceUrl: stored.sourceUrl,
          claimBy: stored.claimBy,
          corrects: stored.corrects,
          anchor: stored.anchor,
          textTerms: analyze(stored.text),
          textWords: tokenize(stored.text).join(' '),
        })),
      );
      expect(store.listIndexed('g1', 0)[1]!.anchor).toEqual(anchor);
    },
  );

  it.skipIf(backend.skip)(
    'GIVEN an entry saved before terms were stored, or by another version of the analysis THEN it is listed with none',
    () => {
      const { store } = freshStore();
      const before = store.add('g1', 'mod1', quote);
      const other = store.add('g1', 'mod1', quote);
      store.connection.exec(`UPDATE entries SET text_terms = NULL WHERE id = ${before.id};
      UPDATE entries SET text_terms = '${ANALYSIS_VERSION + 1}:we accept foreign troop' WHERE id = ${other.id};`);
      expect(store.listIndexed('g1', 0).map((e) => e.textTerms)).toEqual([null, null]);
    },
  );

  it.skipIf(backend.skip)('GIVEN an add THEN the entry and its audit row are saved together', () => {
    const { store } = freshStore();
    const saved = store.add('g1', 'mod1', quote);
    expect(store.get('g1', saved.id, false)).toMatchObject({ text: quote.text, createdBy: 'mod1' });
    expect(store.history('g1', saved.id)).toMatchObject([{ action: 'add', actor: 'mod1', before: null, after: quote }]);
  });

  it.skipIf(backend.skip)('GIVEN an entry of one server THEN another server cannot see, list or change it', () => {
    const { store } = freshStore();
    const saved = store.add('g1', 'mod1', quote);
    expect(store.get('g2', saved.id, true)).toBeNull();
    expect(store.list('g2')).toEqual([]);
    expect(store.edit('g2', saved.id, 'mod2', { ...quote, text: 'changed' })).toBeNull();
    expect(store.remove('g2', saved.id, 'mod2')).toBeNull();
    expect(store.get('g1', saved.id, false)?.text).toBe(quote.text);
  });

  it.skipIf(backend.skip)("GIVEN entries of two stories THEN a story's list has its own only, and each entry keeps its story", () => {
    const { store } = freshStore();
    const shipped = store.add('g1', 'mod1', quote);
    const other = store.add('g1', 'mod1', { ...quote, text: 'The ferry will run all winter.' }, undefined, null, 3);
    expect(shipped.story).toBe(0);
    expect(other.story).toBe(3);
    expect(store.list('g1', { story: 0 }).map((e) => e.id)).toEqual([shipped.id]);
    expect(store.list('g1', { story: 3 }).map((e) => e.id)).toEqual([other.id]);
    expect(store.list('g1').map((e) => e.id)).toEqual([shipped.id, other.id]);
    expect(store.edit('g1', other.id, 'mod2', { ...quote, text: 'The ferry will run all year.' })?.story).toBe(3);
    expect(store.remove('g1', other.id, 'mod2')?.story).toBe(3);
    expect(store.restore('g1', other.id, 'mod2')?.story).toBe(3);
  });

  it.skipIf(backend.skip)('GIVEN a database from before stories THEN after the migration its entries and pending adds belong to s0', () => {
    const { store, path } = freshStore();
    const saved = store.add('g1', 'mod1', quote);
    store.savePending('token', 'g1', 'mod1', quote);
    // The schema as it was at version 4: no story columns (nor stored terms, which came after).
    store.connection.exec(`DROP INDEX entries_by_story;
      ALTER TABLE entries DROP COLUMN text_terms;
      ALTER TABLE entries DROP COLUMN story;
      ALTER TABLE pending_adds DROP COLUMN story;
      ${backend.name === 'SQLite' ? 'PRAGMA user_version = 4' : 'UPDATE schema_version SET version = 4'};`);
    store.close();

    const migrated = EntryStore.open(path);
    opened.push(migrated);
    expect(migrated.schemaVersion).toBe(6);
    expect(migrated.get('g1', saved.id, false)).toMatchObject({ text: quote.text, story: 0 });
    expect(migrated.list('g1', { story: 0 }).map((e) => e.id)).toEqual([saved.id]);
    expect(migrated.takePending('token', 'g1', 'mod1')).toEqual({ fields: quote, story: 0 });
  });

  it.skipIf(backend.skip)('GIVEN remove then restore THEN a soft delete that restore undoes, both in the history', () => {
    const { store } = freshStore();
    const saved = store.add('g1', 'mod1', quote);
    expect(store.remove('g1', saved.id, 'mod2')?.deletedBy).toBe('mod2');
    expect(store.get('g1', saved.id, false)).toBeNull();
    expect(store.restore('g1', saved.id, 'mod3')?.deletedAt).toBeNull();
    expect(store.history('g1', saved.id).map((r) => r.action)).toEqual(['add', 'remove', 'restore']);
  });

  it.skipIf(backend.skip)(
    'GIVEN two connections editing the same entry at once THEN both edits are in the history and the last one wins',
    () => {
      const { store, path } = freshStore();
      const other = EntryStore.open(path);
      opened.push(other);
      const saved = store.add('g1', 'mod1', quote);
      store.edit('g1', saved.id, 'alice', { ...quote, where: 'in Mexico City' });
      other.edit('g1', saved.id, 'bob', { ...quote, where: 'in the National Palace' });
      expect(store.get('g1', saved.id, false)?.where).toBe('in the National Palace');
      expect(store.history('g1', saved.id).map((r) => `${r.action}:${r.actor}`)).toEqual(['add:mod1', 'edit:alice', 'edit:bob']);
    },
  );

  it.skipIf(backend.skip)('GIVEN a reopened database THEN everything saved is still there', () => {
    const { store, path } = freshStore();
    store.add('g1', 'mod1', quote);
    store.close();
    const again = EntryStore.open(path);
    opened.push(again);
    expect(again.list('g1')).toHaveLength(1);
    expect(again.integrityCheck()).toBe('ok');
  });
});

describe('EntryStore refuses a bad database with one clear line, leaving the file as it was', () => {
  it('GIVEN a file that is not a database THEN "is not a SQLite database" and the bytes unchanged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'storydesk-bad-'));
    const path = join(dir, 'notes.db');
    writeFileSync(path, 'these are my notes, not a database\n'.repeat(200));
    const before = readFileSync(path);
    expect(() => EntryStore.open(path)).toThrow(`${path}: the database is not a SQLite database`);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('GIVEN a database locked by another process THEN "is locked by another process"', async () => {
    const { store, path } = freshStore();
    store.close();
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `
      const D = require('better-sqlite3');
      const db = new D(${JSON.stringify(path)});
      db.pragma('locking_mode = EXCLUSIVE');
      db.exec('BEGIN EXCLUSIVE');
      process.stdout.write('locked\\n');
      setTimeout(() => {}, 20000);
    `,
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
    try {
      expect(() => EntryStore.open(path, { busyTimeoutMs: 200 })).toThrow(`${path}: the database is locked by another process`);
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('GIVEN a path whose folder does not exist THEN one line naming it', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'storydesk-')), 'missing', 'entries.db');
    expect(() => EntryStore.open(path)).toThrow(`${path}: the database cannot be created: its folder does not exist`);
  });
});

/** Runs the real start-up (`npm start`'s entry point, console mode) and returns its exit code and stderr. */
function startUp(databasePath: string, wrap: string[] = []): { status: number | null; stderr: string } {
  const node = [process.execPath, '--import', 'tsx', join(ROOT, 'src', 'main.ts')];
  const [command, ...args] = wrap.length > 0 ? [...wrap, ...node] : node;
  const run = spawnSync(command!, args, {
    cwd: ROOT,
    input: '/about\n',
    encoding: 'utf8',
    env: { ...process.env, DISCORD_TOKEN: '', DATABASE_PATH: databasePath },
  });
  return { status: run.status, stderr: run.stderr };
}

const canUnshare = spawnSync('unshare', ['-rm', 'true']).status === 0;

describe('start-up with a bad database', () => {
  it('GIVEN DATABASE_PATH pointing at a file that is not a database THEN exit 1 with one line, the file untouched', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'storydesk-bad-')), 'x.db');
    writeFileSync(path, 'not a database at all\n'.repeat(100));
    const before = readFileSync(path);
    const run = startUp(path);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`${path}: the database is not a SQLite database`);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it.skipIf(!canUnshare)('GIVEN a database on a read-only mount THEN exit 1 with one line, the file untouched', () => {
    const { store, path } = freshStore();
    store.add('g1', 'mod1', quote);
    store.close();
    const dir = join(path, '..');
    const before = readFileSync(path);
    const run = startUp(path, ['unshare', '-rm', 'sh', '-c', `mount --bind -o ro "${dir}" "${dir}" && exec "$0" "$@"`]);
    expect(run.status).toBe(1);
    const line = run.stderr.trim();
    expect(line.split('\n')).toHaveLength(1);
    expect(line.startsWith(`${path}: the database `)).toBe(true);
    expect(line).toMatch(/is on a read-only path|cannot be opened or created/u);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('EntryStore notices its file deleted or replaced', () => {
  it('GIVEN the database file deleted while open THEN the next write is refused, naming the file', () => {
    const { store, path } = freshStore();
    store.add('g1', 'mod1', quote);
    for (const file of [path, `${path}-wal`, `${path}-shm`]) rmSync(file, { force: true });
    expect(() => store.add('g1', 'mod1', quote)).toThrow(
      `${path}: the database file was deleted while storydesk was running; nothing was saved, and nothing will be until it restarts`,
    );
    expect(existsSync(path)).toBe(false);
  });

  it('GIVEN another database moved over the file while open THEN the next write is refused, and the new file is left alone', () => {
    const { store, path } = freshStore();
    const other = join(mkdtempSync(join(tmpdir(), 'storydesk-other-')), 'other.db');
    const replacement = EntryStore.open(other);
    replacement.close();
    renameSync(other, path);
    expect(() => store.remove('g1', 1, 'mod1')).toThrow(DatabaseGoneError);
    expect(() => store.add('g1', 'mod1', quote)).toThrow(/the database file was replaced/u);
    const reopened = EntryStore.open(path);
    opened.push(reopened);
    expect(reopened.list('g1')).toEqual([]);
  });
});

describe.each(backends)('EntryStore on $name: start-up', (backend) => {
  if (backend.skip) it.skip(`skipped: ${backend.skip}`, () => {});

  it.skipIf(backend.skip)('GIVEN four processes starting at once on a new database THEN each migrates or finds it migrated', async () => {
    const url = backend.fresh();
    const script = `
      const { EntryStore } = await import(${JSON.stringify(join(ROOT, 'src', 'store', 'EntryStore.ts'))});
      const store = EntryStore.open(process.env.URL);
      process.stdout.write(String(store.schemaVersion));
      store.close();`;
    const runs = await Promise.all(
      [0, 1, 2, 3].map(
        () =>
          new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
            const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
              cwd: ROOT,
              env: { ...process.env, URL: url },
            });
            let out = '';
            let err = '';
            child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
            child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
            child.once('exit', (code) => resolve({ code, out, err }));
          }),
      ),
    );
    for (const run of runs) expect(run, run.err).toMatchObject({ code: 0, out: '6' });
    const store = EntryStore.open(url);
    opened.push(store);
    expect(store.schemaVersion).toBe(6);
  });
});

describe('EntryStore on PostgreSQL: start-up', () => {
  if (postgres.skip) it.skip(`skipped: ${postgres.skip}`, () => {});

  it.skipIf(postgres.skip)('GIVEN a server that does not answer THEN one line naming it, without the password', () => {
    const url = new URL(postgres.fresh());
    url.port = '1';
    expect(() => EntryStore.open(url.toString())).toThrow(
      /^postgres:\/\/storydesk@127\.0\.0\.1:1\/storydesk_\w+: the database cannot be used \(.*ECONNREFUSED.*\)$/u,
    );
  });

  it.skipIf(postgres.skip)('GIVEN a statement that fails inside a change THEN nothing of the change is kept', () => {
    const { store } = freshStore(postgres);
    const saved = store.add('g1', 'mod1', quote);
    // A kind the schema refuses: the edit fails after its checks, and its audit row is not written either.
    expect(() => store.edit('g1', saved.id, 'mod2', { ...quote, kind: 'rumour' as never })).toThrow(/check constraint/u);
    expect(store.history('g1', saved.id).map((r) => r.action)).toEqual(['add']);
    expect(store.add('g1', 'mod1', quote).id).toBe(saved.id + 1);
  });
});
