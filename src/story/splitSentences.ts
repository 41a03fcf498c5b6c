/**
 * Splits a paragraph into sentences by general rules of English prose:
 * a sentence ends at `.`, `?` or `!` (with any closing quotes or brackets) followed by a space and a
 * capital, a digit or an opening quote — but not after a common abbreviation or an initial, and not
 * inside a quotation that is still open (a quoted speech of several sentences stays with its attribution).
 */

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'prof',
  'gov',
  'sen',
  'rep',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'rev',
  'hon',
  'pres',
  'no',
  'inc',
  'co',
  'corp',
  'ltd',
  'vs',
  'etc',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'mt',
  'ft',
  'ave',
  'blvd',
  'fig',
  'approx',
]);

const OPEN_QUOTE = '\u201C';
const CLOSE_QUOTE = '\u201D';

function endsWithAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)\.$/u.exec(before)?.[1] ?? '';
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // Initials and dotted acronyms: `J.`, `U.S.` (a sentence may still end in one; the next word decides).
  return /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word);
}

export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  let inQuote = false;
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i]!;
    if (ch === OPEN_QUOTE) inQuote = true;
    else if (ch === CLOSE_QUOTE) inQuote = false;
    else if (ch === '"') inQuote = !inQuote;
    if (ch !== '.' && ch !== '?' && ch !== '!' && ch !== '\u2026') continue;

    let end = i + 1;
    let closesQuote = false;
    while (end < paragraph.length && /["'\u201D\u2019)\]]/u.test(paragraph[end]!)) {
      if (paragraph[end] === CLOSE_QUOTE || paragraph[end] === '"') closesQuote = true;
      end++;
    }
    if (inQuote && !closesQuote) continue;
    const rest = paragraph.slice(end);
    const next = /^\s+(\S)/u.exec(rest);
    if (!next) continue;
    if (!/[\p{Lu}\p{N}"\u201C\u2018(]/u.test(next[1]!)) continue;
    if (ch === '.' && !closesQuote && endsWithAbbreviation(paragraph.slice(start, i + 1)) && !/^\s+\u201C/u.test(rest)) {
      // `U.S. officials` continues; an initial before a capital is read as part of a name.
      continue;
    }
    if (closesQuote) inQuote = false;
    sentences.push(paragraph.slice(start, end).trim());
    start = end;
    i = end - 1;
  }
  const tail = paragraph.slice(start).trim();
  if (tail) sentences.push(tail);
  return sentences;
}
