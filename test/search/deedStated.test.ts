import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/knowledge.js';
import { deedCoverage } from '../../src/search/deedStated.js';
import { storyOf } from '../story/passage.js';

describe('deedCoverage: how fully an answer says what a yes/no question asks the one it names did', () => {
  // `Has Warden Ilse Brandt closed the trail?`: words 0–2 name the warden, 3–4 are the deed.
  const weights = [0.2, 0.2, 0.2, 0.2, 0.2];
  const warden = new Set([0, 1, 2]);

  it('GIVEN the deed’s words held THEN it is fully said, whatever the names weigh', () => {
    expect(
      deedCoverage(
        weights,
        warden,
        () => 1,
        () => 0,
      ),
    ).toBe(1);
  });

  it('GIVEN only words near the deed’s in meaning THEN it is said as far as they are near', () => {
    expect(
      deedCoverage(
        weights,
        warden,
        () => 0,
        (group) => (group === 3 ? 0.5 : 0.3),
      ),
    ).toBeCloseTo(0.4);
  });

  it('GIVEN a lexicon word for one and a nearer word for the other THEN each counts as the closer of the two', () => {
    expect(
      deedCoverage(
        weights,
        warden,
        (group) => (group === 3 ? 0.7 : 0),
        (group) => (group === 4 ? 0.9 : 0.2),
      ),
    ).toBeCloseTo(0.8);
  });

  it('GIVEN a question of nothing but the one it names THEN there is no deed to miss', () => {
    expect(
      deedCoverage(
        [0.5, 0.5],
        new Set([0, 1]),
        () => 0,
        () => 0,
      ),
    ).toBe(1);
  });
});

describe('ask: a yes/no question on what a named person did, answered by their words on something else', () => {
  const RIDGE = [
    'Heavy rain washed out part of the Ridge Path on Sunday, the county parks office said.',
    'Warden Ilse Brandt said volunteers had cleared fallen trees from the lower trail by Monday evening.',
    'Walkers were asked to keep to the marked routes until the path is repaired.',
  ].join('\n\n');

  it('GIVEN only the warden’s words on clearing trees THEN silent on whether she fined anyone', () => {
    const { answerer } = buildKnowledge(storyOf(RIDGE));
    const set = answerer.answer('ask', 'Has Warden Ilse Brandt fined anyone?');
    expect(set.results).toEqual([]);
    expect(set.silence).toBe('deed not stated');
  });

  it('GIVEN the warden’s words on what was done THEN they answer whether it was', () => {
    const { answerer } = buildKnowledge(storyOf(RIDGE));
    expect(answerer.answer('ask', 'Has Warden Ilse Brandt cleared the fallen trees?').results[0]?.entry.text).toContain(
      'cleared fallen trees',
    );
  });
});

describe('ask: when did a named body or person do something, answered by a sentence about them on something else', () => {
  const MILL = [
    'Harrow Looms said on Tuesday it would close its spinning mill in Eastby, where 140 people work.',
    'Harrow Looms was founded in 1921 by two brothers who sold cloth from a cart.',
    'Union officials said they would meet the company on Friday to discuss redundancy terms.',
  ].join('\n\n');

  it('GIVEN a sentence saying when the named one did it THEN that sentence answers', () => {
    const { answerer } = buildKnowledge(storyOf(MILL));
    expect(answerer.answer('ask', 'When was Harrow Looms founded?').results[0]?.entry.text).toContain('founded in 1921');
  });

  it('GIVEN only sentences about the named one on other things THEN silent on when it did what is asked', () => {
    const { answerer } = buildKnowledge(
      storyOf(
        MILL.split('\n\n')
          .filter((p) => !p.includes('founded'))
          .join('\n\n'),
      ),
    );
    const set = answerer.answer('ask', 'When was Harrow Looms founded?');
    expect(set.results).toEqual([]);
    expect(set.silence).toBe('deed not stated');
  });
});
