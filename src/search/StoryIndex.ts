import MiniSearch from 'minisearch';
import type { Entry, EntryKind } from '../story/types.js';
import { addAnalysed } from './addAnalysed.js';
import { analyze, STOP_WORDS, tokenize } from './analyzer.js';
import { wordsOfText } from './entryWords.js';
import { boundedMemo } from './boundedMemo.js';
import type { TermCounts } from './TermCounts.js';
import { type OrTerm, orQuery } from './orQuery.js';

/**
 * A MiniSearch index over quotes and facts: the article's (built once, shared by every server) or one server's own
 * entries (see ServerIndexView, which searches both as one). Fields and their weights, term processing and search
 * defaults are declared here and nowhere else. Entries can be added, replaced and removed one at a time, so a
 * moderator's change is searchable at once without rebuilding.
 */

interface IndexedDocument {
  id: string;
  kind: EntryKind;
  guildId: string | null;
  /** The quote's words or the fact's sentence (analysed terms, in order, as all the text fields here). */
  text: string[];
  /** The sentence before the entry's. */
  context: string[];
  /** A quote's own sentence outside the quote: its attribution or the question it answers. */
  lead: string[];
  /** Speaker's name, aliases and role. */
  speaker: string[];
  /** Poster and handle of an embedded post. */
  post: string[];
  /** The source's name and the article's words for it. */
  source: string[];
  /** When and where the words were said. */
  occasion: string[];
}

/** Field weights: the entry's own words count most, then who said it, then the words around it. */
export const FIELD_BOOSTS = { text: 3, speaker: 2, post: 1.5, source: 1.5, lead: 1.5, occasion: 1, context: 0.5 } as const;

/** The indexed fields, in the index's order. */
const FIELDS = ['text', 'context', 'lead', 'speaker', 'post', 'source', 'occasion'] as const;

/** The fields whose terms count in a term's document frequency (see countTerms). */
const COUNTED_FIELDS = ['text', 'speaker', 'context', 'lead'] as const;

/**
 * Roughly what an indexed entry costs in memory, the entry itself included: a fixed part and a part per character of
 * its text and surroundings (measured on the V8 heap, entries of realistic vocabulary of about 110 characters: about
 * 5.7 KB each).
 */
const BYTES_PER_ENTRY = 3000;
const BYTES_PER_CHARACTER = 24;

/** How a query scores: each field's boost, in the index's field order, and what a prefix or typo-tolerant match weighs. */
const QUERY_OPTIONS = {
  fieldBoosts: FIELDS.map((field) => [field, FIELD_BOOSTS[field]] as const),
  weights: { fuzzy: 0.6, prefix: 0.5 },
};

/**
 * A prefix query as a member types (see `prefixQuery`): the words and the speaker's name, weighed as the index weighs
 * them, a prefix match at MiniSearch's default weight. Every term must match, so a document's score is its terms'
 * scores added up (times the number of terms, the same for every document), as MiniSearch's AND query scores it.
 */
const PREFIX_QUERY_OPTIONS = {
  fieldBoosts: (['text', 'speaker'] as const).map((field) => [field, FIELD_BOOSTS[field]] as const),
  weights: { fuzzy: 0.45, prefix: 0.375 },
};

/** How much a typo-tolerant or prefix match stands for the word typed. */
const TOLERANT_MATCH_QUALITY = 0.7;

export interface TermQuery {
  /** Index terms (already analysed): a query word's own term followed by its synonyms. */
  terms: string[];
  /** Boost of each term, same order. */
  boosts: number[];
  /** Which query word each term stands for. */
  groups: number[];
  /** How fully each term stands for its query word: 1 for the word itself, less for a synonym. Default 1. */
  qualities?: number[];
}

export interface IndexHit {
  entry: Entry;
  score: number;
  /** The query words (by index) that matched this entry, each with how closely: 1 for the word itself, less for a synonym. */
  matchedGroups: Map<number, number>;
}

