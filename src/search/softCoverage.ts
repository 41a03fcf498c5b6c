import type { Entry } from '../story/types.js';
import { STOP_WORDS, termOf, tokenize } from './analyzer.js';
import type { WordVectors } from './WordVectors.js';

/**
 * How much of a question's meaning an entry covers, word by word (used to offer the nearest passage when the
 * story has no answer, plainly marked as not one): each content word of the question counts
 * with its rarity in the story, and is covered by the entry's closest word — fully by the same word (same stem),
 * partly by a word near it in meaning (cosine of their word vectors, from `MIN_SIMILARITY`). A soft alignment
 * of the two texts, in the manner of word-mover and BERTScore-style matching, with GloVe vectors.
 * `stood up for Suh` is covered by `vouched for him` as far as `stood`/`vouched` are near.
 */

/** Below this cosine, two words are not taken as near in meaning. */
export const MIN_SIMILARITY = 0.45;

interface EntryWords {
  terms: Set<string>;
  rows: Int32Array;
}

export class SoftCoverage {
  private readonly entryWords = new WeakMap<Entry, EntryWords>();

  constructor(private readonly vectors: WordVectors) {}

  private wordsOf(entry: Entry): EntryWords {
    let found = this.entryWords.get(entry);
    if (!found) {
      const words = [...new Set(tokenize(`${entry.text} ${entry.speaker?.name ?? ''}`).filter((w) => !STOP_WORDS.has(w)))];
      const rows = words.map((w) => this.vectors.rowOf(w)).filter((row): row is number => row !== undefined);
      found = { terms: new Set(words.map((w) => termOf(w) ?? w)), rows: Int32Array.from(new Set(rows)) };
      this.entryWords.set(entry, found);
    }
    return found;
  }

  /** How near in meaning the entry's closest word is to this word: 1 for the same term, else the best cosine (0 below the minimum). */
  nearness(word: string, entry: Entry): number {
    const { terms, rows } = this.wordsOf(entry);
    if (terms.has(termOf(word) ?? word)) return 1;
    const row = this.vectors.rowOf(word);
    if (row === undefined) return 0;
    let best = 0;
    for (let j = 0; j < rows.length; j++) {
      const similarity = this.vectors.similarityOfRows(row, rows[j]!);
      if (similarity > best) best = similarity;
    }
    return best >= MIN_SIMILARITY ? best : 0;
  }

  /** The share (0–1) of the words' weight that the entry covers. */
  coverage(words: string[], weights: number[], entry: Entry): number {
    const { terms, rows } = this.wordsOf(entry);
    let covered = 0;
    let total = 0;
    words.forEach((word, i) => {
      const weight = weights[i] ?? 1;
      total += weight;
      if (terms.has(termOf(word) ?? word)) {
        covered += weight;
        return;
      }
      const row = this.vectors.rowOf(word);
      if (row === undefined) return;
      let best = 0;
      for (let j = 0; j < rows.length; j++) {
        const similarity = this.vectors.similarityOfRows(row, rows[j]!);
        if (similarity > best) best = similarity;
      }
      if (best >= MIN_SIMILARITY) covered += weight * best;
    });
    return total > 0 ? covered / total : 0;
  }
}
