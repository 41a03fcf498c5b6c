import { describe, expect, it } from 'vitest';
import { QuestionExpander } from '../../src/search/QuestionExpander.js';
import { StoryIndex } from '../../src/search/StoryIndex.js';
import { Thesaurus } from '../../src/search/Thesaurus.js';
import { moderatorFact } from './moderatorFact.js';

/** How much each of a question's words weighs for coverage, over a story of our own. */
function weightsOf(question: string, words: string[]): number[] {
  const index = new StoryIndex([
    moderatorFact('m1', 'A', 'The Harbourside Pool will shut on 30 June, the council said.'),
    moderatorFact('m2', 'A', 'Swimmers said they had good memories of the pool.'),
  ]);
  const expander = new QuestionExpander(index, new Thesaurus(), null);
  return expander.termQuery(words, new Set(), question, new Set(), new Set()).weights;
}

describe('QuestionExpander', () => {
  it('GIVEN a word ending an adverb phrase with a small word ("for good") THEN it weighs nothing; the same word alone ("good memories") weighs', () => {
    expect(weightsOf('When will the pool shut for good?', ['pool', 'shut', 'good'])[2]).toBe(0);
    expect(weightsOf('Did swimmers have good memories?', ['swimmers', 'good', 'memories'])[1]).toBeGreaterThan(0);
  });
});
