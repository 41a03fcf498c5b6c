import type { Database } from './Database.js';
import type { EntryStore } from './EntryStore.js';

/**
 * The stories each server follows, in the same database as the entries (its tables come with EntryStore's
 * migrations): the text that was read and what was read about it, so that a restart rebuilds a story without
 * fetching it again; each server's current story; and an audit row for every change, in the same transaction as
 * the change. Removal is a soft delete that restore undoes. Story 0 is the article shipped with the bot: it has no
 * row, every server starts with it as its current story, and a server may remove it (for itself only) and restore it.
 * Nothing here knows about Discord: a guild id and an actor id are plain strings.
 */

/** Story 0: the article shipped with the bot (`STORY_PATH`). */
export const SHIPPED_STORY = 0;

export type StorySourceKind = 'url' | 'file';

/** What is saved of a story: where it came from, the article text read from it, and what was read about it. */
export interface StoryFields {
  /** The page's address (as the moderator gave it), or the attached file's name. */
  source: string;
  sourceKind: StorySourceKind;
  /** The article as the ingestion reads it: one paragraph a line, a blank line between them. */
  text: string;
  headline: string | null;
  byline: string | null;
  /** `YYYY-MM-DD`. */
  published: string | null;
  outlet: string | null;
  quotes: number;
  facts: number;
  /** Who is quoted, by name. */
  speakers: string[];
  /** What could not be read, one short line each. */
  problems: string[];
}

export interface StoredStory extends StoryFields {
  id: number;
  guildId: string;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
  deletedAt: string | null;
  deletedBy: string | null;
}

export type StoryAuditAction = 'add' | 'refresh' | 'use' | 'remove' | 'restore';

/** What an audit row keeps of a story: everything but its text, which may be long (its length instead). */
export type StoryAuditState = Omit<StoryFields, 'text'> & { characters: number };

export interface StoryAuditRow {
  id: number;
  storyId: number;
  guildId: string;
  action: StoryAuditAction;
  actor: string;
  at: string;
  /**
   * The story's state (without its text) before and after, and the server's current story (`current`) where the
   * change moved it: an add makes the story current, removing the current story goes back to the shipped article.
   */
  before: unknown;
  after: unknown;
}

/** A server's stories: the current one (null when it follows none), and whether it removed the shipped article. */
export interface ServerStories {
  current: number | null;
  shippedRemoved: boolean;
}

interface StoryRow {
  id: number;
  guild_id: string;
  source: string;
  source_kind: StorySourceKind;
  text: string;
  headline: string | null;
  byline: string | null;
  published: string | null;
  outlet: string | null;
  quotes: number;
  facts: number;
  speakers: string;
  problems: string;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
  deleted_at: string | null;
  deleted_by: string | null;
}

function fromRow(row: StoryRow): StoredStory {
  return {
    id: row.id,
    guildId: row.guild_id,
    source: row.source,
    sourceKind: row.source_kind,
    text: row.text,
    headline: row.headline,
    byline: row.byline,
    published: row.published,
    outlet: row.outlet,
    quotes: row.quotes,
    facts: row.facts,
    speakers: JSON.parse(row.speakers) as string[],
    problems: JSON.parse(row.problems) as string[],
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    deletedBy: row.deleted_by,
  };
}

function auditState(fields: StoryFields): StoryAuditState {
  const { text, ...rest } = fields;
  return { ...rest, characters: text.length };
}

function fieldParams(fields: StoryFields) {
  return {
    source: fields.source,
    sourceKind: fields.sourceKind,
    text: fields.text,
    headline: fields.headline,
    byline: fields.byline,
    published: fields.published,
    outlet: fields.outlet,
    quotes: fields.quotes,
    facts: fields.facts,
    speakers: JSON.stringify(fields.speakers),
    problems: JSON.stringify(fields.problems),
  };
}

export class StoryStore {
  private readonly db: Database;

  /** The stories of the database an EntryStore opened (and migrated). */
  constructor(private readonly entries: EntryStore) {
    this.db = entries.connection;
  }

  private audit(storyId: number, guildId: string, action: StoryAuditAction, actor: string, at: string, before: unknown, after: unknown) {
    this.db
      .prepare('INSERT INTO story_audit (story_id, guild_id, action, actor, at, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(
        storyId,
        guildId,
        action,
        actor,
        at,
        before === null ? null : JSON.stringify(before),
        after === null ? null : JSON.stringify(after),
      );
  }

