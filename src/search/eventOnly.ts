import type { Entry } from '../story/types.js';
import { analyze, queryWords, STOP_WORDS, termOf } from './analyzer.js';

/**
 * `Why did the union end its strike?`, `why will the rules last six months?`, `why were the clinics moved?`, `why has it
 * closed?`: why an event happened, or will. (`Why is…`, `why does…`, `why would…` ask about a state, a stance or a wish,
 * which a plain statement of how things stand may explain: `why does the agency face a gap` by `its aid runs out`.)
 */
export const WHY_EVENT = /^\s*why\s+(?:did|will|has|have|had|was|were)\b/iu;

/** `to <word>`: an infinitive of purpose when the word is a verb (`to give residents time`), else a place or a recipient. */
const TO_WORD = /\bto\s+([\p{Ll}-]+)/gu;

/**
 * The story's own account of the event a question asks about: a sentence in the article's voice or a report's (not a
 * quote, not a party's claim, whose words give their reasons as they see them) that holds at least half of the
 * question's words, and no purpose of its own (`…until March to give residents more time`: `to` and a verb the question
 * does not say; `isVerb` from the lexicon). When it gives no reason either, the story states what happened but not why.
 */
export function statesEventOnly(entry: Entry, question: string, isVerb: (word: string) => boolean): boolean {
  if (entry.kind === 'quote' || entry.source.type === 'claim') return false;
  const asked = queryWords(question).flatMap((word) => termOf(word) ?? []);
  if (asked.length === 0) return false;
  const own = new Set(asked);
  for (const [, word] of entry.text.matchAll(TO_WORD)) {
    if (!STOP_WORDS.has(word!) && isVerb(word!) && !own.has(termOf(word!) ?? word!)) return false;
  }
  const held = new Set(analyze(entry.text));
  return asked.filter((term) => held.has(term)).length * 2 >= asked.length;
}
