import type { Entry } from '../story/types.js';
import { tokenize } from './analyzer.js';

/**
 * An entry's text as words (`tokenize`), split once for all that read it: the index's vocabulary, `Did you mean`'s,
 * the nearest passage's. A server's first question reads every entry of the server, and each split is most of it.
 * Entries are not changed once built (an edit makes a new one), so what is remembered stays right; it goes with the
 * entry.
 */
const split = new WeakMap<Entry, readonly string[]>();

export function wordsOfText(entry: Entry): readonly string[] {
  let words = split.get(entry);
  if (!words) {
    words = tokenize(entry.text);
    split.set(entry, words);
  }
  return words;
}
