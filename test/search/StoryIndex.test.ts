import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/search/analyzer.js';
import { StoryIndex } from '../../src/search/StoryIndex.js';
import type { Entry } from '../../src/story/types.js';
import { moderatorFact } from './moderatorFact.js';

/**
 * The words an index's entries use as written (for words close in meaning to a question's) are counted the first
 * time they are asked for, then kept up to date: either way they are the words of the entries the index holds.
 */

const entries = [
  moderatorFact('m1', 'B', 'The harbour pilots voted to join the strike.'),
  moderatorFact('m2', 'B', 'Fentanyl seizures at the harbour doubled.'),
  moderatorFact('m3', 'B', 'Zeppelins were seen over the harbour.'),
];

describe('an index vocabulary', () => {
  it('GIVEN entries added, replaced and removed before the words are first asked for THEN they are those of a fresh index of what is left', () => {
    const index = new StoryIndex(entries);
    index.remove('m3');
    index.add(moderatorFact('m2', 'B', 'Tugboats at the harbour doubled.'));
    const fresh = new StoryIndex([entries[0]!, moderatorFact('m2', 'B', 'Tugboats at the harbour doubled.')]);
    expect([...index.words()]).toEqual([...fresh.words()]);
    expect(index.hasWord('zeppelins')).toBe(false);
    expect(index.hasWord('fentanyl')).toBe(false);
    expect(index.hasWord('tugboats')).toBe(true);
  });

  it('GIVEN the words already asked for THEN later adds and removals change them', () => {
    const index = new StoryIndex(entries);
    expect(index.hasWord('zeppelins')).toBe(true);
    index.remove('m3');
    index.add(moderatorFact('m4', 'B', 'Tugboats at the harbour doubled.'));
    expect(index.hasWord('zeppelins')).toBe(false);
    expect(index.hasWord('tugboats')).toBe(true);
    // `harbour` stays while any entry uses it; stop words are never among them.
    expect(index.hasWord('harbour')).toBe(true);
    expect(index.hasWord('the')).toBe(false);
    expect(new Set(index.words())).toEqual(
      new Set(new StoryIndex([entries[0]!, entries[1]!, moderatorFact('m4', 'B', 'Tugboats at the harbour doubled.')]).words()),
    );
  });
});

/** How many entries hold a term (for its idf) counts an entry once however often it uses the term. */
describe('an index document frequencies', () => {
  const terms = ['harbour', 'strike', 'pilot', 'fentanyl', 'zeppelin', 'tugboat', 'doubl'];

  it('GIVEN an entry using a term twice THEN the term counts that entry once', () => {
    const index = new StoryIndex([moderatorFact('m1', 'B', 'Harbour pilots left the harbour.'), entries[1]!]);
    expect(index.documentFrequencyOf('harbour')).toBe(2);
    expect(index.documentFrequencyOf('pilot')).toBe(1);
  });

  it('GIVEN entries added, replaced and removed THEN each term counts the entries of a fresh index of what is left', () => {
    const index = new StoryIndex([...entries, moderatorFact('m4', 'B', 'Harbour pilots left the harbour.')]);
    index.remove('m3');
    index.remove('m4');
    index.add(moderatorFact('m2', 'B', 'Tugboats at the harbour doubled, the harbour said.'));
    const fresh = new StoryIndex([entries[0]!, moderatorFact('m2', 'B', 'Tugboats at the harbour doubled, the harbour said.')]);
    expect(terms.map((term) => index.documentFrequencyOf(term))).toEqual(terms.map((term) => fresh.documentFrequencyOf(term)));
    expect(index.has('zeppelin')).toBe(false);
    expect(index.has('fentanyl')).toBe(false);
    expect(index.documentFrequencyOf('harbour')).toBe(2);
  });

  it('GIVEN entries indexed from their stored terms, then removed THEN each term counts the entries of a fresh index of what is left', () => {
    // The index keeps no terms of its own entries: one removed is analysed again, as its stored terms were made.
    const index = new StoryIndex(entries, null, (entry) => analyze(entry.text));
    index.remove('m1');
    index.remove('m3');
    const fresh = new StoryIndex([entries[1]!]);
    expect(terms.map((term) => index.documentFrequencyOf(term))).toEqual(terms.map((term) => fresh.documentFrequencyOf(term)));
    expect(index.has('pilot')).toBe(false);
    expect(index.documentFrequencyOf('harbour')).toBe(1);
  });

  it('GIVEN an entry added to an index THEN an index built alongside it after searches that entry too', () => {
    const article = new StoryIndex([entries[0]!]);
    new StoryIndex([], article);
    article.add(moderatorFact('a2', 'B', 'Zeppelins over the port.'));
    const own = new StoryIndex([entries[1]!], article);
    const found = own.query({ terms: ['zeppelin'], boosts: [1], groups: [0] }, { guildId: 'B' }).map((hit) => hit.entry.id);
    expect(found).toEqual(['a2']);
  });

  it('GIVEN entries indexed beside an article THEN each term counts them in their words, speaker and surroundings as if added one by one', () => {
    const said = (id: string, text: string, name: string, role: string, context: string): Entry => ({
      ...moderatorFact(id, 'B', text),
      kind: 'quote',
      speaker: { id: name.toLowerCase(), name, role, kind: 'person', aliases: [] },
      context,
      lead: 'The pilot said.',
      when: 'on Tuesday',
      where: 'at the harbour',
    });
    const article = new StoryIndex([moderatorFact('a1', 'B', 'The harbour strike closed the port.')]);
    const own = [
      said('q1', 'We will strike again.', 'Ana Pilot', 'harbour pilot', 'The port closed.'),
      said('q2', 'The port stays shut.', 'Ben Tug', 'tugboat captain', ''),
      entries[1]!,
    ];
    const atOnce = new StoryIndex(own, article);
    const oneByOne = new StoryIndex([], article);
    for (const entry of own) oneByOne.add(entry);
    const every = [...new Set(analyze('harbour strike port pilot tugboat captain tuesday fentanyl seizures doubled closed shut ana ben'))];
    expect(every.map((term) => atOnce.documentFrequencyOf(term))).toEqual(every.map((term) => oneByOne.documentFrequencyOf(term)));
    // The article's entry is not the index's own; when and where are not counted.
    expect(atOnce.documentFrequencyOf('strike')).toBe(1);
    expect(atOnce.documentFrequencyOf('tuesday')).toBe(0);
    // `pilot`: q1's speaker and role and both quotes' lead, each quote once.
    expect(atOnce.documentFrequencyOf('pilot')).toBe(2);
  });
});
