/**
 * Which answers are pages to read: HTML (`text/html`, `application/xhtml+xml`) and plain text (`text/plain`,
 * `text/markdown`). An answer with no Content-Type is read as HTML, as browsers do; anything else (an image, a
 * PDF, JSON) is not a web page.
 */

export type PageKind = 'html' | 'text';

const KINDS = new Map<string, PageKind>([
  ['text/html', 'html'],
  ['application/xhtml+xml', 'html'],
  ['text/plain', 'text'],
  ['text/markdown', 'text'],
  ['text/x-markdown', 'text'],
]);

/** `Text/HTML; charset=utf-8` → `text/html`; none → `''`. */
export function mediaTypeOf(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

export function pageKindOf(contentType: string | null | undefined): PageKind | null {
  const mediaType = mediaTypeOf(contentType);
  if (mediaType === '') return 'html';
  return KINDS.get(mediaType) ?? null;
}
