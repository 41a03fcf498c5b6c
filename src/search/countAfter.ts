import type { Entry } from '../story/types.js';
import type { AnswerWeights } from './answerWeights.js';
import { sentenceBeside } from './sentenceBeside.js';

/**
 * `How many seats did the party win?`: news opens on the whole story (`the party won the most seats`) and gives the
 * count in the sentence after (`it took 71 of the 180 seats`). When the best candidate holds no count of what is asked
 * and the next sentence of the article does, that sentence answers: it scores the best candidate's score times
 * `countAfter`, times the count weight, as a candidate holding the count would. Null when the best candidate holds a
 * count itself, or the next sentence none. `counts`: does an entry hold a count of what is asked.
 */
export function countAfter(
  best: { entry: Entry; score: number },
  entries: readonly Entry[],
  weights: AnswerWeights,
  counts: (entry: Entry) => boolean,
): { entry: Entry; score: number } | null {
  const opening = best.entry;
  if (opening.origin !== 'article' || counts(opening)) return null;
  const at = entries.indexOf(opening);
  if (at < 0) return null;
  const next = sentenceBeside(entries, at, 1, 1);
  if (!next || !counts(next)) return null;
  return { entry: next, score: best.score * weights.countAfter * weights.count };
}
