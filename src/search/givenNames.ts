import { QUESTION_WORDS, STOP_WORDS } from './analyzer.js';

/**
 * `Kestrel defender Aaron Liddle` … `“Aaron has given everything to this club”`: a story that names a person in full
 * may later call them by their given name alone, in a quote above all. When the story names exactly one person with
 * that given name and that surname, the given name stands for them: a question asking about `Liddle` is asking about
 * `Aaron`. English news usage, read from the story's own text.
 */

/** A capitalised word; a name may join its parts with a hyphen or an apostrophe (`Duchamp-Ito`, `O'Neill`). */
const NAME_WORD = "\\p{Lu}\\p{Ll}+(?:['\u2019-]\\p{Lu}?\\p{Ll}+)*";
/** A run of capitalised words, without a possessive ending. */
const CAPITALISED_RUN = new RegExp(`${NAME_WORD}(?:\\s+${NAME_WORD})+`, 'gu');
/** A capitalised word with no capitalised word after it: a name standing alone. */
const ALONE = new RegExp(`(?<![\\p{L}'\u2019-])(${NAME_WORD})(?![\\p{L}'\u2019-])(?!\\s+\\p{Lu})`, 'gu');
/** A possessive ending (`Liddle's`). */
const POSSESSIVE = /['\u2019]s$/u;

/**
 * Each surname (lower case) the story gives with a given name, and that given name as written, where the story pairs
 * that surname with one given name only and that given name with one surname only, and calls them by the given name
 * alone somewhere. `isCommonWord` tells a word of the language (`Mayor`, `Defender`) from a name: a common word, and
 * a function word (`The`, `What`), is no given name.
 */
export function givenNamesOf(texts: readonly string[], isCommonWord: (word: string) => boolean): Map<string, string> {
  const givenOf = new Map<string, Set<string>>();
  const surnamesOf = new Map<string, Set<string>>();
  for (const text of texts) {
    for (const match of text.matchAll(CAPITALISED_RUN)) {
      const words = match[0].split(/\s+/u);
      const surname = words[words.length - 1]!.replace(POSSESSIVE, '');
      const given = words[words.length - 2]!;
      const lower = given.toLowerCase();
      if (STOP_WORDS.has(lower) || QUESTION_WORDS.has(lower) || isCommonWord(lower) || isCommonWord(surname.toLowerCase())) continue;
      const key = surname.toLowerCase();
      if (!givenOf.has(key)) givenOf.set(key, new Set());
      givenOf.get(key)!.add(given);
      if (!surnamesOf.has(given)) surnamesOf.set(given, new Set());
      surnamesOf.get(given)!.add(key);
    }
  }
  // …and that the story calls by the given name alone somewhere (no capitalised word after it): else the full name
  // finds every mention.
  const alone = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(ALONE)) alone.add(match[1]!);
  const given = new Map<string, string>();
  for (const [surname, names] of givenOf) {
    const [name] = names;
    if (names.size === 1 && surnamesOf.get(name!)!.size === 1 && alone.has(name!)) given.set(surname, name!);
  }
  return given;
}
