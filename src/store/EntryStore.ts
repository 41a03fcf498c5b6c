import BetterSqlite, { SqliteError } from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { type Database, describeLocation, isPostgresUrl } from './Database.js';
import { dialectSql, integrityCheck, type Migration, migrate, readSchemaVersion } from './dialect.js';
import { PostgresDatabase } from './PostgresDatabase.js';
import { SqliteDatabase } from './SqliteDatabase.js';
import { storedTermsOf, storedWordsOf, termsToStore } from '../search/storedTerms.js';

/**
 * Moderators' entries, durable in SQLite (better-sqlite3: WAL mode, full sync) or, given a `postgres://` URL, in
 * PostgreSQL; the schema is versioned with migrations that run at start (see dialect.ts). Every change writes an
 * audit row — who, when, before, after — in the same transaction as the change; removal is a soft delete that
 * restore undoes. Nothing here knows about Discord: a guild id and an actor id are plain strings.
 */

export type StoredKind = 'quote' | 'fact';

/** The fields a moderator gives; everything optional but the kind and the text. */
export interface EntryFields {
  kind: StoredKind;
  text: string;
  speakerName: string | null;
  speakerRole: string | null;
  when: string | null;
  where: string | null;
  sourceName: string | null;
  sourceUrl: string | null;
  /** For a fact that is a party's claim: whose. Null for a plain fact. */
  claimBy: string | null;
  /** The id of an article entry this one corrects (`q11-21`). */
  corrects: string | null;
}

/**
 * What a correction corrects, by its words rather than its position: the corrected article entry's text and kind,
 * and the story (the article file's name) it was read from. Positional ids (`q3-5`) change when the article
 * changes; at load the anchor is found again among the article's entries (see CorrectionResolver).
 */
export interface CorrectionAnchor {
  text: string;
  kind: StoredKind;
  story: string;
}

export interface StoredEntry extends EntryFields {
  id: number;
  /** The story the entry belongs to (see StoryStore; 0 is the shipped article): only that story's answers show it. */
  story: number;
  /** For a correction: the words it corrects. Null for other entries (and for corrections saved before anchors). */
  anchor: CorrectionAnchor | null;
  guildId: string;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
  deletedAt: string | null;
  deletedBy: string | null;
}

/** A stored entry without who added, changed or removed it and when. */
export type StoredContent = Omit<StoredEntry, 'createdBy' | 'createdAt' | 'updatedBy' | 'updatedAt' | 'deletedAt' | 'deletedBy'>;

/** What a server's search index is built from (see `listIndexed`). */
export interface IndexedStoredEntry extends StoredContent {
  /** The text's terms as analysed when it was saved (see storedTerms.ts); null when they must be analysed again. */
  textTerms: string[] | null;
  /** The text's words as split when it was saved, joined by spaces (see storedTerms.ts); null when they must be split again. */
  textWords: string | null;
}

export type AuditAction = 'add' | 'edit' | 'remove' | 'restore';

export interface AuditRow {
  id: number;
  entryId: number;
  guildId: string;
  action: AuditAction;
  actor: string;
  at: string;
  before: EntryFields | null;
  after: EntryFields | null;
}

/** The database could not be opened or used: the message names the file and what is wrong. */
export class StoreError extends Error {
  override name = 'StoreError';
}

/**
 * The database file was deleted or replaced while this process had it open: a write now would go to a file no one
 * will ever open again (and be lost at the next start), so every write is refused until the process restarts.
 */
export class DatabaseGoneError extends StoreError {
  override name = 'DatabaseGoneError';
}

