import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildStory, loadStory } from '../../src/story/loadStory.js';
import { normaliseForMatch } from '../../src/story/normalize.js';
import type { Entry } from '../../src/story/types.js';
import { HAS_SHARED, NO_SHARED, RIVERTON } from '../paths.js';
import { onlyEntry } from './onlyEntry.js';

/** The second article (../shared/eval/articles), read with no change of code. */
const story = HAS_SHARED ? loadStory(RIVERTON) : buildStory('Nothing to read.', 'none.txt');
if (!HAS_SHARED) console.info(`extractRiverton: ${NO_SHARED}`);

const quote = (fragment: string): Entry => onlyEntry(story, 'quote', fragment);

describe.skipIf(!HAS_SHARED)('Riverton flood barrier: speakers and quotes', () => {
  it('GIVEN "“…,” Mayor Elena Ruiz said after the vote" THEN Elena Ruiz, Mayor, after the vote', () => {
    expect(quote('We cannot keep betting').speaker).toMatchObject({ name: 'Elena Ruiz', role: 'Mayor' });
    expect(quote('We cannot keep betting').when).toBe('after the vote');
  });

  it('GIVEN a second, unattributed quote in the same paragraph THEN the same speaker', () => {
    expect(quote('Every spring we hold our breath').speaker?.name).toBe('Elena Ruiz');
  });

  it('GIVEN "Councilmember David Okafor, one of the two members who voted no, called the plan “…”" THEN a partial quote of Okafor', () => {
    const q = quote('a blank check for a wall');
    expect(q.speaker).toMatchObject({ name: 'David Okafor', role: 'Councilmember' });
    expect(q.partial).toBe(true);
  });

  it('GIVEN "“…,” Okafor told reporters outside the chamber" THEN the surname resolves to David Okafor, outside the chamber', () => {
    const q = quote('I am not against protecting downtown');
    expect(q.speaker?.name).toBe('David Okafor');
    expect(q.where).toBe('outside the chamber');
  });

  it('GIVEN "“…,” said Priya Nair, the city\'s chief engineer" THEN the appositive is her role', () => {
    expect(quote('The river rose four feet').speaker).toMatchObject({ name: 'Priya Nair', role: "the city's chief engineer" });
  });

  it('GIVEN "said Tom Becker, who has lived on River Road for 40 years" THEN Tom Becker', () => {
    expect(quote('They built a wall in Millbrook').speaker?.name).toBe('Tom Becker');
  });

  it('GIVEN "The Riverton Chamber of Commerce said in a statement that it “strongly supports”" THEN the Chamber, an organisation', () => {
    expect(quote('strongly supports').speaker).toMatchObject({ name: 'Riverton Chamber of Commerce', kind: 'organisation' });
  });

  it('GIVEN "A spokesperson for the state\'s Department of Natural Resources said…" THEN the department speaks', () => {
    expect(quote('under review').speaker?.name).toBe('Department of Natural Resources');
  });
});

describe.skipIf(!HAS_SHARED)('Riverton flood barrier: facts', () => {
  function fact(fragment: string): Entry {
    const found = story.entries.find((e) => e.kind === 'fact' && e.text.includes(fragment));
    expect(found, `fact containing "${fragment}"`).toBeDefined();
    return found!;
  }

  it('GIVEN "according to an estimate prepared by the city\'s public works department" THEN a report with that source', () => {
    expect(fact('$48 million').source).toMatchObject({
      type: 'report',
      name: "an estimate prepared by the city's public works department",
    });
  });

  it('GIVEN "…, the county\'s emergency management office reported" at the end THEN a report by that office', () => {
    expect(fact('310 homes').source).toMatchObject({ type: 'report', name: "the county's emergency management office" });
  });

  it('GIVEN "She added that the city would hold public meetings" after Ruiz spoke THEN Elena Ruiz\'s claim', () => {
    expect(fact('public meetings').source).toMatchObject({ type: 'claim', name: 'Elena Ruiz' });
  });

  it('GIVEN "He said he worried…" after Becker spoke THEN Tom Becker\'s claim', () => {
    expect(fact('he worried').source).toMatchObject({ type: 'claim', name: 'Tom Becker' });
  });

  it("GIVEN the lead sentence with no source THEN the article's own fact", () => {
    expect(fact('voted 5-2').source.type).toBe('article');
  });
});

describe.skipIf(!HAS_SHARED)('Riverton with straight quotes', () => {
  it('GIVEN the same article typed with " and \' instead of curly marks THEN the same quotes with the same speakers', () => {
    const straight = readFileSync(RIVERTON, 'utf8')
      .replace(/[\u201C\u201D]/gu, '"')
      .replace(/\u2019/gu, "'");
    const pairs = (entries: Entry[]) => entries.filter((e) => e.kind === 'quote').map((e) => [normaliseForMatch(e.text), e.speaker?.name]);
    expect(pairs(buildStory(straight, 'straight.txt').entries)).toEqual(pairs(story.entries));
  });
});
