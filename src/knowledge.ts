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
}

/** Builds the index from the article and, when a store is given, every server's stored entries. */
export function loadKnowledge(storyPath: string, store: EntryStore | null = null): Knowledge {
  return buildKnowledge(loadStory(storyPath), store);
}

/** `owns`, when given, picks the servers whose entries this process holds (a shard process: its own servers only). */
export function buildKnowledge(story: Story, store: EntryStore | null = null, owns?: (guildId: string) => boolean): Knowledge {
  const index = new StoryIndex(story.entries);
  const corrections = new CorrectionResolver(story);
  const detached: string[] = [];
  if (store) {
    const legacy: Array<{ stored: StoredEntry; anchor: CorrectionAnchor }> = [];
    for (const stored of store.allActive()) {
      if (owns && !owns(stored.guildId)) continue;
      const correction = corrections.stateOf(stored);
      if (correction?.legacyAnchor) legacy.push({ stored, anchor: correction.legacyAnchor });
      if (correction && !correction.state.attached) detached.push(entryId(stored.id));
      else index.add(toEntry(stored, story.speakers, correction?.state ?? null));
    }
    // Corrections saved before anchors existed follow, from now on, the words their id names today.
    for (const { stored, anchor } of legacy) store.setAnchor(stored.guildId, stored.id, anchor);
  }
  return { story, index, answerer: new Answerer(index, new Thesaurus(), WordVectors.load()), corrections, detached };
}
