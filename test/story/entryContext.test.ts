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

/** A pronoun subject names its person only in the sentence before: that sentence is the fact's context. */
const person = storyOf(
  'Nordhavn Rail will offer the port authority its new freight shuttle, which the company unveiled in March. ' +
    '\u201CIt can haul forty containers at a time, in any weather,\u201D said Marta Olsen, head of operations at Nordhavn Rail. ' +
    'She declined to say when the shuttle would enter service.\n' +
    'Port director Ivo Berg said the authority would compare three offers before the summer.\n' +
    'He refused to name a price. He said the authority had not yet seen the results of the winter trials.',
);

describe('the context of a fact opening with a pronoun', () => {
  it('GIVEN "She declined to say…" after a quote said by Marta Olsen of Nordhavn Rail THEN its context is that sentence', () => {
    expect(onlyEntry(person, 'fact', 'She declined to say').context).toContain('head of operations at Nordhavn Rail');
  });

  it('GIVEN "He refused…" opening a paragraph THEN its context is the last sentence of the paragraph before', () => {
    expect(onlyEntry(person, 'fact', 'He refused to name a price').context).toContain('Port director Ivo Berg');
  });

  it('GIVEN a short phrase before the pronoun ("If approved, he would…") THEN its context is the sentence before too', () => {
    const story = storyOf('Ivo Berg faces a vote of the port board in May. If approved, he would run the authority until 2030.');
    expect(onlyEntry(story, 'fact', 'If approved, he would').context).toContain('Ivo Berg faces a vote');
  });

  it('GIVEN "He said…" THEN it has no context: the speaker it is attributed to says who he is', () => {
    const said = onlyEntry(person, 'fact', 'results of the winter trials');
    expect(said.context).toBe('');
    expect(said.speaker?.name).toBe('Ivo Berg');
  });

  it('GIVEN a question naming the company THEN what its head of operations declined to say answers, named only before', () => {
    const { answerer } = buildKnowledge(person);
    expect(answerer.answer('ask', 'Has Nordhavn Rail said when the shuttle starts service?').results[0]?.entry.text).toContain(
      'declined to say when the shuttle',
    );
  });
});

/** `The two leaders`, `Both`: a definite number of people or things already named, in the sentence before. */
const counted = storyOf(
  'The mayor and her challenger met for their only televised debate on Sunday night. ' +
    'The two candidates traded barbs over the budget in the daylong forum, and neither mentioned the new stadium.\n' +
    'Turnout in the last city election was 31 percent.',
);

describe('the context of a fact opening with a definite number', () => {
  it('GIVEN "The two candidates…" THEN its context is the sentence before, which names them and the debate', () => {
    expect(onlyEntry(counted, 'fact', 'The two candidates traded barbs').context).toContain('televised debate');
  });

  it('GIVEN "how long was the debate" THEN the sentence on the daylong forum, which reads on from the debate, answers', () => {
    const { answerer } = buildKnowledge(counted);
    expect(answerer.answer('ask', 'How long was the debate?').results[0]?.entry.text).toContain('daylong forum');
  });
});
