import { randomBytes } from 'node:crypto';
import type { Knowledge } from '../knowledge.js';
import { analyze } from '../search/analyzer.js';
import type { Entry } from '../story/types.js';
import { ExportFileSchema, ExportRecordSchema, validateEntryFields } from './entrySchema.js';
import { type CorrectionState, detachedVars } from './CorrectionResolver.js';
import { type DeskMessage, type DeskMessageCode, deskMessage, parseIssue, type Vars } from './deskMessages.js';
import {
  type AuditRow,
  type CorrectionAnchor,
  DatabaseGoneError,
  type EntryFields,
  type EntryStore,
  type ImportRecord,
  type StoredEntry,
  type StoredKind,
} from './EntryStore.js';
import { runImport } from './runImport.js';
import { storyId, storyNumberOf } from './storyId.js';
import { entryId, storedIdOf, toEntry } from './toEntry.js';

/**
 * What moderators can do, for the bot and the console alike: add, edit, remove, restore, list, show,
 * history, export, import. Each change is saved (with its audit row) before it is confirmed, and the search
 * index is updated at once, entry by entry. A user's mistake comes back as a typed failure with a message.
 */

/** A refusal: why (a reason to act on), what to say (`message`, in English) and the same as a code, for other languages. */
export type DeskFailure =
  | {
      ok: false;
      reason: 'invalid' | 'not-found' | 'read-only' | 'rate-limited' | 'full' | 'not-yours' | 'storage';
      message: string;
      why: DeskMessage;
    }
  | { ok: false; reason: 'duplicate'; message: string; why: DeskMessage; duplicateOf: Entry; pendingToken: string };
export type DeskResult<T> = { ok: true; value: T } | DeskFailure;

export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  /** How many records went to each story (`s0`, `s3`), added, updated or unchanged alike. */
  stories: Record<string, number>;
  /** Records that named a story the server does not have (or removed): they went to the server's current story. */
  elsewhere: number;
  rejected: Array<{ index: number; reason: string; why: DeskMessage }>;
}

export interface DeskOptions {
  /** Changes one moderator may make per minute in a server: every add, edit, remove, restore, and each imported record. */
  ratePerMinute: number;
  /** Entries a server may hold, removed ones not counted (default 5,000). */
  maxEntriesPerServer?: number;
  /** Near-duplicate prompts one moderator may leave pending in a server (default 5; the oldest goes first). */
  pendingPerModerator?: number;
  /** Similarity (shared search terms over all terms) from which a new entry counts as a near-duplicate. */
  duplicateThreshold?: number;
  now?: () => Date;
  /** Told when a write is refused because the database file was deleted or replaced (the bot logs it as an error). */
  onStorageError?: (error: DatabaseGoneError) => void;
  /**
   * The knowledge of the story a server follows (see StoryDesk): the story a new entry belongs to. The desk's own
   * knowledge when not given.
   */
  knowledgeOf?: (guildId: string) => Knowledge;
  /**
   * A story's knowledge by number (built when needed): where an entry of that story is indexed, its correction
   * anchored and its near-duplicates found. The desk's own knowledge when not given.
   */
  storyKnowledge?: (story: number) => Knowledge;
  /** Whether a server has a story (not removed): where an imported record naming it goes. Only the desk's own when not given. */
  hasStory?: (guildId: string, story: number) => boolean;
}

const ARTICLE_ID = /^[qf]\d+-\d+$/u;
/** Records an import reads, or entries it indexes, between two turns of the event loop. */
const IMPORT_CHUNK = 250;

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

type Refusal = Exclude<DeskFailure['reason'], 'duplicate'>;

function fail(reason: Refusal, code: DeskMessageCode, vars: Vars = {}): DeskFailure {
  const why = { code, vars };
  return { ok: false, reason, message: deskMessage(why), why };
}

function rejection(index: number, why: DeskMessage): { index: number; reason: string; why: DeskMessage } {
  return { index, reason: deskMessage(why), why };
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / (a.size + b.size - shared);
}

export class EntryDesk {
  private readonly threshold: number;
  private readonly now: () => Date;
  private readonly maxEntries: number;

  constructor(
    private readonly store: EntryStore,
    private readonly knowledge: Knowledge,
    private readonly options: DeskOptions,
  ) {
    this.threshold = options.duplicateThreshold ?? 0.75;
    this.now = options.now ?? (() => new Date());
    this.maxEntries = options.maxEntriesPerServer ?? 5000;
  }

