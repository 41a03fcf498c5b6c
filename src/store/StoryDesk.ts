import { type Knowledge, KnowledgeShelf } from '../knowledge.js';
import { buildStory } from '../story/loadStory.js';
import type { ReadStory, StoryReadProblem } from '../story/readStory.js';
import type { Story } from '../story/types.js';
import { FETCH_DEFAULTS, type FetchPageOptions } from '../web/fetchPage.js';
import { FetchPageError, type FetchRefusal } from '../web/FetchPageError.js';
import { type DeskMessage, type DeskMessageCode, deskMessage, type Vars } from './deskMessages.js';
import { DatabaseGoneError, type EntryStore } from './EntryStore.js';
import { storyId, storyNumberOf } from './storyId.js';
import { SHIPPED_STORY, type StoredStory, type StoryAuditRow, type StoryFields, StoryStore } from './StoryStore.js';

/**
 * What moderators do with their server's stories, for the bot and the console alike: add one from a web page or a
 * file (read by the same ingestion as the shipped article, saved, and made the server's current story), list, use,
 * show, remove, restore, refresh (fetched again). Each change is saved with its audit row before it is confirmed,
 * and counts in the moderator's per-minute limit with their entry changes. The members of a server are answered from
 * `knowledgeFor(guildId)`: the knowledge of its current story, built once per story (see KnowledgeShelf).
 * A user's mistake or a page refused comes back as a typed failure with a message.
 */

export type StorySource = { kind: 'url'; address: string } | { kind: 'file'; name: string; bytes: Uint8Array };

/** A story as moderators see it in a summary, a list or `show`. */
export interface StorySummary {
  /** As moderators write it: `s3`; `s0` is the article shipped with the bot. */
  id: string;
  /** The headline; without one, the beginning of the first paragraph. */
  headline: string;
  byline: string | null;
  published: string | null;
  outlet: string | null;
  /** The page's address, the file's name, or the shipped article's path. */
  source: string;
  sourceKind: 'url' | 'file' | 'shipped';
  quotes: number;
  facts: number;
  speakers: string[];
  problems: string[];
  current: boolean;
  removed: boolean;
  addedBy: string | null;
  addedAt: string | null;
  updatedAt: string | null;
}

export type StoryFailureReason = 'invalid' | 'not-found' | 'rate-limited' | 'full' | 'storage' | 'unreadable';

export interface StoryFailure {
  ok: false;
  reason: StoryFailureReason;
  /** In English (the console, the logs, the tests); `why` says it in other languages. */
  message: string;
  why: DeskMessage;
}

export type StoryResult<T> = { ok: true; value: T } | StoryFailure;

export interface StoryDeskOptions {
  /** Changes one moderator may make per minute in a server, entries and stories together. */
  ratePerMinute: number;
  /** Stories a server may hold, removed ones and the shipped article not counted. */
  maxStoriesPerServer: number;
  /** How pages are fetched (the test-only loopback allowance, timeouts, the byte cap). */
  fetch?: FetchPageOptions;
  now?: () => Date;
  /** Told when a write is refused because the database file was deleted or replaced. */
  onStorageError?: (error: DatabaseGoneError) => void;
}

const HEADLINE_FROM_TEXT = 90;

function fail(reason: StoryFailureReason, code: DeskMessageCode, vars: Vars = {}): StoryFailure {
  const why = { code, vars };
  return { ok: false, reason, message: deskMessage(why), why };
}

export { storyId };

/** The name a stored story's corrections are anchored under (see CorrectionResolver): one per story, kept on refresh. */
export function storyKey(id: number): string {
  return `story-${id}`;
}

const READ_CODES: Record<StoryReadProblem, DeskMessageCode> = {
  'too-large': 'story-too-large',
  'not-text': 'story-not-text',
  empty: 'story-empty',
  'no-article': 'story-no-article',
  'file-kind': 'story-file-kind',
};

