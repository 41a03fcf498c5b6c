import { afterEach, describe, expect, it } from 'vitest';
import { ANALYSIS_VERSION } from '../../src/search/analyzer.js';
import { loadKnowledge } from '../../src/knowledge.js';
import { EntryStore, type EntryFields } from '../../src/store/EntryStore.js';
import { loadStory } from '../../src/story/loadStory.js';
import { PORT_STRIKE, STORY } from '../paths.js';
import { sqlite } from './backends.js';
import { plainFact } from './plainFact.js';

/**
 * A server's index is built from each entry's text as analysed when it was saved. Built so, it must answer exactly as
 * an index that analyses every text afresh (entries saved before terms were stored, or under another version).
 */

const texts = [
  ...loadStory(PORT_STRIKE).entries.map((entry) => entry.text),
  'The constructor of the U.S. bridge said 85% of 1,200 crossings closed.',
  'Ünïcödé café owners don\u2019t expect the children\u2019s ferry to return.',
];
const SPEAKERS = ['Dana Whitfield', 'Claudia Sheinbaum', 'Marco Ruiz'];
const entries: EntryFields[] = texts.map((text, i) =>
  i % 3 === 0 ? { ...plainFact(text), kind: 'quote', speakerName: SPEAKERS[(i / 3) % SPEAKERS.length]! } : plainFact(text),
);
const questions = [
  'What did Whitfield say about the strike?',
  'How many crossings closed?',
  'Who builds the bridge?',
  'Who is the bridge builder?',
  'ferry children',
  'What is the capital of France?',
  'port wages',
];

const opened: EntryStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

function answersIn(guildId: string, knowledge: ReturnType<typeof loadKnowledge>): unknown[] {
  return questions.flatMap((question) =>
    (['ask', 'quote', 'facts'] as const).map((command) => {
      const answer = knowledge.answererFor(guildId).answer(command, question, { guildId });
      return [answer.results.map((r) => [r.entry.id, r.score]), answer.suggestions, answer.nearest?.entry.id, answer.silence];
    }),
  );
}

describe('a server index built from stored terms', () => {
  it('GIVEN entries with their terms stored THEN every answer is byte-identical to an index that analyses their texts afresh', () => {
    const store = EntryStore.open(sqlite.fresh());
    opened.push(store);
    store.addMany('g1', 'mod', entries);
    const knowledge = loadKnowledge(STORY, store);
    const fromStored = answersIn('g1', knowledge);
    const choices = knowledge
      .quoteChoicesFor('g1')
      .choices('whit port', 25)
      .quotes.map((e) => e.id);

    store.connection.exec('UPDATE entries SET text_terms = NULL');
    knowledge.servers.forget('g1');
    expect(answersIn('g1', knowledge)).toEqual(fromStored);
    expect(
      knowledge
        .quoteChoicesFor('g1')
        .choices('whit port', 25)
        .quotes.map((e) => e.id),
    ).toEqual(choices);
  });

  it('GIVEN entries saved before their text was stored analysed THEN building their index saves it, for the next build', () => {
    const store = EntryStore.open(sqlite.fresh());
    opened.push(store);
    store.addMany('g1', 'mod', entries);
    const analysed = store.listIndexed('g1', 0).map((e) => e.textTerms);
    store.connection.exec(`UPDATE entries SET text_terms = NULL; UPDATE entries SET text_terms = '0:old terms' WHERE id = 1`);
    expect(store.listIndexed('g1', 0).every((e) => e.textTerms === null)).toBe(true);

    const knowledge = loadKnowledge(STORY, store);
    knowledge.answererFor('g1');
    expect(store.listIndexed('g1', 0).map((e) => e.textTerms)).toEqual(analysed);
  });

  it('GIVEN an entry whose stored terms say otherwise THEN the index searches its stored terms (they are what it is built from)', () => {
    const store = EntryStore.open(sqlite.fresh());
    opened.push(store);
    const [saved] = store.addMany('g1', 'mod', [entries[1]!]);
    store.connection.exec(`UPDATE entries SET text_terms = '${ANALYSIS_VERSION}:zeppelin' WHERE id = ${saved!.id}`);
    const knowledge = loadKnowledge(STORY, store);
    expect(
      knowledge
        .answererFor('g1')
        .answer('facts', 'zeppelin', { guildId: 'g1' })
        .results.map((r) => r.entry.text),
    ).toEqual([entries[1]!.text]);
  });
});
