import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/knowledge.js';
import { onlyEntry } from './onlyEntry.js';
import { storyOf } from './passage.js';

/** What an entry reads on from: the sentence before it, across a paragraph break when its words point back there. */
const passage = storyOf(
  'Board chair Ana Ruiz took the decision to \u201Cend all work on the Kessel dam\u201D, the regional water board said.\n' +
    '\u201CThe reason for this decision is that the costs have doubled since the tender,\u201D it added.\n' +
    '\u201CWe will meet again this week to talk about the river,\u201D Ruiz said.',
);

describe('an entry\u2019s context', () => {
  it('GIVEN a quote opening a paragraph with "this decision" THEN its context is the last sentence of the paragraph before', () => {
    expect(onlyEntry(passage, 'quote', 'The reason for this decision').context).toContain('end all work on the Kessel dam');
  });

  it('GIVEN a quote opening a paragraph with "this week" THEN it has no context from the paragraph before', () => {
    expect(onlyEntry(passage, 'quote', 'We will meet again').context).toBe('');
  });

  it('GIVEN "why" about what the paragraph before decided THEN the reason given for "this decision" answers', () => {
    const { answerer } = buildKnowledge(passage);
    expect(answerer.answer('ask', 'Why did the board drop the dam project?').results[0]?.entry.text).toContain('costs have doubled');
  });
});
