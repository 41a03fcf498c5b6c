import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlacedTermCounts } from '../../src/search/TermCounts.js';

/**
 * PlacedTermCounts keeps an index's counts of its terms by their places in its TermTable, and counts a term the table
 * lacks apart: either way it answers as a Map of the counts would, a term counted zero being one it does not hold.
 */

const places = new Map([
  ['harbour', 0],
  ['strike', 1],
  ['pilot', 2],
]);

describe('PlacedTermCounts', () => {
  it('GIVEN counts by place THEN a term’s count is its place’s, and a term counted zero or not in the table is not held', () => {
    const counts = new PlacedTermCounts(places, Int32Array.from([3, 0, 1]));
    expect([counts.get('harbour'), counts.get('strike'), counts.get('pilot'), counts.get('tugboat')]).toEqual([3, undefined, 1, undefined]);
    expect([counts.has('harbour'), counts.has('strike'), counts.has('tugboat')]).toEqual([true, false, false]);
  });

  it('GIVEN a term the table lacks counted THEN it is held apart until deleted', () => {
    const counts = new PlacedTermCounts(places, new Int32Array(3));
    counts.set('tugboat', 2);
    expect([counts.get('tugboat'), counts.has('tugboat')]).toEqual([2, true]);
    counts.delete('tugboat');
    expect([counts.get('tugboat'), counts.has('tugboat')]).toEqual([undefined, false]);
  });

  it('GIVEN any counts set and deleted, none zero THEN it answers as a Map given the same', () => {
    const terms = ['harbour', 'strike', 'pilot', 'tugboat', 'port'];
    const step = fc.record({ term: fc.constantFrom(...terms), count: fc.option(fc.integer({ min: -5, max: 5 }).filter((n) => n !== 0)) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
        const counts = new PlacedTermCounts(places, new Int32Array(3));
        const expected = new Map<string, number>();
        for (const { term, count } of steps) {
          if (count === null) {
            counts.delete(term);
            expected.delete(term);
          } else {
            counts.set(term, count);
            expected.set(term, count);
          }
          for (const t of terms) {
            expect(counts.get(t)).toBe(expected.get(t));
            expect(counts.has(t)).toBe(expected.has(t));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
