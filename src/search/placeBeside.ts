import type { Entry } from '../story/types.js';
import type { AnswerWeights } from './answerWeights.js';
import { PLACE } from './questionShape.js';
import { sentenceBeside } from './sentenceBeside.js';

/**
 * `Where…`: news spreads what it says of one thing over the sentences of a paragraph, and a later one names it
 * again without the place (`Relief camps have opened at two churches in Dunmore. Volunteers served 300 meals at the
 * camps on Sunday.`). When the best candidate names no place and the sentence just before it in its paragraph does
 * (else the one just after), that sentence answers: it scores the best candidate's score times `placeBeside`, times
 * the place weight, as a candidate naming a place would. Null when the best candidate names a place itself, or
 * neither neighbour does.
 */
export function placeBeside(
  best: { entry: Entry; score: number },
  entries: readonly Entry[],
  weights: AnswerWeights,
): { entry: Entry; score: number } | null {
  const named = best.entry;
  if (named.origin !== 'article' || PLACE.test(named.text)) return null;
  const at = entries.indexOf(named);
  if (at < 0) return null;
  for (const step of [-1, 1] as const) {
    const beside = sentenceBeside(entries, at, step);
    if (beside && PLACE.test(beside.text)) return { entry: beside, score: best.score * weights.placeBeside * weights.place };
  }
  return null;
}
