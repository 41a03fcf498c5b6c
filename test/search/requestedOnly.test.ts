import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/knowledge.js';
import { analyze } from '../../src/search/analyzer.js';
import { reportsRequestFor } from '../../src/search/requestedOnly.js';
import { storyOf } from '../story/passage.js';

const askedIn = (question: string): Set<string> => new Set(analyze(question));

describe('reportsRequestFor: a sentence saying someone asked for what a question asks happened', () => {
  it('GIVEN "asked the harbour board to cancel" THEN it reports a request for the cancelling', () => {
    const text = 'The ferry union said it would ask the harbour board to cancel the fee rise.';
    expect(reportsRequestFor(text, askedIn('Did the harbour board cancel the fee rise?'))).toBe(true);
  });

  it('GIVEN "urged the state for a grant" THEN it reports a request for the grant', () => {
    const text = 'The mayor urged the state for an emergency grant last week.';
    expect(reportsRequestFor(text, askedIn('Did the state approve an emergency grant?'))).toBe(true);
  });

  it('GIVEN a request of others, or for something else THEN it reports no request for what is asked', () => {
    const text = 'The ferry union said it would ask its members to vote on a strike.';
    expect(reportsRequestFor(text, askedIn('Did the harbour board cancel the fee rise?'))).toBe(false);
  });
});

describe('yes/no: a request for it does not say whether it happened', () => {
  const HARBOUR = [
    'Fishing crews at Wren Bay met on Monday night.',
    'The ferry union said it would ask the harbour board to cancel the fee rise.',
    'Fishing crews said the rise would cost each boat about $900 a year.',
  ].join('\n\n');

  it('GIVEN "did X do it" and only a sentence saying someone would ask X to THEN silent', () => {
    const { answerer } = buildKnowledge(storyOf(HARBOUR));
    const set = answerer.answer('ask', 'Did the harbour board cancel the fee rise?');
    expect(set.results).toEqual([]);
    expect(set.silence).toBe('only a request for it');
  });

  it('GIVEN a yes/no question no sentence matches at all THEN its silence is not put down to a request', () => {
    const { answerer } = buildKnowledge(storyOf(HARBOUR));
    expect(answerer.answer('ask', 'Will the tide turn?').silence).not.toBe('only a request for it');
  });

  it('GIVEN a question about the asking itself THEN the sentence reporting the request answers', () => {
    const { answerer } = buildKnowledge(storyOf(HARBOUR));
    expect(answerer.answer('ask', 'Will the union ask the harbour board to cancel the fee rise?').results[0]?.entry.text).toContain(
      'ask the harbour board to cancel',
    );
  });
});
