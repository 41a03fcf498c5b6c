import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/story/loadStory.js';
import { normaliseForMatch } from '../../src/story/normalize.js';
import type { Story } from '../../src/story/types.js';
import { HAS_SHARED, RIVERTON, STORY } from '../paths.js';

/**
 * Every entry the two articles yield, in article order, as a reader checks it against the text:
 * kind (`quote~` for a partial quote, whose text is its whole sentence), paragraph, how the text begins,
 * speaker, when, where, and the source's type and name. A change of method that changes any of these
 * shows here, line by line.
 */
type Row = [
  kind: string,
  paragraph: number,
  begins: string,
  speaker: string | null,
  when: string | null,
  where: string | null,
  sourceType: string,
  sourceName: string | null,
];

function rowsOf(story: Story): Row[] {
  return story.entries.map((e) => [
    e.kind + (e.partial ? '~' : ''),
    e.paragraph,
    normaliseForMatch(e.text.slice(0, 48)),
    e.speaker?.name ?? null,
    e.when,
    e.where,
    e.source.type,
    e.source.type === 'article' ? null : e.source.name,
  ]);
}

function expected(rows: Row[]): Row[] {
  return rows.map(([kind, paragraph, begins, ...rest]) => [kind, paragraph, normaliseForMatch(begins), ...rest] as Row);
}

describe('every entry of the story (data/article.txt)', () => {
  it('GIVEN the article as supplied THEN exactly these quotes and facts, in order', () => {
    expect(rowsOf(loadStory(STORY))).toEqual(
      // biome-ignore format: a table reads best one row a line
      expected([
        ["quote~", 1, "President Donald Trump said on Monday that he’s ", "Donald Trump", "on Monday, 17 November 2025", null, "article", null],
        ["fact", 1, "President Donald Trump said on Monday that he’s ", "Donald Trump", null, null, "claim", "Donald Trump"],
        ["quote~", 2, "Trump spoke with reporters in the Oval Office ab", "Donald Trump", "on Monday, 17 November 2025", "in the Oval Office", "article", null],
        ["fact", 2, "Trump spoke with reporters in the Oval Office ab", "Donald Trump", null, null, "claim", "Donald Trump"],
        ["quote", 3, "Would I launch strikes in Mexico to stop drugs? ", "Donald Trump", "on Monday, 17 November 2025", "in the Oval Office", "article", null],
        ["quote", 3, "Whatever we have to do to stop drugs. I looked a", "Donald Trump", "on Monday, 17 November 2025", "in the Oval Office", "article", null],
        ["quote", 4, "I wouldn’t answer that question.", "Donald Trump", "on Monday, 17 November 2025", "in the Oval Office", "article", null],
        ["quote", 5, "I’ve been speaking to Mexico. They know how I st", "Donald Trump", "on Monday, 17 November 2025", "in the Oval Office", "article", null],
        ["quote", 5, "We have lost hundreds of thousands of people to ", "Donald Trump", "on Monday, 17 November 2025", "in the Oval Office", "article", null],
        ["quote", 6, "We have lost hundreds of thousands of people a y", "Donald Trump", "on 17 November 2025", null, "report", "Rapid Response 47 (@RapidResponse47)"],
        ["quote~", 7, "The president said he would be “proud” to conduc", "Donald Trump", "on Monday, 17 November 2025", "in the Oval Office", "article", null],
        ["fact", 7, "The president said he would be “proud” to conduc", "Donald Trump", null, null, "claim", "Donald Trump"],
        ["quote~", 7, "Trump also discussed potentially hitting “cocain", "Donald Trump", "on Monday, 17 November 2025", "in the Oval Office", "article", null],
        ["fact", 7, "Trump also discussed potentially hitting “cocain", "Donald Trump", null, null, "claim", "Donald Trump"],
        ["fact", 8, "The Trump administration has been criticized by ", null, null, null, "article", null],
        ["fact", 8, "Trump has ordered 11 strikes in the Caribbean Se", null, null, null, "article", null],
        ["quote~", 9, "The Trump administration says that at least 85% ", "Trump administration", null, null, "article", null],
        ["fact", 9, "The Trump administration says that at least 85% ", "Trump administration", null, null, "claim", "Trump administration"],
        ["fact", 9, "Most fentanyl trafficked into the United States ", null, null, null, "report", "the Government Accountability Office"],
        ["fact", 10, "Mexico has said that it would not approve of U.S", "Mexico", null, null, "claim", "Mexico"],
        ["quote", 11, "We reject any form of intervention or interferen", "Claudia Sheinbaum", "in April", null, "article", null],
        ["fact", 12, "NBC News reported earlier this month that the Tr", null, null, null, "report", "NBC News"],
        ["fact", 12, "Six Mexican cartels were designated as Foreign T", null, null, null, "article", null],
      ]),
    );
  });
});

