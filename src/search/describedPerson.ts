import { stemmer } from 'stemmer';
import type { Entry, Speaker } from '../story/types.js';
import { STOP_WORDS } from './analyzer.js';
import { wordMatches } from './matchSpeakers.js';
import { describingWords } from './roleHead.js';

/**
 * `Who is the ex-champion fighting to keep the rink open?`, `Who is the boss of Calloway?`: a question asking which
 * person a description fits. The description's head noun (`champion`, `boss`), or a word the lexicon gives for it
 * (`chief` for `boss`, `agency` for `agent`), must be a word of the role or description the article gives one person
 * (`Lucy Tennant, a former British figure skating champion`); the question's other words choose among several. The
 * sentence that first names that person answers, as it says who they are.
 */
const WHO_IS_THE = /^\s*who(?:['\u2019]s|\s+is|\s+was)\s+(?:the|a|an)\s+(.+?)\s*\??\s*$/iu;

/** The head noun of the description asked about, and the question's other words, or null for another shape. */
export function describedHead(query: string): { head: string; others: string[] } | null {
  const phrase = WHO_IS_THE.exec(query)?.[1];
  if (!phrase) return null;
  const words = phrase
    .toLowerCase()
    .split(/[^\p{L}\p{N}'\u2019-]+/u)
    .filter(Boolean);
  // The noun phrase ends before a function word or a participle (`the travel agent advising…`, `the boss of…`).
  const end = words.findIndex((word) => STOP_WORDS.has(word) || /\p{L}{3,}ing$/u.test(word));
  const phraseWords = end < 0 ? words : words.slice(0, end);
  // (`ex-champion` is a champion still, by another name.)
  const head = phraseWords.at(-1)?.split('-').at(-1);
  if (!head || head.length < 3) return null;
  const others = words.filter((word, i) => i !== phraseWords.length - 1 && !STOP_WORDS.has(word));
  return { head, others };
}

/**
 * The entry that first names the one person the description fits (see above), or null when none or several fit alike,
 * or no entry's text names the one that fits.
 * `heads` are the head noun and the words the lexicon gives for it.
 */
export function describedPerson(
  heads: readonly string[],
  others: readonly string[],
  speakers: readonly Speaker[],
  entries: readonly Entry[],
): Entry | null {
  const wanted = new Set(heads);
  const fitting = speakers
    .filter((speaker) => speaker.kind === 'person' && describingWords(speaker).some((word) => wanted.has(word)))
    .map((speaker) => {
      const first = entries.find((entry) => entry.origin === 'article' && entry.text.includes(speaker.name));
      const describing = describingWords(speaker);
      const sentence = new Set((first?.text.toLowerCase().split(/[^\p{L}\p{N}]+/u) ?? []).map((w) => stemmer(w)));
      // A word of their description says more than a word of the sentence naming them (`Mexico` of `the president of
      // Mexico` is the Mexican President's, not a sentence's that mentions the country).
      const told = others.reduce(
        (sum, word) => sum + (describing.some((d) => wordMatches(word, d)) ? 2 : sentence.has(stemmer(word)) ? 1 : 0),
        0,
      );
      return { first, told };
    });
  const most = Math.max(0, ...fitting.map((fit) => fit.told));
  const best = fitting.filter((fit) => fit.told === most);
  // (One the article names in no sentence of its own, only beside a quote, still competes: then nothing is cited.)
  return best.length === 1 ? (best[0]!.first ?? null) : null;
}
