import { TALLY } from './questionShape.js';

/**
 * `How many council members backed the cap?` is answered by the vote's tally (`the council voted 8-5 to cap…`): news
 * gives how many took a side as the vote, not as a count of members. A question counting those who took a side (its
 * verb one of backing, opposing or voting) is covered, in what it counts and in the side taken, by a sentence that
 * tells of a vote with its tally.
 */

/** Verbs of taking a side in a vote, as a question writes them. */
const SIDE_VERBS = new Set([
  'back',
  'backed',
  'support',
  'supported',
  'favour',
  'favoured',
  'favor',
  'favored',
  'oppose',
  'opposed',
  'approve',
  'approved',
  'reject',
  'rejected',
  'endorse',
  'endorsed',
  'vote',
  'voted',
]);

/** `How many members backed the plan?`: a count of those who took a side in a vote, which its tally gives. */
export const SIDE_TAKEN_QUESTION = new RegExp(String.raw`^\s*how\s+many\b.*\b(?:${[...SIDE_VERBS].join('|')})\b`, 'iu');

/** A vote told: `voted 8-5`, `the vote was 11-2`, `by 11 votes to 2`. */
const VOTE = /\bvot(?:e|ed|es|ing)\b/iu;
const VOTES_TO = /\b\d{1,3}\s+votes?\s+to\s+\d{1,3}\b/iu;

/**
 * The question's groups a vote's tally covers: what `how many` counts and the verb of taking a side; none when the
 * question counts nothing (`countedGroup` -1) or names no such verb.
 */
export function groupsTallied(words: readonly string[], countedGroup: number): number[] {
  if (countedGroup < 0) return [];
  const side = words.findIndex((word) => SIDE_VERBS.has(word.toLowerCase()));
  return side < 0 ? [] : [countedGroup, side];
}

/** Does a text tell of a vote with its tally? */
export function talliesVote(text: string): boolean {
  return VOTES_TO.test(text) || (VOTE.test(text) && TALLY.test(text));
}
