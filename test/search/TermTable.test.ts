import fc from 'fast-check';
import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import type { FieldTermData } from '../../src/search/miniSearchInternals.js';
import { TermTable } from '../../src/search/TermTable.js';

/**
 * A TermTable answers as MiniSearch's radix tree holding the same terms, added in the same order: compared here on
 * random terms over a small alphabet (so that they share prefixes, and the tree splits its branches in every order),
 * asked for prefixes and for terms within an edit distance, whose order (the tree's) is what decides ties in a search.
 */

/** Postings told apart by the term they stand for. */
function postingsOf(term: string): FieldTermData {
  return new Map([[0, new Map([[term.length, 1]])]]) as unknown as FieldTermData;
}

/** The table and the tree of the terms, added in their order, and what holds the table. */
function both(terms: string[]): { table: TermTable; tree: SearchableMap<FieldTermData>; holder: { _index: unknown } } {
  const places = new Map<string, number>();
  const data: FieldTermData[] = [];
  const tree = new SearchableMap<FieldTermData>();
  for (const term of terms) {
    if (places.has(term)) continue;
    places.set(term, data.length);
    data.push(postingsOf(term));
    tree.set(term, data.at(-1)!);
  }
  const holder: { _index: unknown } = { _index: null };
  const table = new TermTable(holder, places, data);
  holder._index = table;
  return { table, tree, holder };
}

const term = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 6 });
const terms = fc.array(term, { minLength: 1, maxLength: 40 });
const query = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 7 });

describe('TermTable', () => {
  it('GIVEN any terms added in any order THEN each term’s postings and the number of terms are the tree’s', () => {
    fc.assert(
      fc.property(terms, query, (added, asked) => {
        const { table, tree } = both(added);
        expect(table.size).toBe(tree.size);
        for (const t of [...added, asked]) {
          expect(table.get(t)).toBe(tree.get(t));
          expect(table.has(t)).toBe(tree.has(t));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('GIVEN any terms added in any order THEN the terms at any prefix come as the tree gives them, in its order', () => {
    fc.assert(
      fc.property(terms, query, (added, prefix) => {
        const { table, tree } = both(added);
        expect(table.atPrefix(prefix)).toEqual([...tree.atPrefix(prefix)]);
        expect(table.atPrefix('')).toEqual([...tree.atPrefix('')]);
      }),
      { numRuns: 500 },
    );
  });

  it('GIVEN any terms added in any order THEN the terms within an edit distance come as the tree gives them, in its order', () => {
    fc.assert(
      fc.property(terms, query, fc.constantFrom(0, 1, 2, 3), (added, asked, distance) => {
        const { table, tree } = both(added);
        expect([...table.fuzzyGet(asked, distance)]).toEqual([...tree.fuzzyGet(asked, distance)]);
      }),
      { numRuns: 500 },
    );
  });

  it('GIVEN a term it lacks fetched THEN it becomes the tree, holding that term too, in the index’s place', () => {
    const { table, tree, holder } = both(['strike', 'strip', 'boat']);
    const added = postingsOf('stripe');
    expect(table.fetch('stripe', () => added)).toBe(added);
    tree.set('stripe', added);
    expect(holder._index).toBeInstanceOf(SearchableMap);
    expect([...(holder._index as SearchableMap<FieldTermData>)]).toEqual([...tree]);
    expect(table.atPrefix('str')).toEqual([...tree.atPrefix('str')]);
  });

  it('GIVEN a term it holds fetched THEN its postings come back and the table stays', () => {
    const { table, tree, holder } = both(['strike', 'strip']);
    expect(table.fetch('strip', () => postingsOf('other'))).toBe(tree.get('strip'));
    expect(holder._index).toBe(table);
  });

  it('GIVEN a term deleted THEN it becomes the tree without that term, as MiniSearch’s would be', () => {
    const { table, tree, holder } = both(['strike', 'strip', 'stripe', 'boat']);
    table.delete('strip');
    tree.delete('strip');
    expect(holder._index).toBeInstanceOf(SearchableMap);
    expect((holder._index as SearchableMap<FieldTermData>)._tree).toEqual(tree._tree);
    expect(table.fuzzyGet('strip', 1)).toEqual(tree.fuzzyGet('strip', 1));
  });

  it('GIVEN its terms gone through THEN they come in the tree’s order, from the tree it becomes', () => {
    const { table, tree, holder } = both(['strike', 'b', 'strip', 'boat', 'stripe', 'str']);
    expect([...table]).toEqual([...tree]);
    expect(holder._index).toBeInstanceOf(SearchableMap);
  });
});
