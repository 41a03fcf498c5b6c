import type { Paragraph } from './types.js';

/**
 * Every span in “…” or "…" across the article. A paragraph that opens a quotation and does not close it
 * continues in the next paragraph (the English convention): such spans come back merged into one.
 * Outside double marks, single curly marks (‘…’, the British convention) quote too: a ‘ at a word's start
 * opens, and the first ’ at a word's end (not an apostrophe inside a word) closes, within one paragraph, or in a later
 * one when the paragraph ends unclosed and the next re-opens with ‘ (the same convention).
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

/** Whether the ’ at `i` closes a single-marked quotation: at a word's end, not an apostrophe inside a word. */
function closesSingle(text: string, i: number): boolean {
  return text[i] === '\u2019' && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? '') && !/\s/u.test(text[i - 1] ?? ' ');
}

/**
 * The single-marked quotation opening at `at` (a ‘ at a word's start), as [content start, content end, close]; the
 * close is -1 when the paragraph ends first (it may run on into the next, see findQuoteSpans).
 */
function singleQuoted(text: string, at: number): [number, number, number] | null {
  if (text[at] !== '\u2018' || (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) || !/[\p{L}\p{N}]/u.test(text[at + 1] ?? '')) return null;
  for (let i = at + 2; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\u201C' || ch === '"' || ch === '\u2018') return null;
    if (closesSingle(text, i)) return [at + 1, i, i + 1];
  }
  return [at + 1, text.length, -1];
}

export function findQuoteSpans(paragraphs: Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: QuoteSpan | null = null;
  /** Whether the open quotation is in single marks (‘…’), which re-open and close with single marks. */
  let openSingle = false;

  for (const [index, paragraph] of paragraphs.entries()) {
    const text = paragraph.text;
    let i = 0;
    if (open) {
      // A continued quotation re-opens with a mark at the paragraph's start; without one it has ended.
      const resumes = (openSingle ? /^\s*\u2018/u : /^\s*[\u201C"]/u).exec(text);
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
      const single: [number, number, number] | null = open ? null : singleQuoted(text, i);
      if (single && single[2] < 0) {
        // `She said: ‘For too long…` with no closing mark: a quotation running on, when the next paragraph re-opens
        // with ‘; else a stray mark.
        if (/^\s*\u2018/u.test(paragraphs[index + 1]?.text ?? '')) {
          open = { paragraph: paragraph.number, start: single[0], end: -1, text: '', paragraphs: [paragraph.number], closeAt: -1 };
          openSingle = true;
          contentStart = single[0];
          i = text.length - 1;
        }
      } else if (single) {
        const [from, to, close] = single;
        spans.push({
          paragraph: paragraph.number,
          start: from,
          end: to,
          text: text.slice(from, to),
          paragraphs: [paragraph.number],
          closeAt: close,
        });
        i = close - 1;
      } else if (!open && OPENERS.has(ch)) {
        open = { paragraph: paragraph.number, start: i + 1, end: -1, text: '', paragraphs: [paragraph.number], closeAt: -1 };
        openSingle = false;
        contentStart = i + 1;
      } else if (open && (openSingle ? closesSingle(text, i) : ch === '\u201D' || (ch === '"' && i > contentStart))) {
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

/** The spans each paragraph opens, in order, and the paragraphs a quotation opened earlier runs on into: read once. */
export function spansByParagraph(spans: QuoteSpan[]): { opening: Map<number, QuoteSpan[]>; continuing: Set<number> } {
  const opening = new Map<number, QuoteSpan[]>();
  const continuing = new Set<number>();
  for (const span of spans) {
    const list = opening.get(span.paragraph);
    if (list) list.push(span);
    else opening.set(span.paragraph, [span]);
    for (const number of span.paragraphs) if (number !== span.paragraph) continuing.add(number);
  }
  return { opening, continuing };
}
