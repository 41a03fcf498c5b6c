import { z } from 'zod';
import type { PageDocument } from './pageDom.js';

/**
 * What a page's JSON-LD (`<script type="application/ld+json">`) says about its article: the first object of a
 * schema.org article type (`NewsArticle`, `Article`, `ReportageNewsArticle`, `BlogPosting`, …), found at the top,
 * in an array, in `@graph` or as a page's `mainEntity`. Scripts that are not valid JSON are passed over.
 */

export interface JsonLdArticle {
  headline: string | null;
  /** Author names as a byline writes them: `A`, `A and B`, `A, B and C`. */
  author: string | null;
  datePublished: string | null;
  publisher: string | null;
}

const ARTICLE_TYPE = /(?:^|[/:])(?:\w*Article|BlogPosting|LiveBlogPosting|Report)$/u;

const text = z
  .string()
  .transform((s) => s.replace(/\s+/gu, ' ').trim())
  .pipe(z.string().min(1));
const named = z.union([text, z.object({ name: text }).transform((o) => o.name)]);
const names = z.union([named.transform((n) => [n]), z.array(z.unknown())]).transform((list) =>
  list.flatMap((item) => {
    const parsed = named.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  }),
);

const ArticleFields = z.object({
  headline: text.optional().catch(undefined),
  name: text.optional().catch(undefined),
  author: names.optional().catch(undefined),
  creator: names.optional().catch(undefined),
  datePublished: text.optional().catch(undefined),
  dateCreated: text.optional().catch(undefined),
  publisher: named.optional().catch(undefined),
  sourceOrganization: named.optional().catch(undefined),
});

function joinNames(list: string[]): string | null {
  const unique = [...new Set(list)];
  if (unique.length <= 1) return unique[0] ?? null;
  return `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasArticleType(node: Record<string, unknown>): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
}

function findArticle(value: unknown, depth: number): Record<string, unknown> | null {
  if (depth > 4) return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (!isRecord(value)) return null;
  if (hasArticleType(value)) return value;
  return findArticle(value['@graph'], depth + 1) ?? findArticle(value['mainEntity'], depth + 1);
}

function parseJson(source: string): unknown {
  const body = source.replace(/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/gu, '');
  try {
    return JSON.parse(body);
  } catch {
    try {
      // Raw line breaks inside strings are common and invalid JSON; outside strings they are only white space.
      return JSON.parse(body.replace(/[\u0000-\u001F]+/gu, ' '));
    } catch {
      return null;
    }
  }
}

export function readJsonLdArticle(document: PageDocument): JsonLdArticle | null {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const node = findArticle(parseJson(scripts[i]!.textContent ?? ''), 0);
    if (!node) continue;
    const fields = ArticleFields.parse(node);
    const authors = fields.author?.length ? fields.author : (fields.creator ?? []);
    return {
      headline: fields.headline ?? fields.name ?? null,
      author: joinNames(authors),
      datePublished: fields.datePublished ?? fields.dateCreated ?? null,
      publisher: fields.publisher ?? fields.sourceOrganization ?? null,
    };
  }
  return null;
}
