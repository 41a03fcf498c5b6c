import { Answerer } from './search/Answerer.js';
import { QuoteChoices } from './search/QuoteChoices.js';
import { ServerIndexes } from './search/ServerIndexes.js';
import { ServerIndexView } from './search/ServerIndexView.js';
import { StoryIndex } from './search/StoryIndex.js';
import { Thesaurus } from './search/Thesaurus.js';
import { WordVectors } from './search/WordVectors.js';
import { CorrectionResolver } from './store/CorrectionResolver.js';
import { type CorrectionAnchor, DatabaseGoneError, type EntryStore, type IndexedStoredEntry } from './store/EntryStore.js';
import { analyze } from './search/analyzer.js';
import { rememberStoredWords } from './search/entryWords.js';
import { storedTermsOf, storedWordsOf, termsToStore } from './search/storedTerms.js';
import { entryId, toEntry } from './store/toEntry.js';
import { loadStory } from './story/loadStory.js';
import type { Entry, Story } from './story/types.js';

/**
 * The story, its index and the answerers over it: what the console, the CLI and the bot all share; and where each
 * stored correction stands in this version of the article.
 *
 * The article's index is built once, at start, and shared. A server's own entries are indexed the first time the
 * server is asked something (read from the store then, never at start), kept within INDEX_CACHE_MB, and searched
 * with the article's by that server's own answerer: what one server's moderators add changes no other server's
 * answers, word statistics or caches.
 */
export interface Knowledge {
  story: Story;
  /** Which of the servers' stories this is (see StoryStore): 0 for the article shipped with the bot. */
  storyNumber: number;
  /** The article's entries, indexed once and shared by every server. */
  articleIndex: StoryIndex;
  /** The answerer of the article alone (the CLI, the eval): a server's answers come from `answererFor`. */
  answerer: Answerer;
  corrections: CorrectionResolver;
  /** Each server's own index and answerer, built on its first question and kept while used. */
  servers: ServerIndexes<ServerTools>;
  /** The answerer of one server: the article and that server's entries (null: the article alone). */
  answererFor(guildId: string | null): Answerer;
  /** What one server searches (null: the article alone). */
  viewOf(guildId: string | null): ServerIndexView;
  /** What `/quote`'s autocomplete offers in one server. */
  quoteChoicesFor(guildId: string | null): QuoteChoices;
  /**
   * A server's active corrections whose words the article no longer has (or that belong to another story): answered
   * to no one. Found when the server's index is built (built now if it is not loaded).
   */
  detachedIn(guildId: string): string[];
  /** The thesaurus and word vectors the answerers read: loaded once, shared by every story's knowledge. */
  language: Language;
  /** How this knowledge was built (its language, cache budget, detached reporting): another story's is built alike. */
  options: KnowledgeOptions;
}

export interface Language {
  thesaurus: Thesaurus;
  vectors: WordVectors;
}

/** What is kept with each server's view. */
export interface ServerTools {
  answerer: Answerer;
  quoteChoices: QuoteChoices;
}

export interface KnowledgeOptions {
  /** The thesaurus and word vectors, when already loaded (another story's knowledge shares the shipped one's). */
  language?: Language;
  /** The memory servers' own indexes may take together, in MiB (INDEX_CACHE_MB); each story's knowledge has its own. */
  indexCacheMb?: number;
  /** Told when a server's index is built and some of its corrections are detached. */
  onDetached?: (guildId: string, entryIds: string[]) => void;
  /** Told after a server's index is built (see IdleCollector: the bot collects the garbage of building while idle). */
  onIndexBuilt?: (guildId: string) => void;
}

export const DEFAULT_INDEX_CACHE_MB = 256;

/** Indexes the article; a server's stored entries are read when that server is first asked something. */
export function loadKnowledge(storyPath: string, store: EntryStore | null = null, options: KnowledgeOptions = {}): Knowledge {
  return buildKnowledge(loadStory(storyPath), store, options);
}

/**
 * Indexes a story's article; `storyNumber` says which of the servers' stories it is (0, the shipped article, unless
 * given): a server's index here holds that server's entries of this story only.
 */
