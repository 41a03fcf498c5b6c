import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/knowledge.js';
import { groupsTallied, talliesVote } from '../../src/search/voteTally.js';
import { storyOf } from '../story/passage.js';

const LIBRARY_VOTE = storyOf(
  'MILLBROOK — The Millbrook parish council voted 6-3 on Monday night to close the village library at the end of March, after a two-hour meeting in the church hall.\n\n' +
    'Campaigners had collected more than 1,400 signatures against the closure, and several councillors spoke for them.\n\n' +
    'The library, which opened in 1962, lends about 9,000 books a year.',
);

describe('a vote tally answers how many took a side', () => {
  it('GIVEN "how many councillors supported the closure" THEN the vote with its tally answers it', () => {
    const { answerer } = buildKnowledge(LIBRARY_VOTE);
    expect(answerer.answer('ask', 'How many councillors supported the closure?').results[0]?.entry.text).toContain('voted 6-3');
  });

  it('GIVEN a question counting those who backed or opposed something THEN the count and the verb are what a tally covers', () => {
    expect(groupsTallied(['councillors', 'backed', 'plan'], 0)).toEqual([0, 1]);
    expect(groupsTallied(['members', 'opposed', 'deal'], 0)).toEqual([0, 1]);
  });

  it('GIVEN a question that counts no side taken THEN a tally covers nothing', () => {
    expect(groupsTallied(['books', 'library', 'lends'], 0)).toEqual([]);
    expect(groupsTallied(['councillors', 'backed', 'plan'], -1)).toEqual([]);
  });

  it('GIVEN a vote with its tally THEN it tallies a vote; a score or a count alone does not', () => {
    expect(talliesVote('The board voted 11-2 in favour of the deal.')).toBe(true);
    expect(talliesVote('The motion passed by 30 votes to 12.')).toBe(true);
    expect(talliesVote('Ashgrove won 3-1 at home.')).toBe(false);
    expect(talliesVote('Six councillors voted for the plan.')).toBe(false);
  });
});