  /**
   * Runs a change; when the database file turns out deleted or replaced, the change is refused with a clear
   * message (and the operator told), instead of being confirmed and lost at the next start.
   */
  private refusingLostWrites<T>(change: () => DeskResult<T>): DeskResult<T> {
    try {
      return change();
    } catch (error) {
      if (!(error instanceof DatabaseGoneError)) throw error;
      this.options.onStorageError?.(error);
      return fail('storage', 'storage');
    }
  }

  /** Refuses a change of `count` writes that would take a moderator past the per-minute limit. */
  private checkRate(guildId: string, actor: string, count = 1): DeskFailure | null {
    const since = new Date(this.now().getTime() - 60_000).toISOString();
    const made = this.store.writesSince(guildId, actor, since);
    const limit = this.options.ratePerMinute;
    if (made + count <= limit) return null;
    return count === 1
      ? fail('rate-limited', 'rate-limited', { limit })
      : fail('rate-limited', 'rate-limited-import', { changes: count, left: Math.max(0, limit - made), limit });
  }

  /** Refuses `adding` more entries when the server would then hold more than it may. */
  private checkRoom(guildId: string, adding = 1): DeskFailure | null {
    const held = this.store.countActive(guildId);
    if (held + adding <= this.maxEntries) return null;
    return adding === 1
      ? fail('full', 'full', { held, most: this.maxEntries })
      : fail('full', 'full-import', { adding, held, most: this.maxEntries });
  }

  /** The number of the story a server follows now: the story an entry added now belongs to. */
  currentStoryOf(guildId: string): number {
    return (this.options.knowledgeOf?.(guildId) ?? this.knowledge).storyNumber;
  }

  private storyKnowledge(story: number): Knowledge {
    return this.options.storyKnowledge?.(story) ?? this.knowledge;
  }

  /**
   * Brings the server's index in the entry's own story's knowledge in line with a stored entry (where that index is
   * loaded: otherwise it reads the entry from the store when it is built): answered when active and not a detached
   * correction there. No other story's answers ever show it. The entry as its story sees it comes back.
   */
  private index(stored: StoredEntry): Entry {
    const knowledge = this.storyKnowledge(stored.story);
    const correction = knowledge.corrections.stateOf(stored)?.state ?? null;
    const entry = toEntry(stored, knowledge.story.speakers, correction);
    if (stored.deletedAt === null && correction?.attached !== false) knowledge.servers.add(stored.guildId, entry);
    else knowledge.servers.remove(stored.guildId, entry.id);
    return entry;
  }

  /** Where a stored correction stands in its own story; null for an entry that corrects nothing. */
  correctionOf(stored: StoredEntry): CorrectionState | null {
    return this.storyKnowledge(stored.story).corrections.stateOf(stored)?.state ?? null;
  }

  private parseId(id: string): DeskResult<number> {
    if (ARTICLE_ID.test(id.trim())) {
      return fail('read-only', 'read-only', { id: id.trim() });
    }
    const stored = storedIdOf(id);
    return stored === null ? fail('not-found', 'not-found', { id: id.slice(0, 40) }) : { ok: true, value: stored };
  }

  /**
   * The entry this text nearly repeats, among what the server sees in a story (its article and the server's own
   * entries of it; the server's current story unless given).
   */
  findNearDuplicate(guildId: string, text: string, ignoreId?: string, story = this.currentStoryOf(guildId)): Entry | null {
    const terms = new Set(analyze(text));
    if (terms.size === 0) return null;
    const hits = this.storyKnowledge(story)
      .viewOf(guildId)
      .query({ terms: [...terms], boosts: [...terms].map(() => 1), groups: [...terms].map((_, i) => i) }, { guildId });
    for (const hit of hits.slice(0, 20)) {
      if (hit.entry.id === ignoreId) continue;
      if (jaccard(terms, new Set(analyze(hit.entry.text))) >= this.threshold) return hit.entry;
    }
    return null;
  }

