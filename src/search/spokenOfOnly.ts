import type { Entry } from '../story/types.js';
import { analyze, termOf } from './analyzer.js';
import { matchSpeakers } from './matchSpeakers.js';
import { subjectWords } from './sentenceSubject.js';

/**
 * `What did <subject> say…`: a question asking for someone's words (not their view or their reaction, which a sentence
 * may report with them as its object: `a statement saying businesses back the plan`), and who it asks about.
 */
export const WORDS_OF = /^\s*what\s+(?:did|does|do|has|have|had|will|would)\s+(.+?)\s+(?:say|said|tell|told|write|wrote|post|tweet)\b/iu;

/**
 * `What did the federal government say about the declaration?` is not answered by `The governor's office said it had
 * asked the federal government for a declaration`: the one asked about is named there, but as whom the sentence speaks
 * of (an object, a phrase on the side: `a grant from the research council`, `a letter to the secretary`), not as who
 * speaks. An entry is such a sentence when it holds every word of the one asked about (`asked`: the question's words
 * for them), the last of them (the head: `government`, `council`) is no word of its subject (see subjectWords), and
 * neither its speaker nor the source it gives (`according to…`) is the one asked about. A sentence not naming them at
 * all is left to the other stages.
 */
export function namesSpeakerOnlyAsSpokenOf(entry: Entry, asked: readonly string[], hasVerbSense: (word: string) => boolean): boolean {
  const terms = asked.map((word) => termOf(word.toLowerCase()));
  const head = terms.at(-1);
  if (!head) return false;
  const held = new Set(analyze(entry.text));
  if (!terms.every((term) => term === null || held.has(term))) return false;
  const last = asked.length - 1;
  if (entry.speaker && matchSpeakers([...asked], [entry.speaker]).some((match) => match.covered.has(last))) return false;
  // `…, according to the health department`: the source the sentence gives is who speaks.
  if (entry.source.type !== 'article' && analyze(entry.source.name).includes(head)) return false;
  return ![...subjectWords(entry.text, hasVerbSense)].some((word) => termOf(word) === head);
}
