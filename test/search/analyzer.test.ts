import { describe, expect, it } from 'vitest';
import { analyze, queryWords } from '../../src/search/analyzer.js';

describe('analyze', () => {
  it('GIVEN contracted negations (won\u2019t, didn\u2019t, isn\u2019t) THEN no term: they are auxiliaries, not words of the topic', () => {
    expect(analyze('The agency won\u2019t say why it didn\u2019t act, and it isn\u2019t clear.')).toEqual(['agenc', 'sai', 'act', 'clear']);
  });

  it('GIVEN a question with "won\u2019t" THEN "wont" (a habit) is not one of its words', () => {
    expect(queryWords("Why won't the agency give flu shots?")).not.toContain('wont');
  });
});