  serverStories(guildId: string): ServerStories {
    const row = this.db.prepare('SELECT current_story, shipped_removed_at FROM server_stories WHERE guild_id = ?').get(guildId) as
      | { current_story: number | null; shipped_removed_at: string | null }
      | undefined;
    if (!row) return { current: SHIPPED_STORY, shippedRemoved: false };
    return { current: row.current_story, shippedRemoved: row.shipped_removed_at !== null };
  }

  /** The story a server's members are answered from: 0 for the shipped article, null when the server follows none. */
  currentStoryOf(guildId: string): number | null {
    return this.serverStories(guildId).current;
  }

  private setCurrent(guildId: string, current: number | null): void {
    this.db
      .prepare(
        `INSERT INTO server_stories (guild_id, current_story) VALUES (?, ?)
         ON CONFLICT (guild_id) DO UPDATE SET current_story = excluded.current_story`,
      )
      .run(guildId, current);
  }

  /** Saves a new story of a server and makes it the server's current story. */
  add(guildId: string, actor: string, fields: StoryFields, at = new Date().toISOString()): StoredStory {
    this.entries.assertSameFile();
    return this.db.transaction(() => {
      const { id } = this.db
        .prepare(
          `INSERT INTO stories (guild_id, source, source_kind, text, headline, byline, published, outlet, quotes, facts, speakers,
               problems, created_by, created_at, updated_by, updated_at)
             VALUES (@guildId, @source, @sourceKind, @text, @headline, @byline, @published, @outlet, @quotes, @facts, @speakers,
               @problems, @actor, @at, @actor, @at) RETURNING id`,
        )
        .get({ guildId, actor, at, ...fieldParams(fields) }) as { id: number };
      const before = this.serverStories(guildId).current;
      this.setCurrent(guildId, id);
      // One change, one row: the switch is part of the add (`current` before and after).
      this.audit(id, guildId, 'add', actor, at, { current: before }, { ...auditState(fields), current: id });
      return this.get(guildId, id, false)!;
    }, guildId);
  }

  /** Replaces a story's text and what was read about it (fetched again); null when the server has no such story. */
  refresh(guildId: string, id: number, actor: string, fields: StoryFields, at = new Date().toISOString()): StoredStory | null {
    this.entries.assertSameFile();
    return this.db.transaction(() => {
      const before = this.get(guildId, id, false);
      if (!before) return null;
      this.db
        .prepare(
          `UPDATE stories SET source = @source, source_kind = @sourceKind, text = @text, headline = @headline, byline = @byline,
               published = @published, outlet = @outlet, quotes = @quotes, facts = @facts, speakers = @speakers,
               problems = @problems, updated_by = @actor, updated_at = @at
             WHERE id = @id AND guild_id = @guildId`,
        )
        .run({ id, guildId, actor, at, ...fieldParams(fields) });
      this.audit(id, guildId, 'refresh', actor, at, auditState(before), auditState(fields));
      return this.get(guildId, id, false);
    }, guildId);
  }

  /** Makes a story (0: the shipped article) the server's current one; false when the server has no such story. */
  use(guildId: string, id: number, actor: string, at = new Date().toISOString()): boolean {
    this.entries.assertSameFile();
    return this.db.transaction(() => {
      const state = this.serverStories(guildId);
      const exists = id === SHIPPED_STORY ? !state.shippedRemoved : this.get(guildId, id, false) !== null;
      if (!exists) return false;
      this.setCurrent(guildId, id);
      this.audit(id, guildId, 'use', actor, at, { current: state.current }, { current: id });
      return true;
    }, guildId);
  }

