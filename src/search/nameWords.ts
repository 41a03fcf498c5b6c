import { analyze } from './analyzer.js';

/**
 * Words a text uses only inside a proper name of several words that holds a word of no common meaning: `medicine`
 * in `Editas Medicine`. A question asking about the common noun (`a medicine based on CRISPR`) is not answered by a
 * company's name; one naming the name (the other words of it with it) still is. A name made of common words only
 * (`Transportation Department`, `Homeland Security`) says what its words say, and is left alone.
 */

/** The small words a name may hold between its capitalised words. */
const LINKING_WORDS = new Set(['of', 'and', 'for', 'the', '&']);
/** Words, `&`, and any other mark (which ends a name). */
const TOKEN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|&|[^\s\p{L}\p{N}]/gu;
/** Marks after which a word starts a sentence (or a quotation), capitalised whatever it is. */
export const OPENS_SENTENCE = /^[.!?:;"“‘(\u2014-]$/u;

function isCapitalised(token: string): boolean {
  return /^\p{Lu}/u.test(token) && /\p{Ll}/u.test(token) && !LINKING_WORDS.has(token.toLowerCase());
}

/** Whether a name's capitalised words hold one of no common meaning (`Editas` in `Editas Medicine`). */
function isCoined(capitalised: string[], isCommonWord: (word: string) => boolean): boolean {
  return capitalised.length >= 2 && capitalised.some((word) => !isCommonWord(word.toLowerCase().replace(/['’]s$/u, '')));
}

/**
 * The terms of a name's common words, when it holds a coined word too (`medicin` of `Editas Medicine`): words that
 * alone do not name it. Empty for a one-word name or one of common words only (`Transportation Department`).
 */
export function commonWordsOfCoinedName(name: string, isCommonWord: (word: string) => boolean): string[] {
  return [...namePartsOf([], [name], isCommonWord).inNames.keys()];
}

/** The terms an entry's words use only inside coined names, and every term they use. */
export interface NameWords {
  /** Each term used only as a common word of a coined name, with the other terms of those names. */
  inNames: Map<string, Set<string>>;
  seen: Set<string>;
}

/**
 * The terms texts use only as common words inside names of two or more capitalised words that hold a coined word
 * (`isCommonWord`: the lexicon's, not a name), each with the other terms of those names. `texts` are sentences: a
 * common word capitalised because it starts one is not taken as part of a name. `names` are names as such (a speaker's).
 */
export function namePartsOf(
  texts: string[],
  names: string[],
  isCommonWord: (word: string) => boolean,
  namesWhatItIs: (word: string) => boolean = () => false,
): NameWords {
  const inNames = new Map<string, Set<string>>();
  const outside = new Set<string>();
  const seen = new Set<string>();
  const closeName = (run: string[]): void => {
    const capitalised = run.filter(isCapitalised);
    const coined = isCoined(capitalised, isCommonWord);
    const terms = capitalised.flatMap((word) => analyze(word));
    // `the Tidewater Cafe` is a cafe: a singular noun ending the name that names a made thing or a place says what it is.
    const last = capitalised.at(-1);
    const kind = last !== undefined && !/s$/u.test(last) && namesWhatItIs(last.toLowerCase()) ? last : undefined;
    for (const word of run) {
      const common = coined && isCapitalised(word) && word !== kind && isCommonWord(word.toLowerCase());
      for (const term of analyze(word)) {
        seen.add(term);
        if (!common) outside.add(term);
        else {
          const mates = inNames.get(term) ?? new Set<string>();
          for (const mate of terms) if (mate !== term) mates.add(mate);
          inNames.set(term, mates);
        }
      }
    }
  };
  for (const text of texts) {
    const tokens = text.match(TOKEN) ?? [];
    let run: string[] = [];
    tokens.forEach((token, i) => {
      // A common word starting a sentence is capitalised for that (`Medicine prices rose`); a coined one is a name.
      const startsSentence = i === 0 || OPENS_SENTENCE.test(tokens[i - 1]!);
      if (isCapitalised(token) && !(startsSentence && isCommonWord(token.toLowerCase()))) run.push(token);
      else if (run.length > 0 && LINKING_WORDS.has(token.toLowerCase())) run.push(token);
      else {
        closeName(run);
        run = [];
        for (const term of analyze(token)) {
          seen.add(term);
          outside.add(term);
        }
      }
    });
    closeName(run);
  }
  for (const name of names) closeName(name.match(TOKEN) ?? []);
  for (const term of outside) inNames.delete(term);
  return { inNames, seen };
}
