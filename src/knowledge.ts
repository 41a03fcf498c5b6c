import { Answerer } from './search/Answerer.js';
import { StoryIndex } from './search/StoryIndex.js';
import { Thesaurus } from './search/Thesaurus.js';
import { WordVectors } from './search/WordVectors.js';
import type { EntryStore } from './store/EntryStore.js';
import { toEntry } from './store/toEntry.js';
import { loadStory } from './story/loadStory.js';
import type { Story } from './story/types.js';

/** The story, its index and the answerer over it: what the console, the CLI and the bot all share. */
export interface Knowledge {
  story: Story;
  index: StoryIndex;
  answerer: Answerer;
}

/** Builds the index from the article and, when a store is given, every server's stored entries. */
export function loadKnowledge(storyPath: string, store: EntryStore | null = null): Knowledge {
  return buildKnowledge(loadStory(storyPath), store);
}

export function buildKnowledge(story: Story, store: EntryStore | null = null): Knowledge {
  const index = new StoryIndex(story.entries);
  if (store) for (const stored of store.allActive()) index.add(toEntry(stored, story.speakers, (id) => index.get(id)));
  return { story, index, answerer: new Answerer(index, new Thesaurus(), WordVectors.load()) };
}
