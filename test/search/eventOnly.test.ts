import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/knowledge.js';
import { statesEventOnly, WHY_EVENT } from '../../src/search/eventOnly.js';
import type { Entry } from '../../src/story/types.js';
import { storyOf } from '../story/passage.js';

const MARKET = [
  'The covered market on Quay Lane will stay shut for at least eight weeks, starting on Monday.',
  'Stallholders moved their stalls to the car park behind the town hall.',
  'Fish seller Nora Penhale said the move would cost her half her trade.',
].join('\n\n');

const isVerb = (word: string): boolean => ['give', 'repair', 'cost'].includes(word);

function entryWith(words: string, passage = MARKET): Entry {
  const entry = storyOf(passage).entries.find((e) => e.text.includes(words));
  if (!entry) throw new Error(`no entry with "${words}"`);
  return entry;
}

describe('WHY_EVENT: a question why something happened, or will', () => {
  it('GIVEN "why did", "why will", "why were" THEN it asks why an event happened', () => {
    expect(WHY_EVENT.test('Why did the stallholders move?')).toBe(true);
    expect(WHY_EVENT.test('Why will the market stay shut?')).toBe(true);
    expect(WHY_EVENT.test('Why were the stalls moved to the car park?')).toBe(true);
  });

  it('GIVEN "why does", "why is", "why would" THEN it asks about a state or a stance', () => {
    expect(WHY_EVENT.test('Why does Nora Penhale oppose the move?')).toBe(false);
    expect(WHY_EVENT.test('Why is the market shut?')).toBe(false);
    expect(WHY_EVENT.test('Why would anyone shop there?')).toBe(false);
  });
});

describe('statesEventOnly: the story’s own account of the event asked about', () => {
  it('GIVEN the article’s sentence holding most of the question’s words THEN it states the event', () => {
    expect(statesEventOnly(entryWith('stay shut'), 'Why will the covered market stay shut for eight weeks?', isVerb)).toBe(true);
  });

  it('GIVEN a purpose of its own ("to give traders time") THEN it says why as well', () => {
    const passage = 'The covered market on Quay Lane will stay shut for eight weeks to give traders time to move.';
    expect(statesEventOnly(entryWith('stay shut', passage), 'Why will the covered market stay shut for eight weeks?', isVerb)).toBe(false);
  });

  it('GIVEN a party’s claim THEN it is their account, which may hold their reasons', () => {
    expect(statesEventOnly(entryWith('half her trade'), 'Why did Nora Penhale say the move would cost her trade?', isVerb)).toBe(false);
  });

  it('GIVEN a sentence holding less than half of the question’s words THEN it does not state the event', () => {
    expect(statesEventOnly(entryWith('car park'), 'Why did the council choose the town hall for its new offices?', isVerb)).toBe(false);
  });
});

describe('ask: why an event happened, when the story states it but gives no reason', () => {
  it('GIVEN only the sentence saying the market will stay shut THEN silent, the reason not given', () => {
    const { answerer } = buildKnowledge(storyOf(MARKET));
    const set = answerer.answer('ask', 'Why will the covered market stay shut for eight weeks?');
    expect(set.results).toEqual([]);
    expect(set.silence).toBe('reason not given');
  });

  it('GIVEN the story’s sentence on it with a purpose ("to give traders time") THEN that answers why', () => {
    const passage = 'The covered market on Quay Lane will stay shut for eight weeks to give traders time to move.';
    const { answerer } = buildKnowledge(storyOf(passage));
    expect(answerer.answer('ask', 'Why will the covered market stay shut for eight weeks?').results[0]?.entry.text).toContain('to give');
  });

  it('GIVEN a party’s words on it THEN they answer why', () => {
    const { answerer } = buildKnowledge(storyOf(MARKET));
    expect(answerer.answer('ask', 'Why does Nora Penhale oppose the move?').results.length).toBeGreaterThan(0);
  });
});