/** A fetch refused, as the one line a moderator reads. */
function fetchRefusal(error: FetchPageError, options: FetchPageOptions): StoryFailure {
  const codes: Record<FetchRefusal, [DeskMessageCode, Vars]> = {
    'not a web address': ['fetch-not-address', {}],
    'not http': ['fetch-not-http', {}],
    'private network': ['fetch-private', {}],
    'too many redirects': ['fetch-redirects', { limit: options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects }],
    timeout: ['fetch-timeout', { seconds: (options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs) / 1000 }],
    'too large': ['fetch-too-large', { size: error.message.replace(/^.*larger than /u, '') }],
    'not a web page': ['fetch-not-page', { type: /\(([^)]*)\)$/u.exec(error.message)?.[1] ?? '?' }],
    'http status': ['fetch-status', { status: error.detail ?? '?' }],
    unreachable: ['fetch-unreachable', { code: error.detail ?? '?' }],
  };
  const [code, vars] = codes[error.reason];
  return fail('unreadable', code, vars);
}

function headlineOf(title: string | null, firstParagraph: string | undefined, source: string): string {
  if (title) return title;
  const first = firstParagraph?.replace(/\s+/gu, ' ').trim();
  if (!first) return source;
  return first.length <= HEADLINE_FROM_TEXT ? first : `${first.slice(0, HEADLINE_FROM_TEXT - 1).trimEnd()}\u2026`;
}

/** Who is quoted in a story, by name, in the order they first speak. */
function quotedSpeakers(story: Story): string[] {
  return [...new Set(story.entries.flatMap((e) => (e.kind === 'quote' && e.speaker ? [e.speaker.name] : [])))];
}

function fieldsOf(read: ReadStory, source: string, sourceKind: 'url' | 'file'): StoryFields {
  const quotes = read.story.entries.filter((e) => e.kind === 'quote').length;
  return {
    source,
    sourceKind,
    text: read.text,
    headline: read.story.meta.title,
    byline: read.byline,
    published: read.story.meta.published,
    outlet: read.story.meta.outlet,
    quotes,
    facts: read.story.entries.length - quotes,
    speakers: quotedSpeakers(read.story),
    problems: read.problems,
  };
}

/** A saved story as the ingestion built it when it was read: the same text, the same metadata. */
export function rebuildStory(stored: StoredStory): Story {
  return buildStory(stored.text, storyKey(stored.id), { published: stored.published, title: stored.headline, outlet: stored.outlet });
}

export class StoryDesk {
  readonly shelf: KnowledgeShelf;
  private readonly stories: StoryStore;
  private readonly now: () => Date;

  constructor(
    private readonly entries: EntryStore,
    shipped: Knowledge,
    private readonly options: StoryDeskOptions,
  ) {
    this.stories = new StoryStore(entries);
    this.shelf = new KnowledgeShelf(shipped, entries);
    this.now = options.now ?? (() => new Date());
  }

  /** What a server's members are answered from: its current story's knowledge; null when it follows no story. */
  knowledgeFor(guildId: string | null): Knowledge | null {
    if (guildId === null) return this.shelf.shipped;
    const current = this.stories.currentStoryOf(guildId);
    return current === null ? null : this.knowledgeOfStory(current);
  }

  /**
   * A story's knowledge by its number, built from its saved text if no one asked it yet, removed or not: where the
   * entries of that story are indexed, their corrections anchored and their near-duplicates found (EntryDesk's
   * `storyKnowledge`).
   */
  knowledgeOfStory(id: number): Knowledge {
    return this.shelf.of(id, () => {
      const stored = this.stories.byId(id);
      return stored ? rebuildStory(stored) : this.shelf.shipped.story;
    });
  }

  /** Whether a server has a story (not removed): where an imported record naming it goes (EntryDesk's `hasStory`). */
  hasStory(guildId: string, id: number): boolean {
    const summary = this.summary(guildId, id);
    return summary !== null && !summary.removed;
  }

  /**
   * One of the server's stories by id (`s3`), for a member who asks about a story other than the current one:
   * its id as written and its knowledge; null when the server has no such story, or removed it.
   */
  storyOf(guildId: string, id: string): { id: string; knowledge: Knowledge } | null {
    const number = storyNumberOf(id);
    if (number === null) return null;
    const summary = this.summary(guildId, number);
    if (!summary || summary.removed) return null;
    return { id: summary.id, knowledge: this.knowledgeOfStory(number) };
  }

  /** The id (`s3`) of the story the server's members are answered from by default; null when it follows none. */
  currentIdOf(guildId: string | null): string | null {
    if (guildId === null) return storyId(SHIPPED_STORY);
    const current = this.stories.currentStoryOf(guildId);
    return current === null ? null : storyId(current);
  }

