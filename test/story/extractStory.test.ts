import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/story/loadStory.js';
import { STORY } from '../paths.js';
import { onlyEntry } from './onlyEntry.js';

/**
 * Every quote and fact of the story as a reader checks it against the text (data/article.txt).
 */
const story = loadStory(STORY);

const entry = onlyEntry;

describe('the story: speakers', () => {
  it('GIVEN "President Donald Trump" and later "Trump", "the president", "@POTUS" THEN one speaker, Donald Trump, President', () => {
    const trump = story.speakers.filter((s) => s.name === 'Donald Trump');
    expect(trump).toHaveLength(1);
    expect(trump[0]!.role).toBe('President');
    expect(trump[0]!.aliases).toEqual(expect.arrayContaining(['Trump', '@POTUS']));
  });

  it('GIVEN "Mexican President Claudia Sheinbaum" THEN name and role are told apart', () => {
    const sheinbaum = story.speakers.find((s) => s.name === 'Claudia Sheinbaum');
    expect(sheinbaum?.role).toBe('Mexican President');
  });
});

describe('the story: direct quotes', () => {
  const trumpMonday = { name: 'Donald Trump', when: 'on Monday, 17 November 2025', where: 'in the Oval Office' };

  it.each([
    ['Would I launch strikes in Mexico to stop drugs? That\u2019s okay with me', 3],
    ['Whatever we have to do to stop drugs. I looked at Mexico City over the weekend.', 3],
    ['I wouldn\u2019t answer that question.', 4],
    ['I\u2019ve been speaking to Mexico. They know how I stand', 5],
    ['We know their front door.', 5],
  ])('GIVEN the Oval Office remark "%s" THEN Trump said it on Monday 17 Nov 2025 in the Oval Office, paragraph %i', (words, paragraph) => {
    const quote = entry(story, 'quote', words);
    expect(quote.speaker?.name).toBe(trumpMonday.name);
    expect(quote.when).toBe(trumpMonday.when);
    expect(quote.where).toBe(trumpMonday.where);
    expect(quote.paragraph).toBe(paragraph);
    expect(quote.partial).toBe(false);
  });

  it('GIVEN a quote whose attribution comes before it ("Trump said, “…”") THEN the words exclude the attribution', () => {
    expect(entry(story, 'quote', 'I wouldn\u2019t answer').text).toBe('I wouldn\u2019t answer that question.');
  });

  it('GIVEN the embedded post ".@POTUS: “…”" THEN the words are the president\'s, posted by Rapid Response 47 on 17 Nov 2025', () => {
    const quote = entry(story, 'quote', 'I am NOT happy with Mexico');
    expect(quote.speaker?.name).toBe('Donald Trump');
    expect(quote.post).toEqual({ poster: 'Rapid Response 47', handle: '@RapidResponse47', date: '2025-11-17' });
    expect(quote.when).toBe('on 17 November 2025');
    expect(quote.paragraph).toBe(6);
  });

  it('GIVEN Sheinbaum\'s quote "…,” Mexican President Claudia Sheinbaum said in April" THEN her words, her role, in April', () => {
    const quote = entry(story, 'quote', 'We reject any form of intervention or interference');
    expect(quote.text).toBe(
      'We reject any form of intervention or interference. That\u2019s been very clear, Mexico coordinates and collaborates, but does not subordinate itself,',
    );
    expect(quote.speaker).toMatchObject({ name: 'Claudia Sheinbaum', role: 'Mexican President' });
    expect(quote.when).toBe('in April');
    expect(quote.paragraph).toBe(11);
  });
});

describe('the story: partial quotes inside reported speech', () => {
  it.each([
    ['open to green-lighting strikes inside of Mexico', 1],
    ['targeting \u201Cnarco-terrorists\u201D', 2],
    ['he would be \u201Cproud\u201D', 7],
    ['\u201Ccocaine factories\u201D', 7],
  ])('GIVEN "%s" THEN its whole sentence is a partial quote of Donald Trump in paragraph %i', (fragment, paragraph) => {
    const quote = entry(story, 'quote', fragment);
    expect(quote.partial).toBe(true);
    expect(quote.speaker?.name).toBe('Donald Trump');
    expect(quote.paragraph).toBe(paragraph);
  });

  it('GIVEN "The president said he would be “proud”" THEN "the president" is Trump, not the Mexican president', () => {
    expect(entry(story, 'quote', 'proud').speaker?.name).toBe('Donald Trump');
  });
});

describe('the story: facts and their sources', () => {
  it('GIVEN "…, according to the Government Accountability Office" THEN a report by the GAO', () => {
    const fact = entry(story, 'fact', 'Most fentanyl trafficked into the United States');
    expect(fact.source).toMatchObject({
      type: 'report',
      name: 'the Government Accountability Office',
      attribution: 'according to the Government Accountability Office',
    });
  });

  it('GIVEN "NBC News reported earlier this month that…" THEN a report by NBC News', () => {
    expect(entry(story, 'fact', 'considering deploying troops').source).toMatchObject({ type: 'report', name: 'NBC News' });
  });

  it('GIVEN "The Trump administration says that at least 85%…" THEN the administration\'s claim, not a fact of the article', () => {
    expect(entry(story, 'fact', 'at least 85%').source).toMatchObject({ type: 'claim', name: 'Trump administration' });
  });

  it('GIVEN "Mexico has said that it would not approve…" THEN Mexico\'s claim', () => {
    expect(entry(story, 'fact', 'would not approve of U.S. military operations').source).toMatchObject({ type: 'claim', name: 'Mexico' });
  });

  it.each([
    ['Trump has ordered 11 strikes in the Caribbean Sea', 8],
    ['criticized by Democrats and some Republicans', 8],
    ['Six Mexican cartels were designated as Foreign Terrorist Organizations', 12],
  ])('GIVEN "%s" with no source named THEN the article\'s own fact, paragraph %i', (fragment, paragraph) => {
    const fact = entry(story, 'fact', fragment);
    expect(fact.source.type).toBe('article');
    expect(fact.paragraph).toBe(paragraph);
  });

  it('GIVEN a sentence that holds a direct quote THEN it is not also a fact', () => {
    expect(story.entries.some((e) => e.kind === 'fact' && e.text.includes('I wouldn\u2019t answer'))).toBe(false);
  });

  it('GIVEN every entry THEN each has text, a 1-based paragraph and a unique id', () => {
    const ids = new Set(story.entries.map((e) => e.id));
    expect(ids.size).toBe(story.entries.length);
    for (const e of story.entries) {
      expect(e.text.trim().length).toBeGreaterThan(0);
      expect(e.paragraph).toBeGreaterThanOrEqual(1);
      expect(e.text.length).toBeLessThanOrEqual(400);
    }
  });
});
