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

  /**
   * How near in meaning an entry's closest word is to this word, for entry after entry: 1 for the same term, else
   * the best cosine (0 below the minimum). Each similarity is remembered by the entry word's row.
   */
  nearnessOf(word: string): (entry: Entry) => number {
    const term = termOf(word) ?? word;
    const row = this.vectors.rowOf(word);
    const near = new Map<number, number>();
    return (entry) => {
      const { terms, rows } = this.wordsOf(entry);
      if (terms.has(term)) return 1;
      if (row === undefined) return 0;
      let best = 0;
      for (let j = 0; j < rows.length; j++) {
        const other = rows[j]!;
        let similarity = near.get(other);
        if (similarity === undefined) {
          similarity = this.vectors.similarityOfRows(row, other);
          near.set(other, similarity);
        }
        if (similarity > best) best = similarity;
      }
      return best >= MIN_SIMILARITY ? best : 0;
    };
  }

  /** The share (0–1) of the words' weight that the entry covers. */
  coverage(words: string[], weights: number[], entry: Entry): number {
    return this.coverageOf(words, weights)(entry);
  }

  /**
   * The coverage of these words, for entry after entry: the words' terms and vectors are looked up once, and each
   * word's best similarity to an entry word is remembered by that word's row (entries of a story share most words).
   */
  coverageOf(words: string[], weights: number[]): (entry: Entry) => number {
    const asked = words.map((word, i) => ({
      term: termOf(word) ?? word,
      row: this.vectors.rowOf(word),
      weight: weights[i] ?? 1,
      near: new Map<number, number>(),
    }));
    const total = asked.reduce((sum, word) => sum + word.weight, 0);
    return (entry) => {
      if (total <= 0) return 0;
      const { terms, rows } = this.wordsOf(entry);
      let covered = 0;
      for (const { term, row, weight, near } of asked) {
        if (terms.has(term)) {
          covered += weight;
          continue;
        }
        if (row === undefined) continue;
        let best = 0;
        for (let j = 0; j < rows.length; j++) {
          const other = rows[j]!;
          let similarity = near.get(other);
          if (similarity === undefined) {
            similarity = this.vectors.similarityOfRows(row, other);
            near.set(other, similarity);
          }
          if (similarity > best) best = similarity;
        }
        if (best >= MIN_SIMILARITY) covered += weight * best;
      }
      return covered / total;
    };
  }
}
