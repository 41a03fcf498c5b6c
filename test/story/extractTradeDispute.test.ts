import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/story/loadStory.js';
import type { Entry } from '../../src/story/types.js';
import { TRADE_DISPUTE } from '../paths.js';
import { onlyEntry } from './onlyEntry.js';

/**
 * A fourth article of our own (test/fixtures/trade-dispute.txt): middle initials, unnamed groups that speak,
 * quantifiers at a sentence's start, an appositive followed by more of the sentence, a body's spokesperson.
 */
const story = loadStory(TRADE_DISPUTE);

const entry = (kind: Entry['kind'], fragment: string): Entry => onlyEntry(story, kind, fragment);

describe('a trade dispute, in news style', () => {
  it('GIVEN "Finance Minister Chrystia M. Hallett announced on Wednesday" THEN a name with its initial, and her later quote in Ottawa', () => {
    const quote = entry('quote', 'patience has its limits');
    expect(quote.speaker).toMatchObject({ name: 'Chrystia M. Hallett', role: 'Finance Minister' });
    expect(quote.where).toBe('in Ottawa');
  });

  it('GIVEN "Officials in Washington said…" THEN the officials are an unnamed group, not a person called Officials', () => {
    expect(entry('fact', 'reviewing the measures').source).toMatchObject({ type: 'claim', name: 'officials in Washington' });
  });

  it('GIVEN "Some warned…; others said…" THEN no one is named "Some": the article\'s own fact', () => {
    expect(entry('fact', 'Some warned').source.type).toBe('article');
  });

  it('GIVEN "wrote Leah Park, an economist at Northbridge Capital, in a note to clients" THEN the appositive alone is her role, and no place', () => {
    const quote = entry('quote', 'a signal more than a shock');
    expect(quote.speaker).toMatchObject({ name: 'Leah Park', role: 'an economist at Northbridge Capital' });
    expect(quote.where).toBeNull();
  });

  it('GIVEN "A White House spokesperson said…" THEN the White House speaks', () => {
    expect(entry('quote', 'respond appropriately').speaker?.name).toBe('White House');
  });
});
