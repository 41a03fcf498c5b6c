import { z } from 'zod';
import { cleanByline } from './cleanByline.js';
import type { PageDocument } from './pageDom.js';
import { readJsonLdArticle } from './readJsonLdArticle.js';
import { collapseWhitespace } from './splitBlocks.js';
import { toIsoDate } from './toIsoDate.js';

/**
 * What a page says about its own article, from its markup alone: JSON-LD (`NewsArticle`, `Article`, …) first,
 * then `og:` / `article:` and other meta tags, then `<time datetime>`, then Parse.ly's `parsely-page` tag.
 * A field the page does not give is null.
 */

export interface PageMeta {
  title: string | null;
  /** Who wrote it, without a leading `By`: `Jane Doe and John Roe`. */
  byline: string | null;
  /** `YYYY-MM-DD`, the date as the page writes it. */
  published: string | null;
  /** The publication's name: `The Riverton Courier`. */
  outlet: string | null;
}

const TITLE_KEYS = ['og:title', 'twitter:title', 'title', 'dc.title', 'headline'];
const BYLINE_KEYS = ['author', 'article:author', 'byl', 'dc.creator', 'sailthru.author', 'parsely-author', 'twitter:creator'];
const PUBLISHED_KEYS = [
  'article:published_time',
  'article:published',
  'article_date_original',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'dcterms.date',
  'date',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'originalpublicationdate',
  'pdate',
];
const OUTLET_KEYS = ['og:site_name', 'application-name', 'publisher', 'dc.publisher'];

/** `<meta property|name|itemprop="key" content="…">`, keys lower-cased; the first value of a key wins. */
function metaTags(document: PageDocument): Map<string, string> {
  const values = new Map<string, string>();
  const elements = document.querySelectorAll('meta');
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]!;
    const content = collapseWhitespace(element.getAttribute('content') ?? element.getAttribute('value') ?? '');
    if (content.length === 0) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !values.has(key)) values.set(key, content);
    }
  }
  return values;
}

function isAddress(value: string): boolean {
  return /^(?:https?:)?\/\/|^www\./iu.test(value);
}

/** Parse.ly's `<meta name="parsely-page" content='{"title": …, "author": …, "pub_date": …}'>`. */
const ParselyPage = z.object({
  title: z.string().optional().catch(undefined),
  author: z.string().optional().catch(undefined),
  pub_date: z.string().optional().catch(undefined),
});

function parselyPage(tags: Map<string, string>): z.infer<typeof ParselyPage> {
  const content = tags.get('parsely-page');
  if (!content) return {};
  try {
    const parsed = ParselyPage.safeParse(JSON.parse(content));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** The page's own address: `og:url`, else `<link rel="canonical">`. */
export function pageAddress(document: PageDocument): string | null {
  const og = document.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return [og, canonical].find((address) => address && /^https?:\/\//iu.test(address.trim()))?.trim() ?? null;
}

const ADDRESS_DATE = /\/((?:19|20)\d{2})\/(\d{1,2}|[a-z]{3,9})\/(\d{1,2})(?:\/|$)/iu;

/** `…/2019/02/21/nyregion/…`, `…/2009/oct/14/business/…` → the date the address carries, as many news sites' do. */
export function dateInAddress(address: string | null | undefined): string | null {
  const match = ADDRESS_DATE.exec(address ?? '');
  if (!match) return null;
  const [, year, month, day] = match;
  return /^\d+$/u.test(month!)
    ? toIsoDate(`${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`)
    : toIsoDate(`${day} ${month} ${year}`);
}

function first<T>(candidates: Array<T | null | undefined>): T | null {
  for (const candidate of candidates) if (candidate !== null && candidate !== undefined) return candidate;
  return null;
}

function timeElementDate(document: PageDocument): string | null {
  for (const selector of ['time[itemprop="datePublished"]', 'time[pubdate]', 'time[datetime]']) {
    const elements = document.querySelectorAll(selector);
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i]!;
      const date = toIsoDate(element.getAttribute('datetime') ?? element.textContent ?? '');
      if (date) return date;
    }
  }
  return null;
}

export function readPageMeta(document: PageDocument): PageMeta {
  const tags = metaTags(document);
  const jsonLd = readJsonLdArticle(document);
  const fromTags = (keys: string[], keep: (value: string) => string | null = (v) => v): Array<string | null> =>
    keys.map((key) => {
      const value = tags.get(key);
      return value === undefined ? null : keep(value);
    });
  const notAddress = (value: string): string | null => (isAddress(value) ? null : value);
  const parsely = parselyPage(tags);
  return {
    title: first([jsonLd?.headline, ...fromTags(TITLE_KEYS), parsely.title]),
    byline: first([cleanByline(jsonLd?.author), ...fromTags(BYLINE_KEYS, cleanByline), cleanByline(parsely.author)]),
    published: first([
      toIsoDate(jsonLd?.datePublished ?? ''),
      ...fromTags(PUBLISHED_KEYS, toIsoDate),
      timeElementDate(document),
      toIsoDate(parsely.pub_date ?? ''),
    ]),
    outlet: first([jsonLd?.publisher, ...fromTags(OUTLET_KEYS, notAddress)]),
  };
}
