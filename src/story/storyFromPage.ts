import { buildStory } from './loadStory.js';
import { type ArticlePage, readArticlePage } from './readArticlePage.js';
import type { Story, StoryMeta } from './types.js';

/**
 * A page's article as the text the ingestion reads (one paragraph a line, a blank line between them: what
 * `cleanArticle` splits), and the story built from it by the same `buildStory` as an article file.
 */

export function articleText(page: Pick<ArticlePage, 'paragraphs'>): string {
  return `${page.paragraphs.join('\n\n')}\n`;
}

export function storyMetaOf(page: Pick<ArticlePage, 'meta'>): StoryMeta {
  return { published: page.meta.published, title: page.meta.title, outlet: page.meta.outlet };
}

export interface PageStory {
  page: ArticlePage;
  /** The text the story was built from, to save beside it (a restart rebuilds the story without fetching). */
  text: string;
  story: Story;
}

/** `file` names the story in messages: the page's address, or the attachment's name. */
export function storyFromPage(html: string, file: string, pageUrl?: string): PageStory {
  const page = readArticlePage(html, pageUrl);
  const text = articleText(page);
  return { page, text, story: buildStory(text, file, storyMetaOf(page)) };
}
