import { buildStory } from '../../src/story/loadStory.js';
import type { Story } from '../../src/story/types.js';

/** A passage of our own news prose (paragraphs are lines) read as a story of 5 January 2026. */
export function storyOf(text: string): Story {
  return buildStory(text, 'passage.txt', { published: '2026-01-05', title: null, outlet: null });
}
