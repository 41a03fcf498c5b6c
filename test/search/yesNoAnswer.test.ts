import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/search/analyzer.js';
import {
  answersInOwnWords,
  anyNounGroup,
  asksWhatWillHappen,
  deniedTerms,
  deniesAny,
  deniesAsked,
  saysWhatWillHappen,
} from '../../src/search/yesNoAnswer.js';

const terms = (words: string): Set<string> => new Set(analyze(words));

describe('deniedTerms: what a negation reaches in its clause', () => {
  it('GIVEN "no" before a subject THEN the subject and what its clause says of it are denied', () => {
    const denied = deniedTerms('The principal said no pupils would miss their exams.');
    for (const term of analyze('pupils miss exams')) expect(denied).toContain(term);
  });

  it('GIVEN "not" on a verb THEN the verb and its object are denied, not the subject before it', () => {
    const denied = deniedTerms('The harbour board did not accept the bid.');
    for (const term of analyze('accept bid')) expect(denied).toContain(term);
    expect(denied).not.toContain(analyze('harbour')[0]);
  });

  it('GIVEN a comma after the negated clause THEN what follows it is not denied', () => {
    const denied = deniedTerms('The tests found no salt, but the water was cloudy.');
    expect(denied).toContain(analyze('salt')[0]);
    expect(denied).not.toContain(analyze('cloudy')[0]);
  });

  it('GIVEN "but" opening another clause THEN what follows it is not denied', () => {
    const denied = deniedTerms('Nobody was hurt but the barn burned down.');
    expect(denied).not.toContain(analyze('barn')[0]);
  });

  it('GIVEN a contracted negation or "unlikely to" THEN the words after it are denied', () => {
    expect(deniedTerms("The ferry won't sail on Sunday.")).toContain(analyze('sail')[0]);
    expect(deniedTerms('The new pump is unlikely to replace diesel engines on farms.')).toContain(analyze('replace')[0]);
  });

  it('GIVEN no negation THEN nothing is denied', () => {
    expect(deniedTerms('The council approved the budget on Monday.').size).toBe(0);
  });
});

describe('deniesAsked: a denial of something the question asks', () => {
  it('GIVEN a question term after the negation THEN it denies what is asked', () => {
    expect(deniesAsked('Inspectors found no rust on the girders.', terms('rust bridge'))).toBe(true);
  });

  it('GIVEN a negation whose clause holds none of the question terms THEN it does not', () => {
    expect(deniesAsked('The bridge, which did not close, was repainted in May.', terms('bridge repainted'))).toBe(false);
  });
});

describe('what will happen: questions that ask it and sentences that say it', () => {
  it('GIVEN "will", "would" or "is … going to" THEN the question asks what will happen', () => {
    expect(asksWhatWillHappen('Will the library open on Sundays?')).toBe(true);
    expect(asksWhatWillHappen('Is the governor going to sign the bill?')).toBe(true);
    expect(asksWhatWillHappen('Did the library open on Sunday?')).toBe(false);
    expect(asksWhatWillHappen('Are prices going up?')).toBe(false);
  });

  it('GIVEN "would" or "plans to" THEN the sentence says what will happen; "would have" says what did not', () => {
    expect(saysWhatWillHappen('She said the city would hold hearings in May.')).toBe(true);
    expect(saysWhatWillHappen('The firm plans to open a second depot.')).toBe(true);
    expect(saysWhatWillHappen('A change that would have delayed the vote by a month failed.')).toBe(false);
  });

  it('GIVEN a question about what will happen THEN a sentence saying what will answers in its own words, a denial always', () => {
    const checks = { asked: terms('residents vote design'), future: true, any: null };
    expect(answersInOwnWords('The city would hold public meetings on the design.', checks)).toBe(true);
    expect(answersInOwnWords('No residents have seen the design.', { ...checks, future: false })).toBe(true);
    expect(answersInOwnWords('The city held public meetings on the design.', checks)).toBe(false);
  });
});

describe('any: a question whether there is any of something, and the words denying there is anyone or anything', () => {
  const nouns = new Set(['pupils', 'hall', 'books']);
  const isNoun = (word: string): boolean => nouns.has(word);

  it('GIVEN "any <noun>" THEN the noun is the one asked of, also past a word between', () => {
    expect(anyNounGroup('Were any pupils in the hall?', ['pupils', 'hall'], isNoun)).toBe(0);
    expect(anyNounGroup('Were any old books lost?', ['old', 'books', 'lost'], isNoun)).toBe(1);
    expect(anyNounGroup('Was the hall damaged?', ['hall', 'damaged'], isNoun)).toBe(-1);
  });

  it('GIVEN a person asked of THEN "no one" and "nobody" deny there is any; "nothing" denies a thing', () => {
    expect(deniesAny('No one was in the hall at the time.', true)).toBe(true);
    expect(deniesAny('Nobody was hurt.', true)).toBe(true);
    expect(deniesAny('Nothing was taken from the hall.', true)).toBe(false);
    expect(deniesAny('Nothing was taken from the hall.', false)).toBe(true);
  });

  it('GIVEN "any" before a capitalised noun ("any Danes") THEN that noun is the one asked of, not a noun after it', () => {
    const isNounHere = (word: string): boolean => word === 'danes' || word === 'hurt';
    expect(anyNounGroup('Were any Danes hurt?', ['danes', 'hurt'], isNounHere)).toBe(0);
  });

  it('GIVEN "nothing like" or "nothing but" THEN a comparison, which denies there is nothing', () => {
    expect(deniesAny('The ash was nothing like the soft powder of a campfire.', false)).toBe(false);
    expect(deniesAny('The club has had nothing but trouble since May.', false)).toBe(false);
  });
});
