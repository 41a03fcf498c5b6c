/**
 * `How many people were killed by the eruption?`: what the count is of is the people killed, not people. A sentence
 * counting people (`forcing thousands of people from nearby villages`) answers only if it says the deed too: the
 * participle, or a word the question's plan searched for it (a form, a synonym, a word near it in meaning: see
 * termQualityIn).
 */

/** `How many <noun…> were/have been <participle>`: the participle, the deed done to what is counted. */
const PASSIVE_COUNT = /^\s*how\s+many\s+[^?]+?\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(\p{L}+)/iu;

/**
 * The place among the question's words of the deed done to what a `how many` question counts; -1 when it asks none.
 * `isVerb`: the lexicon knows the word as a verb (`hurt`, `killed`; not `inside` in `were inside`).
 */
export function countedDeedGroup(question: string, words: readonly string[], isVerb: (word: string) => boolean): number {
  const participle = PASSIVE_COUNT.exec(question)?.[1]?.toLowerCase();
  return participle && isVerb(participle) ? words.indexOf(participle) : -1;
}