  private refusingLostWrites<T>(change: () => StoryResult<T>): StoryResult<T> {
    try {
      return change();
    } catch (error) {
      if (!(error instanceof DatabaseGoneError)) throw error;
      this.options.onStorageError?.(error);
      return fail('storage', 'storage');
    }
  }

  private checkRate(guildId: string, actor: string): StoryFailure | null {
    const since = new Date(this.now().getTime() - 60_000).toISOString();
    const limit = this.options.ratePerMinute;
    return this.entries.writesSince(guildId, actor, since) + 1 <= limit ? null : fail('rate-limited', 'rate-limited', { limit });
  }

  private checkRoom(guildId: string): StoryFailure | null {
    const held = this.stories.countActive(guildId);
    const most = this.options.maxStoriesPerServer;
    return held < most ? null : fail('full', 'story-full', { held, most });
  }

  private parseId(id: string): StoryResult<number> {
    const number = storyNumberOf(id);
    return number !== null ? { ok: true, value: number } : fail('not-found', 'story-bad-id', { id: id.trim().slice(0, 40) });
  }

  private shippedSummary(guildId: string): StorySummary {
    const { story } = this.shelf.shipped;
    const state = this.stories.serverStories(guildId);
    const quotes = story.entries.filter((e) => e.kind === 'quote').length;
    return {
      id: storyId(SHIPPED_STORY),
      headline: headlineOf(story.meta.title, story.paragraphs[0]?.text, story.file),
      byline: null,
      published: story.meta.published,
      outlet: story.meta.outlet,
      source: story.file,
      sourceKind: 'shipped',
      quotes,
      facts: story.entries.length - quotes,
      speakers: quotedSpeakers(story),
      problems: [],
      current: state.current === SHIPPED_STORY,
      removed: state.shippedRemoved,
      addedBy: null,
      addedAt: null,
      updatedAt: null,
    };
  }

  private summaryOf(stored: StoredStory, current: number | null): StorySummary {
    return {
      id: storyId(stored.id),
      headline: headlineOf(
        stored.headline,
        stored.text.split('\n').find((line) => line.trim().length > 0),
        stored.source,
      ),
      byline: stored.byline,
      published: stored.published,
      outlet: stored.outlet,
      source: stored.source,
      sourceKind: stored.sourceKind,
      quotes: stored.quotes,
      facts: stored.facts,
      speakers: stored.speakers,
      problems: stored.problems,
      current: current === stored.id,
      removed: stored.deletedAt !== null,
      addedBy: stored.createdBy,
      addedAt: stored.createdAt,
      updatedAt: stored.updatedAt,
    };
  }

  private summary(guildId: string, id: number): StorySummary | null {
    if (id === SHIPPED_STORY) return this.shippedSummary(guildId);
    const stored = this.stories.get(guildId, id, true);
    return stored ? this.summaryOf(stored, this.stories.currentStoryOf(guildId)) : null;
  }

  /** Reads a page or a file; a refusal as a failure, anything else (a bug) thrown. */
  private async read(source: StorySource): Promise<StoryResult<ReadStory>> {
    // Loaded on the first story read, not at start: the page reader (linkedom, Readability) holds about 13 MB.
    const { readStoryFromAddress, readStoryFromFile, StoryReadError } = await import('../story/readStory.js');
    try {
      const read =
        source.kind === 'url'
          ? await readStoryFromAddress(source.address, this.options.fetch ?? {})
          : readStoryFromFile(source.name, source.bytes);
      return { ok: true, value: read };
    } catch (error) {
      if (error instanceof FetchPageError) return fetchRefusal(error, this.options.fetch ?? {});
      if (error instanceof StoryReadError) return fail('unreadable', READ_CODES[error.problem]);
      throw error;
    }
  }

