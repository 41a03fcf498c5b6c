import type MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { analyze, tokenize } from '../../src/search/analyzer.js';
import { StoryIndex } from '../../src/search/StoryIndex.js';
import { loadStory } from '../../src/story/loadStory.js';
import type { EntryKind } from '../../src/story/types.js';
import { PORT_STRIKE, STORY, WILDFIRE } from '../paths.js';

/**
 * `/quote`'s autocomplete asks the index for the entries holding every word typed, the last as typed so far, best
 * first. It is scored without MiniSearch's result objects, and must give what MiniSearch's own AND query gives: the
 * same entries in the same order, compared here over three articles of our own on every prefix of their words.
 */

// Each article's ids made apart from the others' (each numbers its own entries from 1).
const entries = [STORY, PORT_STRIKE, WILDFIRE].flatMap((path, story) =>
  loadStory(path).entries.map((entry) => ({ ...entry, id: `${story}:${entry.id}` })),
);
const index = new StoryIndex(entries);
const search = (index as unknown as { search: MiniSearch<{ id: string }> }).search;

/** MiniSearch's AND query of the terms over the words and the speaker, the last a prefix from three letters. */
function miniSearchAnd(terms: string[], kind: EntryKind): string[] {
  const last = terms.length - 1;
  const queries = terms.map((term, i) => ({
    queries: [term],
    fields: ['text', 'speaker'],
    prefix: i === last && term.length >= 3 && !/^\d/u.test(term),
    fuzzy: false,
  }));
  return search
    .search({ combineWith: 'AND', queries }, { boostDocument: (_id, _term, stored) => (stored?.['kind'] === kind ? 1 : 0) })
    .map((result) => result.id as string);
}

function prefixQuery(terms: string[], kind: EntryKind): string[] {
  return [...index.prefixQuery(terms, { kind, guildId: null })].map((entry) => entry.id);
}

const words = [...new Set(entries.flatMap((entry) => tokenize(entry.text)))].filter((word) => analyze(word).length > 0);
const typed = [
  ...new Set(words.flatMap((word) => [word.slice(0, 3), word.slice(0, 4), word]).flatMap((prefix) => analyze(prefix).slice(0, 1))),
];

describe('the prefix query of autocomplete', () => {
  it('GIVEN one word typed so far THEN its entries, in order, are those of MiniSearch’s query of it', () => {
    const differ = typed.filter((term) =>
      (['quote', 'fact'] as const).some((kind) => prefixQuery([term], kind).join() !== miniSearchAnd([term], kind).join()),
    );
    expect({ typed: typed.length, differ }).toEqual({ typed: typed.length, differ: [] });
    expect(typed.length).toBeGreaterThan(500);
  });

  it('GIVEN two words, the second typed so far THEN its entries, in order, are those of MiniSearch’s AND query of them', () => {
    const pairs = typed.flatMap((second, i) => [
      [typed[(i * 7) % typed.length]!, second],
      [second, second],
    ]);
    const differ = pairs.filter((terms) =>
      (['quote', 'fact'] as const).some((kind) => prefixQuery(terms, kind).join() !== miniSearchAnd(terms, kind).join()),
    );
    expect(differ).toEqual([]);
    expect(pairs.filter((terms) => prefixQuery(terms, 'fact').length > 0).length).toBeGreaterThan(100);
  });
});
