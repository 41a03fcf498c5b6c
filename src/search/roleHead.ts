import { TITLE_WORDS } from '../story/speechPatterns.js';
import type { Speaker } from '../story/types.js';
import { wordMatches } from './matchSpeakers.js';

/**
 * `/quote hockey club chairman`, `/quote utility president`: a query of a few words whose last, its head, is a word for
 * a role describes one person by that role; the words before it only say which holder of it (`the Jets’ chairman`).
 * The speakers whose role or description holds the head word, narrowed by the other words when several do; when none
 * of them says those words, the one holder of the head itself (`Whitacre's attorney`, `the attorney for…`) before
 * holders of another kind of it (`the U.S. attorney`: `defense attorney` asks for a kind the article's word before the
 * head does not say); none when that leaves no single one.
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
  if (most > 0) return best.length === 1 ? [best[0]!.speaker] : [];
  const plain = holders.filter(({ speaker }) => !kindOfHead(speaker, head));
  return plain.length === 1 && plain.length < holders.length ? [plain[0]!.speaker] : [];
}

/** Before a role's head, the words that leave it plain: an article or a possessive (`the`, `her`, `Whitacre's`). */
const PLAIN_BEFORE_HEAD = /(?:^|\s)(?:the|a|an|his|her|their|its|our|[\p{L}.-]+['\u2019]s?)\s+$/iu;

/** Every role or description of the speaker that holds the head word has another word before it (`U.S. attorney`). */
function kindOfHead(speaker: Speaker, head: string): boolean {
  const holding = [speaker.role ?? '', ...(speaker.descriptions ?? [])].flatMap((said) => {
    const at = said.toLowerCase().search(new RegExp(`(?<![\\p{L}])${head}(?![\\p{L}])`, 'u'));
    return at < 0 ? [] : [said.slice(0, at)];
  });
  return holding.length > 0 && holding.every((before) => before.trim() !== '' && !PLAIN_BEFORE_HEAD.test(before));
}

/** The words the article uses to say what a speaker is: their role and descriptions, lower case. */
export function describingWords(speaker: Speaker): string[] {
  return [speaker.role ?? '', ...(speaker.descriptions ?? [])]
    .join(' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
