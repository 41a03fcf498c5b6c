import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/knowledge.js';
import { analyze } from '../../src/search/analyzer.js';
import { restatesQuestion } from '../../src/search/restatesQuestion.js';
import type { Entry } from '../../src/story/types.js';
import { storyOf } from '../story/passage.js';

const LIBRARY =
  'The Elm Street library closed early on Tuesday, the city said.\n\n' +
  'Library visits fell 12% last year, according to the city budget office.\n\n' +
  'Volunteers repainted the reading room in March.';

function entryWith(passage: string, words: string): Entry {
  const entry = storyOf(passage).entries.find((e) => e.text.includes(words));
  if (!entry) throw new Error(`no entry with "${words}"`);
  return entry;
}

const askedIn = (question: string): Set<string> => new Set(analyze(question));

describe('restatesQuestion: a sentence that says nothing the question does not', () => {
  it('GIVEN a sentence of the question\'s words, a time and "the city said" THEN it restates the question', () => {
    expect(restatesQuestion(entryWith(LIBRARY, 'closed early'), askedIn('Why did the Elm Street library close early?'))).toBe(true);
  });

  it('GIVEN a number and "according to" beside the question\'s words THEN it still restates it', () => {
    expect(restatesQuestion(entryWith(LIBRARY, 'visits fell'), askedIn('Why did library visits fall last year?'))).toBe(true);
  });

  it('GIVEN a description set off by commas ("the older of the two") THEN it says who, not why: still a restatement', () => {
    const passage = 'Harbor Lines, the older of the two ferry firms, lost money last year, according to its accounts.';
    expect(restatesQuestion(entryWith(passage, 'lost money'), askedIn('Why did Harbor Lines lose money last year?'))).toBe(true);
  });

  it('GIVEN a sentence with a word of its own (what the budget office found, a room) THEN it does not', () => {
    expect(restatesQuestion(entryWith(LIBRARY, 'closed early'), askedIn('Why did the library close?'))).toBe(false);
    expect(restatesQuestion(entryWith(LIBRARY, 'repainted'), askedIn('Why did volunteers repaint it in March?'))).toBe(false);
  });
});

describe('why: silent when the story states the event but no reason for it', () => {
  it('GIVEN "why" and only a sentence restating the event THEN no answer', () => {
    const { answerer } = buildKnowledge(storyOf(LIBRARY));
    // The first sentence says the library closed early, and no sentence says why: restating it answers nothing.
    const set = answerer.answer('ask', 'Why did the Elm Street library close early on Tuesday?');
    expect(set.results).toEqual([]);
    expect(set.silence).toBe('reason not given');
  });

  it('GIVEN "why" and a sentence that restates the event and gives a reason THEN it answers', () => {
    const { answerer } = buildKnowledge(
      storyOf(`The Elm Street library closed early on Tuesday because its heating failed, the city said.\n\n${LIBRARY}`),
    );
    expect(answerer.answer('ask', 'Why did the Elm Street library close early on Tuesday?').results[0]?.entry.text).toContain(
      'heating failed',
    );
  });
});

describe("why: a speaker's view restated, then their reasons in their own words", () => {
  const HARBOR =
    'Port analyst Omar Haddad of Keel Partners said the ferry merger would fail.\n\n' +
    '"Both firms lost their best routes to the new bridge," he said.\n\n' +
    'Resident Ines Vale said she had waited two hours for a ferry.\n\n' +
    '"The queue went round the quay twice," she said.';

  it('GIVEN "why does X think…" and a sentence only restating X\'s view THEN X\'s quote just after it answers', () => {
    const { answerer } = buildKnowledge(storyOf(HARBOR));
    expect(answerer.answer('ask', 'Why does Omar Haddad think the ferry merger will fail?').results[0]?.entry.text).toContain(
      'lost their best routes',
    );
  });

  it('GIVEN "why did X…" about what happened, not X\'s view THEN X\'s next quote is no reason: silent', () => {
    const { answerer } = buildKnowledge(storyOf(HARBOR));
    // Vale's quote says what the wait was like, not why she waited: the question asks about an event, not her view.
    expect(answerer.answer('ask', 'Why did Ines Vale wait two hours for a ferry?').silence).toBe('reason not given');
  });
});
