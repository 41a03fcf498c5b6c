/** Text normalisation shared by ingestion and search: general rules of typography, nothing story-specific. */

const CURLY = /[\u2018\u2019\u201A\u201B\u2032]/g;
const CURLY_DOUBLE = /[\u201C\u201D\u201E\u201F\u2033]/g;

/** Straight quotes and apostrophes, one space between words. */
export function straightenQuotes(text: string): string {
  return text.replace(CURLY, "'").replace(CURLY_DOUBLE, '"');
}

/** Removes diacritics: `Peñasco` → `Penasco`. */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** The comparison form used by the evaluation contract: lower case, straight quotes, single spaces. */
export function normaliseForMatch(text: string): string {
  return straightenQuotes(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Lower-cased, accent-free form for comparing names. */
export function nameKey(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/(\p{L})['\u2019](\p{L})/gu, '$1$2')
    .replace(/[^\p{L}\p{N}@]+/gu, ' ')
    .trim();
}

/** A stable slug for ids: `Claudia Sheinbaum` → `claudia-sheinbaum`. */
export function slug(text: string): string {
  return nameKey(text).replace(/@/g, '').replace(/\s+/g, '-') || 'unknown';
}
