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
