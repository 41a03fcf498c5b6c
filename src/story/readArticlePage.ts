import { Readability } from '@mozilla/readability';
import { debrisReason } from './pageDebris.js';
import { type PageElement, parsePage } from './pageDom.js';
import { furnitureOf, removeFurniture } from './pageFurniture.js';
import { cleanByline } from './cleanByline.js';
import { dateInAddress, type PageMeta, pageAddress, readPageMeta } from './readPageMeta.js';
import { collapseWhitespace, splitBlocks } from './splitBlocks.js';
import { toIsoDate } from './toIsoDate.js';

/**
 * Reads the article out of a web page: the readability algorithm (`@mozilla/readability`, on a linkedom DOM)
 * finds the article's element; its text is cut into paragraphs at block elements and `<br>` (never at line
 * breaks), each with its white space collapsed; captions, credits, link lists, bylines, datelines and prompts are
 * left out (`pageFurniture` by element, `pageDebris` by words). The headline, byline, date and outlet come from the
 * page's own metadata (`readPageMeta`), then from what Readability found; a date not in the metadata is read from
 * the dateline or byline left out of the text, then from the address (`/2019/02/21/`); an outlet not named, from
 * the address's host.
 */

export interface ArticlePage {
  meta: PageMeta;
  paragraphs: string[];
  /** What could not be read, one short line each: `no publication date on the page`. */
  problems: string[];
  /**
   * What was left out as not article text, each paragraph with why: page furniture anywhere on the page
   * (`<figcaption>`, `class "related"`), then the article element's own debris (`byline`, `link list`).
   */
  leftOut: LeftOut[];
}

export interface LeftOut {
  reason: string;
  text: string;
}

/** A page with no article in it: the message is the line a moderator sees. */
export class NoArticleError extends Error {
  override name = 'NoArticleError';
  constructor() {
    super('no article found on that page');
  }
}

/** Less article text than this (a log-in wall, an error page, a gallery) is no article. */
const MIN_ARTICLE_CHARACTERS = 200;

function text(value: string | null | undefined): string | null {
  const collapsed = collapseWhitespace(value ?? '');
  return collapsed.length > 0 ? collapsed : null;
}

/** `https://www.example.com/news/x` → `example.com`. */
function hostOf(address: string | undefined): string | null {
  if (!address) return null;
  try {
    return new URL(address).hostname.replace(/^www\./u, '') || null;
  } catch {
    return null;
  }
}

/** What a visible dateline or byline says (`Tue Dec 30, 2014 11:44pm GMT`, `Posted: Oct 14, 2022`). */
const DATED = new Set(['dateline', 'byline', 'class "timestamp"', 'class "dateline"', 'class "byline"', '<header>']);

function dateInLeftOut(leftOut: LeftOut[]): string | null {
  for (const { reason, text } of leftOut) {
    const date = DATED.has(reason) ? toIsoDate(text) : null;
    if (date) return date;
  }
  return null;
}

/**
 * `Headline | Outlet News` → `Headline`: a title tag's trailing site name. A ` | ` part of five words or fewer goes;
 * after a dash only a part that names the outlet, since headlines use dashes themselves.
 */
export function withoutSiteName(title: string, outlet: string | null): string {
  const piped = /^(.{10,}?)\s+\|\s+(?:[^|]+?)$/u.exec(title);
  if (piped && piped[0].split('|').at(-1)!.trim().split(/\s+/u).length <= 5) return piped[1]!;
  if (outlet) {
    const dashed = /^(.{10,}?)\s+[-–—]\s+([^-–—]+)$/u.exec(title);
    if (dashed && dashed[2]!.toLowerCase().includes(outlet.toLowerCase())) return dashed[1]!;
  }
  return title;
}

function problemsOf(meta: PageMeta): string[] {
  const problems: string[] = [];
  if (!meta.title) problems.push('no headline on the page');
  if (!meta.published) problems.push('no publication date on the page');
  if (!meta.byline) problems.push('no byline on the page');
  if (!meta.outlet) problems.push('no outlet named on the page');
  return problems;
}

export function readArticlePage(html: string, pageUrl?: string): ArticlePage {
  const document = parsePage(html);
  // Readability changes the document it reads: the page's own metadata is read first.
  const own = readPageMeta(document);
  const address = pageUrl ?? pageAddress(document) ?? undefined;
  const leftOut: LeftOut[] = removeFurniture(document.documentElement);
  const article = new Readability<PageElement>(document, { serializer: (node) => node as PageElement, keepClasses: true }).parse();
  const content = article?.content;
  if (!article || !content) throw new NoArticleError();

  const outlet = own.outlet ?? text(article.siteName) ?? hostOf(address);
  const title = own.title ?? text(article.title);
  const meta: PageMeta = {
    title: title && withoutSiteName(title, outlet),
    byline: own.byline ?? cleanByline(article.byline),
    published: own.published ?? toIsoDate(article.publishedTime ?? ''),
    outlet,
  };
  const context = { title: meta.title, byline: meta.byline };
  const paragraphs: string[] = [];
  for (const block of splitBlocks(content, furnitureOf)) {
    const reason = block.furniture ?? debrisReason(block, context);
    if (reason) leftOut.push({ reason, text: block.text });
    else paragraphs.push(block.text);
  }
  if (paragraphs.join('').length < MIN_ARTICLE_CHARACTERS) throw new NoArticleError();
  meta.published ??= dateInLeftOut(leftOut) ?? toIsoDate(article.byline ?? '') ?? dateInAddress(address);
  return { meta, paragraphs, problems: problemsOf(meta), leftOut };
}
