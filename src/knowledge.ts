import { Answerer } from './search/Answerer.js';
import { StoryIndex } from './search/StoryIndex.js';
import { Thesaurus } from './search/Thesaurus.js';
import { WordVectors } from './search/WordVectors.js';
import { CorrectionResolver } from './store/CorrectionResolver.js';
import type { CorrectionAnchor, EntryStore, StoredEntry } from './store/EntryStore.js';
import { entryId, toEntry } from './store/toEntry.js';
import { loadStory } from './story/loadStory.js';
import type { Story } from './story/types.js';

/**
 * The story, its index and the answerer over it: what the console, the CLI and the bot all share; and where each
 * stored correction stands in this version of the article.
 */
export interface Knowledge {
  story: Story;
  index: StoryIndex;
  answerer: Answerer;
  corrections: CorrectionResolver;
  /** Active corrections whose words the article no longer has (or that belong to another story): answered to no one. */
  detached: string[];
  /** The thesaurus and word vectors the answerer reads: loaded once, shared by every story's knowledge. */
  language: Language;
}

export interface Language {
  thesaurus: Thesaurus;
  vectors: WordVectors;
}

/** Builds the index from the article and, when a store is given, every server's stored entries. */
export function loadKnowledge(storyPath: string, store: EntryStore | null = null): Knowledge {
  return buildKnowledge(loadStory(storyPath), store);
}

export function buildKnowledge(
  story: Story,
  store: EntryStore | null = null,
  language: Language = { thesaurus: new Thesaurus(), vectors: WordVectors.load() },
): Knowledge {
  const index = new StoryIndex(story.entries);
  const corrections = new CorrectionResolver(story);
  const detached: string[] = [];
  if (store) {
    const legacy: Array<{ stored: StoredEntry; anchor: CorrectionAnchor }> = [];
    for (const stored of store.allActive()) {
      const correction = corrections.stateOf(stored);
      if (correction?.legacyAnchor) legacy.push({ stored, anchor: correction.legacyAnchor });
      if (correction && !correction.state.attached) detached.push(entryId(stored.id));
      else index.add(toEntry(stored, story.speakers, correction?.state ?? null));
    }
    // Corrections saved before anchors existed follow, from now on, the words their id names today.
    for (const { stored, anchor } of legacy) store.setAnchor(stored.guildId, stored.id, anchor);
  }
  return { story, index, answerer: new Answerer(index, language.thesaurus, language.vectors), corrections, detached, language };
}

/**
 * The knowledge of every story the servers follow, by story id (see StoryStore): 0 is the article shipped with the
 * bot, built at start; any other story's is built from its saved text the first time a server asks it, then kept.
 * Each is built with every server's stored entries, as the shipped article's is; its corrections resolve against
 * that story's own words.
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
    const knowledge = buildKnowledge(story, this.store, this.shipped.language);
    this.built.set(id, knowledge);
    return knowledge;
  }

  /** Every knowledge built so far, the shipped article's first: a moderator's change to an entry reaches each. */
  all(): Knowledge[] {
    return [this.shipped, ...this.built.values()];
  }
}
