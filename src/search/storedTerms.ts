import { ANALYSIS_VERSION, analyze } from './analyzer.js';

/**
 * An entry's text analysed when the entry is saved, and stored with it, so that a server's index is built without
 * analysing every text again (most of the cost of a server's first question). Stored as the analysis version, a colon,
 * and the terms as the index holds them, joined by spaces; terms of another version are not used.
 */

/** What to store with an entry whose text this is. */
export function termsToStore(text: string): string {
  return `${ANALYSIS_VERSION}:${analyze(text).join(' ')}`;
}

const PREFIX = `${ANALYSIS_VERSION}:`;

/**
 * The terms stored with an entry, as the index holds them (a term is never empty and holds no space), or null when
 * none were stored or another version of the analysis made them.
 */
export function storedTermsOf(stored: string | null): string[] | null {
  if (stored === null || !stored.startsWith(PREFIX)) return null;
  const terms = stored.slice(PREFIX.length).split(' ');
  // Text with no terms is stored as the prefix alone, which splits into one empty string.
  return terms.includes('') ? terms.filter(Boolean) : terms;
}
