import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/search/analyzer.js';
import { deniedTerms, deniesAsked } from '../../src/search/yesNoAnswer.js';

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
