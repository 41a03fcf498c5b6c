import { describe, expect, it } from 'vitest';
import { oneAnswerPerSentence } from '../../src/search/oneAnswerPerSentence.js';
import type { Entry } from '../../src/story/types.js';
import { storyOf } from '../story/passage.js';

/** The last stage of /ask: each sentence of the story answers once. */
describe('oneAnswerPerSentence', () => {
  const { entries } = storyOf(
    [
      'Mayor Ines Calloway said the ferry plan was "dead on arrival" and would be dropped by spring.',
      'The ferry carried 41,000 passengers last year, the harbour office said.',
      'Crews will repaint the pier in March.',
      'The council meets again on Tuesday.',
    ].join('\n\n'),
  );
  const fact = (text: string): Entry => entries.find((e) => e.kind === 'fact' && e.text.startsWith(text))!;
  const partial = entries.find((e) => e.kind === 'quote' && e.partial)!;

  it('GIVEN a partial quote ranked just after its own sentence THEN the sentence answers once, as the quote, in its place', () => {
    const sentence = fact('Mayor Ines Calloway');
    const results = oneAnswerPerSentence(
      [
        { entry: sentence, score: 5 },
        { entry: partial, score: 5 },
        { entry: fact('The ferry carried'), score: 2 },
      ],
      25,
      0.8,
    );
    expect(results.map((r) => [r.entry.kind, r.score])).toEqual([
      ['quote', 5],
      ['fact', 2],
    ]);
  });

  it('GIVEN more sentences than the limit THEN one more than the limit is kept, in the order ranked', () => {
    const ranked = ['Mayor Ines Calloway', 'The ferry carried', 'Crews will', 'The council meets'].map((text, i) => ({
      entry: fact(text),
      score: 4 - i,
    }));
    expect(oneAnswerPerSentence(ranked, 2, 0.8).map((r) => r.score)).toEqual([4, 3, 2]);
  });
});
