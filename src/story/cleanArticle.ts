import type { EmbeddedPost, Paragraph } from './types.js';

/**
 * Turns an article as scraped into numbered paragraphs.
 * Debris lines (`.png)`, lone links, lines with no words) are dropped; a bare `pic.twitter.com/…`
 * link inside a line is removed; an embedded post (its words, then a `— Name (@handle) Month D, YYYY`
 * line) becomes one paragraph that carries who posted it and when.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const POST_SIGNATURE =
  /^[\u2014\u2013-]{1,2}\s*(?<poster>[^(]+?)\s*(?:\((?<handle>@\w+)\))?\s+(?<month>[A-Z][a-z]+)\s+(?<day>\d{1,2}),\s+(?<year>\d{4})\s*$/u;
const INLINE_MEDIA_LINK = /\s*\b(?:pic\.twitter\.com|t\.co)\/\S+/giu;
const BARE_URL_LINE = /^\(?(?:https?:\/\/|www\.)\S+\)?$/iu;

/** Lines that scraped pages carry and no article says: ads, share prompts, photo credits, image markup. */
const BOILERPLATE_LINE =
  /^(?:advertisement|story continues below(?: advertisement)?|share this (?:article|story)|sign up\b.*newsletter.*|read more:?.*|related:.*|subscribe\b.*|follow us\b.*|\(?(?:ap|afp|reuters|getty images|ap photo)[^)]*photo[^)]*\)?|.*\bphoto(?:graph)?:\s.*\)?|\((?:photo|image|video|pictured)\b[^)]*\)|.*\b(?:getty images|ap photo|afp via getty images|shutterstock)\)?|(?:copyright|\u00A9)\s.*|all rights reserved\.?|this material may not be published.*)$/iu;
const MARKDOWN_IMAGE = /^!\[[^\]]*\]\([^)]*\)$/u;
/** `By Maria Lopez and John Carter`: who wrote the article, not what it says. */
const BYLINE =
  /^By\s+\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*)+(?:(?:,\s*|\s+and\s+)\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*)+)*$/u;
/**
 * `MEXICO CITY (AP) — `, `BRASILIA, Brazil (Reuters) - `, `LONDON, Nov 3 (Reuters) - `: the dateline before a wire
 * story's first sentence. A place or date after the city's capitals only with the agency after it.
 */
const DATELINE =
  /^\p{Lu}[\p{Lu}\s.,'\u2019-]{2,40}(?:,\s*\p{Lu}[\p{L}\p{N}.'\u2019-]*(?:\s+[\p{L}\p{N}.'\u2019-]+){0,3}\s*\([\p{L}\s.]+\)|\([\p{L}\s.]+\))?\s+[\u2014\u2013-]{1,2}\s+(?=\p{Lu})/u;

function isDebris(line: string): boolean {
  if (BARE_URL_LINE.test(line) || MARKDOWN_IMAGE.test(line) || BYLINE.test(line)) return true;
  if (line.length <= 200 && BOILERPLATE_LINE.test(line)) return true;
  // A line that holds no word of two letters or more is scraping debris: `.png)`, `![](`, `* * *`.
  const words = line.match(/\p{L}{2,}/gu) ?? [];
  if (words.length === 0) return true;
  if (/^[.![\]()]*\w{2,4}\)$/u.test(line) && words.length === 1) return true;
  return false;
}

export function parsePostSignature(line: string): EmbeddedPost | null {
  const match = POST_SIGNATURE.exec(line.trim());
  if (!match?.groups) return null;
  const month = MONTHS.indexOf(match.groups.month!.toLowerCase());
  if (month < 0) return null;
  const iso = `${match.groups.year}-${String(month + 1).padStart(2, '0')}-${match.groups.day!.padStart(2, '0')}`;
  return { poster: match.groups.poster!.trim(), handle: match.groups.handle ?? null, date: iso };
}

export function cleanArticle(raw: string): Paragraph[] {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(INLINE_MEDIA_LINK, '')
        .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
        // Two single marks for a double one (`’’`, `‘‘`, TeX's ``` `` ```): typesetting, not two quotations.
        .replace(/\u2018\u2018|``/gu, '\u201C')
        .replace(/\u2019\u2019/gu, '\u201D')
        .trim()
        .replace(DATELINE, ''),
    )
    .filter((line) => line.length > 0 && !isDebris(line));

  const paragraphs: Paragraph[] = [];
  for (const line of lines) {
    const post = parsePostSignature(line);
    const previous = paragraphs.at(-1);
    if (post && previous && !previous.post) {
      previous.post = post;
      continue;
    }
    paragraphs.push({ number: paragraphs.length + 1, text: line, post: null });
  }
  return paragraphs;
}