const MIGRATIONS: Migration[] = [
  (sql) => `CREATE TABLE entries (
     id ${sql.serialKey},
     guild_id TEXT NOT NULL,
     kind TEXT NOT NULL CHECK (kind IN ('quote', 'fact')),
     text TEXT NOT NULL,
     speaker_name TEXT, speaker_role TEXT,
     said_when TEXT, said_where TEXT,
     source_name TEXT, source_url TEXT,
     claim_by TEXT,
     corrects TEXT,
     created_by TEXT NOT NULL, created_at TEXT NOT NULL,
     updated_by TEXT NOT NULL, updated_at TEXT NOT NULL,
     deleted_at TEXT, deleted_by TEXT
   );
   CREATE INDEX entries_by_guild ON entries (guild_id, deleted_at);
   CREATE TABLE audit (
     id ${sql.serialKey},
     entry_id INTEGER NOT NULL REFERENCES entries (id),
     guild_id TEXT NOT NULL,
     action TEXT NOT NULL CHECK (action IN ('add', 'edit', 'remove', 'restore')),
     actor TEXT NOT NULL,
     at TEXT NOT NULL,
     before TEXT,
     after TEXT
   );
   CREATE INDEX audit_by_entry ON audit (entry_id);
   CREATE INDEX audit_by_actor ON audit (guild_id, actor, action, at);`,
  (sql) => `CREATE TABLE pending_adds (
     token TEXT PRIMARY KEY,
     guild_id TEXT NOT NULL,
     actor TEXT NOT NULL,
     fields TEXT NOT NULL,
     created_at TEXT NOT NULL${sql.pendingOrderColumn}
   );`,
  () => `ALTER TABLE entries ADD COLUMN corrects_text TEXT;
   ALTER TABLE entries ADD COLUMN corrects_kind TEXT;
   ALTER TABLE entries ADD COLUMN corrects_story TEXT;`,
  // Stories a server's moderators brought (see StoryStore): the text read and what was read about it, so that a
  // restart never fetches again. Story 0 is the article shipped with the bot, which has no row.
  (sql) => `CREATE TABLE stories (
     id ${sql.serialKey},
     guild_id TEXT NOT NULL,
     source TEXT NOT NULL,
     source_kind TEXT NOT NULL CHECK (source_kind IN ('url', 'file')),
     text TEXT NOT NULL,
     headline TEXT, byline TEXT, published TEXT, outlet TEXT,
     quotes INTEGER NOT NULL, facts INTEGER NOT NULL,
     speakers TEXT NOT NULL, problems TEXT NOT NULL,
     created_by TEXT NOT NULL, created_at TEXT NOT NULL,
     updated_by TEXT NOT NULL, updated_at TEXT NOT NULL,
     deleted_at TEXT, deleted_by TEXT
   );
   CREATE INDEX stories_by_guild ON stories (guild_id, deleted_at);
   CREATE TABLE story_audit (
     id ${sql.serialKey},
     story_id INTEGER NOT NULL,
     guild_id TEXT NOT NULL,
     action TEXT NOT NULL CHECK (action IN ('add', 'refresh', 'use', 'remove', 'restore')),
     actor TEXT NOT NULL,
     at TEXT NOT NULL,
     before TEXT,
     after TEXT
   );
   CREATE INDEX story_audit_by_story ON story_audit (guild_id, story_id);
   CREATE INDEX story_audit_by_actor ON story_audit (guild_id, actor, at);
   CREATE TABLE server_stories (
     guild_id TEXT PRIMARY KEY,
     current_story INTEGER,
     shipped_removed_at TEXT,
     shipped_removed_by TEXT
   );`,
  // Each entry belongs to one of its server's stories (0: the shipped article, which every entry saved before stories
  // belongs to), and so does an add held back as a near-duplicate.
  () => `ALTER TABLE entries ADD COLUMN story INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE pending_adds ADD COLUMN story INTEGER NOT NULL DEFAULT 0;
   CREATE INDEX entries_by_story ON entries (guild_id, story, deleted_at);`,
  // Each entry's text analysed when it is saved, its terms and its words (see storedTerms.ts); null for entries saved
  // before.
  () => 'ALTER TABLE entries ADD COLUMN text_terms TEXT;',
];

interface EntryRow {
  id: number;
  story: number;
  guild_id: string;
  kind: StoredKind;
  text: string;
  speaker_name: string | null;
  speaker_role: string | null;
  said_when: string | null;
  said_where: string | null;
  source_name: string | null;
  source_url: string | null;
  claim_by: string | null;
  corrects: string | null;
  corrects_text: string | null;
  corrects_kind: StoredKind | null;
  corrects_story: string | null;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
  deleted_at: string | null;
  deleted_by: string | null;
  text_terms: string | null;
}