  /**
   * What a correction will be anchored to, or why it cannot be saved. A new `corrects` id names an entry of the
   * article as it is now; an entry that keeps the id it had keeps its anchor, re-checked: a correction whose words
   * the article no longer has is detached and cannot be edited back into view. Either way the correction has the
   * kind of what it corrects.
   */
  private anchorFor(
    story: number,
    fields: EntryFields,
    existing: StoredEntry | null = null,
  ): { ok: true; anchor: CorrectionAnchor | null } | DeskFailure {
    if (!fields.corrects) return { ok: true, anchor: null };
    const knowledge = this.storyKnowledge(story);
    const kept = existing?.corrects === fields.corrects ? knowledge.corrections.stateOf(existing) : null;
    let anchor: CorrectionAnchor;
    if (kept) {
      if (!kept.state.attached) {
        return fail('invalid', 'corrects-detached', detachedVars(kept.state));
      }
      anchor = kept.legacyAnchor ?? existing!.anchor!;
    } else {
      const original = knowledge.articleIndex.get(fields.corrects);
      if (original?.origin !== 'article') {
        return fail('invalid', 'corrects-unknown', { id: fields.corrects });
      }
      anchor = knowledge.corrections.anchorFor(original);
    }
    if (anchor.kind !== fields.kind) {
      return fail('invalid', 'corrects-kind', { id: fields.corrects, kind: anchor.kind });
    }
    return { ok: true, anchor };
  }

  /**
   * Adds an entry to the server's current story (or to `story`: an add held back as a near-duplicate keeps the story
   * it was made in).
   */
  add(guildId: string, actor: string, input: unknown, options: { force?: boolean; story?: number } = {}): DeskResult<Entry> {
    return this.refusingLostWrites(() => {
      const valid = validateEntryFields(input);
      if (!valid.ok) return { ok: false, reason: 'invalid', message: valid.message, why: valid.why };
      const story = options.story ?? this.currentStoryOf(guildId);
      const anchored = this.anchorFor(story, valid.fields);
      if (!anchored.ok) return anchored;
      const refused = this.checkRate(guildId, actor) ?? this.checkRoom(guildId);
      if (refused) return refused;
      if (!options.force) {
        const duplicate = this.findNearDuplicate(guildId, valid.fields.text, valid.fields.corrects ?? undefined, story);
        if (duplicate) {
          const pendingToken = randomBytes(9).toString('base64url');
          this.store.savePending(
            pendingToken,
            guildId,
            actor,
            valid.fields,
            this.now().toISOString(),
            this.options.pendingPerModerator ?? 5,
            story,
          );
          const why: DeskMessage = { code: 'duplicate', vars: { id: duplicate.id } };
          return { ok: false, reason: 'duplicate', message: deskMessage(why), why, duplicateOf: duplicate, pendingToken };
        }
      }
      const stored = this.store.add(guildId, actor, valid.fields, this.now().toISOString(), anchored.anchor, story);
      return { ok: true, value: this.index(stored) };
    });
  }

  /** Saves an add that was held back as a near-duplicate, once the moderator says "add anyway". */
  confirmPending(guildId: string, actor: string, token: string): DeskResult<Entry> {
    return this.refusingLostWrites(() => {
      const pending = this.store.takePending(token, guildId, actor);
      if (pending === 'not-yours') {
        return fail('not-yours', 'not-yours');
      }
      if (pending === 'not-found') return fail('not-found', 'pending-expired');
      return this.add(guildId, actor, pending.fields, { force: true, story: pending.story });
    });
  }

  edit(guildId: string, actor: string, id: string, input: unknown): DeskResult<Entry> {
    return this.refusingLostWrites(() => {
      const parsed = this.parseId(id);
      if (!parsed.ok) return parsed;
      const valid = validateEntryFields(input);
      if (!valid.ok) return { ok: false, reason: 'invalid', message: valid.message, why: valid.why };
      const existing = this.store.get(guildId, parsed.value, false);
      if (!existing) return fail('not-found', 'not-in-server', { id: entryId(parsed.value) });
      const anchored = this.anchorFor(existing.story, valid.fields, existing);
      if (!anchored.ok) return anchored;
      const refused = this.checkRate(guildId, actor);
      if (refused) return refused;
      const stored = this.store.edit(guildId, parsed.value, actor, valid.fields, this.now().toISOString(), anchored.anchor);
      if (!stored) return fail('not-found', 'not-in-server', { id: entryId(parsed.value) });
      return { ok: true, value: this.index(stored) };
    });
  }

  remove(guildId: string, actor: string, id: string): DeskResult<Entry> {
    return this.refusingLostWrites(() => {
      const parsed = this.parseId(id);
      if (!parsed.ok) return parsed;
      const refused = this.checkRate(guildId, actor);
      if (refused) return refused;
      const stored = this.store.remove(guildId, parsed.value, actor, this.now().toISOString());
      if (!stored) return fail('not-found', 'not-in-server', { id: entryId(parsed.value) });
      return { ok: true, value: this.index(stored) };
    });
  }

