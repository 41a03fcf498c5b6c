import { nameKey } from '../story/normalize.js';
import { QUESTION_WORDS, STOP_WORDS, termOf } from './analyzer.js';
import { editDistance } from './matchSpeakers.js';

/** A speaker's name and its words, as "did you mean" compares them. */
export interface SpeakerParts {
  name: string;
  parts: string[];
}

/**
 * "Did you mean": the speakers and story words within a small edit distance of a typed word the story lacks, the
 * nearest first, at most five. A word the story has in this form or another (`drugs` beside `drug`) is no typo;
 * `storyHas` tells, by analysed term.
 */
export function didYouMean(
  words: readonly string[],
  vocabulary: readonly string[],
  speakers: readonly SpeakerParts[],
  storyHas: (term: string) => boolean,
): string[] {
  const scored = new Map<string, number>();
  const consider = (candidate: string, distance: number): void => {
    const best = scored.get(candidate);
    if (best === undefined || distance < best) scored.set(candidate, distance);
  };
  for (const word of words) {
    const typed = nameKey(word);
    if (typed.length < 3 || STOP_WORDS.has(typed) || QUESTION_WORDS.has(typed)) continue;
    const typedTerm = termOf(typed);
    if (typedTerm !== null && storyHas(typedTerm)) continue;
    for (const { name, parts } of speakers) {
      for (const part of parts) {
        const distance = editDistance(typed, part, 3);
        if (distance <= Math.max(1, Math.floor(typed.length / 3)) || part.startsWith(typed)) consider(name, distance);
      }
    }
    // A word longer or shorter by more than the edits allowed is that many edits away at least: skipped unread.
    const allowed = typed.length >= 6 ? 2 : 1;
    for (const candidate of vocabulary) {
      if (Math.abs(candidate.length - typed.length) > allowed || candidate === typed) continue;
      const distance = editDistance(typed, candidate, 2);
      // (The typed word in another form is no typo; its term found only for the few words near enough.)
      if (distance <= allowed && termOf(candidate) !== typedTerm) consider(candidate, distance + 0.5);
    }
  }
  return [...scored.entries()]
    .sort((a, b) => a[1] - b[1])
    .slice(0, 5)
    .map(([candidate]) => candidate);
}
