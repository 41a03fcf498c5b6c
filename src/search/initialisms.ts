import { termOf } from './analyzer.js';

/**
 * Initialisms a story spells out (`DHS` and `Department of Homeland Security`, `CBP` and `Customs and Border
 * Protection`): the two name one thing, so a question using one is answered by a sentence using the other. A
 * name spells out an initialism when the initials of its capitalised words, in order, are its letters; the small
 * words inside a name (`of`, `and`, `for`, `the`) give a letter or none (`NASA`: National Aeronautics and Space
 * Administration). Both must be in the story: nothing is guessed from outside it.
 */

export interface Initialism {
  /** The initialism's index term (`dhs`). */
  term: string;
  /** The spelled-out name's capitalised words, lower case, in order (`department`, `homeland`, `security`). */
  words: string[];
}

/** A question word's link to an initialism: the terms that stand for it, and how fully. */
export interface InitialismLink {
  /** The question word's position among the question's words. */
  group: number;
  term: string;
  /** How fully the term stands for the word: 1 for the initialism standing for words of its name, less otherwise. */
  quality: number;
}

/** The small words a name may hold between its capitalised words. */
const LINKING_WORDS = new Set(['of', 'and', 'for', 'the', '&']);
/** An initialism as written: two to six capital letters, a plural or possessive `s` after it at most. */
const INITIALISM = /(?<![\p{L}\p{N}])(\p{Lu}{2,6})(?:s|['’]s)?(?![\p{L}\p{N}])/gu;
/** What every initialism holds (and most sentences do not). */
const TWO_CAPITALS = /\p{Lu}\p{Lu}/u;
const POSSESSIVE = /['’]s$/u;
/** The most capitalised words a name is looked for in. */
const LONGEST_NAME = 8;

/** A capitalised word of a name (`Homeland`), not a linking word written at a sentence's start (`The`). */
function isCapitalised(token: string): boolean {
  return /^\p{Lu}/u.test(token) && /\p{Ll}/u.test(token) && !LINKING_WORDS.has(token.toLowerCase());
}

/**
 * A run of capitalised words with the linking words between them, found in one pass (a text's other words are never
 * looked at): two capitalised words at least; a linking word is never the first (`The` opening a sentence).
 */
const RUN = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(?!(?:[Oo]f|[Aa]nd|[Ff]or|[Tt]he)\b)\p{Lu}[\p{L}\p{N}]*\p{Ll}[\p{L}\p{N}]*(?:[-'’][\p{L}\p{N}]+)*` +
    String.raw`(?:\s+(?:(?:of|and|for|the|&)\s+)*(?!(?:[Oo]f|[Aa]nd|[Ff]or|[Tt]he)\b)\p{Lu}[\p{L}\p{N}]*\p{Ll}[\p{L}\p{N}]*(?:[-'’][\p{L}\p{N}]+)*)+`,
  'gu',
);

/**
 * What any run holds somewhere: a word opening with a capital, then space (and linking words), then a capital. A quick
 * test that spares most texts the full search (most sentences hold no name of two words or more).
 */
const MAY_HOLD_RUN = /\p{Lu}[\p{L}\p{N}'’-]*\s+(?:(?:of|and|for|the|&)\s+)*\p{Lu}/u;

/** The runs of capitalised words in a text, each with the linking words between them (`Department of Homeland Security`). */
function capitalisedRuns(text: string): string[][] {
  const runs: string[][] = [];
  if (!MAY_HOLD_RUN.test(text)) return runs;
  for (const match of text.matchAll(RUN)) runs.push(match[0].split(/\s+/u));
  return runs;
}

/** The letters a stretch of a name gives: its capitalised words' initials, its linking words' as well or not. */
function initialsOf(stretch: string[]): string[] {
  const without = stretch.filter(isCapitalised).map((word) => word[0]!.toUpperCase());
  const withLinking = stretch.filter((word) => word !== '&').map((word) => word[0]!.toUpperCase());
  return [without.join(''), withLinking.join('')];
}

/** The initialisms the texts use and spell out, each with every name that spells it out. */
export function findInitialisms(texts: Iterable<string>): Initialism[] {
  const list = [...texts];
  const used = new Set<string>();
  for (const text of list) {
    // Two capitals in a row first, found quickly: most sentences have none.
    if (TWO_CAPITALS.test(text)) for (const match of text.matchAll(INITIALISM)) used.add(match[1]!);
  }
  if (used.size === 0) return [];
  const found = new Map<string, Initialism>();
  for (const text of list) {
    for (const run of capitalisedRuns(text)) {
      for (let start = 0; start < run.length; start++) {
        // A name starts a run, or follows a linking word or an owner (`Trump's Department of…`): not the middle of
        // another (`Editas Medicine and Intellia Therapeutics` is two names, not `MIT`).
        const before = run[start - 1];
        if (!isCapitalised(run[start]!) || (before !== undefined && isCapitalised(before) && !POSSESSIVE.test(before))) continue;
        let capitalised = 0;
        for (let end = start; end < run.length && capitalised < LONGEST_NAME; end++) {
          if (!isCapitalised(run[end]!)) continue;
          capitalised++;
          if (capitalised < 2) continue;
          const stretch = run.slice(start, end + 1);
          for (const letters of new Set(initialsOf(stretch))) {
            const term = used.has(letters) ? termOf(letters.toLowerCase()) : null;
            if (term === null) continue;
            const words = stretch.filter(isCapitalised).map((word) => word.toLowerCase().replace(POSSESSIVE, ''));
            found.set(`${term} ${words.join(' ')}`, { term, words });
          }
        }
      }
    }
  }
  for (const text of list) {
    if (!text.includes('(')) continue;
    for (const match of text.matchAll(DEFINED)) {
      // The words just before the brackets: at most ten, looked at backwards from them.
      const before = text.slice(Math.max(0, match.index - 120), match.index);
      const defined = definedBefore(before, match[1]!);
      const term = defined ? termOf(match[1]!.toLowerCase()) : null;
      if (defined && term !== null) found.set(`${term} ${defined.join(' ')}`, { term, words: defined });
    }
  }
  return [...found.values()];
}

/** An initialism defined in brackets after the words it stands for: `a fast radio burst (FRB)`, `the World Health Organization (WHO)`. */
const DEFINED = /\((\p{Lu}{2,6})s?\)/gu;

/** The words just before the brackets whose initials, in order, are the initialism's letters (linking words may give none). */
function definedBefore(before: string, letters: string): string[] | null {
  const words = (/(?:[\p{L}'’-]+\s+){1,10}$/u.exec(before)?.[0] ?? '').trim().split(/\s+/u);
  const wanted = letters.toLowerCase();
  let at = wanted.length - 1;
  const name: string[] = [];
  for (let i = words.length - 1; i >= 0 && at >= 0; i--) {
    const word = words[i]!.toLowerCase().replace(POSSESSIVE, '');
    if (word[0] === wanted[at]) {
      name.unshift(word);
      at--;
    } else if (!LINKING_WORDS.has(word) || name.length === 0) return null;
  }
  return at < 0 && name.length >= 2 ? name : null;
}

/** The tokens a text writes in capitals (`DHS`, `NSC's`), lower case: how a question names an initialism. */
export function writtenInCapitals(text: string): Set<string> {
  return new Set([...text.matchAll(INITIALISM)].map((match) => match[1]!.toLowerCase()));
}

/**
 * What stands for the question's words by the story's initialisms. Words of a spelled-out name (`homeland security`
 * of `Department of Homeland Security`) are covered by the initialism (`DHS`) fully: it names the whole. A lone
 * word of the name (`border` of `Customs and Border Protection`) is covered as by a synonym (`quality.lone`): the
 * initialism names more than it. The initialism asked about (`asInitialism`: written so, in capitals or as no English
 * word) is covered by each word of its name only in part (`quality.part`): one word (`security`) does not name it.
 */
export function initialismLinks(
  words: string[],
  initialisms: readonly Initialism[],
  asInitialism: (word: string) => boolean,
  quality: { lone: number; part: number },
): InitialismLink[] {
  const links: InitialismLink[] = [];
  const lower = words.map((word) => word.toLowerCase());
  // A word of the name in any form (`bursts` of `fast radio burst`).
  const terms = lower.map((word) => termOf(word));
  for (const initialism of initialisms) {
    const nameTerms = new Set(initialism.words.map((word) => termOf(word)));
    const inName = (group: number): boolean =>
      lower[group] !== undefined && (initialism.words.includes(lower[group]!) || nameTerms.has(terms[group] ?? null));
    const ofName = lower.filter((_, group) => inName(group)).length;
    lower.forEach((word, group) => {
      if (inName(group)) links.push({ group, term: initialism.term, quality: ofName >= 2 ? 1 : quality.lone });
      else if (termOf(word) === initialism.term && asInitialism(word)) {
        for (const nameWord of initialism.words) {
          const nameTerm = termOf(nameWord);
          if (nameTerm !== null) links.push({ group, term: nameTerm, quality: quality.part });
        }
      }
    });
  }
  return links;
}
