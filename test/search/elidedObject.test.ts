import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/knowledge.js';
import { deedAsked, leavesObjectOut } from '../../src/search/elidedObject.js';
import { storyOf } from '../story/passage.js';

describe('deedAsked: the deed a `who…` question asks the doer of', () => {
  it('GIVEN "who is investigating the theft" THEN the verb and the words of its object', () => {
    expect(deedAsked('Who is investigating the theft?')).toEqual({ verb: 'investig', objectWords: ['theft'] });
  });

  it('GIVEN "who is the mayor" THEN no deed: it asks who holds a role', () => {
    expect(deedAsked('Who is the mayor?')).toBeNull();
  });

  it('GIVEN a question that is no `who…` question THEN no deed', () => {
    expect(deedAsked('Is anyone investigating the theft?')).toBeNull();
  });
});

describe('leavesObjectOut: the verb with its object left to the story', () => {
  it('GIVEN the verb at the end of its clause THEN its object is left out', () => {
    expect(leavesObjectOut('City police are investigating, the chief said.', 'investig')).toBe(true);
  });

  it('GIVEN the verb before a pronoun THEN its object is put as the pronoun', () => {
    expect(leavesObjectOut('The chief said her officers would investigate it.', 'investig')).toBe(true);
  });

  it('GIVEN "voted no" THEN no stands for what was voted on: the object is left out', () => {
    expect(leavesObjectOut('Two members who voted no, Ines Bray among them, left early.', 'vote')).toBe(true);
    // `no` before a noun is a determiner, not what was voted.
    expect(leavesObjectOut('The members voted no confidence in the chair.', 'vote')).toBe(false);
  });

  it('GIVEN the verb before a preposition and a pronoun (vouched for him) THEN its object is put as the pronoun', () => {
    expect(leavesObjectOut('His old coach vouched for him after the hearing.', 'vouch')).toBe(true);
  });

  it('GIVEN a bare definite noun ending the clause (voted against the plan,) THEN it names again what the story named', () => {
    expect(leavesObjectOut('Councillor Ines Bray, who voted against the plan, left early.', 'vote')).toBe(true);
    // A noun with more said of it (`the plan for the harbour`) is the object itself.
    expect(leavesObjectOut('Councillor Ines Bray voted against the plan for the harbour.', 'vote')).toBe(false);
  });

  it('GIVEN the verb with its object THEN nothing is left out', () => {
    expect(leavesObjectOut('City police are investigating a break-in at the depot.', 'investig')).toBe(false);
  });
});

describe('who did it, the story leaving out what: the sentence naming the doer answers', () => {
  const MUSEUM = storyOf(
    'Thieves broke into the Harbour Museum on Sunday night and took three paintings, the museum said.\n\n' +
      'The paintings, all by the local artist Mira Holt, are worth about $40,000.\n\n' +
      'City police are investigating, Chief Dana Ruiz said.\n\n' +
      'The museum board will meet on Friday to discuss the theft and security at the museum.',
  );

  it('GIVEN "who is investigating the theft" THEN "City police are investigating" answers, though it never says "theft"', () => {
    // The board sentence names the theft but investigates nothing; the police sentence leaves the theft to the story.
    const { answerer } = buildKnowledge(MUSEUM);
    expect(answerer.answer('ask', 'Who is investigating the theft?').results[0]?.entry.text).toContain('City police are investigating');
  });

  it('GIVEN "who is discussing the theft" THEN the sentence that says so answers, not one leaving out another deed\u2019s object', () => {
    const { answerer } = buildKnowledge(MUSEUM);
    expect(answerer.answer('ask', 'Who is discussing the theft?').results[0]?.entry.text).toContain('museum board will meet');
  });
});