describe.skipIf(!HAS_SHARED)('every entry of the Riverton article', () => {
  it('GIVEN the article THEN exactly these quotes and facts, in order', () => {
    expect(rowsOf(loadStory(RIVERTON))).toEqual(
      // biome-ignore format: a table reads best one row a line
      expected([
        ["fact", 1, "Riverton's city council voted 5-2 on Tuesday nig", null, null, null, "article", null],
        ["quote", 2, "We cannot keep betting the downtown on luck,", "Elena Ruiz", "after the vote", null, "article", null],
        ["quote", 2, "Every spring we hold our breath. This ends that.", "Elena Ruiz", "after the vote", null, "article", null],
        ["fact", 3, "The barrier will cost about $48 million, accordi", null, null, null, "report", "an estimate prepared by the city's public works department"],
        ["fact", 3, "Roughly half of that is expected to come from a ", null, null, null, "article", null],
        ["quote~", 4, "Councilmember David Okafor, one of the two membe", "David Okafor", null, null, "article", null],
        ["fact", 4, "Councilmember David Okafor, one of the two membe", "David Okafor", null, null, "claim", "David Okafor"],
        ["fact", 4, "He said the council should have waited for the g", "David Okafor", null, null, "claim", "David Okafor"],
        ["quote", 5, "I am not against protecting downtown. I am again", "David Okafor", null, "outside the chamber", "article", null],
        ["fact", 6, "The flood in April 2024 damaged 310 homes and fo", null, null, null, "report", "the county's emergency management office"],
        ["quote", 7, "The river rose four feet in six hours last sprin", "Priya Nair", null, null, "article", null],
        ["quote", 7, "Next time it could be eight, and the sandbags wi", "Priya Nair", null, null, "article", null],
        ["fact", 8, "Nair said the design calls for a concrete wall w", "Priya Nair", null, null, "claim", "Priya Nair"],
        ["quote~", 9, "The Riverton Chamber of Commerce said in a state", "Riverton Chamber of Commerce", null, null, "article", null],
        ["fact", 9, "The Riverton Chamber of Commerce said in a state", "Riverton Chamber of Commerce", null, null, "claim", "Riverton Chamber of Commerce"],
        ["fact", 10, "Some residents were less convinced.", null, null, null, "article", null],
        ["quote", 10, "They built a wall in Millbrook and it just pushe", "Tom Becker", null, null, "article", null],
        ["fact", 10, "He said he worried that the barrier would make f", "Tom Becker", null, null, "claim", "Tom Becker"],
        ["fact", 11, "Ruiz said construction would begin in March and ", "Elena Ruiz", null, null, "claim", "Elena Ruiz"],
        ["fact", 11, "She added that the city would hold public meetin", "Elena Ruiz", null, null, "claim", "Elena Ruiz"],
        ["quote~", 12, "A spokesperson for the state's Department of Nat", "Department of Natural Resources", null, null, "article", null],
        ["fact", 12, "A spokesperson for the state's Department of Nat", "Department of Natural Resources", null, null, "claim", "Department of Natural Resources"],
      ]),
    );
  });
});
