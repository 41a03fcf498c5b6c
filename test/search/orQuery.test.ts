import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { addAnalysed } from '../../src/search/addAnalysed.js';
import { type OrQueryOptions, type OrTerm, orQuery } from '../../src/search/orQuery.js';

/** What orQuery tells, as a list. */
function matchesOf(
  search: MiniSearch<never>,
  query: OrTerm[],
  options: OrQueryOptions,
): Array<{ id: string; score: number; terms: number[] }> {
  const matches: Array<{ id: string; score: number; terms: number[] }> = [];
  orQuery(search, query, options, (id, score, terms, count) => matches.push({ id, score, terms: [...terms.subarray(0, count)] }));
  return matches;
}

/**
 * orQuery scores an OR query as MiniSearch's own search does, without its per-match objects: the same documents, in
 * the same order (ties too), with the same scores to the last bit and the same terms matched. Compared here on
 * random documents over a small vocabulary (so that prefixes and typos match other words), some of them discarded
 * and not yet vacuumed, with random boosts, prefixes and edit distances; in an index built by addAll, whose postings
 * are Maps, and in one built by addAnalysed, as a server's index is, whose postings are CompactMaps.
 */

const WORDS = [
  'strike',
  'strikes',
  'striker',
  'stripe',
  'harbour',
  'harbor',
  'pilot',
  'pilots',
  'pile',
  'fent',
  'fentanyl',
  'vote',
  'voted',
  'votes',
  'boat',
  'boats',
  'coat',
];
const FIELDS = ['text', 'speaker', 'context'] as const;
const BOOSTS = { text: 3, context: 0.5 };
const WEIGHTS = { fuzzy: 0.6, prefix: 0.5 };

type Doc = { id: string; text: string; speaker: string; context: string };

/**
 * The documents indexed: as they are, by addAll; or their words as their terms (as StoryIndex gives documents to
 * MiniSearch), by addAll or by addAnalysed.
 */
type Build = 'addAll' | 'addAll of terms' | 'addAnalysed of terms';

function indexOf(docs: Doc[], discarded: number[], build: Build = 'addAll'): MiniSearch<Doc> {
  if (build === 'addAll') {
    const search = new MiniSearch<Doc>({ fields: [...FIELDS], autoVacuum: false, searchOptions: { boost: { ...BOOSTS } } });
    search.addAll(docs);
    for (const i of discarded) search.discard(docs[i]!.id);
    return search;
  }
  const search = new MiniSearch<Analysed>({
    fields: [...FIELDS],
    autoVacuum: false,
    stringifyField: (terms: string[]) => terms as unknown as string,
    tokenize: (text: string | string[]) => (typeof text === 'string' ? text.split(' ') : text),
    searchOptions: { boost: { ...BOOSTS } },
  });
  const analysed = docs.map(({ id, text, speaker, context }) => ({
    id,
    text: termsOf(text),
    speaker: termsOf(speaker),
    context: termsOf(context),
  }));
  if (build === 'addAll of terms') search.addAll(analysed);
  else addAnalysed(search, analysed);
  for (const i of discarded) search.discard(docs[i]!.id);
  return search as unknown as MiniSearch<Doc>;
}

type Analysed = { id: string; text: string[]; speaker: string[]; context: string[] };

/** A field's words as its terms (they are in lower case, as MiniSearch's terms). */
function termsOf(text: string): string[] {
  return text.split(' ').filter(Boolean);
}

const field = fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((words) => words.join(' '));
const docs = fc.array(fc.record({ text: field, speaker: field, context: field }), { minLength: 1, maxLength: 30 });
const terms = fc.uniqueArray(
  fc.record({
    term: fc.constantFrom(...WORDS, 'stri', 'harb', 'pil', 'vot', 'xyz'),
    boost: fc.constantFrom(1, 0.5, 0.3, 0.21),
    fuzzy: fc.constantFrom<number | false>(false, 1, 2),
    prefix: fc.boolean(),
  }),
  { selector: (t) => t.term, minLength: 1, maxLength: 8 },
);

describe('orQuery', () => {
  it.each([
    ['addAll', 'addAll'],
    ['addAnalysed of terms', 'addAll of terms'],
  ] as const)(
    'GIVEN any documents indexed by %s, some discarded, and any terms THEN it matches, orders and scores as MiniSearch search of them indexed by %s',
    (build, searched) => {
      fc.assert(
        fc.property(docs, terms, fc.array(fc.nat(), { maxLength: 5 }), (fields, query: OrTerm[], discards) => {
          const all = fields.map((f, i) => ({ id: `d${i}`, ...f }));
          const discarded = [...new Set(discards.map((n) => n % all.length))];
          const expected = indexOf(all, discarded, searched)
            .search(query.map((t) => t.term).join(' '), {
              boostTerm: (term) => query.find((t) => t.term === term)!.boost,
              fuzzy: (term) => query.find((t) => t.term === term)!.fuzzy,
              prefix: (term) => query.find((t) => t.term === term)!.prefix,
              weights: WEIGHTS,
            })
            .map((r) => ({
              id: r.id as string,
              score: r.score,
              terms: r.queryTerms.map((term) => query.findIndex((t) => t.term === term)),
            }));
          const actual = matchesOf(indexOf(all, discarded, build) as unknown as MiniSearch<never>, query, {
            fieldBoosts: FIELDS.map((f) => [f, f in BOOSTS ? BOOSTS[f as keyof typeof BOOSTS] : 1] as const),
            weights: WEIGHTS,
          });
          expect(actual).toEqual(expected);
        }),
        { numRuns: 300 },
      );
    },
  );

  it('GIVEN more than 32 terms THEN each document still counts every term it matched', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const search = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
    search.addAll([
      { id: 'a', text: words.join(' ') },
      { id: 'b', text: 'w39 w0' },
    ]);
    const query = words.map((term) => ({ term, boost: 1, fuzzy: false as const, prefix: false }));
    const expected = search.search(words.join(' ')).map((r) => ({ id: r.id, score: r.score, count: r.queryTerms.length }));
    const actual = matchesOf(search as unknown as MiniSearch<never>, query, { fieldBoosts: [['text', 1]], weights: WEIGHTS });
    expect(actual.map((m) => ({ id: m.id, score: m.score, count: m.terms.length }))).toEqual(expected);
    expect(actual.find((m) => m.id === 'b')!.terms).toEqual([0, 39]);
  });
});
