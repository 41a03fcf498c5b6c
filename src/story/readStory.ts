import { decodePage } from '../web/decodePage.js';
import { type FetchPageOptions, fetchPage } from '../web/fetchPage.js';
import { buildStory, decodeArticle, MAX_ARTICLE_BYTES, StoryLoadError } from './loadStory.js';
import { NoArticleError } from './readArticlePage.js';
import { storyFromPage } from './storyFromPage.js';
import type { Story } from './types.js';

/**
 * A story a moderator brings, read by the same ingestion as the shipped article: a web page (fetched within
 * `fetchPage`'s rules; an HTML page's article read out by `storyFromPage`, a plain-text page read as an article file)
 * or an attached file (`.html`/`.htm` as a saved page; `.txt` and `.md` as an article file, a Markdown file's
 * leading `# Heading` taken as its headline). What comes back is the story, the text to save (a restart rebuilds the
 * same story from it with `buildStory`) and what could not be read. A file or page refused is a `StoryReadError`
 * (or a `FetchPageError` from the fetch), whose message is one line for the moderator.
 */

export interface ReadStory {
  story: Story;
  /** The article as `buildStory` reads it, to save. */
  text: string;
  byline: string | null;
  /** What could not be read, one short line each: `no publication date on the page`. */
  problems: string[];
}

export type StoryReadProblem = 'too-large' | 'not-text' | 'empty' | 'no-article' | 'file-kind';

export class StoryReadError extends Error {
  override name = 'StoryReadError';
  constructor(
    readonly problem: StoryReadProblem,
    message: string,
  ) {
    super(message);
  }
}

const FILE_KINDS = /\.(?:txt|md|markdown|html?)$/iu;

/** What a story's text and page could not give: quotes without a speaker, and what the page did not say. */
function problemsOf(story: Story, pageProblems: string[]): string[] {
  const unattributed = story.entries.filter((e) => e.kind === 'quote' && !e.speaker).length;
  return [
    ...pageProblems,
    ...(pageProblems.length === 0 && !story.meta.published ? ['no publication date'] : []),
    ...(unattributed > 0 ? [`${unattributed} quote${unattributed === 1 ? '' : 's'} without a speaker`] : []),
  ];
}

function fromPage(html: string, source: string, pageUrl?: string): ReadStory {
  let read: ReturnType<typeof storyFromPage>;
  try {
    read = storyFromPage(html, source, pageUrl);
  } catch (error) {
    if (error instanceof NoArticleError || error instanceof StoryLoadError)
      throw new StoryReadError('no-article', 'no article found on that page');
    throw error;
  }
  return { story: read.story, text: read.text, byline: read.page.meta.byline, problems: problemsOf(read.story, read.page.problems) };
}

/** A Markdown file's leading `# Heading`, and its text without heading marks. */
function readMarkdown(raw: string): { title: string | null; text: string } {
  const lines = raw.replace(/\r\n?/gu, '\n').split('\n');
  const first = lines.findIndex((line) => line.trim().length > 0);
  const heading = first >= 0 ? /^#\s+(.+?)\s*#*\s*$/u.exec(lines[first]!.trim()) : null;
  if (heading) lines.splice(first, 1);
  const text = lines.map((line) => line.replace(/^\s{0,3}#{1,6}\s+/u, '')).join('\n');
  return { title: heading?.[1] ?? null, text };
}

function fromText(raw: string, source: string, title: string | null = null): ReadStory {
  if (raw.trim().length === 0) throw new StoryReadError('empty', 'the article is empty');
  let story: Story;
  try {
    story = buildStory(raw, source);
  } catch (error) {
    if (error instanceof StoryLoadError) throw new StoryReadError('empty', 'the article is empty');
    throw error;
  }
  if (title) story = { ...story, meta: { ...story.meta, title } };
  return { story, text: raw, byline: null, problems: problemsOf(story, []) };
}

/** A web page a moderator named; a refused fetch throws its `FetchPageError`. */
export async function readStoryFromAddress(address: string, options: FetchPageOptions = {}): Promise<ReadStory> {
  const page = await fetchPage(address, options);
  return page.kind === 'html' ? fromPage(page.text, address, page.url) : fromText(page.text, address);
}

/** An attached file, by its name and bytes. */
export function readStoryFromFile(name: string, bytes: Uint8Array): ReadStory {
  if (!FILE_KINDS.test(name)) throw new StoryReadError('file-kind', 'only .txt, .md and .html files can be read');
  if (bytes.length > MAX_ARTICLE_BYTES) throw new StoryReadError('too-large', 'the file is larger than 2 MB');
  if (/\.html?$/iu.test(name)) {
    if (bytes.includes(0)) throw new StoryReadError('not-text', 'that file is not text');
    return fromPage(decodePage(bytes, 'text/html').text, name);
  }
  let raw: string;
  try {
    raw = decodeArticle(bytes, name);
  } catch (error) {
    if (error instanceof StoryLoadError) throw new StoryReadError('not-text', 'that file is not text');
    throw error;
  }
  if (/\.(?:md|markdown)$/iu.test(name)) {
    const { title, text } = readMarkdown(raw);
    return fromText(text, name, title);
  }
  return fromText(raw, name);
}
