import { isElement, type PageElement, type PageNode, TEXT_NODE } from './pageDom.js';

/**
 * Cuts an element's text into the pieces a reader sees as separate: a new piece at every block element
 * (`p`, `div`, `h1`–`h6`, `li`, `blockquote`, `td`, `figure`, …) and at every `<br>`, never at a line break
 * of the source (minified pages have none; hand-wrapped ones have them mid-sentence).
 */

const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Elements whose text no reader sees as text. */
const NEVER_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'select', 'textarea', 'button']);

/** `p`, `div`, `li`, …: an element that starts a new paragraph. */
export function isBlockElement(localName: string): boolean {
  return BLOCK_ELEMENTS.has(localName.toLowerCase());
}

export interface TextBlock {
  /** White space collapsed: every run of spaces, line breaks and no-break spaces is one space; ends trimmed. */
  text: string;
  /** Share of the block's visible characters that sit inside a link (`a[href]`), 0 to 1. */
  linkDensity: number;
  /** Why the element it sits in is not article text (`figcaption`), or null. */
  furniture: string | null;
}

/** Every run of white space (no-break and other Unicode spaces included) becomes one space; the ends are trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function visibleLength(text: string): number {
  return text.replace(/\s+/gu, '').length;
}

/**
 * `furnitureOf` says why an element, with all it holds, is not article text (or null when it may be): its blocks
 * come out marked with that reason, for the caller to leave out.
 */
export function splitBlocks(root: PageElement, furnitureOf: (element: PageElement) => string | null = () => null): TextBlock[] {
  const blocks: TextBlock[] = [];
  let buffer = '';
  let linked = 0;
  let bufferFurniture: string | null = null;

  const flush = (): void => {
    const text = collapseWhitespace(buffer);
    if (text.length > 0) {
      const length = visibleLength(text);
      blocks.push({ text, linkDensity: length === 0 ? 0 : Math.min(1, linked / length), furniture: bufferFurniture });
    }
    buffer = '';
    linked = 0;
    bufferFurniture = null;
  };

  const walk = (node: PageNode, inLink: boolean, furniture: string | null): void => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      buffer += text;
      if (inLink) linked += visibleLength(text);
      if (furniture && /\S/u.test(text)) bufferFurniture ??= furniture;
      return;
    }
    if (!isElement(node)) return;
    const name = node.localName.toLowerCase();
    if (name === 'br') {
      flush();
      return;
    }
    if (NEVER_TEXT.has(name)) return;
    const block = BLOCK_ELEMENTS.has(name);
    if (block) flush();
    const link = inLink || (name === 'a' && node.getAttribute('href') !== null);
    const within = furniture ?? furnitureOf(node);
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]!, link, within);
    if (block) flush();
  };

  walk(root, false, null);
  flush();
  return blocks;
}
