import { describe, expect, it } from 'vitest';
import { commonWordsOfCoinedName, namePartsOf } from '../../src/search/nameWords.js';

/** Common words for these tests: any word but the coined names below. */
const COINED = new Set(['corvane', 'halden', 'leeds']);
const isCommonWord = (word: string): boolean => !COINED.has(word);
const inNames = (texts: string[], names: string[] = []): string[] => [...namePartsOf(texts, names, isCommonWord).inNames.keys()];

describe('namePartsOf: common words a text uses only inside a coined name', () => {
  it('GIVEN company names of a coined word and a common one (Corvane Therapeutics, Halden Medicine) THEN their common words', () => {
    expect(inNames(['They include Corvane Therapeutics and Halden Medicine, both of Leeds.'])).toEqual(['therapeut', 'medicin']);
  });

  it('GIVEN the common word also used as such THEN not only inside a name', () => {
    expect(inNames(['Halden Medicine says the medicine is safe.'])).toEqual([]);
  });

  it('GIVEN a name of common words only (the Transport Department) THEN it says what its words say', () => {
    expect(inNames(['Crews from the Transport Department fixed the road.'])).toEqual([]);
  });

  it('GIVEN a common word capitalised because it starts the sentence (Medicine Halden…) THEN not part of a name', () => {
    expect(inNames(['Medicine Halden makes is sold abroad.'])).toEqual([]);
  });

  it('GIVEN a coined name starting the sentence THEN still a name', () => {
    expect(inNames(['Halden Medicine said its trial starts in June.'])).toEqual(['medicin']);
  });

  it('GIVEN a speaker’s name THEN its common words, with the other words of the name', () => {
    expect(namePartsOf(['Our first trial starts in June.'], ['Halden Medicine'], isCommonWord).inNames).toEqual(
      new Map([['medicin', new Set(['halden'])]]),
    );
  });

  it('GIVEN a name ending in a singular noun for a made thing or a place (the Corvane Cafe) THEN the cafe is one: not only a name', () => {
    const structures = new Set(['cafe', 'bridge']);
    const parts = namePartsOf(['Staff at the Corvane Cafe agreed.', 'Halden Buses did not.'], [], isCommonWord, (word) =>
      structures.has(word),
    );
    expect([...parts.inNames.keys()]).toEqual(['buse']);
  });

  it('GIVEN the coined word itself THEN it names the name: never only inside it', () => {
    expect(commonWordsOfCoinedName('Halden Medicine', isCommonWord)).toEqual(['medicin']);
    expect(commonWordsOfCoinedName('Transport Department', isCommonWord)).toEqual([]);
  });
});
