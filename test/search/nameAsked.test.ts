import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/knowledge.js';
import { nameAskedOf, namesNoun } from '../../src/search/nameAsked.js';
import { storyOf } from '../story/passage.js';

describe('nameAskedOf: the noun whose name a question asks for', () => {
  it('GIVEN "what is the name of the <noun> who…" THEN that noun', () => {
    expect(nameAskedOf('What is the name of the nurse who found him?')).toBe('nurse');
  });

  it('GIVEN "what is the name of the <owner>\'s <noun>" THEN that noun', () => {
    expect(nameAskedOf("What is the name of the ferry's captain?")).toBe('captain');
  });

  it('GIVEN "what is the <noun>\'s name" THEN that noun', () => {
    expect(nameAskedOf("What was the pilot's name?")).toBe('pilot');
  });

  it('GIVEN a question asking for no name THEN null', () => {
    expect(nameAskedOf('Who named the ship?')).toBeNull();
  });
});

describe('namesNoun: a name given beside the noun', () => {
  it('GIVEN "the pilot, Ada Reyes," THEN named', () => {
    expect(namesNoun('The pilot, Ada Reyes, landed the plane on a farm road.', 'pilot')).toBe(true);
  });

  it('GIVEN the pilot only spoken of THEN not named', () => {
    expect(namesNoun('On Monday the airline said the pilot had flown for 20 years.', 'pilot')).toBe(false);
  });

  it('GIVEN a possessive ("the pilots\' union, said Ada Reyes") THEN not named: the name is the union\'s', () => {
    expect(namesNoun("Ada Reyes of the pilots' union said the rules were clear.", 'pilot')).toBe(false);
  });
});

describe('/ask for a name: only a sentence that gives one answers', () => {
  const story = (second: string) =>
    buildKnowledge(
      storyOf(
        [
          'A small plane landed on a farm road near Carrow on Sunday after its engine failed, and none of its four passengers was hurt.',
          second,
          '"We were lucky, and we were in good hands," said passenger Tom Adair.',
        ].join('\n\n'),
      ),
    ).answerer;

  it('GIVEN the pilot spoken of and never named THEN silent, for no name is given', () => {
    const answerer = story('The airline said the pilot had flown for 20 years and had followed every rule.');
    expect(answerer.answer('ask', "What is the pilot's name?").silence).toBe('no name given');
  });

  it('GIVEN "the pilot, Ada Reyes," THEN that sentence', () => {
    const answerer = story('The pilot, Ada Reyes, had flown for 20 years, the airline said.');
    expect(answerer.answer('ask', "What is the pilot's name?").results[0]?.entry.text).toContain('Ada Reyes');
  });
});
