import type { Paragraph } from './types.js';

/**
 * Every span in “…” or "…" across the article. A paragraph that opens a quotation and does not close it
 * continues in the next paragraph (the English convention): such spans come back merged into one.
 */
export interface QuoteSpan {
  /** Paragraph the quotation starts in, and the character offsets of its words there. */
  paragraph: number;
  start: number;
  end: number;
  /** The words inside the marks, across paragraphs when the quotation runs on. */
  text: string;
  /** The paragraphs it covers, first to last. */
  paragraphs: number[];
  /** Offset (in the last paragraph) just after the closing mark, or the paragraph's end. */
  closeAt: number;
}

const OPENERS = new Set(['\u201C', '"']);

export function findQuoteSpans(paragraphs: Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: QuoteSpan | null = null;

  for (const paragraph of paragraphs) {
    const text = paragraph.text;
    let i = 0;
    if (open) {
      // A continued quotation re-opens with a mark at the paragraph's start; without one it has ended.
      const resumes = /^\s*[\u201C"]/u.exec(text);
      if (resumes) {
        i = resumes[0].length;
        open.paragraphs.push(paragraph.number);
      } else {
        spans.push(open);
        open = null;
      }
    }
    let contentStart = i;
    for (; i < text.length; i++) {
      const ch = text[i]!;
      if (!open && OPENERS.has(ch)) {
        open = { paragraph: paragraph.number, start: i + 1, end: -1, text: '', paragraphs: [paragraph.number], closeAt: -1 };
        contentStart = i + 1;
      } else if (open && (ch === '\u201D' || (ch === '"' && i > contentStart))) {
        const words = text.slice(contentStart, i);
        open.text = open.text ? `${open.text} ${words}` : words;
        open.end = open.paragraphs.length === 1 ? i : open.end;
        open.closeAt = i + 1;
        spans.push(open);
        open = null;
      }
    }
    if (open) {
      const words = text.slice(contentStart);
      open.text = open.text ? `${open.text} ${words}` : words;
      if (open.paragraphs.length === 1) open.end = text.length;
      open.closeAt = text.length;
      contentStart = 0;
    }
  }
  if (open) spans.push(open);
  return spans.filter((span) => span.text.trim().length > 0);
}
