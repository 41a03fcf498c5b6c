import type { Entry, Speaker } from '../story/types.js';
import { leavesObjectOut } from './elidedObject.js';

/**
 * `Who voted against the increase?`: news reports the deed as a whole first (`The board voted 7-2 to raise fares`),
 * naming no one who did it, and the doer in a later sentence that says the deed alone, its object left to the story
 * (`Board member Sofia Grant, one of the two no votes, said…`). When the best candidate names none of the story's
 * people nor says the deed alone itself, and a later candidate names one and uses the deed's verb with its object left
 * out, that candidate answers: it takes the best candidate's score. Null otherwise.
 */
export function doerOfDeed(
  ranked: ReadonlyArray<{ entry: Entry; score: number }>,
  verb: string,
  people: readonly Speaker[],
  depth: number,
): { entry: Entry; score: number } | null {
  const names = (entry: Entry): boolean => people.some((person) => entry.text.includes(person.name));
  const best = ranked[0];
  // A best candidate that names someone, or says the deed alone itself (`City police are investigating.`), answers.
  if (!best || names(best.entry) || leavesObjectOut(best.entry.text, verb)) return null;
  for (const answer of ranked.slice(1, depth)) {
    if (names(answer.entry) && leavesObjectOut(answer.entry.text, verb)) return { entry: answer.entry, score: best.score };
  }
  return null;
}
