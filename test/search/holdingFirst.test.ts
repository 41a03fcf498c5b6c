import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/search/Answerer.js';
import { holdingFirst } from '../../src/search/holdingFirst.js';
import { storyOf } from '../story/passage.js';

const entries = storyOf(
  'Ministers will meet next month to settle the quota dispute.\n\n' +
    'The talks will open on March 3 in Kelmstow.\n\n' +
    'A second round is planned in Brenport.',
).entries;
const ranked: Answer[] = entries.map((entry, i) => ({ entry, score: 30 - i * 10 }));
const namesTown = (text: string): boolean => /\bin [A-Z]/u.test(text);

describe('holdingFirst: candidates holding what is asked answer first', () => {
  it('GIVEN candidates holding it below one that does not THEN they come first, in their order, raised to the best score', () => {
    const first = holdingFirst(ranked, namesTown);
    expect(first.map((answer) => answer.entry.text)).toEqual([entries[1]!.text, entries[2]!.text, entries[0]!.text]);
    expect(first.map((answer) => answer.score)).toEqual([30, 30, 30]);
  });

  it('GIVEN no candidate holding it THEN the ranking is left as it is', () => {
    expect(holdingFirst(ranked, () => false)).toEqual(ranked);
  });
});