  /** Reads a story, saves it and makes it the server's current story; the limits are checked before and after reading. */
  async add(guildId: string, actor: string, source: StorySource): Promise<StoryResult<StorySummary>> {
    const early = this.checkRate(guildId, actor) ?? this.checkRoom(guildId);
    if (early) return early;
    const read = await this.read(source);
    if (!read.ok) return read;
    return this.refusingLostWrites(() => {
      // Reading took a while: other changes may have been made meanwhile.
      const refused = this.checkRate(guildId, actor) ?? this.checkRoom(guildId);
      if (refused) return refused;
      const name = source.kind === 'url' ? source.address : source.name;
      const stored = this.stories.add(guildId, actor, fieldsOf(read.value, name, source.kind), this.now().toISOString());
      this.shelf.put(stored.id, { ...read.value.story, file: storyKey(stored.id) });
      return { ok: true, value: this.summaryOf(stored, stored.id) };
    });
  }

  /** The server's stories, the shipped article first (unless removed), removed ones left out. */
  list(guildId: string): StorySummary[] {
    const current = this.stories.currentStoryOf(guildId);
    const shipped = this.shippedSummary(guildId);
    return [...(shipped.removed ? [] : [shipped]), ...this.stories.list(guildId).map((s) => this.summaryOf(s, current))];
  }

  /** One story of the server, removed or not. */
  show(guildId: string, id: string): StoryResult<StorySummary> {
    const parsed = this.parseId(id);
    if (!parsed.ok) return parsed;
    const summary = this.summary(guildId, parsed.value);
    return summary ? { ok: true, value: summary } : fail('not-found', 'story-not-found', { id: storyId(parsed.value) });
  }

  use(guildId: string, actor: string, id: string): StoryResult<StorySummary> {
    return this.change(guildId, actor, id, (number, at) => this.stories.use(guildId, number, actor, at), 'story-not-found');
  }

  remove(guildId: string, actor: string, id: string): StoryResult<StorySummary> {
    return this.change(guildId, actor, id, (number, at) => this.stories.remove(guildId, number, actor, at), 'story-not-found');
  }

  restore(guildId: string, actor: string, id: string): StoryResult<StorySummary> {
    return this.change(guildId, actor, id, (number, at) => this.stories.restore(guildId, number, actor, at), 'story-not-removed');
  }

  private change(
    guildId: string,
    actor: string,
    id: string,
    write: (id: number, at: string) => boolean,
    missing: DeskMessageCode,
  ): StoryResult<StorySummary> {
    return this.refusingLostWrites(() => {
      const parsed = this.parseId(id);
      if (!parsed.ok) return parsed;
      const refused = this.checkRate(guildId, actor);
      if (refused) return refused;
      if (!write(parsed.value, this.now().toISOString())) return fail('not-found', missing, { id: storyId(parsed.value) });
      return { ok: true, value: this.summary(guildId, parsed.value)! };
    });
  }

  /**
   * Fetches a story's page again and saves what it says now. Corrections stay anchored to their words: the story
   * keeps its name, and each correction is found again by the words it corrects (see CorrectionResolver).
   */
  async refresh(guildId: string, actor: string, id: string): Promise<StoryResult<StorySummary>> {
    const parsed = this.parseId(id);
    if (!parsed.ok) return parsed;
    if (parsed.value === SHIPPED_STORY) return fail('invalid', 'story-shipped-refresh');
    const before = this.stories.get(guildId, parsed.value, false);
    if (!before) return fail('not-found', 'story-not-found', { id: storyId(parsed.value) });
    if (before.sourceKind !== 'url') return fail('invalid', 'story-file-refresh', { id: storyId(parsed.value) });
    const early = this.checkRate(guildId, actor);
    if (early) return early;
    const read = await this.read({ kind: 'url', address: before.source });
    if (!read.ok) return read;
    return this.refusingLostWrites(() => {
      const refused = this.checkRate(guildId, actor);
      if (refused) return refused;
      const stored = this.stories.refresh(guildId, before.id, actor, fieldsOf(read.value, before.source, 'url'), this.now().toISOString());
      if (!stored) return fail('not-found', 'story-not-found', { id: storyId(before.id) });
      this.shelf.put(stored.id, { ...read.value.story, file: storyKey(stored.id) });
      return { ok: true, value: this.summaryOf(stored, this.stories.currentStoryOf(guildId)) };
    });
  }

  history(guildId: string, id: string): StoryResult<StoryAuditRow[]> {
    const parsed = this.parseId(id);
    if (!parsed.ok) return parsed;
    return { ok: true, value: this.stories.history(guildId, parsed.value) };
  }
}
