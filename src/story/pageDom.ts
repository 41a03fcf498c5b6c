import { parseHTML } from 'linkedom';

/**
 * The few DOM members the page reader uses, typed here so nothing untyped crosses into the story core
 * (the project compiles without the DOM library; linkedom's own types lean on it).
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface PageNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<PageNode>;
}

export interface PageElement extends PageNode {
  /** Tag name: `p`, `figcaption`; in capitals for elements Readability renamed (`P`, `DIV`), so compare lower-cased. */
  readonly localName: string;
  getAttribute(name: string): string | null;
  querySelectorAll(selectors: string): ArrayLike<PageElement>;
  remove(): void;
  appendChild(node: PageNode): PageNode;
}

export interface PageDocument {
  readonly title: string;
  readonly documentElement: PageElement;
  readonly head: PageElement;
  readonly body: PageElement;
  querySelector(selectors: string): PageElement | null;
  querySelectorAll(selectors: string): ArrayLike<PageElement>;
}

export function isElement(node: PageNode): node is PageElement {
  return node.nodeType === ELEMENT_NODE;
}

/** What may stand in a page's head; anything else outside `<head>` and `<body>` belongs in the body. */
const HEAD_ELEMENTS = new Set(['base', 'link', 'meta', 'script', 'style', 'title']);

/**
 * An HTML page as a light DOM (linkedom): no scripts run, nothing is fetched. linkedom does not imply the tags a
 * page may leave out (`<html>`, `<head>`, `<body>`, often missing from minified pages): they are put back here, so
 * that the body holds the page's text.
 */
export function parsePage(html: string): PageDocument {
  const source = /<html[\s>]/iu.test(html) ? html : `<html>${html}</html>`;
  const { document } = parseHTML(source);
  const page = document as PageDocument;
  const { head, body } = page;
  let inBody = body.childNodes.length > 0;
  for (const child of Array.from(page.documentElement.childNodes)) {
    if (child === head || child === body) continue;
    const headElement = isElement(child) && HEAD_ELEMENTS.has(child.localName.toLowerCase());
    inBody ||= !headElement && (isElement(child) || (child.nodeType === TEXT_NODE && /\S/u.test(child.textContent ?? '')));
    (inBody ? body : head).appendChild(child);
  }
  return page;
}
