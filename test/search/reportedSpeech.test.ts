import { describe, expect, it } from 'vitest';
import { reportedSpeechPattern } from '../../src/search/reportedSpeech.js';
import type { Speaker } from '../../src/story/types.js';

const okafor: Speaker = { id: 'grace-okafor', name: 'Grace Okafor', role: null, kind: 'person', aliases: ['Grace', 'Okafor'] };
const reports = (text: string): boolean => reportedSpeechPattern(okafor).test(text);

describe('reportedSpeech: a sentence reporting what a person said, or that they said nothing', () => {
  it.each([
    'There was no immediate comment from Okafor.',
    'A statement from Grace Okafor was read out.',
    'Okafor declined to comment on the vote.',
    'Okafor did not respond to questions on Friday.',
    "Okafor didn't immediately return a call.",
    'Okafor could not be reached for comment.',
  ])('GIVEN "%s" THEN it reports her words', (text) => {
    expect(reports(text)).toBe(true);
  });

  it.each(['The union made a comment about Okafor.', 'Okafor declined to raise wages.', 'Hale did not respond to Okafor.'])(
    'GIVEN "%s" THEN it does not report her words',
    (text) => {
      expect(reports(text)).toBe(false);
    },
  );
});
