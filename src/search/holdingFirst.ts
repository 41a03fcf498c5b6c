import type { Answer } from './Answerer.js';

/**
 * Candidates that hold what the question asks for answer before any that hold none, however much more of the
 * question's words the others say; each is raised to the best score, and they keep their order among themselves. With
 * none that holds it, the ranking is left as it is.
 * - `Where will the talks be held?`: a sentence naming a place (`neither capital had yet given its negotiators a
 *   mandate` speaks of the talks and says nowhere).
 * - `What time did he resign?`: a sentence giving a time of day (the lede's `resigned on Wednesday` says which day,
 *   `shortly before 4 p.m.` when in it).
 */
export function holdingFirst(ranked: readonly Answer[], holds: (text: string) => boolean): Answer[] {
  const holding = ranked.filter((answer) => holds(answer.entry.text));
  if (holding.length === 0) return [...ranked];
  const top = ranked[0]!.score;
  return [
    ...holding.map((answer) => ({ ...answer, score: Math.max(answer.score, top) })),
    ...ranked.filter((answer) => !holding.includes(answer)),
  ];
}