/** What a server's index is read from (see `listIndexed`), in the order `indexedFromValues` takes them. */
const INDEXED_COLUMNS =
  'id, story, guild_id, kind, text, speaker_name, speaker_role, said_when, said_where, source_name, source_url, claim_by, corrects, corrects_text, corrects_kind, corrects_story, text_terms';

/** A row of INDEXED_COLUMNS as the database gives it (PostgreSQL gives the story, a bigint, as a string). */
type IndexedValues = [
  id: number,
  story: number | string,
  guildId: string,
  kind: StoredKind,
  text: string,
  speakerName: string | null,
  speakerRole: string | null,
  when: string | null,
  where: string | null,
  sourceName: string | null,
  sourceUrl: string | null,
  claimBy: string | null,
  corrects: string | null,
  correctsText: string | null,
  correctsKind: StoredKind | null,
  correctsStory: string | null,
  textTerms: string | null,
];

/** One row of INDEXED_COLUMNS as an entry, built at once (a server's index reads thousands). */
function indexedFromValues(values: unknown[]): IndexedStoredEntry {
  const row = values as IndexedValues;
  return {
    id: row[0],
    story: Number(row[1]),
    guildId: row[2],
    kind: row[3],
    text: row[4],
    speakerName: row[5],
    speakerRole: row[6],
    when: row[7],
    where: row[8],
    sourceName: row[9],
    sourceUrl: row[10],
    claimBy: row[11],
    corrects: row[12],
    anchor: row[13] !== null && row[14] !== null ? { text: row[13], kind: row[14], story: row[15] ?? '' } : null,
    textTerms: storedTermsOf(row[16]),
    textWords: storedWordsOf(row[16]),
  };
}

function contentFromRow(row: EntryRow): StoredContent {
  return {
    id: row.id,
    story: Number(row.story),
    guildId: row.guild_id,
    kind: row.kind,
    text: row.text,
    speakerName: row.speaker_name,
    speakerRole: row.speaker_role,
    when: row.said_when,
    where: row.said_where,
    sourceName: row.source_name,
    sourceUrl: row.source_url,
    claimBy: row.claim_by,
    corrects: row.corrects,
    anchor:
      row.corrects_text !== null && row.corrects_kind !== null
        ? { text: row.corrects_text, kind: row.corrects_kind, story: row.corrects_story ?? '' }
        : null,
  };
}

function fromRow(row: EntryRow): StoredEntry {
  return {
    ...contentFromRow(row),
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    deletedBy: row.deleted_by,
  };
}

/** The anchor as named parameters of the statements that write it. */
function anchorParams(anchor: CorrectionAnchor | null): {
  anchorText: string | null;
  anchorKind: string | null;
  anchorStory: string | null;
} {
  return { anchorText: anchor?.text ?? null, anchorKind: anchor?.kind ?? null, anchorStory: anchor?.story ?? null };
}

/** The text analysed as a search index holds it, saved with the entry (see storedTerms.ts). */
function termsParams(fields: EntryFields): { textTerms: string } {
  return { textTerms: termsToStore(fields.text) };
}

export function fieldsOf(entry: EntryFields): EntryFields {
  const { kind, text, speakerName, speakerRole, when, where, sourceName, sourceUrl, claimBy, corrects } = entry;
  return { kind, text, speakerName, speakerRole, when, where, sourceName, sourceUrl, claimBy, corrects };
}

function describeOpenError(path: string, error: unknown): StoreError {
  const code = error instanceof SqliteError ? error.code : (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message : String(error);
  const reason = /directory does not exist/iu.test(message)
    ? 'cannot be created: its folder does not exist'
    : code === 'SQLITE_NOTADB'
      ? 'is not a SQLite database'
      : code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED'
        ? 'is locked by another process'
        : code === 'SQLITE_READONLY' || code === 'SQLITE_READONLY_DBMOVED'
          ? 'is on a read-only path'
          : code === 'SQLITE_CANTOPEN'
            ? 'cannot be opened or created (read-only path or missing folder?)'
            : code === 'SQLITE_CORRUPT'
              ? 'is corrupt'
              : `cannot be used (${code ?? message})`;
  return new StoreError(`${path}: the database ${reason}`);
}

/**
 * Runs `work` again while SQLite answers SQLITE_BUSY without waiting, up to `timeoutMs`. Switching a new database to
 * WAL needs it to itself for a moment, and SQLite does not wait for that (the busy timeout does not apply to this
 * lock upgrade): when several processes start on one fresh file at once, one of them would fail.
 */
function untilNotBusy<T>(work: () => T, timeoutMs: number): T {
  const deadline = Date.now() + timeoutMs;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      return work();
    } catch (error) {
      const busy = error instanceof SqliteError && error.code.startsWith('SQLITE_BUSY');
      if (!busy || Date.now() >= deadline) throw error;
      Atomics.wait(pause, 0, 0, 5 + Math.random() * 20);
    }
  }
}

