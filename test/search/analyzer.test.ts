import { describe, expect, it } from 'vitest';
import { analyze, queryWords, termsOfLemma } from '../../src/search/analyzer.js';
import { buildKnowledge } from '../../src/knowledge.js';
import { storyOf } from '../story/passage.js';

describe('analyze', () => {
  it('GIVEN contracted negations (won\u2019t, didn\u2019t, isn\u2019t) THEN no term: they are auxiliaries, not words of the topic', () => {
    expect(analyze('The agency won\u2019t say why it didn\u2019t act, and it isn\u2019t clear.')).toEqual(['agenc', 'sai', 'act', 'clear']);
  });

  it('GIVEN a question with "won\u2019t" THEN "wont" (a habit) is not one of its words', () => {
    expect(queryWords("Why won't the agency give flu shots?")).not.toContain('wont');
  });

  it('GIVEN a small count after "the" or "all" (the two ferries) THEN it is no word of the question: it names what the story told of', () => {
    expect(queryWords('What time did the two ferries collide?')).toEqual(['time', 'ferries', 'collide']);
    expect(queryWords('Did all three councillors vote?')).toEqual(['councillors', 'vote']);
  });

  it('GIVEN a phrase saying now (at the moment, at present, currently) THEN none of its words is a word of the question, as `now` is none', () => {
    expect(queryWords('Who runs the ferries at the moment?')).toEqual(['runs', 'ferries']);
    expect(queryWords('Who currently runs the ferries at present?')).toEqual(['runs', 'ferries']);
  });

  it('GIVEN "moment" or "present" outside such a phrase THEN it stays a word of the question', () => {
    expect(queryWords('What did the mayor present at the moment of the vote?')).toEqual(['mayor', 'present', 'moment', 'vote']);
  });

  it('GIVEN a count not after a definite word, or a year after one THEN it stays a word of the question', () => {
    expect(queryWords('Were two ferries damaged?')).toContain('2');
    expect(queryWords('What does the 2024 budget cut?')).toContain('2024');
  });

  it('GIVEN "the two vessels" asked about THEN a sentence sharing only the count (two inlets) is no answer', () => {
    const { answerer } = buildKnowledge(
      storyOf(
        'PORT ALDER — The ferry Northwind, a 40-car vessel, struck the side of the barge Millie at about 6:15 a.m. as both ships turned near the breakwater, the harbour master said.\n\n' +
          'Booms were laid across the mouths of two inlets by mid-morning.\n\n' +
          'The barge was carrying gravel to the quarry at Kell Point.\n\n' +
          'Divers inspected the hulls later in the morning and found no leak.',
      ),
    );
    const answers = answerer.answer('ask', 'What time did the two vessels hit each other?').results.map((answer) => answer.entry.text);
    expect(answers[0]).toContain('6:15 a.m.');
    expect(answers.join(' ')).not.toContain('two inlets');
  });
});

describe('termsOfLemma', () => {
  it('GIVEN a lexicon word that is also another verb\'s irregular past (found, of find) THEN its own stem, as "founded" gives it', () => {
    expect(termsOfLemma('found')).toEqual(['found']);
    expect(analyze('founded')).toEqual(['found']);
    expect(analyze('found')).toEqual(['find']);
  });

  it('GIVEN any other lexicon word (establish, set) THEN its one term, as text gives it', () => {
    expect(termsOfLemma('establish')).toEqual(analyze('establish'));
    expect(termsOfLemma('set')).toEqual(['set']);
  });
});
