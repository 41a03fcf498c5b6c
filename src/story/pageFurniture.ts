import { isElement, type PageElement, type PageNode, TEXT_NODE } from './pageDom.js';
import { collapseWhitespace, isBlockElement, splitBlocks } from './splitBlocks.js';

/**
 * Elements of a page that hold no article text, whole: photo captions and credits, the article's header (headline,
 * deck, byline, date, place), share and subscribe boxes, related-story lists, pull quotes (a repeat of the text), the
 * print-edition line. Told by the element (`figcaption`, `figure`, `header`, `aside`, `nav`) or by what its class or
 * id says (`image-caption`, `photoCredit`, `RelatedCoverage`, `share-tools`). So that a wrapper whose class only
 * happens to say one of these words (`story has-caption`) never takes the article with it, an element is left
 * in when it holds three paragraphs of 100 characters or more, or 1,000 characters or more that are not mostly
 * links (a long rail of related links is still furniture).
 *
 * `removeFurniture` takes them out of the whole page before Readability reads it (Readability rewrites some
 * elements and drops their classes: a `div.caption-wrap` comes out as a bare `p`); `furnitureOf` also tells them
 * apart in Readability's result.
 */

/** Never article text, whatever it holds. */
const ALWAYS = new Set(['figcaption', 'nav']);
/** Not article text unless it holds the article. */
const BY_ELEMENT = new Set(['figure', 'header', 'aside', 'footer']);

/** Words of a class or id that say what the element is, matched whole, in any case (`image_credit`, `captionText`). */
const FURNITURE_WORDS = new Set([
  'ad',
  'ads',
  'advert',
  'deck',
  'dek',
  'promo',
  'related',
  'share',
  'sharing',
  'social',
  'sponsored',
  'subscribe',
  'subscription',
  'toolbar',
]);
/** Longer words that say it even run into another (`articlesubtitle`, `storyimagecaption`). */
const FURNITURE_STEMS = [
  'advertisement',
  'breadcrumb',
  'byline',
  'caption',
  'copyright',
  'credit',
  'dateline',
  'newsletter',
  'outbrain',
  'pullquote',
  'standfirst',
  'subtitle',
  'taboola',
  'timestamp',
  'trending',
];
/** Two words that say it together: `pull-quote`, `read_more`, `moreStories`. */
const FURNITURE_PAIRS = new Set(['pull quote', 'read more', 'more stories', 'also read', 'see also', 'most read', 'most popular']);

const PRINT_EDITION = /^a version of this (?:article|story) appears? in print\b/iu;

const MAX_PARAGRAPHS = 2;
/** A paragraph shorter than this (`Image`, a credit) does not count towards holding the article. */
const PARAGRAPH_CHARACTERS = 100;
const MAX_CHARACTERS = 1000;

/** `ArticleBody-byline_container rolloverCaption` → `article body byline container rollover caption`. */
export function classWords(element: PageElement): string[] {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return names
    .replace(/([a-z\d])([A-Z])/gu, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/u)
    .filter((word) => word.length > 0);
}

/** The word of a class or id that says furniture (`caption`, `read more`), or null. */
function furnitureWord(words: string[]): string | null {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (FURNITURE_WORDS.has(word)) return word;
    const stem = FURNITURE_STEMS.find((s) => word.includes(s));
    if (stem) return stem;
    const pair = i > 0 ? `${words[i - 1]} ${word}` : '';
    if (FURNITURE_PAIRS.has(pair)) return pair;
  }
  return null;
}

/** Share of the text inside links (`a[href]`) above which an element is a list of links, however long. */
const LINK_LIST_DENSITY = 0.5;

function linkedLength(element: PageElement): number {
  const links = element.querySelectorAll('a[href]');
  let length = 0;
  for (let i = 0; i < links.length; i++) length += collapseWhitespace(links[i]!.textContent ?? '').length;
  return length;
}

function holdsArticle(element: PageElement, text: string): boolean {
  if (text.length >= MAX_CHARACTERS) return linkedLength(element) < LINK_LIST_DENSITY * text.length;
  const paragraphs = element.querySelectorAll('p');
  let long = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    if (collapseWhitespace(paragraphs[i]!.textContent ?? '').length >= PARAGRAPH_CHARACTERS) long++;
  }
  return long > MAX_PARAGRAPHS;
}

/** The first `length` visible characters of an element's text, read without walking all of it. */
function leadingText(node: PageNode, length: number): string {
  let text = '';
  const walk = (current: PageNode): boolean => {
    if (current.nodeType === TEXT_NODE) {
      text += current.textContent ?? '';
      return collapseWhitespace(text).length >= length;
    }
    const children = current.childNodes;
    for (let i = 0; i < children.length; i++) if (walk(children[i]!)) return true;
    return false;
  };
  walk(node);
  return collapseWhitespace(text).slice(0, length);
}

/** Why an element is not article text: `<figcaption>`, `class "caption"`, `print edition`; null when it may be. */
export function furnitureOf(element: PageElement): string | null {
  // Readability writes the elements it renames in capitals (`P`, `DIV`) on linkedom.
  const name = element.localName.toLowerCase();
  if (ALWAYS.has(name)) return `<${name}>`;
  const byElement = BY_ELEMENT.has(name);
  // Only blocks: an inline `span.dateline` or `span.location` opening a wire story's first paragraph is its text.
  const word = isBlockElement(name) ? furnitureWord(classWords(element)) : null;
  if (byElement || word) {
    // A figure that quotes (an embedded post, a quotation with its source) is the article's; a pull quote repeats it.
    if (name === 'figure' && !word && element.querySelectorAll('blockquote').length > 0) return null;
    if (holdsArticle(element, collapseWhitespace(element.textContent ?? ''))) return null;
    return byElement ? `<${name}>` : `class "${word}"`;
  }
  if ((name === 'div' || name === 'p') && PRINT_EDITION.test(leadingText(element, 60))) {
    return collapseWhitespace(element.textContent ?? '').length < MAX_CHARACTERS ? 'print edition' : null;
  }
  return null;
}

export interface Furniture {
  reason: string;
  text: string;
}

/** Takes every furniture element out of the page; returns their paragraphs, each with why it went. */
export function removeFurniture(root: PageElement): Furniture[] {
  const removed: Furniture[] = [];
  const walk = (element: PageElement): void => {
    const reason = furnitureOf(element);
    if (reason) {
      for (const block of splitBlocks(element)) removed.push({ reason, text: block.text });
      element.remove();
      return;
    }
    for (const child of Array.from(element.childNodes)) if (isElement(child)) walk(child);
  };
  walk(root);
  return removed;
}
