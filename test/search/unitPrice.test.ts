import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/knowledge.js';
import { namesUnit, unitAsked } from '../../src/search/unitPrice.js';
import { storyOf } from '../story/passage.js';

describe('unitAsked: the one thing or stretch of time a question of money asks the price of', () => {
  it('GIVEN "for a <thing>" or "per <thing>" THEN the thing', () => {
    expect(unitAsked('How much does the shop charge for a loaf of rye?')).toBe('loaf');
    expect(unitAsked('How much is parking per night?')).toBe('night');
  });

  it('GIVEN "each month" or "a year" THEN that stretch; not "a year earlier"', () => {
    expect(unitAsked('How much do tenants pay each month?')).toBe('month');
    expect(unitAsked('How much have sales dropped from a year earlier?')).toBeNull();
  });

  it('GIVEN a question of a whole sum, or of what one event costs THEN none', () => {
    expect(unitAsked('How much did the council pay for the land?')).toBeNull();
    expect(unitAsked('How much would a strike cost?')).toBeNull();
  });
});

describe('namesUnit', () => {
  it('GIVEN the thing by its noun THEN it names the unit', () => {
    expect(namesUnit('raising the price of a single ticket to $3.10', 'ticket')).toBe(true);
  });

  it('GIVEN a stretch of time as a rate ("a month", "monthly") THEN it names it; "for months" does not', () => {
    expect(namesUnit('Tenants pay about $40 a month for water.', 'month')).toBe(true);
    expect(namesUnit('Monthly bills rose by $6.', 'month')).toBe(true);
    expect(namesUnit('Leaks went unrepaired for months.', 'month')).toBe(false);
  });
});

describe('a price of one asked of a story that gives only sums of other things', () => {
  const story = (extra: string) =>
    buildKnowledge(
      storyOf(
        'Regulators fined Tollin Water $1.8 million on Monday for leaving leaks unrepaired for months.\n\n' +
          `The company said it would appeal.${extra}`,
      ),
    ).answerer;

  it('GIVEN "how much do customers pay each month" and only a fine THEN silence: no price of one', () => {
    expect(story('').answer('ask', 'How much do Tollin customers pay for water each month?').silence).toBe('no price of one');
  });

  it('GIVEN a sentence giving the sum a month THEN that sentence answers', () => {
    const answerer = story('\n\nA typical Tollin household pays about $52 a month for water.');
    expect(answerer.answer('ask', 'How much do Tollin customers pay for water each month?').results[0]?.entry.text).toContain(
      '$52 a month',
    );
  });
});
