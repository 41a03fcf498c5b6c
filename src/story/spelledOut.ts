/**
 * The name an article spells an initialism out with (`CBP`: `Customs and Border Protection`; `TADA`: `Tennis
 * Anti-Doping Authority`): a run of capitalised words whose initials, in order, are the initialism's letters. A
 * linking word inside the name (`of`, `and`, `for`, `the`) gives its letter or none; a hyphenated word gives its
 * first letter or one for each part (`Anti-Doping`: `A` or `AD`). Nothing is guessed from outside the article.
 */

/** An initialism as a speaker's name: two to six capitals, nothing else. */
export const INITIALISM_NAME = /^\p{Lu}{2,6}$/u;

const LINKING = '(?:of|and|for|the|&)';
const CAPITALISED = String.raw`\p{Lu}[\p{L}\p{M}]*(?:-\p{Lu}[\p{L}\p{M}]*)*`;
/** Runs of capitalised words, linking words between them. */
const RUN = new RegExp(String.raw`${CAPITALISED}(?:\s+(?:${LINKING}\s+)*${CAPITALISED})+`, 'gu');

const LINKING_WORD = new RegExp(`^${LINKING}$`, 'iu');
const isLinking = (word: string): boolean => LINKING_WORD.test(word);

/** A pattern of the letters a word of a name may give. */
function lettersOf(word: string): string {
  if (isLinking(word)) return word === '&' ? '' : `(?:${word[0]!.toUpperCase()})?`;
  const parts = word.split('-');
  const first = parts[0]![0]!.toUpperCase();
  if (parts.length === 1) return first;
  return `(?:${first}|${parts.map((part) => part[0]!.toUpperCase()).join('')})`;
}

/** The runs of capitalised words of a text, each as its words (`Customs`, `and`, `Border`, `Protection`): read once per article. */
export function capitalisedRuns(text: string): string[][] {
  return [...text.matchAll(RUN)].map((match) => match[0].split(/\s+/u));
}

/**
 * The names among an article's capitalised runs that spell out the initialism, fullest first. A name starts a run, or
 * follows a linking word or a word that is no name's (`isCommon`: `Although`, `The`), never another name's word
 * (`Editas Medicine and Intellia Therapeutics` is not `MIT`); it opens with the initialism's first letter and has at
 * most twice as many words as the initialism has letters.
 */
export function spelledOut(runs: readonly string[][], initialism: string, isCommon: (word: string) => boolean = () => false): string[] {
  if (!INITIALISM_NAME.test(initialism)) return [];
  const found = new Set<string>();
  for (const words of runs) {
    for (let start = 0; start < words.length; start++) {
      const before = words[start - 1];
      if (isLinking(words[start]!) || words[start]![0] !== initialism[0]) continue;
      if (before !== undefined && !isLinking(before) && !isCommon(before)) continue;
      for (let end = start + 1; end < words.length && end - start < 2 * initialism.length; end++) {
        if (isLinking(words[end]!)) continue;
        const stretch = words.slice(start, end + 1);
        const pattern = new RegExp(`^${stretch.map(lettersOf).join('')}$`, 'u');
        if (pattern.test(initialism)) found.add(stretch.join(' '));
      }
    }
  }
  return [...found].sort((a, b) => b.length - a.length);
}

/** An initialism written as a word (`Defra`, `Nato`): a capital, then two to five small letters. */
export const ACRONYM_WORD = /^\p{Lu}\p{Ll}{2,5}$/u;

/**
 * A run of capitalised words that may hold commas (`Culture, Media and Sport`), then in brackets an initialism in
 * capitals (`(DCMS)`) or written as a word (`(Defra)`).
 */
const RUN_BEFORE_INITIALISM = new RegExp(
  String.raw`(${CAPITALISED}(?:,?\s+(?:${LINKING}\s+)*${CAPITALISED})+)\s+\((\p{Lu}{2,6}|\p{Lu}\p{Ll}{2,5})\)`,
  'gu',
);

/** Each name a text spells out right before its initialism in brackets, with that initialism as the text writes it. */
function namesBeforeInitialisms(text: string): Array<{ name: string; initialism: string }> {
  const found: Array<{ name: string; initialism: string }> = [];
  for (const match of text.matchAll(RUN_BEFORE_INITIALISM)) {
    const name = spelledOut([match[1]!.split(/\s+/u)], match[2]!.toUpperCase()).find((spelled) => match[1]!.endsWith(spelled));
    if (name) found.push({ name, initialism: match[2]! });
  }
  return found;
}

/**
 * The initialisms a text writes as words (`Defra`, `Nato`, as British papers do), each with the name it spells out:
 * only where the text gives the name and then the initialism in brackets (`the Department for Environment, Food and
 * Rural Affairs (Defra)`), since any capitalised word could otherwise pass for one.
 */
export function acronymWordsSpelledOut(text: string): Map<string, string> {
  const spelled = new Map<string, string>();
  for (const { name, initialism } of namesBeforeInitialisms(text)) {
    if (ACRONYM_WORD.test(initialism) && !spelled.has(initialism)) spelled.set(initialism, name);
  }
  return spelled;
}

/**
 * The names a text writes with commas inside and spells out its initialism in brackets right after (`the Department
 * for Culture, Media and Sport (DCMS)`, `(Defra)`): the commas part no phrase there, they are the name's own.
 */
export function commaNamesBeforeInitialisms(text: string): string[] {
  return namesBeforeInitialisms(text).flatMap(({ name }) => (name.includes(',') ? [name] : []));
}
