/**
 * A publication date as a page writes it → `YYYY-MM-DD`, the date as written (a time zone never moves it to
 * another day): `2019-11-19T22:50:00-05:00`, `20191119`, `November 19, 2019`, `Nov. 19th, 2019`, `19 Nov 2019`,
 * `Tue, 19 Nov 2019 22:50:00 GMT`. Anything else, or a date that does not exist, is null.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])/u;
const MONTH_FIRST = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u;
const DAY_FIRST = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/u;

function monthNumber(word: string): number {
  // `Mar`, `March` and `Sept` are months; `Marching` is not.
  const lower = word.toLowerCase();
  const index = MONTHS.findIndex((month) => month.startsWith(lower));
  return lower.length >= 3 && index >= 0 ? index + 1 : 0;
}

function format(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function toIsoDate(text: string): string | null {
  const value = text.trim();
  const iso = ISO.exec(value);
  if (iso) return format(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const monthFirst = MONTH_FIRST.exec(value);
  if (monthFirst) {
    const month = monthNumber(monthFirst[1]!);
    if (month > 0) return format(Number(monthFirst[3]), month, Number(monthFirst[2]));
  }
  const dayFirst = DAY_FIRST.exec(value);
  if (dayFirst) {
    const month = monthNumber(dayFirst[2]!);
    if (month > 0) return format(Number(dayFirst[3]), month, Number(dayFirst[1]));
  }
  return null;
}
