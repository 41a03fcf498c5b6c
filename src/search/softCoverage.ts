import type { Entry } from '../story/types.js';
import { STOP_WORDS, termOf, tokenize } from './analyzer.js';
import { wordsOfText } from './entryWords.js';
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
  /** Each row's place among every entry word seen so far (`slots` of a `Similarities`), parallel to `rows`. */
  slots: Int32Array;
}

/**
 * How many bytes of remembered similarities one SoftCoverage keeps for the question words it met last (one per
 * server's answerer, outside INDEX_CACHE_MB's estimate): about 6 words over a 100-entry server and the article. Kept
 * small because every loaded server holds its own: 256 servers loaded hold at most 64 MiB of them.
 */
const REMEMBERED_BYTES = 1 << 18;
/** And at most this many words, however few similarities each holds (a word met but never compared holds none). */
const REMEMBERED_WORDS = 256;

/**
 * A question word's similarity to entry words, remembered by the entry word's slot: an array read rather than a
 * map's, for the thousands of entry words a question meets. NaN marks a similarity not computed yet.
 */
class Similarities {
  private values: Float64Array = new Float64Array(0);

  get bytes(): number {
    return this.values.byteLength;
  }

  constructor(
    private readonly vectors: WordVectors,
    private readonly row: number,
  ) {}

  /** The best similarity of the word to any of these entry words (rows with their slots), 0 when there are none. */
  best(rows: Int32Array, slots: Int32Array): number {
    let values = this.values;
    let best = 0;
    for (let j = 0; j < rows.length; j++) {
      const slot = slots[j]!;
      if (slot >= values.length) values = this.grow(slot);
      let similarity = values[slot]!;
      if (Number.isNaN(similarity)) {
        similarity = this.vectors.similarityOfRows(this.row, rows[j]!);
        values[slot] = similarity;
      }
      if (similarity > best) best = similarity;
    }
    return best;
  }

  private grow(slot: number): Float64Array {
    const values = new Float64Array(Math.max(slot + 1, this.values.length * 2, 256)).fill(Number.NaN);
    values.set(this.values);
    this.values = values;
    return values;
  }
}

export class SoftCoverage {
  private readonly entryWords = new WeakMap<Entry, EntryWords>();
  /** Each entry word's row → its slot, numbered as entry words are first met. */
  private readonly slotOf = new Map<number, number>();
  /**
   * The similarities of the question words met last, by their rows, least recently used first: members ask about
   * the same names and topics again and again, and a word's similarities to thousands of entry words are most of
   * the cost of its nearness. Kept within REMEMBERED_BYTES and REMEMBERED_WORDS.
   */
  private readonly remembered = new Map<number, Similarities>();

  constructor(private readonly vectors: WordVectors) {}

  /** Is the word among English's commonest, whose nearness to others says little (WordVectors.isGeneral)? */
  isGeneral(word: string): boolean {
    return this.vectors.isGeneral(word);
  }

  /** Does the word have a vector (so a nearness to other words)? */
  knows(word: string): boolean {
    return this.vectors.rowOf(word) !== undefined;
  }

  /** The similarities of the word of this row to entry words, remembered from earlier questions when it was asked lately. */
  private similaritiesOf(row: number): Similarities {
    let found = this.remembered.get(row);
    if (found) this.remembered.delete(row);
    else found = new Similarities(this.vectors, row);
    this.remembered.set(row, found);
    let bytes = 0;
    for (const similarities of this.remembered.values()) bytes += similarities.bytes;
    for (const [oldest, similarities] of this.remembered) {
      if ((bytes <= REMEMBERED_BYTES && this.remembered.size <= REMEMBERED_WORDS) || oldest === row) break;
      bytes -= similarities.bytes;
      this.remembered.delete(oldest);
    }
    return found;
  }

  private wordsOf(entry: Entry): EntryWords {
    let found = this.entryWords.get(entry);
    if (!found) {
      const words = [...new Set([...wordsOfText(entry), ...tokenize(entry.speaker?.name ?? '')].filter((w) => !STOP_WORDS.has(w)))];
      const rows = words.map((w) => this.vectors.rowOf(w)).filter((row): row is number => row !== undefined);
      const unique = Int32Array.from(new Set(rows));
      const slots = unique.map((row) => {
        let slot = this.slotOf.get(row);
        if (slot === undefined) {
          slot = this.slotOf.size;
          this.slotOf.set(row, slot);
        }
        return slot;
      });
      found = { terms: new Set(words.map((w) => termOf(w) ?? w)), rows: unique, slots };
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
    const near = row === undefined ? null : this.similaritiesOf(row);
    return (entry) => {
      const { terms, rows, slots } = this.wordsOf(entry);
      if (terms.has(term)) return 1;
      if (near === null) return 0;
      const best = near.best(rows, slots);
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
    const asked = words.map((word, i) => {
      const row = this.vectors.rowOf(word);
      return { term: termOf(word) ?? word, weight: weights[i] ?? 1, near: row === undefined ? null : this.similaritiesOf(row) };
    });
    const total = asked.reduce((sum, word) => sum + word.weight, 0);
    return (entry) => {
      if (total <= 0) return 0;
      const { terms, rows, slots } = this.wordsOf(entry);
      let covered = 0;
      for (const { term, weight, near } of asked) {
        if (terms.has(term)) {
          covered += weight;
          continue;
        }
        if (near === null) continue;
        const best = near.best(rows, slots);
        if (best >= MIN_SIMILARITY) covered += weight * best;
      }
      return covered / total;
    };
  }
}