/**
 * One record of an import, validated: the entry id it names (kept when that entry exists in the server), the story it
 * goes to (an entry it updates keeps its own) and its fields.
 */
export interface ImportRecord {
  id: number | null;
  story: number;
  fields: EntryFields;
  /** For a correction: the words it corrects in the current article. */
  anchor: CorrectionAnchor | null;
}

/** The limits an import is checked against inside its transaction, so that what is counted is what is written. */
export interface ImportLimits {
  /** Changes the actor may still make: the per-minute limit, and since when the minute runs. */
  ratePerMinute: number;
  since: string;
  maxEntries: number;
}

export type ImportOutcome =
  | { ok: true; added: number[]; updated: number[]; unchanged: number }
  | { ok: false; reason: 'rate-limited'; changes: number; made: number }
  | { ok: false; reason: 'full'; adding: number; held: number };

export class EntryStore {
  private readonly db: Database;
  /** The file, as given to open (`:memory:` for a database in memory), or the PostgreSQL URL. */
  readonly path: string;
  /** The database as messages name it: the file, or the URL without its password. */
  readonly name: string;
  /** Which file was opened (device and inode), to notice when the path no longer names it. */
  private readonly identity: string | null;

  private constructor(db: Database, path: string) {
    this.db = db;
    this.path = path;
    this.name = describeLocation(path);
    this.identity = path === ':memory:' || db.dialect === 'postgres' ? null : EntryStore.identityOf(path);
  }

  private static identityOf(path: string): string | null {
    try {
      const stat = statSync(path);
      return `${stat.dev}:${stat.ino}`;
    } catch {
      return null;
    }
  }

  /**
   * Refuses to write when the path no longer names the file this process opened (deleted, or replaced by another
   * file): checked before every write. Reads go on from what is open.
   */
  assertSameFile(): void {
    if (this.identity === null) return;
    const now = EntryStore.identityOf(this.path);
    if (now === this.identity) return;
    throw new DatabaseGoneError(
      `${this.path}: the database file was ${now === null ? 'deleted' : 'replaced'} while storydesk was running; nothing was saved, and nothing will be until it restarts`,
    );
  }

  /**
   * Opens (or creates) the database and runs pending migrations; a bad file stops here, untouched. `location` is a
   * SQLite file (`:memory:` for one in memory) or a `postgres://` URL (see PostgresDatabase), whose database must exist.
   * `busyTimeoutMs`: how long a write waits for another writer (SQLite's busy timeout, PostgreSQL's lock_timeout).
   */
  static open(location: string, options: { busyTimeoutMs?: number; fileMustExist?: boolean } = {}): EntryStore {
    if (isPostgresUrl(location)) return EntryStore.openPostgres(location, options.busyTimeoutMs ?? 2000);
    const path = location;
    let raw: BetterSqlite.Database | null = null;
    try {
      const busyTimeoutMs = options.busyTimeoutMs ?? 2000;
      raw = new BetterSqlite(path, { timeout: busyTimeoutMs, fileMustExist: options.fileMustExist ?? false });
      const opened = raw;
      // Read before writing anything: a file that is not a database fails here and is left as it was.
      opened.pragma('schema_version', { simple: true });
      // A new file's switch to WAL is refused at once (not after the busy timeout) while another process makes it.
      if (path !== ':memory:' && existsSync(path)) untilNotBusy(() => opened.pragma('journal_mode = WAL'), busyTimeoutMs);
      opened.pragma('synchronous = FULL');
      opened.pragma('foreign_keys = ON');
      const store = new EntryStore(new SqliteDatabase(opened), path);
      migrate(store.db, MIGRATIONS);
      return store;
    } catch (error) {
      raw?.close();
      throw describeOpenError(path, error);
    }
  }

