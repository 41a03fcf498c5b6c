import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../../src/story/loadStory.js';
import { articleText, storyFromPage } from '../../src/story/storyFromPage.js';
import { ROOT } from '../paths.js';

const html = readFileSync(join(ROOT, 'test', 'fixtures', 'pages', 'ferry-winter.html'), 'utf8');
const { page, text, story } = storyFromPage(html, 'https://www.alderbaycourier.example/news/ferry');

describe('storyFromPage: a page ingested as an article file is', () => {
  it('GIVEN the paragraphs THEN the text is one paragraph a line with a blank line between', () => {
    expect(articleText({ paragraphs: ['One.', 'Two.'] })).toBe('One.\n\nTwo.\n');
    expect(text.split('\n\n')).toHaveLength(page.paragraphs.length);
  });

  it('GIVEN the page THEN the story carries its headline, date and outlet and is named by its address', () => {
    expect(story.meta).toEqual({
      title: 'Alder Bay ferry to run through winter after council vote',
      published: '2025-11-03',
      outlet: 'The Alder Bay Courier',
    });
    expect(story.file).toBe('https://www.alderbaycourier.example/news/ferry');
  });

  it('GIVEN the page THEN the same story as its text given to buildStory', () => {
    expect(story).toEqual(buildStory(text, story.file, story.meta));
  });

  it('GIVEN quotes in the page THEN quotes with their speakers', () => {
    const speakerOf = (words: string) => story.entries.find((e) => e.kind === 'quote' && e.text.includes(words))?.speaker?.name;
    expect(speakerOf('waited a decade')).toBe('Irene Castell');
    expect(speakerOf('next storm')).toBe('Dev Anand');
  });

  it('GIVEN an embedded post with its signature line THEN one paragraph that knows who posted it and when', () => {
    const post = story.paragraphs.find((p) => p.post);
    expect(post?.text).toBe('The winter ferry is funded. See you on the dock, Kestrel Island.');
    expect(post?.post).toEqual({ poster: 'Lena Fischer', handle: '@MayorFischer', date: '2025-11-03' });
  });
});
