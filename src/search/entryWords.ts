import type { Entry } from '../story/types.js';
import { tokenize } from './analyzer.js';
import { splitStored } from './storedTerms.js';

/**
 * An entry's text as words (`tokenize`), split once for all that read it: the index's vocabulary, `Did you mean`'s,
 * the nearest passage's. A server's first question reads every entry of the server, and each split is most of it.
 * Entries are not changed once built (an edit makes a new one), so what is remembered stays right; it goes with the
 * entry. A stored entry's words were split when it was saved (see storedTerms.ts) and are remembered as it is read.
 */
const split = new WeakMap<Entry, readonly string[] | string>();

export function wordsOfText(entry: Entry): readonly string[] {
  const known = split.get(entry);
  if (typeof known === 'object') return known;
  const words = known === undefined ? tokenize(entry.text) : splitStored(known);
  split.set(entry, words);
  return words;
}

/** Remembers the words of an entry's text split when it was saved, joined by spaces (see storedTerms.ts). */
export function rememberStoredWords(entry: Entry, joined: string): void {
  split.set(entry, joined);
}
