import { describe, expect, it } from 'vitest';
import { checkStory } from '../../src/story/checkStory.js';
import { buildStory, loadStory } from '../../src/story/loadStory.js';
import { HAS_SHARED, RIVERTON, STORY } from '../paths.js';

describe('checkStory', () => {
  it('GIVEN the story THEN no problems and no notes', () => {
    expect(checkStory(loadStory(STORY))).toEqual({ problems: [], notes: [] });
  });

  it.skipIf(!HAS_SHARED)('GIVEN the Riverton article THEN no problems (it carries no date: a note, not a problem)', () => {
    const riverton = checkStory(loadStory(RIVERTON));
    expect(riverton.problems).toEqual([]);
    expect(riverton.notes).toHaveLength(1);
  });

  it('GIVEN a quote whose speaker cannot be found THEN the problem names the quote and its paragraph', () => {
    const story = buildStory('The vote passed.\n\u201CNobody expected this.\u201D\n', 'x.txt', {
      published: '2026-01-01',
      title: null,
      outlet: null,
    });
    expect(checkStory(story).problems).toEqual(['q2-2: no speaker found for the quote \u201CNobody expected this.\u201D (paragraph 2)']);
  });
});