  restore(guildId: string, actor: string, id: string): DeskResult<Entry> {
    return this.refusingLostWrites(() => {
      const parsed = this.parseId(id);
      if (!parsed.ok) return parsed;
      const removed = this.store.get(guildId, parsed.value, true);
      const correction = removed?.deletedAt ? this.correctionOf(removed) : null;
      if (correction && !correction.attached) {
        return fail('invalid', 'restore-detached', detachedVars(correction));
      }
      const refused = this.checkRate(guildId, actor) ?? this.checkRoom(guildId);
      if (refused) return refused;
      const stored = this.store.restore(guildId, parsed.value, actor, this.now().toISOString());
      if (!stored) return fail('not-found', 'not-removed', { id: entryId(parsed.value) });
      return { ok: true, value: this.index(stored) };
    });
  }

  get(guildId: string, id: string): DeskResult<StoredEntry> {
    const parsed = this.parseId(id);
    if (!parsed.ok) return parsed;
    const stored = this.store.get(guildId, parsed.value, true);
    return stored ? { ok: true, value: stored } : fail('not-found', 'not-in-server', { id: entryId(parsed.value) });
  }

  /** A server's active entries, of every story unless `story` is given. */
  list(guildId: string, filter: { kind?: StoredKind; speaker?: string; story?: number } = {}): StoredEntry[] {
    const speaker = filter.speaker?.trim().toLowerCase();
    return this.store
      .list(guildId, { kind: filter.kind, story: filter.story })
      .filter(
        (e) => !speaker || (e.speakerName ?? '').toLowerCase().includes(speaker) || (e.claimBy ?? '').toLowerCase().includes(speaker),
      );
  }

  history(guildId: string, id: string): DeskResult<AuditRow[]> {
    const parsed = this.parseId(id);
    if (!parsed.ok) return parsed;
    const rows = this.store.history(guildId, parsed.value);
    return rows.length > 0 ? { ok: true, value: rows } : fail('not-found', 'not-in-server', { id: entryId(parsed.value) });
  }

  exportJson(guildId: string): string {
    const entries = this.store.list(guildId).map((e) => {
      const correction = this.correctionOf(e);
      return {
        id: e.id,
        story: storyId(e.story),
        kind: e.kind,
        text: e.text,
        speaker: e.speakerName ? { name: e.speakerName, role: e.speakerRole } : null,
        when: e.when,
        where: e.where,
        source: e.sourceName || e.sourceUrl ? { name: e.sourceName, url: e.sourceUrl } : null,
        claimBy: e.claimBy,
        // The id the corrected words have now, and the words themselves, so an import finds them again by words.
        corrects: correction?.attached ? correction.original.id : e.corrects,
        correctsText: correction?.attached ? correction.original.text : (e.anchor?.text ?? null),
        createdBy: e.createdBy,
        createdAt: e.createdAt,
        updatedBy: e.updatedBy,
        updatedAt: e.updatedAt,
      };
    });
    return JSON.stringify({ format: 'storydesk-entries', version: 1, guildId, exportedAt: this.now().toISOString(), entries }, null, 2);
  }

  /** The write of an import; refused before it starts when the database file is no longer the one opened. */
  private writeImport(guildId: string, actor: string, records: ImportRecord[], now: Date): ReturnType<typeof runImport> {
    this.store.assertSameFile();
    return runImport(this.store, {
      guildId,
      actor,
      records,
      at: now.toISOString(),
      limits: {
        ratePerMinute: this.options.ratePerMinute,
        since: new Date(now.getTime() - 60_000).toISOString(),
        maxEntries: this.maxEntries,
      },
    });
  }