export function buildKnowledge(story: Story, store: EntryStore | null = null, options: KnowledgeOptions = {}, storyNumber = 0): Knowledge {
  const articleIndex = new StoryIndex(story.entries);
  const corrections = new CorrectionResolver(story);
  const language = options.language ?? { thesaurus: new Thesaurus(), vectors: WordVectors.load() };
  const detached = new Map<string, string[]>();
  /**
   * The entries read for a server's index, with their text as analysed when saved: handed to the index as it is built
   * (see `textTermsOf` below), and no longer kept once handed.
   */
  const storedTerms = new WeakMap<Entry, string[]>();

  /** A server's active stored entries of this story as the core's entries; its detached corrections noted; legacy anchors saved. */
  const entriesOf = (guildId: string): Entry[] => {
    if (!store) return [];
    const entries: Entry[] = [];
    const legacy: Array<{ stored: IndexedStoredEntry; anchor: CorrectionAnchor }> = [];
    const unanalysed: Array<{ id: number; text: string; textTerms: string }> = [];
    const detachedHere: string[] = [];
    for (const stored of store.listIndexed(guildId, storyNumber)) {
      const correction = corrections.stateOf(stored);
      if (correction?.legacyAnchor) legacy.push({ stored, anchor: correction.legacyAnchor });
      if (correction && !correction.state.attached) detachedHere.push(entryId(stored.id));
      else {
        const entry = toEntry(stored, story.speakers, correction?.state ?? null);
        let terms = stored.textTerms;
        let words = stored.textWords;
        if (!terms) {
          const textTerms = termsToStore(stored.text);
          unanalysed.push({ id: stored.id, text: stored.text, textTerms });
          terms = storedTermsOf(textTerms);
          words = storedWordsOf(textTerms);
        }
        if (terms) storedTerms.set(entry, terms);
        if (words !== null) rememberStoredWords(entry, words);
        entries.push(entry);
      }
    }
    // Corrections saved before anchors existed follow, from now on, the words their id names today; entries saved
    // before their text was stored analysed have it saved now, for the next build of this index. Saving is a write:
    // refused when the database file is gone, it is tried again the next time the server is loaded.
    try {
      for (const { stored, anchor } of legacy) store.setAnchor(stored.guildId, stored.id, anchor);
      store.saveTextTerms(guildId, unanalysed);
    } catch (error) {
      if (!(error instanceof DatabaseGoneError)) throw error;
    }
    if (detachedHere.length > 0) {
      detached.set(guildId, detachedHere);
      options.onDetached?.(guildId, detachedHere);
    } else detached.delete(guildId);
    return entries;
  };

  const toolsOf = (view: ServerIndexView): ServerTools => {
    const answerer = new Answerer(view, language.thesaurus, language.vectors);
    return { answerer, quoteChoices: new QuoteChoices(view, answerer, view.guildId) };
  };
  const articleView = new ServerIndexView(null, articleIndex, null);
  const articleTools = toolsOf(articleView);
  const servers = new ServerIndexes<ServerTools>({
    // This story's article, for every server that follows it (each story has its knowledge: see KnowledgeShelf).
    articleOf: () => articleIndex,
    entriesOf,
    textTermsOf: (entry) => {
      const terms = storedTerms.get(entry) ?? null;
      storedTerms.delete(entry);
      return terms;
    },
    build: toolsOf,
    budgetBytes: (options.indexCacheMb ?? DEFAULT_INDEX_CACHE_MB) * 2 ** 20,
    onBuilt: options.onIndexBuilt,
  });
  const toolsFor = (guildId: string | null): ServerTools => (guildId === null ? articleTools : servers.get(guildId).built);

  return {
    story,
    storyNumber,
    articleIndex,
    answerer: articleTools.answerer,
    corrections,
    servers,
    answererFor: (guildId) => toolsFor(guildId).answerer,
    viewOf: (guildId) => (guildId === null ? articleView : servers.get(guildId).view),
    quoteChoicesFor: (guildId) => toolsFor(guildId).quoteChoices,
    detachedIn: (guildId) => {
      servers.get(guildId);
      return detached.get(guildId) ?? [];
    },
    language,
    options: { ...options, language },
  };
}

/**
 * The knowledge of every story the servers follow, by story id (see StoryStore): 0 is the article shipped with the
 * bot, built at start; any other story's is built from its saved text the first time a server asks it, then kept.
 * Each indexes, like the shipped article's, a server's stored entries of that story when that server first asks it
 * (see ServerIndexes); its corrections resolve against that story's own words.
 */
