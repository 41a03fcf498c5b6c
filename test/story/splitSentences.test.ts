import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/story/splitSentences.js';

describe('splitSentences', () => {
  it('GIVEN two plain sentences THEN two sentences', () => {
    expect(splitSentences('The vote passed. The mayor left.')).toEqual(['The vote passed.', 'The mayor left.']);
  });

  it('GIVEN a quotation of several sentences THEN it stays one sentence with its attribution', () => {
    const text = '\u201CWould I? That\u2019s okay with me,\u201D Trump said. \u201CWhatever. There\u2019s more.\u201D';
    expect(splitSentences(text)).toEqual([
      '\u201CWould I? That\u2019s okay with me,\u201D Trump said.',
      '\u201CWhatever. There\u2019s more.\u201D',
    ]);
  });

  it('GIVEN a dotted acronym inside a sentence THEN no split at it', () => {
    expect(splitSentences('It is driven across the U.S. southern border in cars. Then it is sold.')).toHaveLength(2);
  });

  it('GIVEN an honorific before a name THEN no split at it', () => {
    expect(splitSentences('Dr. Ana Ortiz said so. Nobody disagreed.')).toEqual(['Dr. Ana Ortiz said so.', 'Nobody disagreed.']);
  });
});
