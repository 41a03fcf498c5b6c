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
