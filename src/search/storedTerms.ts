import { ANALYSIS_VERSION, termsOfWords, tokenize } from './analyzer.js';

/**
 * An entry's text analysed when the entry is saved, and stored with it, so that a server's first question reads no
 * text again: its index is built from the terms, and its vocabulary, `Did you mean` and the nearest passage take the
 * words (see entryWords.ts); splitting every text was most of the cost of that question. Stored as the analysis
 * version, a colon, the terms as the index holds them, joined by spaces, a tab, and the words as `tokenize` splits the
 * text, joined by spaces; terms and words of another version are not used.
 */

/** What to store with an entry whose text this is. */
export function termsToStore(text: string): string {
  const words = tokenize(text);
  return `${ANALYSIS_VERSION}:${termsOfWords(words).join(' ')}\t${words.join(' ')}`;
}

const PREFIX = `${ANALYSIS_VERSION}:`;

/** Words or terms as stored, joined by spaces (none is empty or holds a space), as a list. */
export function splitStored(joined: string): string[] {
  // Text with none is stored as an empty string, which splits into one empty string.
  const items = joined.split(' ');
  return items.includes('') ? items.filter(Boolean) : items;
}

/**
 * The terms stored with an entry, as the index holds them (a term is never empty and holds no space), or null when
 * none were stored or another version of the analysis made them.
 */
export function storedTermsOf(stored: string | null): string[] | null {
  if (stored === null || !stored.startsWith(PREFIX)) return null;
  const tab = stored.indexOf('\t', PREFIX.length);
  return splitStored(stored.slice(PREFIX.length, tab < 0 ? undefined : tab));
}

/**
 * The words stored with an entry, as `tokenize` split its text, joined by spaces (`splitStored` makes them a list, when
 * they are needed: most servers' questions never read them), or null when none were stored with its terms.
 */
export function storedWordsOf(stored: string | null): string | null {
  if (stored === null || !stored.startsWith(PREFIX)) return null;
  const tab = stored.indexOf('\t', PREFIX.length);
  return tab < 0 ? null : stored.slice(tab + 1);
}
