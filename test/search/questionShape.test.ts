import { describe, expect, it } from 'vitest';
import {
  ABOUT_TOPIC,
  COUNT_PHRASE,
  complementsIn,
  judgedComplements,
  lightVerbObjects,
  namesIn,
  pastForm,
  possessivesIn,
  SPEECH_SUBJECT,
  splitPhrasalVerb,
  verbsIn,
  WHO_IS_QUESTION,
  wordsAfterPrepositions,
} from '../../src/search/questionShape.js';

describe('the shape of a question', () => {
  it('GIVEN nouns after a preposition, past determiners ("from other countries") THEN those; not a verb\'s object', () => {
    expect([...wordsAfterPrepositions('Can divers from other countries use the pool?')]).toEqual(['countries']);
    // (`to raise`: `to` before a verb is read as a preposition too; the caller asks only about nouns.)
    expect([...wordsAfterPrepositions('Did the board vote to raise property taxes?')]).not.toContain('property');
    expect([...wordsAfterPrepositions('Has the union filed a lawsuit?')]).toEqual([]);
  });

  it('GIVEN words written with a capital mid-question THEN they are names, the first word is not', () => {
    expect([...namesIn('Who is the fire chief of Los Angeles?')]).toEqual(['los', 'angeles']);
  });

  it('GIVEN a word after a plural subject and before "to" THEN it stands as a verb (lawmakers object to)', () => {
    expect(verbsIn('Which lawmakers object to the boat strikes?').has('object')).toBe(true);
    expect(verbsIn('What is the object of the law?').has('object')).toBe(false);
  });

  it('GIVEN a word after a plural subject and before a possessive (climbers lost their lives) THEN it stands as a verb', () => {
    expect(verbsIn('How many climbers lost their lives?').has('lost')).toBe(true);
    expect(verbsIn('Did the growers sell their land?').has('sell')).toBe(true);
    // A possessive after a noun that no subject stands before: no verb is read there.
    expect(verbsIn('Is the ferry their only link to the mainland?').has('ferry')).toBe(false);
  });

  it('GIVEN a question that puts its object first (what record did the club set?) THEN its last word, after the subject, is its verb', () => {
    expect(verbsIn('What record did the club set?').has('set')).toBe(true);
    expect(verbsIn('Which plan did the growers back?').has('back')).toBe(true);
    // The subject is followed by more than a bare verb: no word is read as the verb.
    expect(verbsIn('What did the report say about the bridge?').has('bridge')).toBe(false);
  });

  it('GIVEN a fronted question ending in a particle (what time did the balloon touch down?) THEN the word before the particle is its verb', () => {
    expect(verbsIn('What time did the balloon touch down?').has('touch')).toBe(true);
    expect(verbsIn('Which stall did the market close up?').has('close')).toBe(true);
    // A particle right after a bare subject is the verb itself (`back` the plan), not a particle.
    expect(verbsIn('Which plan did the growers back?').has('back')).toBe(true);
  });

  it('GIVEN "who <word>…" THEN the word after the subject who is its verb', () => {
    expect(verbsIn('Who runs the ferry company?').has('runs')).toBe(true);
    expect(verbsIn('Who is the ferry captain?').has('ferry')).toBe(false);
  });

  it('GIVEN a copula inside the question THEN the word after it is what something is or has done to it', () => {
    expect([...complementsIn('Did the captain think the crossing was safe?')]).toEqual(['safe']);
    expect([...complementsIn('When will the hearings be held?')]).toEqual(['held']);
    // An opening copula asks; after a question word it asks what or who: the word after it is a subject.
    expect([...complementsIn('Is the ferry late?')]).toEqual([]);
    expect([...complementsIn('What is inflation?')]).toEqual([]);
  });

  it('GIVEN a regular verb THEN its past form: object → objected, approve → approved, deny → denied', () => {
    expect(['object', 'approve', 'deny'].map(pastForm)).toEqual(['objected', 'approved', 'denied']);
  });

  it('GIVEN "who is <verb>ing" THEN it is not "who is the <role>"', () => {
    expect(WHO_IS_QUESTION.test('Who is investigating the attack?')).toBe(false);
    expect(WHO_IS_QUESTION.test('Who is the Mexican president?')).toBe(true);
  });

  it('GIVEN "what did X say about Y" THEN X is who is asked about and Y the topic', () => {
    const question = 'What did the mayor of Brennan say about the restrictions?';
    expect(SPEECH_SUBJECT.exec(question)?.[1]).toBe('the mayor of Brennan');
    expect(ABOUT_TOPIC.exec(question)?.[1]).toBe('the restrictions');
  });

  it('GIVEN "the vice mayor\'s adviser" THEN the possessor is `vice mayor` and the head `adviser`', () => {
    expect(possessivesIn("Did the vice mayor's adviser think the call was normal?")).toEqual([
      { possessor: ['vice', 'mayor'], head: 'adviser' },
    ]);
    expect(possessivesIn('Did the adviser think the call was normal?')).toEqual([]);
  });

  it("GIVEN a light verb (give, take, make) before a noun phrase THEN the phrase's head is where its meaning lies", () => {
    expect(lightVerbObjects('Who gave evidence at the inquiry?')).toEqual([{ verb: 'gave', object: 'evidence' }]);
    expect(lightVerbObjects('Which rider took the overall sprint title?')).toEqual([{ verb: 'took', object: 'title' }]);
  });

  it('GIVEN a light verb with a particle or two objects after it THEN it means what it says', () => {
    expect(lightVerbObjects('Who took over the bakery?')).toEqual([]);
    // `give the workers pay rises`: a plural ends the first object, and `give` is to hand over.
    expect(lightVerbObjects('Will the council give the workers pay rises?')).toEqual([]);
  });

  it('GIVEN a verb of judging before a word (found guilty, declared dead) THEN that word is where its meaning lies', () => {
    expect(judgedComplements('How long could he be jailed if found guilty?')).toEqual([{ verb: 'found', complement: 'guilty' }]);
    expect(judgedComplements('When was the climber declared dead?')).toEqual([{ verb: 'declared', complement: 'dead' }]);
    expect(judgedComplements('Where was the body found?')).toEqual([]);
  });
});

describe('splitPhrasalVerb', () => {
  it('GIVEN a question ending in a particle after a verb and its object THEN the verb and the particle', () => {
    expect(splitPhrasalVerb(['why', 'did', 'the', 'council', 'turn', 'the', 'scheme', 'down'])).toEqual({ verb: 4, particle: 7 });
    expect(splitPhrasalVerb(['will', 'they', 'call', 'it', 'off'])).toEqual({ verb: 2, particle: 4 });
  });

  it('GIVEN a particle right after its verb, or no object of a determiner and a noun before it THEN none', () => {
    expect(splitPhrasalVerb(['why', 'did', 'the', 'talks', 'break', 'down'])).toBeUndefined();
    expect(splitPhrasalVerb(['what', 'did', 'the', 'mayor', 'say', 'about', 'the', 'road'])).toBeUndefined();
  });
});

describe('COUNT_PHRASE', () => {
  it('GIVEN a number right before a unit (for 22 years and the players) THEN it counts the unit, not the noun after it', () => {
    const players = COUNT_PHRASE(new Set(['player']));
    expect(players.test(' cellist orchestra 22 year player elect ')).toBe(false);
    expect(players.test(' orchestra 58 full time player give ')).toBe(true);
  });

  it('GIVEN the unit is what is counted (how many years) THEN the number before it counts it', () => {
    expect(COUNT_PHRASE(new Set(['year'])).test(' cellist orchestra 22 year player ')).toBe(true);
  });
});
