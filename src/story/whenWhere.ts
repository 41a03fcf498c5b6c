/**
 * When and where a statement was made, read from the words around its speech verb
 * (`said on Monday`, `said in April`, `told reporters outside the chamber`, `in the Oval Office`).
 */

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH = `(?:${MONTHS.join('|')})`;

const TIME_PHRASE = new RegExp(
  [
    `\\bon\\s+${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?`,
    `\\b(?:on|in)\\s+${MONTH}(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?`,
    `\\b(?:last|this|next|earlier this|later this)\\s+(?:week|month|year|weekend|${WEEKDAY}|spring|summer|fall|autumn|winter)`,
    `\\bin\\s+\\d{4}`,
    `\\b(?:after|before|during|following)\\s+(?:the|a|an|his|her|their|its)\\s+[\\p{L}-]+`,
    `\\b(?:yesterday|today|tonight)\\b`,
  ].join('|'),
  'u',
);

const PLACE_PHRASE =
  /\b(?:in|at|from)\s+(?:the\s+)?\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'\u2019-]*)*|\b(?:outside|inside)\s+(?:the\s+)?[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]*)*(?:\s+\p{Ll}[\p{L}-]*(?=\s*[.,;]|\s*$))?/u;

/** Words after a capitalised preposition phrase that show it is a time, not a place. */
const NOT_A_PLACE = new RegExp(`^(?:in|at|from)\\s+(?:the\\s+)?(?:${MONTH}|${WEEKDAY})\\b`, 'u');

export function findWhen(clause: string): string | null {
  const match = TIME_PHRASE.exec(clause);
  return match ? match[0].trim() : null;
}

export function findWhere(clause: string): string | null {
  const match = PLACE_PHRASE.exec(clause);
  if (!match || NOT_A_PLACE.test(match[0])) return null;
  return match[0].trim();
}

function formatDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** `2025-11-17` → `17 November 2025`. */
export function formatIsoDate(iso: string): string {
  return formatDate(new Date(`${iso}T00:00:00Z`));
}

/**
 * Pins a weekday to the calendar when the story's date is known: a story of Monday 17 November 2025
 * that says `on Monday` means that day; `on Friday` means the Friday before it.
 */
export function resolveWhen(phrase: string, published: string | null): string {
  if (!published) return phrase;
  const weekday = new RegExp(`\\bon\\s+(${WEEKDAY})\\b`, 'u').exec(phrase);
  if (!weekday) return phrase;
  const target = WEEKDAYS.indexOf(weekday[1]!.toLowerCase());
  const day = new Date(`${published}T00:00:00Z`);
  const back = (day.getUTCDay() - target + 7) % 7;
  day.setUTCDate(day.getUTCDate() - back);
  return `on ${weekday[1]}, ${formatDate(day)}`;
}
