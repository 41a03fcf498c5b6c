import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/knowledge.js';
import { storyOf } from '../story/passage.js';

const { answerer } = buildKnowledge(
  storyOf(
    [
      'The Harbour Utility Commission fined Brackwater Water $2 million on Thursday.',
      '\u201CThe company ignored leaks for years and its customers paid for it,\u201D the commission said in a statement.',
      'Gregory Hale, president of Brackwater Water, said the firm accepted the fine.',
      '\u201CWe fell short and our customers deserved far better from us,\u201D Hale said.',
      'Ana Ruiz, the rowing club\u2019s chairman, said the club had been given \u201Cless than a month\u201D to leave.',
      '\u201CWe have rowed from this shed for ninety years and we will not leave quietly,\u201D Ruiz said.',
      'Tom Park, the chess club\u2019s chairman, was not surprised.',
      '\u201CEvery club in the town is losing its home one lease at a time,\u201D Park said.',
    ].join('\n\n'),
  ),
);
const firstSpeaker = (query: string): string | undefined => answerer.answer('quote', query).results[0]?.entry.speaker?.name;

describe('/quote: a query whose last word is a role names that role\u2019s holder', () => {
  it('GIVEN "utility president" where a body\u2019s name holds "Utility" THEN the president\u2019s words, not the body\u2019s', () => {
    expect(firstSpeaker('utility president')).toBe('Gregory Hale');
  });

  it('GIVEN "rowing club chairman" and two club chairmen THEN the one the words before the role describe', () => {
    expect(firstSpeaker('rowing club chairman')).toBe('Ana Ruiz');
  });

  it('GIVEN "rowing club chairman" THEN the holder\u2019s whole quotes before the sentence that quotes a few words', () => {
    expect(answerer.answer('quote', 'rowing club chairman').results[0]?.entry.partial).toBe(false);
  });
});
