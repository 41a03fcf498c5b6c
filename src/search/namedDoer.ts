import type { Entry, Speaker } from '../story/types.js';
import { STOP_WORDS } from './analyzer.js';
import { escapeRegExp } from './questionShape.js';

/**
 * `Who scored the winner?`, `Who paid for the research?`: a `who…` question asks for someone, and a sentence that names
 * no one (`They have never won the trophy.`, `The researchers believe…`) cannot say who, however many of its words it
 * shares. Someone is named by a sentence that names one of the story's speakers (a person or a body, by any name the
 * story gives them), or anyone by a name of two capitalised words or more (`Home Secretary Sajid Javid`), by a quote when the question asks who said something (its speaker answers), or by a deed put in the passive with its doer after `by`
 * (`The study was funded by the Nordic Heart Fund`, `paid for by the Ostrian Research Council`).
 */

/** A past participle, a particle perhaps, then `by` and a capitalised name (not a month or a weekday: `by March`). */
const PASSIVE_DOER =
  /\b[\p{L}-]+(?:ed|en|id|ade|ught|wn|ung|uck|ot|ept|eld|ilt|old)(?:\s+(?:for|out|up|off|down|over))?\s+by\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}\p{Ll}/u;

/** Two capitalised words or more in a row, small linking words between: a name (`Sajid Javid`, `Ashgrove Rovers`). */
const NAME_RUN = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*)(?=\s+(?:(?:of|and|for|the|&)\s+)*\p{Lu}\p{Ll})/gu;

/** Does the text hold a name of several capitalised words, one not begun by a word capitalised as a sentence's first (`The`)? */
function holdsName(text: string): boolean {
  for (const match of text.matchAll(NAME_RUN)) if (!STOP_WORDS.has(match[1]!.toLowerCase())) return true;
  return false;
}

/** Does the entry name someone who may have done what a `who…` question asks? */
export function namesSomeone(entry: Entry, speakers: readonly Speaker[], bySpeech: boolean): boolean {
  if (bySpeech && entry.kind === 'quote' && entry.speaker) return true;
  if (PASSIVE_DOER.test(entry.text) || holdsName(entry.text)) return true;
  // (A name is looked for as written first: a server may have hundreds of speakers, and most names are not there.)
  return speakers.some((speaker) =>
    [speaker.name, ...speaker.aliases].some(
      (name) => name.length > 1 && entry.text.includes(name) && new RegExp(`\\b${escapeRegExp(name)}\\b`, 'u').test(entry.text),
    ),
  );
}

/**
 * `bySpeech`: the question asks who said something. When the best candidate names no one, the first of the next `depth` that names someone answers: it takes the best
 * candidate's score. Null when the best names someone, or none of those after it does.
 */
export function namedDoerFirst(
  ranked: ReadonlyArray<{ entry: Entry; score: number }>,
  speakers: readonly Speaker[],
  bySpeech: boolean,
  depth: number,
): { entry: Entry; score: number } | null {
  const best = ranked[0];
  if (!best || namesSomeone(best.entry, speakers, bySpeech)) return null;
  for (const answer of ranked.slice(1, depth))
    if (namesSomeone(answer.entry, speakers, bySpeech)) return { entry: answer.entry, score: best.score };
  return null;
}
