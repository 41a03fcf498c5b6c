import { TITLE_WORDS } from '../story/speechPatterns.js';
import type { Speaker } from '../story/types.js';
import { wordMatches } from './matchSpeakers.js';

/**
 * `/quote hockey club chairman`, `/quote utility president`: a query of a few words whose last, its head, is a word for
 * a role describes one person by that role; the words before it only say which holder of it (`the Jets’ chairman`).
 * The speakers whose role or description holds the head word, narrowed by the other words when several do; none when
 * that leaves no single one.
 */
export function speakersByRoleHead(words: string[], speakers: Speaker[]): Speaker[] {
  const head = words.at(-1)?.toLowerCase();
  if (!head || words.length < 2 || !TITLE_WORDS.has(head)) return [];
  const holders = speakers.map((speaker) => ({ speaker, said: describingWords(speaker) })).filter(({ said }) => said.includes(head));
  if (holders.length <= 1) return holders.map(({ speaker }) => speaker);
  const others = words.slice(0, -1).map((word) => word.toLowerCase());
  const told = holders.map(({ speaker, said }) => ({ speaker, count: others.filter((w) => said.some((s) => wordMatches(w, s))).length }));
  const most = Math.max(...told.map(({ count }) => count));
  const best = told.filter(({ count }) => count === most);
  return most > 0 && best.length === 1 ? [best[0]!.speaker] : [];
}

/** The words the article uses to say what a speaker is: their role and descriptions, lower case. */
export function describingWords(speaker: Speaker): string[] {
  return [speaker.role ?? '', ...(speaker.descriptions ?? [])]
    .join(' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
