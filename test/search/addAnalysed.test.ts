import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { addAnalysed } from '../../src/search/addAnalysed.js';

/**
 * addAnalysed leaves a MiniSearch index as addAll leaves it: compared here on random documents over a small
 * vocabulary (so that terms share prefixes and the radix tree splits its branches), added to an empty index or to
 * one already holding documents, some of them discarded; and such an index, whose postings are CompactMaps rather
 * than Maps, goes on as addAll's does when MiniSearch removes, adds, discards, searches and vacuums (as StoryIndex
 * has it do after building a server's index).
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
    _dirtCount: number;
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
    dirtCount: s._dirtCount,
    // As MiniSearch serialises it (which goes through every posting).
    json: JSON.stringify(search),
  };
}

/** A search that walks the tree for prefixes and typos: its results, ids, scores (to the last bit) and matches. */
function searched(search: MiniSearch<Doc>): unknown {
  return search.search('stri pil', { prefix: true, fuzzy: 1 });
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
        expect(searched(actual)).toEqual(searched(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('GIVEN an index built by it THEN documents removed, added again, discarded, searched for and vacuumed leave it as addAll’s', async () => {
    const doc = fc.record({ kind: fc.constantFrom('quote', 'fact'), text: field, speaker: field, context: field });
    const step = fc.record({ op: fc.constantFrom('remove', 'discard', 'add', 'addAnalysed', 'search'), pick: fc.nat(), doc });
    await fc.assert(
      fc.asyncProperty(docs, fc.array(step, { maxLength: 12 }), async (initial, steps) => {
        const held: Doc[] = initial.map((d, i) => ({ id: `d${i}`, ...d }));
        const [expected, actual] = [emptyIndex(), emptyIndex()];
        expected.addAll(held);
        addAnalysed(actual, held);
        /** Documents taken out (removed or discarded), which may be added again. */
        const out: Doc[] = [];
        for (const [n, { op, pick, doc }] of steps.entries()) {
          if ((op === 'remove' || op === 'discard') && held.length > 0) {
            const [taken] = held.splice(pick % held.length, 1);
            for (const search of [expected, actual]) {
              if (op === 'remove') search.remove(taken!);
              else search.discard(taken!.id);
            }
            out.push(taken!);
          } else if (op === 'add' || op === 'addAnalysed') {
            // One taken out before, or a new one.
            const added: Doc = out.length > 0 && pick % 2 === 0 ? out.splice(pick % out.length, 1)[0]! : { id: `n${n}`, ...doc };
            held.push(added);
            if (op === 'add') for (const search of [expected, actual]) search.add(added);
            else {
              expected.addAll([added]);
              addAnalysed(actual, [added]);
            }
          } else expect(searched(actual)).toEqual(searched(expected));
          expect(stateOf(actual)).toEqual(stateOf(expected));
        }
        await Promise.all([expected.vacuum(), actual.vacuum()]);
        expect(stateOf(actual)).toEqual(stateOf(expected));
        expect(searched(actual)).toEqual(searched(expected));
      }),
      { numRuns: 200 },
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
