import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/knowledge.js';
import { givenNamesOf } from '../../src/search/givenNames.js';
import { storyOf } from '../story/passage.js';

const COMMON = new Set(['coach', 'striker', 'club', 'city', 'mayor']);
const isCommonWord = (word: string): boolean => COMMON.has(word);

describe('givenNamesOf: a given name the story calls a person by alone', () => {
  it('GIVEN a person named in full and later by the given name alone THEN the surname has that given name', () => {
    const names = givenNamesOf(['Harbour striker Nina Castell scored twice.', '"Nina never stops running," the coach said.'], isCommonWord);
    expect(names.get('castell')).toBe('Nina');
  });

  it('GIVEN a possessive surname and a title before the name THEN the surname without it and the given name after the title', () => {
    const names = givenNamesOf(['Mayor Rosa Venn’s plan passed.', 'Rosa said she was pleased.'], isCommonWord);
    expect(names.get('venn')).toBe('Rosa');
  });

  it('GIVEN the given name never alone THEN none: the full name finds every mention', () => {
    expect(givenNamesOf(['Nina Castell scored twice.', 'Castell left injured.'], isCommonWord).size).toBe(0);
  });

  it('GIVEN two people with the same given name THEN neither surname has it', () => {
    const names = givenNamesOf(['Nina Castell scored.', 'Nina Okafor saved a penalty.', 'Nina was booked.'], isCommonWord);
    expect(names.size).toBe(0);
  });

  it('GIVEN a common word or a function word before a name THEN it is no given name', () => {
    expect(givenNamesOf(['The Castell family left.', 'The end.', 'Club Castell won.', 'Club members left.'], isCommonWord).size).toBe(0);
  });
});

describe('/ask: a question naming a person by surname finds the words that call them by the given name', () => {
  it('GIVEN "Will Castell play…?" and a quote saying "Nina will miss the final" THEN that quote', () => {
    const { answerer } = buildKnowledge(
      storyOf(
        [
          'Harbour beat Lowfield 2-1 in the cup semifinal on Saturday, with striker Nina Castell scoring both goals before she was hurt.',
          'Lowfield have lost three semifinals in a row.',
          '"Nina has a broken wrist, and she will miss the final," coach Tom Adair said.',
        ].join('\n\n'),
      ),
    );
    // The quote never says `Castell`; the story calls her `Nina` there, and names one Nina only.
    expect(answerer.answer('ask', 'Will Castell play in the final?').results[0]?.entry.text).toBe(
      'Nina has a broken wrist, and she will miss the final,',
    );
  });
});
