import { describe, expect, it } from 'vitest';
import { ANALYSIS_VERSION, analyze, tokenize } from '../../src/search/analyzer.js';
import { splitStored, storedTermsOf, storedWordsOf, termsToStore } from '../../src/search/storedTerms.js';

/** An entry's text is analysed when it is saved, and its terms are stored with it for building its server's index. */

const SAMPLE = 'Sheinbaum said U.S. strikes rose 85% in 1,200 raids; "we won\'t accept it," the children\'s doctors told the Constructor.';

describe('stored terms', () => {
  // Terms stored by one version are used only by the same version: a change to the analysis must change its version.
  it('GIVEN the analysis of a sample text THEN it is what this version of the analysis gives (change one, change the other)', () => {
    expect({ version: ANALYSIS_VERSION, terms: analyze(SAMPLE), words: tokenize(SAMPLE).join(' ') }).toEqual({
      version: 4,
      words: 'sheinbaum said us strikes rose 85 percent in 1200 raids we wont accept it the children doctors told the constructor',
      terms: [
        'sheinbaum',
        'sai',
        'us',
        'strike',
        'rise',
        '85',
        'percent',
        '1200',
        'raid',
        'accept',
        'child',
        'doctor',
        'tell',
        'constructor',
      ],
    });
  });

  it('GIVEN a text stored THEN its terms read back as the index holds them: each without spaces', () => {
    expect(storedTermsOf(termsToStore('Sheinbaum said strikes rose.'))).toEqual(['sheinbaum', 'sai', 'strike', 'rise']);
    expect(storedTermsOf(termsToStore('the Constructor'))).toEqual(['constructor']);
    expect(storedTermsOf(termsToStore('the of and'))).toEqual([]);
  });

  it('GIVEN a text stored THEN its words read back as the tokenizer split them', () => {
    const wordsOf = (text: string) => splitStored(storedWordsOf(termsToStore(text))!);
    expect(wordsOf('Sheinbaum said strikes rose.')).toEqual(['sheinbaum', 'said', 'strikes', 'rose']);
    expect(wordsOf('the Constructor')).toEqual(['the', 'constructor']);
    expect(wordsOf('...')).toEqual([]);
    expect(wordsOf(SAMPLE)).toEqual(tokenize(SAMPLE));
  });

  it('GIVEN terms stored without words (by hand) THEN the terms, and no words', () => {
    expect(storedTermsOf(`${ANALYSIS_VERSION}:zeppelin`)).toEqual(['zeppelin']);
    expect(storedWordsOf(`${ANALYSIS_VERSION}:zeppelin`)).toBeNull();
  });

  it('GIVEN nothing stored, or terms of another version of the analysis THEN none', () => {
    expect(storedTermsOf(null)).toBeNull();
    expect(storedTermsOf(`${ANALYSIS_VERSION + 1}:sheinbaum sai`)).toBeNull();
    expect(storedTermsOf('sheinbaum sai')).toBeNull();
    expect(storedTermsOf('3:sheinbaum sai')).toBeNull();
    expect(storedWordsOf(null)).toBeNull();
    expect(storedWordsOf(`${ANALYSIS_VERSION + 1}:sheinbaum sai\tsheinbaum said`)).toBeNull();
  });
});