/**
 * The entry as MiniSearch stores it: every searchable field already analysed into its terms, so each text is
 * analysed once, for the index and for the document frequencies alike.
 */
function toDocument(entry: Entry, textTerms: string[] | null): IndexedDocument {
  const speaker = entry.speaker ? [entry.speaker.name, ...entry.speaker.aliases, entry.speaker.role ?? ''].join(' ') : '';
  return {
    id: entry.id,
    kind: entry.kind,
    guildId: entry.guildId,
    text: textTerms ?? analyze(entry.text),
    context: entry.context ? analyze(entry.context) : NO_TERMS,
    lead: entry.lead ? analyze(entry.lead) : NO_TERMS,
    speaker: analysedLabel(speaker),
    post: entry.post ? analysedLabel(`${entry.post.poster} ${entry.post.handle ?? ''}`) : NO_TERMS,
    source: entry.source.type === 'article' ? NO_TERMS : analysedLabel(`${entry.source.name} ${entry.source.attribution ?? ''}`),
    occasion: analysedLabel(`${entry.when ?? ''} ${entry.where ?? ''}`),
  };
}

/** An empty field. Term arrays are shared between documents and never changed. */
const NO_TERMS: string[] = [];

/** The words an entry uses as written (see StoryIndex.words), each once, in the order it first uses them. */
function wordsOf(entry: Entry): Set<string> {
  const words = new Set<string>();
  // (A stop word is the one word with no term: told without finding the term of every other.)
  for (const word of wordsOfText(entry)) if (!STOP_WORDS.has(word)) words.add(word);
  for (const word of tokenize(entry.lead)) if (!STOP_WORDS.has(word)) words.add(word);
  return words;
}

/**
 * Short texts that many entries share (a speaker's names and role, a source, when and where), analysed once: a
 * server's entries come from a few speakers and sources.
 */
const analysedLabel = boundedMemo(20_000, analyze);

function charactersOf(entry: Entry): number {
  return entry.text.length + entry.context.length + entry.lead.length;
}

export class StoryIndex {
  private readonly search: MiniSearch<IndexedDocument>;
  private readonly byId = new Map<string, Entry>();
  /** Entry ids by server (the article's under null), so a server's view never scans other servers' entries. */
  private readonly byGuild = new Map<string | null, Set<string>>();
  /** How many entries hold each term: for telling rare words from common ones. */
  private documentFrequency: TermCounts = new Map<string, number>();
  /**
   * How many entries use each word as written, for finding words close in meaning to a query's: counted the first
   * time it is needed (many servers' questions never need it), as a fresh index would count it, then kept up to date.
   */
  private wordCounts: Map<string, number> | null = null;
  /**
   * The entries as MiniSearch holds them, for an index built alongside this one (see `documentsAlongside`); made again
   * from the entries when next asked for after a change. An index does not keep its own documents otherwise: a
   * server's are built from its entries' stored terms and let go (an entry removed is analysed again to be counted
   * out, as its terms were stored: see storedTerms.ts).
   */
  private alongsideDocuments: IndexedDocument[] | null = null;
  private changeCount = 0;
  private characters = 0;

  /**
   * `alongside`: an index (the article's) whose documents this one's searches take in as well, so that scores weigh
   * words over both sets of entries, as one index would; its entries, statistics and vocabulary stay its own. It
   * must not change afterwards. `textTermsOf`: an entry's text already analysed, as the index holds it (stored with
   * the entry, see storedTerms.ts), when known.
   */
  constructor(
    entries: Entry[] = [],
    private readonly alongside: StoryIndex | null = null,
    textTermsOf: (entry: Entry) => string[] | null = () => null,
  ) {
    this.search = new MiniSearch<IndexedDocument>({
      fields: [...FIELDS],
      storeFields: ['kind', 'guildId'],
      // Documents arrive analysed, each field as its terms (see toDocument): taken as they are. Queries are strings.
      stringifyField: (terms: string[]) => terms as unknown as string,
      tokenize: (text: string | string[]) => (typeof text === 'string' ? text.split(' ').filter(Boolean) : text),
      processTerm: (term) => term,
      searchOptions: {
        boost: { ...FIELD_BOOSTS },
        tokenize: (text) => text.split(' ').filter(Boolean),
        processTerm: (term) => term,
      },
    });
    this.insertAll(entries, textTermsOf);
  }

