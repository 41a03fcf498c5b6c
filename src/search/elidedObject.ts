import { queryWords, termOf } from './analyzer.js';

/**
 * English leaves out a verb's object, or puts a pronoun for it, when the story has just said what it is: `The FBI is
 * investigating.` (the attack), `Caldwell vouched for him.` A sentence that does so with the deed a `who…` question asks
 * about names the doer of that deed, its object being the thing the story is about: the question's words for the object
 * are the ones it leaves out.
 */

/** `Who is investigating the attack?`: the verb after `who` (and an auxiliary), and the words after it. */
const WHO_DEED =
  /^\s*who\s+(?:(?:is|are|was|were|has|have|had|will|would|could|can|did|does|do|has\s+been|have\s+been)\s+)?([\p{L}'’-]+)\s+(.+)$/iu;

export interface Deed {
  /** The verb's analysed term (`investig`). */
  verb: string;
  /** The question's words after the verb: its object and what else it says of the deed. */
  objectWords: string[];
}

/** The deed a `who…` question asks the doer of, when the question gives its object. */
export function deedAsked(question: string): Deed | null {
  const match = WHO_DEED.exec(question);
  if (!match) return null;
  const verb = termOf(match[1]!);
  const objectWords = queryWords(match[2]!);
  return verb && queryWords(match[1]!).length > 0 && objectWords.length > 0 ? { verb, objectWords } : null;
}

/** Where a clause ends: punctuation, a dash, the end of the text. */
const CLAUSE_END = '[,.;:!?)\\u2014\\u2013]|--|$';
/** Prepositions that may stand between a verb and its object (`voted against`, `vouched for`). */
const OBJECT_PREPOSITION = '(?:(?:for|against|on|with|to|about|at|into|from)\\s+)?';
/**
 * After the verb: the clause ends; `yes` or `no` stands for what was voted or answered (`voted no`); a pronoun stands for
 * its object (`vouched for him`); or a bare definite noun ending the clause names again what the story has named
 * (`voted against the plan,`).
 */
const NO_OBJECT = new RegExp(
  `^\\s*(?:${CLAUSE_END}|(?:yes|no)\\s*(?:${CLAUSE_END})|${OBJECT_PREPOSITION}the\\s+[\\p{L}-]+\\s*(?:${CLAUSE_END})|` +
    `${OBJECT_PREPOSITION}(?:it|them|him|her|this|that)\\b(?!\\s+(?:is|was|are|were|has|had|will|would)\\b))`,
  'iu',
);

/** Does the text use the verb (any form of it) with its object left out, put as a pronoun or named again by a bare noun? */
export function leavesObjectOut(text: string, verb: string): boolean {
  for (const match of text.matchAll(/[\p{L}'’-]+/gu)) {
    if (termOf(match[0]) !== verb) continue;
    if (NO_OBJECT.test(text.slice(match.index + match[0].length))) return true;
  }
  return false;
}
