import { describe, expect, it } from 'vitest';
import { SoftCoverage } from '../../src/search/softCoverage.js';
import { WordVectors } from '../../src/search/WordVectors.js';
import type { Entry } from '../../src/story/types.js';

const vectors = WordVectors.load();
const entryOf = (text: string): Entry => ({ text, speaker: null }) as unknown as Entry;
const texts = [
  'Lawmakers vouched for him at the hearing',
  'The senator stood up for the minister',
  'Prices were down a year ago',
  'Dock workers walked out on Thursday',
  'The governor defended the budget',
  'Democrats objected to the plan',
];

describe('soft coverage', () => {
  it('GIVEN one question over many entries THEN each entry scores as it does alone, whatever was met before', () => {
    // Similarities are remembered across the entries of one question: they must never change a score.
    const words = ['stood', 'lawmakers', 'earlier', 'strike', 'mayor'];
    const weights = [1, 2, 0.5, 1.5, 1];
    const together = new SoftCoverage(vectors);
    const coverage = together.coverageOf(words, weights);
    const nearness = together.nearnessOf('stood');
    for (const text of [...texts, ...[...texts].reverse()]) {
      const alone = new SoftCoverage(vectors);
      expect(coverage(entryOf(text))).toBe(alone.coverage(words, weights, entryOf(text)));
      expect(nearness(entryOf(text))).toBe(new SoftCoverage(vectors).nearnessOf('stood')(entryOf(text)));
    }
  });

  it('GIVEN questions one after another THEN a word asked again scores each entry as a fresh one does, entries met since included', () => {
    // A word's similarities are remembered from one question to the next (within a budget): never a changed score.
    const soft = new SoftCoverage(vectors);
    const asked = ['stood', 'lawmakers', 'mayor', 'stood', 'prices', 'lawmakers', 'stood'];
    asked.forEach((word, i) => {
      const seen = [...texts.slice(0, 2 + (i % texts.length)), `${word} said the ${texts[i % texts.length]}`];
      const nearness = soft.nearnessOf(word);
      const coverage = soft.coverageOf([word, 'strike'], [1, 2]);
      for (const text of seen) {
        const fresh = new SoftCoverage(vectors);
        expect(nearness(entryOf(text))).toBe(fresh.nearnessOf(word)(entryOf(text)));
        expect(coverage(entryOf(text))).toBe(fresh.coverage([word, 'strike'], [1, 2], entryOf(text)));
      }
    });
    // Past as many words as are remembered, the oldest are let go and worked out afresh when asked again.
    const many = [...vectors.wordsByFrequency()].slice(2000, 2300);
    for (const word of many) soft.nearnessOf(word)(entryOf(texts[0]!));
    for (const text of texts)
      expect(soft.nearnessOf('stood')(entryOf(text))).toBe(new SoftCoverage(vectors).nearnessOf('stood')(entryOf(text)));
  });

  it('GIVEN a word near an entry word in meaning THEN it is covered by their similarity; the same word covers it fully', () => {
    const soft = new SoftCoverage(vectors);
    const similarity = vectors.similarity('mayor', 'governor');
    expect(similarity).toBeGreaterThan(0.45);
    expect(soft.nearnessOf('mayor')(entryOf('The governor spoke'))).toBe(similarity);
    expect(soft.nearnessOf('stood')(entryOf('She stood there'))).toBe(1);
    expect(soft.coverage(['stood', 'qqxz'], [1, 1], entryOf('She stood there'))).toBe(0.5);
  });
});