  /** Changes per server (the article's under null), so views derived from entries know when to rebuild. */
  private readonly changes = new Map<string | null, number>();

  /** What one server sees has changed when this has: the article's changes and the server's own. */
  versionOf(guildId: string | null): string {
    return `${this.changes.get(null) ?? 0}:${guildId === null ? 0 : (this.changes.get(guildId) ?? 0)}`;
  }

  private changed(guildId: string | null): void {
    this.changes.set(guildId, (this.changes.get(guildId) ?? 0) + 1);
    this.changeCount++;
    this.alongsideDocuments = null;
  }

  /** The entries as MiniSearch holds them, in the order they were added: an article's few, analysed again once. */
  private documentsAlongside(): IndexedDocument[] {
    this.alongsideDocuments ??= [...this.byId.values()].map((entry) => toDocument(entry, null));
    return this.alongsideDocuments;
  }

  /** Changes anywhere in the index: what depends on the whole vocabulary rebuilds when this moves. */
  get revision(): number {
    return this.changeCount;
  }

  private get wordFrequency(): Map<string, number> {
    if (!this.wordCounts) {
      this.wordCounts = new Map();
      for (const entry of this.byId.values()) this.countWords(entry, 1);
    }
    return this.wordCounts;
  }

  private countWords(entry: Entry, change: 1 | -1): void {
    const counts = this.wordFrequency;
    for (const word of wordsOf(entry)) {
      const count = (counts.get(word) ?? 0) + change;
      if (count > 0) counts.set(word, count);
      else counts.delete(word);
    }
  }

  /** Every word the entries use as written (lower case, unstemmed), stop words left out. */
  words(): IterableIterator<string> {
    return this.wordFrequency.keys();
  }

  get size(): number {
    return this.byId.size;
  }

  has(term: string): boolean {
    return this.documentFrequency.has(term);
  }

  /** How many entries hold an index term. */
  documentFrequencyOf(term: string): number {
    return this.documentFrequency.get(term) ?? 0;
  }

  /** Whether an entry uses this word as written (see `words`). */
  hasWord(word: string): boolean {
    return this.wordFrequency.has(word);
  }

  /** Roughly the memory the index and its entries take, for keeping a cache of indexes within a budget. */
  get estimatedBytes(): number {
    return this.byId.size * BYTES_PER_ENTRY + this.characters * BYTES_PER_CHARACTER + (this.alongside?.estimatedBytes ?? 0);
  }

