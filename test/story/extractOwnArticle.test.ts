import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge.js';
import type { Entry } from '../../src/story/types.js';
import { PORT_STRIKE } from '../paths.js';
import { onlyEntry } from './onlyEntry.js';

/**
 * Our own article (test/fixtures/port-workers-strike.txt, written for these tests in news style), to pin
 * methods the shared articles do not exercise: a quote running over two paragraphs, accents in a name,
 * a role given before a name, stance verbs, unnamed groups of speakers, number words.
 */
const { story, answerer } = loadKnowledge(PORT_STRIKE);

const quote = (fragment: string): Entry => onlyEntry(story, 'quote', fragment);

describe('extraction from a third article', () => {
  it('GIVEN a paragraph that opens a quote and does not close it THEN the quote continues in the next paragraph, same speaker', () => {
    const q = quote('Our members will stay out');
    expect(q.text).toContain('Nobody wants this strike.');
    expect(q.speaker).toMatchObject({ name: 'In\u00E9s Pe\u00F1asco', role: 'president of the Harbor Workers Union Local 12' });
  });

  it('GIVEN "The port authority\'s director, Martin Albrecht, told reporters on Thursday afternoon" THEN the description is his role', () => {
    expect(quote('We cannot sign a deal').speaker).toMatchObject({ name: 'Martin Albrecht', role: "the port authority's director" });
    expect(quote('We cannot sign a deal').when).toBe('on Thursday afternoon');
  });

  it('GIVEN "Peñasco rejected the offer as “an insult…”" THEN a partial quote of Inés Peñasco', () => {
    expect(quote('an insult to people').speaker?.name).toBe('In\u00E9s Pe\u00F1asco');
  });

  it('GIVEN "“…,” she said in a statement" after "Governor Dana Whitfield urged" THEN the governor', () => {
    expect(quote('Every day this port stays closed').speaker).toMatchObject({ name: 'Dana Whitfield', role: 'Governor' });
  });

  it('GIVEN "…, port officials said." THEN the lead fact is the port officials\' claim', () => {
    const lead = story.entries.find((e) => e.kind === 'fact' && e.text.startsWith('Dock workers'));
    expect(lead?.source).toMatchObject({ type: 'claim', name: 'port officials' });
  });
});

describe('attribution patterns of a third article', () => {
  it('GIVEN "Union spokesman Carlos Ortega put it simply: “…”" THEN the name is the last capitalised run, the title before it his role', () => {
    expect(quote('We are not going anywhere').speaker).toMatchObject({ name: 'Carlos Ortega', role: 'Union spokesman' });
  });

  it('GIVEN "“…,” said police chief Maria Gomez" THEN lowercase titles before a name make its role', () => {
    expect(quote('Traffic around the port').speaker).toMatchObject({ name: 'Maria Gomez', role: 'police chief' });
  });

  it('GIVEN "“…,” according to a statement from the port authority" after "the Valmera Port Authority" THEN that authority speaks', () => {
    expect(quote('Talks will resume on Monday').speaker).toMatchObject({ name: 'Valmera Port Authority', kind: 'organisation' });
  });
});

describe('answers on a third article', () => {
  const first = (command: 'quote' | 'facts' | 'ask', query: string) => answerer.answer(command, query).results[0]?.entry;

  it('GIVEN a name typed without its accents (penasco) THEN Inés Peñasco', () => {
    expect(first('quote', 'penasco')?.speaker?.name).toBe('In\u00E9s Pe\u00F1asco');
  });

  it('GIVEN digits for a number the article spells out (11 ships) THEN the sentence with "eleven"', () => {
    expect(first('ask', 'How many ships were stuck, 11?')?.text).toContain('eleven container ships');
  });

  it('GIVEN "40%" for "40 percent" THEN the labor cost claim', () => {
    expect(first('facts', '40%')?.text).toContain('40 percent');
  });

  it('GIVEN a role (the governor) THEN her words', () => {
    expect(first('quote', 'the governor')?.speaker?.name).toBe('Dana Whitfield');
  });

  it('GIVEN "what raise was offered" THEN the 6% offer', () => {
    expect(first('ask', 'What raise did the authority offer?')?.text).toContain('6% raise');
  });

  it('GIVEN a question the article does not answer THEN nothing', () => {
    expect(answerer.answer('ask', 'What did the mayor of Paris say about tourism?').results).toEqual([]);
  });
});
