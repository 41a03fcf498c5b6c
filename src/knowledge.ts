import { Answerer } from './search/Answerer.js';
import { StoryIndex } from './search/StoryIndex.js';
import { Thesaurus } from './search/Thesaurus.js';
import { loadStory } from './story/loadStory.js';
import type { Story } from './story/types.js';

/** The story, its index and the answerer over it: what the console, the CLI and the bot all share. */
export interface Knowledge {
  story: Story;
  index: StoryIndex;
  answerer: Answerer;
}

export function loadKnowledge(storyPath: string): Knowledge {
  const story = loadStory(storyPath);
  const index = new StoryIndex(story.entries);
  return { story, index, answerer: new Answerer(index, new Thesaurus()) };
}