  /** Inverse document frequency of an index term; an unknown term counts as rarest. */
  idf(term: string): number {
    const df = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (this.byId.size + 1) / (df + 0.5));
  }

  get(id: string): Entry | undefined {
    return this.byId.get(id);
  }

  all(): Entry[] {
    return [...this.byId.values()];
  }

  /** The article's entries and one server's own, nothing of any other server. */
  visible(guildId: string | null): Entry[] {
    const ids = [...(this.byGuild.get(null) ?? [])];
    if (guildId !== null) ids.push(...(this.byGuild.get(guildId) ?? []));
    return ids.map((id) => this.byId.get(id)!);
  }

  add(entry: Entry): void {
    this.insert(entry, null);
  }

  /**
   * The entries an index is built with, and the documents of the index alongside, added to MiniSearch in one pass
   * (see addAnalysed: a server's first question indexes all its entries at once). An entry given twice is added as
   * `add` would add it: the later one replaces the earlier.
   */
  private insertAll(entries: Entry[], textTermsOf: (entry: Entry) => string[] | null): void {
    const ids = new Set(entries.map((entry) => entry.id));
    if (ids.size < entries.length) {
      if (this.alongside) this.search.addAll(this.alongside.documentsAlongside());
      for (const entry of entries) this.insert(entry, textTermsOf(entry));
      return;
    }
    const documents = entries.map((entry) => toDocument(entry, textTermsOf(entry)));
    const alongside = this.alongside ? this.alongside.documentsAlongside() : [];
    try {
      // The entries' document frequencies counted as they are added (the index is new: there are none yet).
      this.documentFrequency = addAnalysed(this.search, [...alongside, ...documents], { from: alongside.length, fields: COUNTED_FIELDS });
    } catch (error) {
      throw new Error(`search index: adding ${entries.length} entries failed: ${(error as Error).message}`);
    }
    for (const entry of entries) this.keep(entry);
  }

  private insert(entry: Entry, textTerms: string[] | null): void {
    if (this.byId.has(entry.id)) this.remove(entry.id);
    const document = toDocument(entry, textTerms);
    try {
      this.search.add(document);
    } catch (error) {
      throw new Error(`search index: adding entry ${entry.id} failed: ${(error as Error).message}`);
    }
    this.track(entry, document);
  }

  /** Keeps an entry just added to MiniSearch: by id and server, in the counts of its words and terms. */
  private track(entry: Entry, document: IndexedDocument): void {
    this.keep(entry);
    this.countTerms(document, 1);
  }

  /** Keeps an entry just added to MiniSearch by id and server, in the count of its words (its terms counted apart). */
  private keep(entry: Entry): void {
    this.byId.set(entry.id, entry);
    this.characters += charactersOf(entry);
    this.changed(entry.guildId);
    const guildIds = this.byGuild.get(entry.guildId) ?? new Set<string>();
    guildIds.add(entry.id);
    this.byGuild.set(entry.guildId, guildIds);
    if (this.wordCounts) this.countWords(entry, 1);
  }

  remove(id: string): void {
    const entry = this.byId.get(id);
    if (!entry) return;
    this.search.discard(id);
    this.byId.delete(id);
    this.characters -= charactersOf(entry);
    this.changed(entry.guildId);
    this.byGuild.get(entry.guildId)?.delete(id);
    this.countTerms(toDocument(entry, null), -1);
    if (this.wordCounts) this.countWords(entry, -1);
  }

  /**
   * Counts an entry in or out of the document frequencies of its terms (its words, its speaker and its surroundings:
   * COUNTED_FIELDS), each term once however often the entry uses it; the entries an index is built with are counted
   * as they are added (see insertAll). Without a set of the entry's terms: a term's new count is first stored bitwise negated, which is negative and marks it
   * as counted for this entry, then the marks are turned back into counts.
   */
  private countTerms(document: IndexedDocument, change: 1 | -1): void {
    this.markTerms(document.text, change);
    this.markTerms(document.speaker, change);
    this.markTerms(document.context, change);
    this.markTerms(document.lead, change);
    this.settleTerms(document.text);
    this.settleTerms(document.speaker);
    this.settleTerms(document.context);
    this.settleTerms(document.lead);
  }

  private markTerms(terms: string[], change: 1 | -1): void {
    const counts = this.documentFrequency;
    for (let i = 0; i < terms.length; i++) {
      const count = counts.get(terms[i]!) ?? (change === 1 ? 0 : 1);
      if (count >= 0) counts.set(terms[i]!, ~(count + change));
    }
  }

  private settleTerms(terms: string[]): void {
    const counts = this.documentFrequency;
    for (let i = 0; i < terms.length; i++) {
      const count = counts.get(terms[i]!);
      if (count === undefined || count >= 0) continue;
      if (~count > 0) counts.set(terms[i]!, ~count);
      else counts.delete(terms[i]!);
    }
  }

  /**
   * Entries of a kind holding every term in their words or their speaker's name, the last term as typed so far (a
   * prefix, from three letters), best first, scored as MiniSearch's AND query of them scores them: for suggestions
   * as a member types. No typo tolerance, and no other field, so that a keystroke costs little however many entries
   * there are; scored without MiniSearch's result objects (see orQuery), which a short prefix matching most entries
   * made by the thousand.
   */
  *prefixQuery(terms: string[], scope: { kind: EntryKind; guildId: string | null }): IterableIterator<Entry> {
    if (terms.length === 0) return;
    const typed = terms.at(-1)!;
    // Each term once: one also given whole before the last (`port port…`) is needed whole, so the prefix adds nothing.
    const whole = new Set(terms.slice(0, -1));
    const queried: OrTerm[] = [...whole].map((term) => ({ term, boost: 1, fuzzy: false, prefix: false }));
    if (!whole.has(typed)) queried.push({ term: typed, boost: 1, fuzzy: false, prefix: typed.length >= 3 && !/^\d/u.test(typed) });
    const found: Entry[] = [];
    const visit = (id: string, _score: number, _matched: Int32Array, count: number): void => {
      if (count < queried.length) return;
      const entry = this.byId.get(id) ?? this.alongside?.get(id);
      if (entry && entry.kind === scope.kind && (entry.guildId === null || entry.guildId === scope.guildId)) found.push(entry);
    };
    try {
      orQuery(this.search as unknown as MiniSearch<never>, queried, PREFIX_QUERY_OPTIONS, visit);
    } catch (error) {
      throw new Error(`search index: prefix query failed: ${(error as Error).message}`);
    }
    yield* found;
  }

  /**
   * Runs an OR query of analysed terms, typo-tolerant on longer words, restricted to a kind and a server. A term
   * `known` (by default: to this index) is matched only as it is, never as a typo or a prefix.
   */
  query(
    query: TermQuery,
    scope: { kind?: EntryKind; guildId?: string | null },
    known: (term: string) => boolean = (term) => this.has(term),
  ): IndexHit[] {
    if (query.terms.length === 0) return [];
    // Each distinct term once, at the highest boost given it, with the query words it stands for.
    const boostOf = new Map<string, number>();
    const groupsOf = new Map<string, Array<{ group: number; quality: number }>>();
    for (let i = 0; i < query.terms.length; i++) {
      const term = query.terms[i]!;
      boostOf.set(term, Math.max(boostOf.get(term) ?? 0, query.boosts[i]!));
      const groups = groupsOf.get(term);
      const group = { group: query.groups[i]!, quality: query.qualities?.[i] ?? 1 };
      if (groups) groups.push(group);
      else groupsOf.set(term, [group]);
    }
    const terms: OrTerm[] = [];
    const knownTerms: boolean[] = [];
    for (const [term, boost] of boostOf) {
      const isKnown = known(term);
      const number = /^\d/u.test(term);
      terms.push({
        term,
        boost,
        fuzzy: isKnown || number ? false : term.length >= 8 ? 2 : term.length >= 4 ? 1 : false,
        prefix: !isKnown && term.length >= 3 && !number,
      });
      knownTerms.push(isKnown);
    }
    const hits: IndexHit[] = [];
    const visit = (id: string, score: number, matched: Int32Array, count: number): void => {
      const entry = this.byId.get(id) ?? this.alongside?.get(id);
      if (!entry) return;
      if ((scope.kind !== undefined && entry.kind !== scope.kind) || (entry.guildId !== null && entry.guildId !== (scope.guildId ?? null)))
        return;
      const matchedGroups = new Map<number, number>();
      for (let i = 0; i < count; i++) {
        const t = matched[i]!;
        for (const { group, quality } of groupsOf.get(terms[t]!.term)!) {
          // A term the index lacks matched only by typo tolerance or as a prefix: it counts for less.
          const value = quality * (knownTerms[t] ? 1 : TOLERANT_MATCH_QUALITY);
          matchedGroups.set(group, Math.max(matchedGroups.get(group) ?? 0, value));
        }
      }
      hits.push({ entry, score, matchedGroups });
    };
    try {
      orQuery(this.search as unknown as MiniSearch<never>, terms, QUERY_OPTIONS, visit);
    } catch (error) {
      throw new Error(`search index: query failed: ${(error as Error).message}`);
    }
    return hits;
  }
}