  /**
   * Removes a story from a server (0: the shipped article, for this server only); false when there is no such story.
   * When it was the current story, the server goes back to the shipped article, or to none if that is removed too.
   */
  remove(guildId: string, id: number, actor: string, at = new Date().toISOString()): boolean {
    this.entries.assertSameFile();
    return this.db.transaction(() => {
      const state = this.serverStories(guildId);
      let before: StoryAuditState | null = null;
      if (id === SHIPPED_STORY) {
        if (state.shippedRemoved) return false;
        this.db
          .prepare(
            `INSERT INTO server_stories (guild_id, current_story, shipped_removed_at, shipped_removed_by) VALUES (?, ?, ?, ?)
               ON CONFLICT (guild_id) DO UPDATE SET shipped_removed_at = excluded.shipped_removed_at,
                 shipped_removed_by = excluded.shipped_removed_by`,
          )
          .run(guildId, state.current, at, actor);
      } else {
        const story = this.get(guildId, id, false);
        if (!story) return false;
        this.db.prepare('UPDATE stories SET deleted_at = ?, deleted_by = ? WHERE id = ? AND guild_id = ?').run(at, actor, id, guildId);
        before = auditState(story);
      }
      const current = state.current === id ? (id === SHIPPED_STORY || state.shippedRemoved ? null : SHIPPED_STORY) : state.current;
      if (current !== state.current) this.setCurrent(guildId, current);
      this.audit(id, guildId, 'remove', actor, at, { ...before, current: state.current }, { current });
      return true;
    }, guildId);
  }

  /** Brings back a removed story (not as the current one: `use` does that); false when nothing was removed. */
  restore(guildId: string, id: number, actor: string, at = new Date().toISOString()): boolean {
    this.entries.assertSameFile();
    return this.db.transaction(() => {
      if (id === SHIPPED_STORY) {
        if (!this.serverStories(guildId).shippedRemoved) return false;
        this.db.prepare('UPDATE server_stories SET shipped_removed_at = NULL, shipped_removed_by = NULL WHERE guild_id = ?').run(guildId);
        this.audit(id, guildId, 'restore', actor, at, null, null);
        return true;
      }
      const story = this.get(guildId, id, true);
      if (!story || story.deletedAt === null) return false;
      this.db.prepare('UPDATE stories SET deleted_at = NULL, deleted_by = NULL WHERE id = ? AND guild_id = ?').run(id, guildId);
      this.audit(id, guildId, 'restore', actor, at, null, auditState(story));
      return true;
    }, guildId);
  }

  /** One story of a server; removed ones only when asked for. Another server's id is simply not found. */
  get(guildId: string, id: number, includeRemoved: boolean): StoredStory | null {
    const row = this.db.prepare('SELECT * FROM stories WHERE id = ? AND guild_id = ?').get(id, guildId) as StoryRow | undefined;
    if (!row || (!includeRemoved && row.deleted_at !== null)) return null;
    return fromRow(row);
  }

  /** A story by id whoever holds it: what a restart rebuilds a story from. */
  byId(id: number): StoredStory | null {
    const row = this.db.prepare('SELECT * FROM stories WHERE id = ?').get(id) as StoryRow | undefined;
    return row ? fromRow(row) : null;
  }

  list(guildId: string, options: { includeRemoved?: boolean } = {}): StoredStory[] {
    const rows = this.db
      .prepare(`SELECT * FROM stories WHERE guild_id = ? ${options.includeRemoved ? '' : 'AND deleted_at IS NULL'} ORDER BY id`)
      .all(guildId) as StoryRow[];
    return rows.map(fromRow);
  }

  /** How many stories a server holds, removed ones and the shipped article not counted. */
  countActive(guildId: string): number {
    return (
      this.db.prepare('SELECT count(*) AS n FROM stories WHERE guild_id = ? AND deleted_at IS NULL').get(guildId) as {
        n: number;
      }
    ).n;
  }

  history(guildId: string, id: number): StoryAuditRow[] {
    const rows = this.db.prepare('SELECT * FROM story_audit WHERE guild_id = ? AND story_id = ? ORDER BY id').all(guildId, id) as Array<{
      id: number;
      story_id: number;
      guild_id: string;
      action: StoryAuditAction;
      actor: string;
      at: string;
      before: string | null;
      after: string | null;
    }>;
    return rows.map((row) => ({
      id: row.id,
      storyId: row.story_id,
      guildId: row.guild_id,
      action: row.action,
      actor: row.actor,
      at: row.at,
      before: row.before === null ? null : (JSON.parse(row.before) as unknown),
      after: row.after === null ? null : (JSON.parse(row.after) as unknown),
    }));
  }
}
