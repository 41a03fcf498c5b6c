import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { addAnalysed } from '../../src/search/addAnalysed.js';

/**
 * addAnalysed leaves a MiniSearch index as addAll leaves it: compared here on random documents over a small
 * vocabulary (so that terms share prefixes and the radix tree splits its branches), added to an empty index or to
 * one already holding documents, some of them discarded.
 */

type Doc = { id: string; kind: string; text: string[]; speaker: string[]; context: string[] };

const TERMS = ['strike', 'strik', 'stripe', 'strip', 'harbour', 'harbor', 'pilot', 'pile', 'pil', 'vote', 'voter', 'boat', 'b', 'coat'];

function emptyIndex(): MiniSearch<Doc> {
  return new MiniSearch<Doc>({
    fields: ['text', 'speaker', 'context'],
    storeFields: ['kind'],
    autoVacuum: false,
    stringifyField: (terms: string[]) => terms as unknown as string,
    tokenize: (text: string | string[]) => (typeof text === 'string' ? text.split(' ') : text),
    processTerm: (term) => term,
  });
}

/** Everything the index holds, maps as lists in their own order (the order search results and ties come in). */
function stateOf(search: MiniSearch<Doc>): unknown {
  const s = search as unknown as {
    _index: Iterable<[string, Map<number, Map<number, number>>]>;
    _documentIds: Map<number, string>;
    _idToShortId: Map<string, number>;
    _fieldLength: Map<number, number[]>;
    _avgFieldLength: number[];
    _storedFields: Map<number, unknown>;
    _documentCount: number;
    _nextId: number;
  };
  return {
    index: [...s._index].map(([term, data]) => [term, [...data].map(([field, postings]) => [field, [...postings]])]),
    documentIds: [...s._documentIds],
    idToShortId: [...s._idToShortId],
    fieldLength: [...s._fieldLength],
    avgFieldLength: s._avgFieldLength,
    storedFields: [...s._storedFields],
    documentCount: s._documentCount,
    nextId: s._nextId,
  };
}

const field = fc.array(fc.constantFrom(...TERMS), { maxLength: 7 });
const docs = fc.array(fc.record({ kind: fc.constantFrom('quote', 'fact'), text: field, speaker: field, context: field }), {
  maxLength: 25,
});

describe('addAnalysed', () => {
  it('GIVEN any analysed documents, added after any others, some discarded THEN the index is as addAll leaves it', () => {
    fc.assert(
      fc.property(docs, docs, fc.array(fc.nat(), { maxLength: 4 }), (before, added, discards) => {
        const first = before.map((d, i) => ({ id: `b${i}`, ...d }));
        const then = added.map((d, i) => ({ id: `a${i}`, ...d }));
        const discarded = first.length === 0 ? [] : [...new Set(discards.map((n) => first[n % first.length]!.id))];
        const [expected, actual] = [emptyIndex(), emptyIndex()];
        for (const search of [expected, actual]) {
          search.addAll(first);
          for (const id of discarded) search.discard(id);
        }
        expected.addAll(then);
        addAnalysed(actual, then);
        expect(stateOf(actual)).toEqual(stateOf(expected));
        // The same answers to a search that walks the tree for prefixes and typos.
        expect(actual.search('stri pil', { prefix: true, fuzzy: 1 })).toEqual(expected.search('stri pil', { prefix: true, fuzzy: 1 }));
      }),
      { numRuns: 300 },
    );
  });

  it('GIVEN a document whose id the index already holds THEN it throws and adds nothing', () => {
    const search = emptyIndex();
    search.add({ id: 'x', kind: 'fact', text: ['boat'], speaker: [], context: [] });
    const before = stateOf(search);
    expect(() =>
      addAnalysed(search, [
        { id: 'y', kind: 'fact', text: ['coat'], speaker: [], context: [] },
        { id: 'x', kind: 'fact', text: ['vote'], speaker: [], context: [] },
      ]),
    ).toThrow(/duplicate ID x/u);
    expect(stateOf(search)).toEqual(before);
  });
});
