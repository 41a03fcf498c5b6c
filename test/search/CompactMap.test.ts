import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompactMap } from '../../src/search/CompactMap.js';

/** Everything a map shows: its size, its entries and its keys in their order. */
function shown(map: CompactMap<number, string> | Map<number, string>): unknown {
  return { size: map.size, entries: [...map], listed: [...map.entries()], keys: [...map.keys()] };
}

type Step = { op: 'set'; key: number; value: string } | { op: 'delete'; key: number };

const steps = fc.array(
  fc.oneof(
    fc.record({ op: fc.constant('set' as const), key: fc.nat(4), value: fc.string({ maxLength: 2 }) }),
    fc.record({ op: fc.constant('delete' as const), key: fc.nat(4) }),
  ),
  { maxLength: 12 },
);

describe('CompactMap', () => {
  it('GIVEN one key set THEN it holds that one entry', () => {
    const map = new CompactMap<number, string>().set(7, 'a');
    expect(shown(map)).toEqual({ size: 1, entries: [[7, 'a']], listed: [[7, 'a']], keys: [7] });
    expect(map.get(7)).toBe('a');
    expect(map.has(7)).toBe(true);
    expect(map.get(8)).toBeUndefined();
    expect(map.has(8)).toBe(false);
  });

  it('GIVEN the same key set again THEN its value is replaced and it still holds one entry', () => {
    const map = new CompactMap<number, string>().set(7, 'a').set(7, 'b');
    expect(shown(map)).toEqual({ size: 1, entries: [[7, 'b']], listed: [[7, 'b']], keys: [7] });
  });

  it('GIVEN a second key THEN it grows to hold both, the first set first', () => {
    const map = new CompactMap<number, string>().set(7, 'a').set(2, 'b');
    expect(shown(map)).toEqual({
      size: 2,
      entries: [
        [7, 'a'],
        [2, 'b'],
      ],
      listed: [
        [7, 'a'],
        [2, 'b'],
      ],
      keys: [7, 2],
    });
    expect([map.get(7), map.get(2), map.has(2), map.get(3)]).toEqual(['a', 'b', true, undefined]);
  });

  it('GIVEN its one entry deleted THEN it is empty, and a deleted or absent key is not deleted again', () => {
    const map = new CompactMap<number, string>().set(7, 'a');
    expect(map.delete(8)).toBe(false);
    expect(map.delete(7)).toBe(true);
    expect(map.delete(7)).toBe(false);
    expect(shown(map)).toEqual({ size: 0, entries: [], listed: [], keys: [] });
    expect(map.has(7)).toBe(false);
  });

  it('GIVEN any sets and deletes THEN it answers every question as a Map given the same', () => {
    fc.assert(
      fc.property(steps, (sequence: Step[]) => {
        const [map, expected] = [new CompactMap<number, string>(), new Map<number, string>()];
        for (const step of sequence) {
          if (step.op === 'set') expect(map.set(step.key, step.value)).toBe(map);
          else expect(map.delete(step.key)).toBe(expected.delete(step.key));
          if (step.op === 'set') expected.set(step.key, step.value);
          expect(shown(map)).toEqual(shown(expected));
          for (let key = 0; key <= 4; key++) {
            expect(map.get(key)).toBe(expected.get(key));
            expect(map.has(key)).toBe(expected.has(key));
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('GIVEN each entry deleted as it is met (as MiniSearch vacuums) THEN every entry is met once and none is left', () => {
    for (const keys of [[], [3], [3, 1, 4]]) {
      const map = new CompactMap<number, string>();
      for (const key of keys) map.set(key, `${key}`);
      const met: number[] = [];
      for (const [key] of map) {
        met.push(key);
        map.delete(key);
      }
      expect(met).toEqual(keys);
      expect(map.size).toBe(0);
    }
  });
});
