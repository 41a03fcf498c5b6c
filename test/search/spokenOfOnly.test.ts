import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/knowledge.js';
import { namesSpeakerOnlyAsSpokenOf, WORDS_OF } from '../../src/search/spokenOfOnly.js';
import type { Entry } from '../../src/story/types.js';
import { storyOf } from '../story/passage.js';

const isVerb = (word: string): boolean => ['asked', 'wrote', 'said', 'welcomed', 'paid', 'was'].includes(word);
const fact = (text: string): Entry =>
  ({ text, speaker: null, source: { name: 'the article', type: 'article', attribution: null } }) as unknown as Entry;

describe('namesSpeakerOnlyAsSpokenOf: the one asked about named as whom a sentence speaks of, not who speaks', () => {
  it('GIVEN "asked the river board for" THEN the river board is only spoken of', () => {
    const entry = fact('The harbour office said it had asked the river board for an urgent inspection.');
    expect(namesSpeakerOnlyAsSpokenOf(entry, ['river', 'board'], isVerb)).toBe(true);
  });

  it('GIVEN the river board as the subject THEN it is not only spoken of', () => {
    const entry = fact('The river board said it would inspect the locks in March.');
    expect(namesSpeakerOnlyAsSpokenOf(entry, ['river', 'board'], isVerb)).toBe(false);
  });

  it('GIVEN the one asked about as the source ("according to the river board") THEN it is who speaks', () => {
    const entry = {
      ...fact('The lower gates will be inspected in March, according to the river board.'),
      source: { name: 'the river board', type: 'report', attribution: 'according to the river board' },
    } as Entry;
    expect(namesSpeakerOnlyAsSpokenOf(entry, ['river', 'board'], isVerb)).toBe(false);
  });

  it('GIVEN a sentence that does not name the one asked about THEN it is left to the other stages', () => {
    const entry = fact('The harbour office said the locks would be inspected in March.');
    expect(namesSpeakerOnlyAsSpokenOf(entry, ['river', 'board'], isVerb)).toBe(false);
  });
});

describe('WORDS_OF: a question asking for someone’s words, not their view', () => {
  it('GIVEN "what did the river board say" THEN it asks for the river board’s words', () => {
    expect(WORDS_OF.exec('What did the river board say about the locks?')?.[1]).toBe('the river board');
  });

  it('GIVEN "what do boat owners think" THEN it asks for a view, which others may report', () => {
    expect(WORDS_OF.exec('What do boat owners think of the locks?')).toBeNull();
  });
});

describe('ask: what a body said, when the story only speaks of it', () => {
  const LOCKS = [
    'The old locks on the Wren canal will close for repairs in March, the harbour office said on Monday.',
    'The harbour office said it had asked the river board for an urgent inspection of the lower gates.',
    'Boat owners said the closure would cost them a season of trade.',
  ].join('\n\n');

  it('GIVEN the river board named only as whom the harbour office asked THEN silent', () => {
    const { answerer } = buildKnowledge(storyOf(LOCKS));
    const set = answerer.answer('ask', 'What did the river board say about the inspection?');
    expect(set.results).toEqual([]);
    expect(set.silence).toBe('speaker only spoken of');
  });

  it('GIVEN the harbour office speaking THEN its words answer what it said', () => {
    const { answerer } = buildKnowledge(storyOf(LOCKS));
    expect(answerer.answer('ask', 'What did the harbour office say about the inspection?').results[0]?.entry.text).toContain(
      'asked the river board',
    );
  });
});
