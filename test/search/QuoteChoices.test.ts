import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Knowledge, loadKnowledge } from '../../src/knowledge.js';
import { EntryDesk } from '../../src/store/EntryDesk.js';
import { EntryStore } from '../../src/store/EntryStore.js';
import { STORY } from '../paths.js';

/** `/quote`'s autocomplete in one server: speakers tallied once per change of the server's entries, not per keystroke. */

const quote = (text: string) => ({ kind: 'quote', text, speakerName: 'Claudia Sheinbaum' });

let store: EntryStore;
let knowledge: Knowledge;
let desk: EntryDesk;

beforeEach(() => {
  store = EntryStore.open(':memory:');
  knowledge = loadKnowledge(STORY, store);
  desk = new EntryDesk(store, knowledge, { ratePerMinute: 100 });
});
afterEach(() => store.close());

const sheinbaum = (guildId: string) =>
  knowledge
    .quoteChoicesFor(guildId)
    .choices('shein')
    .speakers.find((choice) => choice.speaker.name === 'Claudia Sheinbaum')?.quotes;

describe('quote choices', () => {
  it('GIVEN "shein" typed THEN Claudia Sheinbaum with her number of quotes, then quotes of hers', () => {
    const { speakers, quotes } = knowledge.quoteChoicesFor('g1').choices('shein');
    expect(speakers.map((choice) => [choice.speaker.name, choice.quotes])).toEqual([['Claudia Sheinbaum', 1]]);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((entry) => entry.speaker?.name === 'Claudia Sheinbaum')).toBe(true);
  });

  it("GIVEN keystrokes while the server's entries are unchanged THEN its entries are read once, not at each keystroke", () => {
    const answerer = knowledge.answererFor('g1');
    const visible = vi.spyOn(answerer, 'visible');
    const choices = knowledge.quoteChoicesFor('g1');
    for (const typed of ['s', 'sh', 'she', 'shei', 'shein', 'sheinb', 'troo', 'troops']) choices.choices(typed);
    expect(visible).toHaveBeenCalledTimes(1);
  });

  it('GIVEN a quote added in the server THEN the next keystroke counts it; added in another server THEN nothing changes', () => {
    expect(sheinbaum('g1')).toBe(1);
    expect(desk.add('g1', 'mod', quote('We will not accept foreign troops on Mexican soil.')).ok).toBe(true);
    expect(sheinbaum('g1')).toBe(2);
    expect(desk.add('g2', 'mod', quote('Our sovereignty is not negotiable, and neither is our dignity.')).ok).toBe(true);
    expect(sheinbaum('g1')).toBe(2);
  });

  it('GIVEN words typed that a quote holds, the last unfinished THEN that quote', () => {
    expect(desk.add('g1', 'mod', quote('We will not accept foreign troops on Mexican soil.')).ok).toBe(true);
    const { quotes } = knowledge.quoteChoicesFor('g1').choices('foreign tro');
    expect(quotes.map((entry) => entry.text)).toContain('We will not accept foreign troops on Mexican soil.');
  });
});