  /**
   * Imports an export file, all or nothing. The records are read and checked a few hundred at a time, giving
   * the event loop back in between; the write is one transaction on a worker thread (see runImport), checked
   * against the quotas inside it: each record that adds or changes an entry counts one change of the moderator,
   * and the adds must fit in the server. Then the new entries are indexed, again a few hundred at a time.
   * Records that fail validation are rejected with why; the rest are imported.
   */
  async importJson(
    guildId: string,
    actor: string,
    json: string,
    options: { chunk?: number; onChecked?: (records: number) => void } = {},
  ): Promise<DeskResult<ImportReport>> {
    const chunk = options.chunk ?? IMPORT_CHUNK;
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch {
      return fail('invalid', 'not-json');
    }
    const file = ExportFileSchema.safeParse(raw);
    if (!file.success) return fail('invalid', parseIssue(file.error.issues[0]?.message ?? '')?.code ?? 'not-export');
    const report: ImportReport = { added: 0, updated: 0, unchanged: 0, stories: {}, elsewhere: 0, rejected: [] };
    const records: ImportRecord[] = [];
    const items = file.data.entries;
    const current = this.currentStoryOf(guildId);
    // The story of each active entry a record may update, read once.
    const held = new Map(this.store.list(guildId).map((e) => [e.id, e.story]));
    for (let from = 0; from < items.length; from += chunk) {
      if (from > 0) await yieldToEventLoop();
      items.slice(from, from + chunk).forEach((item, offset) => {
        const index = from + offset;
        const record = ExportRecordSchema.safeParse(item);
        if (!record.success) {
          report.rejected.push(rejection(index, { code: 'not-a-record', vars: {} }));
          return;
        }
        const r = record.data;
        const valid = validateEntryFields({
          kind: r.kind,
          text: r.text,
          speakerName: r.speaker?.name ?? null,
          speakerRole: r.speaker?.role ?? null,
          when: r.when ?? null,
          where: r.where ?? null,
          sourceName: r.source?.name ?? null,
          sourceUrl: r.source?.url ?? null,
          claimBy: r.claimBy ?? null,
          corrects: r.corrects ?? null,
        });
        if (!valid.ok) {
          report.rejected.push(rejection(index, valid.why));
          return;
        }
        const target = this.importStoryOf(guildId, held.get(r.id ?? 0) ?? null, r.story ?? null, current);
        const corrections = this.storyKnowledge(target.story).corrections;
        let fields = valid.fields;
        if (fields.corrects && typeof r.correctsText === 'string') {
          // The export names the corrected words: find them in this article, whatever their id is here.
          const state = corrections.resolve({ text: r.correctsText, kind: fields.kind, story: corrections.story });
          if (!state.attached) {
            report.rejected.push(
              rejection(index, { code: 'corrects-words-missing', vars: { kind: fields.kind, text: r.correctsText.slice(0, 80) } }),
            );
            return;
          }
          fields = { ...fields, corrects: state.original.id };
        }
        const anchored = this.anchorFor(target.story, fields);
        if (!anchored.ok) {
          report.rejected.push(rejection(index, anchored.why));
          return;
        }
        records.push({ id: r.id ?? null, story: target.story, fields, anchor: anchored.anchor });
        if (target.elsewhere) report.elsewhere++;
      });
    }
    if (records.length === 0) return { ok: true, value: report };
    options.onChecked?.(records.length);

    const now = this.now();
    let outcome: Awaited<ReturnType<typeof runImport>>;
    try {
      outcome = await this.writeImport(guildId, actor, records, now);
    } catch (error) {
      if (!(error instanceof DatabaseGoneError)) throw error;
      return this.refusingLostWrites(() => {
        throw error;
      });
    }
    if (!outcome.ok) {
      const limit = this.options.ratePerMinute;
      return outcome.reason === 'rate-limited'
        ? fail('rate-limited', 'rate-limited-import', { changes: outcome.changes, left: Math.max(0, limit - outcome.made), limit })
        : fail('full', 'full-import', { adding: outcome.adding, held: outcome.held, most: this.maxEntries });
    }
    const changed = [...outcome.added, ...outcome.updated];
    for (let from = 0; from < changed.length; from += chunk) {
      await yieldToEventLoop();
      for (const stored of this.store.getMany(guildId, changed.slice(from, from + chunk))) this.index(stored);
    }
    report.added = outcome.added.length;
    report.updated = outcome.updated.length;
    report.unchanged = outcome.unchanged;
    for (const record of records) report.stories[storyId(record.story)] = (report.stories[storyId(record.story)] ?? 0) + 1;
    return { ok: true, value: report };
  }

  /**
   * The story an imported record goes to: `updating`, the story of the active entry it updates (an entry keeps its story); else
   * the story it names, when the server has it; else the server's current story (`elsewhere` when it named another).
   */
  private importStoryOf(
    guildId: string,
    updating: number | null,
    named: string | null,
    current: number,
  ): { story: number; elsewhere: boolean } {
    if (updating !== null) return { story: updating, elsewhere: false };
    if (named === null) return { story: current, elsewhere: false };
    const number = storyNumberOf(named);
    if (number !== null && (this.options.hasStory?.(guildId, number) ?? number === this.knowledge.storyNumber)) {
      return { story: number, elsewhere: false };
    }
    return { story: current, elsewhere: number !== current };
  }
}
