import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle, parsePostSignature } from '../../src/story/cleanArticle.js';
import { STORY } from '../paths.js';

const paragraphs = cleanArticle(readFileSync(STORY, 'utf8'));

describe('cleanArticle on the story as supplied', () => {
  it('GIVEN trailing `.png)` lines THEN they are not paragraphs', () => {
    expect(paragraphs.some((p) => p.text.includes('.png'))).toBe(false);
  });

  it('GIVEN the article THEN it has twelve numbered paragraphs, 1-based and in order', () => {
    expect(paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(paragraphs[0]!.text).toMatch(/^President Donald Trump said on Monday/u);
    expect(paragraphs[11]!.text).toMatch(/^NBC News reported/u);
  });

  it('GIVEN an embedded post THEN its words and its signature are one paragraph with poster, handle and date', () => {
    const post = paragraphs.find((p) => p.post);
    expect(post?.number).toBe(6);
    expect(post?.post).toEqual({ poster: 'Rapid Response 47', handle: '@RapidResponse47', date: '2025-11-17' });
  });

  it('GIVEN a pic.twitter.com link inside a line THEN the link is removed and the words kept', () => {
    expect(paragraphs[5]!.text).not.toContain('pic.twitter.com');
    expect(paragraphs[5]!.text).toContain('I am NOT happy with Mexico.');
  });
});

describe('cleanArticle on other scraping debris', () => {
  it.each([
    'Advertisement',
    'Story continues below advertisement',
    '![Protesters outside the chamber](https://example.org/a.jpg)',
    '(AP Photo/Evan Vucci)',
    'Read more: Council approves budget',
    'Sign up for our morning newsletter',
  ])('GIVEN a line %j between paragraphs THEN it is dropped and the numbering stays dense', (debris) => {
    const cleaned = cleanArticle(`The council met on Monday.\n${debris}\nThe vote was 5-2.`);
    expect(cleaned.map((p) => p.text)).toEqual(['The council met on Monday.', 'The vote was 5-2.']);
  });

  it.each(['(Photo by Kevin Dietsch/Getty Images)', 'Copyright 2025 The Associated Press. All rights reserved.', '\u00A9 2025 Reuters'])(
    'GIVEN a credit or copyright line (%s) THEN it is not a paragraph',
    (line) => {
      expect(cleanArticle(`The Senate passed the bill.\n${line}\nIt goes to the president.`).map((p) => p.text)).toEqual([
        'The Senate passed the bill.',
        'It goes to the president.',
      ]);
    },
  );

  it('GIVEN a byline THEN it is not a paragraph', () => {
    expect(cleanArticle('By Maria Lopez and John Carter\nThe Senate voted.').map((p) => p.text)).toEqual(['The Senate voted.']);
  });

  it('GIVEN a wire dateline before the first sentence THEN the sentence without it', () => {
    expect(cleanArticle("MEXICO CITY (AP) \u2014 Mexico's Senate on Tuesday approved the overhaul.")[0]!.text).toBe(
      "Mexico's Senate on Tuesday approved the overhaul.",
    );
  });

  it('GIVEN a wire dateline naming the region or the date after the city (BRENTON, Vale (Reuters) -) THEN the sentence without it', () => {
    const first = (text: string) => cleanArticle(text)[0]!.text;
    expect(first("BRENTON, Vale (Reuters) - Corrin Mills, one of the region's oldest bakers, closed on Monday.")).toBe(
      "Corrin Mills, one of the region's oldest bakers, closed on Monday.",
    );
    expect(first('LONDON, Nov 3 (Reuters) - The pound fell.')).toBe('The pound fell.');
    expect(first('NASA, the agency - said so.')).toBe('NASA, the agency - said so.');
  });

  it('GIVEN a sentence that merely mentions advertising THEN it is kept', () => {
    expect(cleanArticle('Advertisement spending rose 4% last year, the agency said.')).toHaveLength(1);
  });
});

describe('parsePostSignature', () => {
  it('GIVEN a signature with an en dash and no handle THEN the poster and date are read', () => {
    expect(parsePostSignature('– City of Riverton March 3, 2024')).toEqual({
      poster: 'City of Riverton',
      handle: null,
      date: '2024-03-03',
    });
  });

  it('GIVEN an ordinary sentence THEN it is not a signature', () => {
    expect(parsePostSignature('Trump spoke with reporters on November 17, 2025.')).toBeNull();
  });
});
