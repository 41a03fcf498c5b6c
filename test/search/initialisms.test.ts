import { describe, expect, it } from 'vitest';
import { findInitialisms, initialismLinks, writtenInCapitals } from '../../src/search/initialisms.js';

const namesOf = (texts: string[]): string[] => findInitialisms(texts).map((found) => `${found.term}: ${found.words.join(' ')}`);

describe('findInitialisms: an initialism the story uses and the name it spells out', () => {
  it('GIVEN a name with its initialism in brackets THEN the two are one', () => {
    expect(namesOf(['The Harbour Safety Board (HSB) opened an inquiry on Tuesday.'])).toEqual(['hsb: harbour safety board']);
  });

  it('GIVEN a common noun phrase defined by an initialism in brackets (a cold seep vent, CSV) THEN the two are one', () => {
    expect(namesOf(['The probe found a cold seep vent (CSV) on the ridge.', 'Three more CSVs were mapped.'])).toEqual([
      'csv: cold seep vent',
    ]);
  });

  it('GIVEN words before the brackets whose initials do not spell it THEN nothing', () => {
    expect(namesOf(['The probe found a vent on the ridge (CSV).'])).toEqual([]);
  });

  it('GIVEN the name and the initialism in different sentences THEN still one', () => {
    expect(namesOf(['The Harbour Safety Board met on Tuesday.', 'Its chair said the HSB would report in June.'])).toEqual([
      'hsb: harbour safety board',
    ]);
  });

  it('GIVEN a name whose first word is hyphenated, among sentences naming nothing THEN the name is still found', () => {
    expect(
      namesOf(['Rain fell on the quay all week.', 'The Grant-Hale Research Institute counted the gulls.', 'The GRI said so.']),
    ).toEqual(['gri: grant-hale research institute']);
  });

  it('GIVEN small words inside the name (of, and) THEN they give no letter (Office of Rail and Road, ORR)', () => {
    expect(namesOf(['The Office of Rail and Road said the ORR had fined the operator.'])).toEqual(['orr: office rail road']);
  });

  it('GIVEN an initialism that takes a letter from "and" (TASA) THEN the name still spells it out', () => {
    expect(namesOf(['The Trade and Shipping Authority, or TASA, set the fees.'])).toEqual(['tasa: trade shipping authority']);
  });

  it('GIVEN a plural or possessive initialism (HSB’s) THEN the initialism itself', () => {
    expect(namesOf(['The Harbour Safety Board met.', 'The HSB’s report was late.'])).toEqual(['hsb: harbour safety board']);
  });

  it('GIVEN an owner before the name (Governor Lane’s Water Recovery Office) THEN the name after it', () => {
    expect(namesOf(["Governor Lane's Water Recovery Office said the WRO would dig two wells."])).toEqual(['wro: water recovery office']);
  });

  it('GIVEN two names joined by "and" whose words happen to spell an initialism THEN not a name of it', () => {
    expect(namesOf(['Fenwick Marine and Tallow Rail signed the deal.', 'The MTR board approved it.'])).toEqual([]);
  });

  it('GIVEN a name whose initialism the story never uses THEN nothing', () => {
    expect(namesOf(['The Harbour Safety Board opened an inquiry on Tuesday.'])).toEqual([]);
  });
});

describe('initialismLinks: what stands for a question word by the story’s initialisms', () => {
  const found = findInitialisms(['The Harbour Safety Board (HSB) opened an inquiry.']);
  const quality = { lone: 0.7, part: 0.35 };
  const links = (question: string, words: string[]) => {
    const capitals = writtenInCapitals(question);
    return initialismLinks(words, found, (word) => capitals.has(word), quality);
  };

  it('GIVEN two words of the name (safety board) THEN the initialism stands for each fully', () => {
    expect(links('who chairs the safety board', ['chairs', 'safety', 'board'])).toEqual([
      { group: 1, term: 'hsb', quality: 1 },
      { group: 2, term: 'hsb', quality: 1 },
    ]);
  });

  it('GIVEN words of the name in another form (cold seep vents) THEN the initialism stands for them too', () => {
    const links = initialismLinks(['cold', 'seep', 'vents'], findInitialisms(['a cold seep vent (CSV)']), () => false, {
      lone: 0.7,
      part: 0.35,
    });
    expect(links.map((link) => `${link.group}:${link.term}:${link.quality}`)).toEqual(['0:csv:1', '1:csv:1', '2:csv:1']);
  });

  it('GIVEN one word of the name alone (board) THEN the initialism stands for it as a synonym would', () => {
    expect(links('who chairs the board', ['chairs', 'board'])).toEqual([{ group: 1, term: 'hsb', quality: 0.7 }]);
  });

  it('GIVEN the initialism in capitals THEN each word of its name stands for it in part', () => {
    expect(links('who chairs the HSB', ['chairs', 'hsb']).map((link) => `${link.group} ${link.term} ${link.quality}`)).toEqual([
      '1 harbour 0.35',
      '1 safeti 0.35',
      '1 board 0.35',
    ]);
  });

  it('GIVEN the same letters written as a word, not as an initialism THEN nothing', () => {
    expect(links('who chairs hsb', ['chairs', 'hsb'])).toEqual([]);
  });
});
