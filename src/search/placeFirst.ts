import type { Answer } from './Answerer.js';

/**
 * `Where will the talks be held?`: a sentence that names a place answers before any that names none, however much more
 * of the question's words the other says (`neither capital had yet given its negotiators a mandate` speaks of the talks
 * and says nowhere). The place-naming one takes the best score; with no such sentence, the ranking is left as it is.
 * `namesPlace`: whether a text names the place asked (candidateFeatures.namesPlaceAsked).
 */
export function placeFirst(ranked: readonly Answer[], namesPlace: (text: string) => boolean): Answer[] {
  const placed = ranked.filter((answer) => namesPlace(answer.entry.text));
  const best = ranked[0];
  if (!best || placed.length === 0 || placed[0] === best) return [...ranked];
  return [
    ...placed.map((answer, i) => (i === 0 ? { ...answer, score: Math.max(answer.score, best.score) } : answer)),
    ...ranked.filter((answer) => !placed.includes(answer)),
  ];
}