  private static openPostgres(url: string, lockTimeoutMs: number): EntryStore {
    let db: PostgresDatabase | null = null;
    try {
      db = PostgresDatabase.connect(url, { lockTimeoutMs });
      const store = new EntryStore(db, url);
      migrate(db, MIGRATIONS);
      return store;
    } catch (error) {
      db?.close();
      throw new StoreError(
        `${describeLocation(url)}: the database cannot be used (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }

  /** The open database, for the other stores kept in the same database (StoryStore): one schema, one version. */
  get connection(): Database {
    return this.db;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  get schemaVersion(): number {
    return readSchemaVersion(this.db);
  }

  integrityCheck(): string {
    return integrityCheck(this.db);
  }

  private audit(
    entryId: number,
    guildId: string,
    action: AuditAction,
    actor: string,
    at: string,
    before: EntryFields | null,
    after: EntryFields | null,
  ): void {
    this.db
      .prepare('INSERT INTO audit (entry_id, guild_id, action, actor, at, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(entryId, guildId, action, actor, at, before ? JSON.stringify(before) : null, after ? JSON.stringify(after) : null);
  }

  add(
    guildId: string,
    actor: string,
    fields: EntryFields,
    at = new Date().toISOString(),
    anchor: CorrectionAnchor | null = null,
    story = 0,
  ): StoredEntry {
    this.assertSameFile();
    return this.db.transaction(() => {
      const { id } = this.db
        .prepare(
          `INSERT INTO entries (guild_id, story, kind, text, speaker_name, speaker_role, said_when, said_where, source_name, source_url,
             claim_by, corrects, corrects_text, corrects_kind, corrects_story, created_by, created_at, updated_by, updated_at, text_terms)
           VALUES (@guildId, @story, @kind, @text, @speakerName, @speakerRole, @when, @where, @sourceName, @sourceUrl, @claimBy, @corrects,
             @anchorText, @anchorKind, @anchorStory, @actor, @at, @actor, @at, @textTerms) RETURNING id`,
        )
        .get({
          guildId,
          story,
          actor,
          at,
          ...fieldsOf(fields),
          ...anchorParams(fields.corrects ? anchor : null),
          ...termsParams(fields),
        }) as {
        id: number;
      };
      this.audit(id, guildId, 'add', actor, at, null, fieldsOf(fields));
      return this.get(guildId, id, true)!;
    }, guildId);
  }

  /** Replaces an entry's fields; the last edit wins and every edit is in the history. */
  edit(
    guildId: string,
    id: number,
    actor: string,
    fields: EntryFields,
    at = new Date().toISOString(),
    anchor: CorrectionAnchor | null = null,
  ): StoredEntry | null {
    this.assertSameFile();
    return this.db.transaction(() => {
      const before = this.get(guildId, id, false);
      if (!before) return null;
      this.db
        .prepare(
          `UPDATE entries SET kind = @kind, text = @text, speaker_name = @speakerName, speaker_role = @speakerRole,
             said_when = @when, said_where = @where, source_name = @sourceName, source_url = @sourceUrl, claim_by = @claimBy,
             corrects = @corrects, corrects_text = @anchorText, corrects_kind = @anchorKind, corrects_story = @anchorStory,
             updated_by = @actor, updated_at = @at, text_terms = @textTerms
           WHERE id = @id AND guild_id = @guildId`,
        )
        .run({ id, guildId, actor, at, ...fieldsOf(fields), ...anchorParams(fields.corrects ? anchor : null), ...termsParams(fields) });
      this.audit(id, guildId, 'edit', actor, at, fieldsOf(before), fieldsOf(fields));
      return this.get(guildId, id, false);
    }, guildId);
  }

  remove(guildId: string, id: number, actor: string, at = new Date().toISOString()): StoredEntry | null {
    this.assertSameFile();
    return this.db.transaction(() => {
      const before = this.get(guildId, id, false);
      if (!before) return null;
      this.db.prepare('UPDATE entries SET deleted_at = ?, deleted_by = ? WHERE id = ? AND guild_id = ?').run(at, actor, id, guildId);
      this.audit(id, guildId, 'remove', actor, at, fieldsOf(before), null);
      return this.get(guildId, id, true);
    }, guildId);
  }

  restore(guildId: string, id: number, actor: string, at = new Date().toISOString()): StoredEntry | null {
    this.assertSameFile();
    return this.db.transaction(() => {
      const entry = this.get(guildId, id, true);
      if (!entry || entry.deletedAt === null) return null;
      this.db.prepare('UPDATE entries SET deleted_at = NULL, deleted_by = NULL WHERE id = ? AND guild_id = ?').run(id, guildId);
      this.audit(id, guildId, 'restore', actor, at, null, fieldsOf(entry));
      return this.get(guildId, id, false);
    }, guildId);
  }

  /** One entry of a server; removed ones only when asked for. Another server's id is simply not found. */
  get(guildId: string, id: number, includeRemoved: boolean): StoredEntry | null {
    const row = this.db.prepare('SELECT * FROM entries WHERE id = ? AND guild_id = ?').get(id, guildId) as EntryRow | undefined;
    if (!row || (!includeRemoved && row.deleted_at !== null)) return null;
    return fromRow(row);
  }

  /**
   * A server's entries (active ones unless asked), oldest first; of one story when `story` is given. (A search index
   * is built from `listIndexed`.)
   */
  list(guildId: string, options: { kind?: StoredKind; story?: number; includeRemoved?: boolean } = {}): StoredEntry[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM entries WHERE guild_id = @guildId ${options.kind ? 'AND kind = @kind' : ''}
         ${options.story === undefined ? '' : 'AND story = @story'}
         ${options.includeRemoved ? '' : 'AND deleted_at IS NULL'} ORDER BY id`,
      )
      .all({ guildId, kind: options.kind, story: options.story }) as EntryRow[];
    return rows.map(fromRow);
  }

  /**
   * A server's active entries of one story, oldest first, without who added, changed or removed them and when: what
   * that story's search index for the server is built from, read without the six columns of their history.
   */
  listIndexed(guildId: string, story: number): IndexedStoredEntry[] {
    const rows = this.db
      .prepare(`SELECT ${INDEXED_COLUMNS} FROM entries WHERE guild_id = @guildId AND story = @story AND deleted_at IS NULL ORDER BY id`)
      .allValues({ guildId, story });
    return rows.map(indexedFromValues);
  }

  history(guildId: string, id: number): AuditRow[] {
    const rows = this.db.prepare('SELECT * FROM audit WHERE entry_id = ? AND guild_id = ? ORDER BY id').all(id, guildId) as Array<{
      id: number;
      entry_id: number;
      guild_id: string;
      action: AuditAction;
      actor: string;
      at: string;
      before: string | null;
      after: string | null;
    }>;
    return rows.map((row) => ({
      id: row.id,
      entryId: row.entry_id,
      guildId: row.guild_id,
      action: row.action,
      actor: row.actor,
      at: row.at,
      before: row.before ? (JSON.parse(row.before) as EntryFields) : null,
      after: row.after ? (JSON.parse(row.after) as EntryFields) : null,
    }));
  }

  /**
   * How many changes an actor made in a server since a time: the per-minute limit. Changes to entries (adds, edits,
   * removals, restores) and to the server's stories (adds, refreshes, switches, removals, restores) count alike.
   */
  writesSince(guildId: string, actor: string, since: string): number {
    return (
      this.db
        .prepare(
          `SELECT (SELECT count(*) FROM audit WHERE guild_id = @guildId AND actor = @actor AND at > @since)
             + (SELECT count(*) FROM story_audit WHERE guild_id = @guildId AND actor = @actor AND at > @since) AS n`,
        )
        .get({ guildId, actor, since }) as { n: number }
    ).n;
  }

  /** How many entries a server holds, removed ones not counted. */
  countActive(guildId: string): number {
    return (
      this.db.prepare('SELECT count(*) AS n FROM entries WHERE guild_id = ? AND deleted_at IS NULL').get(guildId) as {
        n: number;
      }
    ).n;
  }

  /**
   * Keeps an add held back as a near-duplicate until its moderator confirms it. A moderator has at most
   * `perActor` pending in a server (the oldest goes first), and none lives longer than an hour.
   */
  savePending(
    token: string,
    guildId: string,
    actor: string,
    fields: EntryFields,
    at = new Date().toISOString(),
    perActor = 5,
    story = 0,
  ): void {
    this.assertSameFile();
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM pending_adds WHERE created_at < ?').run(new Date(Date.parse(at) - 3_600_000).toISOString());
      this.db
        .prepare('INSERT INTO pending_adds (token, guild_id, actor, fields, created_at, story) VALUES (?, ?, ?, ?, ?, ?)')
        .run(token, guildId, actor, JSON.stringify(fields), at, story);
      this.db
        .prepare(
          `DELETE FROM pending_adds WHERE guild_id = @guildId AND actor = @actor AND token NOT IN (
               SELECT token FROM pending_adds WHERE guild_id = @guildId AND actor = @actor ORDER BY created_at DESC, ${dialectSql(this.db).pendingOrder} DESC LIMIT @keep)`,
        )
        .run({ guildId, actor, keep: perActor });
    }, guildId);
  }

  /** How many adds are pending in a server, by anyone. */
  countPending(guildId: string): number {
    return (this.db.prepare('SELECT count(*) AS n FROM pending_adds WHERE guild_id = ?').get(guildId) as { n: number }).n;
  }

  /**
   * Takes a pending add of this server, only for the moderator who made it: another moderator's click finds
   * `not-yours` and leaves it pending. It comes back with the story it was to be added to.
   */
  takePending(token: string, guildId: string, actor: string): { fields: EntryFields; story: number } | 'not-found' | 'not-yours' {
    this.assertSameFile();
    return this.db.transaction(() => {
      const row = this.db.prepare('SELECT actor, fields, story FROM pending_adds WHERE token = ? AND guild_id = ?').get(token, guildId) as
        | { actor: string; fields: string; story: number }
        | undefined;
      if (!row) return 'not-found' as const;
      if (row.actor !== actor) return 'not-yours' as const;
      this.db.prepare('DELETE FROM pending_adds WHERE token = ?').run(token);
      return { fields: JSON.parse(row.fields) as EntryFields, story: Number(row.story) };
    }, guildId);
  }

  /** Adds many entries in one transaction (benchmarks). */
  addMany(guildId: string, actor: string, many: EntryFields[], at = new Date().toISOString(), story = 0): StoredEntry[] {
    return this.db.transaction(() => many.map((fields) => this.add(guildId, actor, fields, at, null, story)), guildId);
  }

  /** Adds the entries of many servers in one transaction, each with its audit row (benchmarks: a million in about a minute). */
  addManyServers(servers: Iterable<{ guildId: string; entries: EntryFields[] }>, actor: string, at = new Date().toISOString()): number {
    return this.db.transaction(() => {
      let added = 0;
      for (const { guildId, entries } of servers) for (const fields of entries) added += this.add(guildId, actor, fields, at) ? 1 : 0;
      return added;
    });
  }

  /**
   * An import, all or nothing, in one transaction: a record whose id names an entry of this server updates it
   * (or leaves it when nothing differs), any other record adds an entry. The quotas are checked inside the same
   * transaction, before anything is written: each add or update is one change of the actor, and the adds must fit
   * in the server. Each change has its audit row, as a single add or edit would.
   */
  importRecords(
    guildId: string,
    actor: string,
    records: ImportRecord[],
    limits: ImportLimits,
    at = new Date().toISOString(),
  ): ImportOutcome {
    this.assertSameFile();
    const insert = this.db.prepare(
      `INSERT INTO entries (guild_id, story, kind, text, speaker_name, speaker_role, said_when, said_where, source_name, source_url,
         claim_by, corrects, corrects_text, corrects_kind, corrects_story, created_by, created_at, updated_by, updated_at, text_terms)
       VALUES (@guildId, @story, @kind, @text, @speakerName, @speakerRole, @when, @where, @sourceName, @sourceUrl, @claimBy, @corrects,
         @anchorText, @anchorKind, @anchorStory, @actor, @at, @actor, @at, @textTerms) RETURNING id`,
    );
    const update = this.db.prepare(
      `UPDATE entries SET kind = @kind, text = @text, speaker_name = @speakerName, speaker_role = @speakerRole,
         said_when = @when, said_where = @where, source_name = @sourceName, source_url = @sourceUrl, claim_by = @claimBy,
         corrects = @corrects, corrects_text = @anchorText, corrects_kind = @anchorKind, corrects_story = @anchorStory,
         updated_by = @actor, updated_at = @at, text_terms = @textTerms
       WHERE id = @id AND guild_id = @guildId`,
    );
    const current = this.db.prepare('SELECT * FROM entries WHERE id = ? AND guild_id = ? AND deleted_at IS NULL');
    const audit = this.db.prepare('INSERT INTO audit (entry_id, guild_id, action, actor, at, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)');
    return this.db.transaction((): ImportOutcome => {
      const adds: ImportRecord[] = [];
      const updates: Array<{ id: number; before: EntryFields; record: ImportRecord }> = [];
      let unchanged = 0;
      for (const record of records) {
        const row = record.id === null ? undefined : (current.get(record.id, guildId) as EntryRow | undefined);
        if (!row) adds.push(record);
        else if (JSON.stringify(fieldsOf(fromRow(row))) === JSON.stringify(fieldsOf(record.fields))) unchanged++;
        else updates.push({ id: row.id, before: fieldsOf(fromRow(row)), record });
      }
      const changes = adds.length + updates.length;
      const made = this.writesSince(guildId, actor, limits.since);
      if (changes > 0 && made + changes > limits.ratePerMinute) return { ok: false, reason: 'rate-limited', changes, made };
      const held = this.countActive(guildId);
      if (held + adds.length > limits.maxEntries) return { ok: false, reason: 'full', adding: adds.length, held };
      const added: number[] = [];
      for (const { fields, anchor, story } of adds) {
        const { id } = insert.get({ guildId, story, actor, at, ...fieldsOf(fields), ...anchorParams(anchor), ...termsParams(fields) }) as {
          id: number;
        };
        audit.run(id, guildId, 'add', actor, at, null, JSON.stringify(fieldsOf(fields)));
        added.push(id);
      }
      for (const { id, before, record } of updates) {
        update.run({ id, guildId, actor, at, ...fieldsOf(record.fields), ...anchorParams(record.anchor), ...termsParams(record.fields) });
        audit.run(id, guildId, 'edit', actor, at, JSON.stringify(before), JSON.stringify(fieldsOf(record.fields)));
      }
      return { ok: true, added, updated: updates.map((u) => u.id), unchanged };
    }, guildId);
  }

  /**
   * Saves the analysed text (see storedTerms.ts) of entries listed without it (saved before it was stored, or under
   * another version of the analysis), in one transaction; an entry whose text has changed since is left as it is.
   */
  saveTextTerms(guildId: string, entries: Array<{ id: number; text: string; textTerms: string }>): void {
    if (entries.length === 0) return;
    this.assertSameFile();
    const update = this.db.prepare('UPDATE entries SET text_terms = ? WHERE id = ? AND guild_id = ? AND text = ?');
    this.db.transaction(() => {
      for (const { id, text, textTerms } of entries) update.run(textTerms, id, guildId, text);
    }, guildId);
  }

  /** Anchors a correction saved before anchors existed to the words its id names now (once, at the first start). */
  setAnchor(guildId: string, id: number, anchor: CorrectionAnchor): void {
    this.assertSameFile();
    this.db
      .prepare('UPDATE entries SET corrects_text = ?, corrects_kind = ?, corrects_story = ? WHERE id = ? AND guild_id = ?')
      .run(anchor.text, anchor.kind, anchor.story, id, guildId);
  }

  /** Entries of a server by id, in the order asked (those not found left out). */
  getMany(guildId: string, ids: number[]): StoredEntry[] {
    const get = this.db.prepare('SELECT * FROM entries WHERE id = ? AND guild_id = ?');
    return ids.flatMap((id) => {
      const row = get.get(id, guildId) as EntryRow | undefined;
      return row ? [fromRow(row)] : [];
    });
  }
}