export class KnowledgeShelf {
  private readonly built = new Map<number, Knowledge>();

  constructor(
    readonly shipped: Knowledge,
    private readonly store: EntryStore | null,
  ) {}

  /** A story's knowledge; `story` gives the story when it has not been built yet (it is not called for 0). */
  of(id: number, story: () => Story): Knowledge {
    if (id === 0) return this.shipped;
    return this.built.get(id) ?? this.put(id, story());
  }

  /** Builds a story's knowledge anew (a story added or fetched again) and keeps it. */
  put(id: number, story: Story): Knowledge {
    const knowledge = buildKnowledge(story, this.store, this.shipped.options, id);
    this.built.set(id, knowledge);
    return knowledge;
  }
}

/** Asked once at start, answered to no one: its words go through WordNet, the word vectors and every ranking stage. */
const WARM_UP_QUESTION = 'who said what about the decision and why did officials object?';

/**
 * How many entries the warm-up indexes as a made-up server's: enough that the indexing code (MiniSearch's and
 * StoryIndex's) is compiled and optimised before the first server's index is built, not while it is.
 */
const WARM_UP_ENTRIES = 800;

/**
 * How many copies of the article's entries in the warm-up have terms of their own (see madeUpTerms): some three
 * thousand new terms with an article of twenty entries. Every copy so made (800 entries of new terms) left the heap
 * at ready larger by half in some starts (51 MiB against 34); eight copies do not.
 */
const NEW_TERM_COPIES = 8;

/**
 * The terms of the `copy`th copy of an article entry in the warm-up: the first copy's as they are, the next few
 * made new, turned round and given a suffix of their own (`harbour`, `arbourhb`, `rbourhac`…), so that the warm-up
 * meets new terms beginning with any letter, as a server's thousand entries do (some seven thousand terms), and not
 * only the article's few hundred again: the code that puts new terms in the tree is compiled and optimised before
 * ready, not while a member waits.
 */
function madeUpTerms(terms: string[], copy: number): string[] {
  if (copy === 0 || copy > NEW_TERM_COPIES) return terms;
  let suffix = '';
  for (let n = copy; n > 0; n = Math.floor(n / 26)) suffix += String.fromCharCode(97 + (n % 26));
  // Turned round as well, so that new terms also begin otherwise and branch the tree where real ones do.
  return terms.map((term) => {
    const turn = copy % term.length;
    return term.slice(turn) + term.slice(0, turn) + suffix;
  });
}

/**
 * Pays before `ready` what answering loads or compiles on first use, rather than the first member to ask: WordNet's
 * index and the answer path (the warm-up question, asked of the article), and the building of a server's index (the
 * article's entries, copied as a made-up server's own, indexed beside the article as a server's are, then dropped).
 * Nothing is kept: no server's index, cache or statistics is touched.
 */
export function warmUp(knowledge: Knowledge): void {
  knowledge.answerer.answer('ask', WARM_UP_QUESTION);
  const article = knowledge.articleIndex.visible(null);
  if (article.length === 0) return;
  const guildId = 'warm-up';
  const analysed = article.map((entry) => analyze(entry.text));
  const entries: Entry[] = [];
  const terms = new Map<string, string[]>();
  for (let i = 0; entries.length < WARM_UP_ENTRIES; i++) {
    const { kind, text, speaker, when, where } = article[i % article.length]!;
    // Made as a server's stored entries are (toEntry), so the code is compiled for entries of their shape.
    const entry = toEntry(
      {
        id: i + 1,
        story: knowledge.storyNumber,
        anchor: null,
        guildId,
        kind,
        text,
        speakerName: speaker?.name ?? null,
        speakerRole: speaker?.role ?? null,
        when,
        where,
        sourceName: null,
        sourceUrl: null,
        claimBy: null,
        corrects: null,
      },
      knowledge.story.speakers,
    );
    terms.set(entry.id, madeUpTerms(analysed[i % article.length]!, Math.floor(i / article.length)));
    entries.push(entry);
  }
  // As a server's index is built: beside the article, each entry's text as already analysed (stored with it).
  new StoryIndex(entries, knowledge.articleIndex, (entry) => terms.get(entry.id) ?? null);
}
