/**
 * `How much does the chain charge for a bottle of amoxicillin?`, `How much do households pay each month?`: a question
 * of money that asks the price of one thing, or of one stretch of time (its unit). A sum of something else (`cut
 * revenue by $85 million`, `fined the utility $2.4 million`) does not answer it: only a sentence that names the unit
 * can (`$4 for a bottle`, `$48 a month`, `monthly bills`). (`How much will a closure cost?` is not asked so: `a
 * closure` is an event, not one of a thing sold, which its words cannot tell apart from `a ride`.)
 */

/** Stretches of time a price is given for, and the adjectives English makes of them (`monthly`, `annual`). */
const TIME_UNITS: Readonly<Record<string, readonly string[]>> = {
  hour: ['hourly'],
  day: ['daily'],
  night: ['nightly'],
  week: ['weekly'],
  month: ['monthly'],
  year: ['yearly', 'annual', 'annually'],
};

/** `for a bottle`, `for each ticket`, `per night`: the price of one of a thing. */
const FOR_ONE = /\b(?:for\s+(?:a|an|one|each|every)|per)\s+(?:single\s+)?(\p{Ll}{3,})\b/u;
/** `each month`, `a year` (not `a year earlier`, `a year ago`): the price of a stretch of time. */
const EACH_TIME = new RegExp(
  String.raw`\b(?:each|every|a|an)\s+(${Object.keys(TIME_UNITS).join('|')})\b(?!\s+(?:earlier|ago|before|later|after|since|on))`,
  'u',
);
/** The unit a question of money asks the price of (`bottle`, `month`, `ride`), or null when it asks none. */
export function unitAsked(question: string): string | null {
  const text = question.toLowerCase();
  return FOR_ONE.exec(text)?.[1] ?? EACH_TIME.exec(text)?.[1] ?? null;
}

/**
 * Does a text name the unit: a thing by its noun (`ride`, `rides`), a stretch of time as a rate (`a month`, `per
 * month`, `monthly`; not `for months`, which is how long)?
 */
export function namesUnit(text: string, unit: string): boolean {
  const adjectives = TIME_UNITS[unit];
  const unitPattern = adjectives
    ? String.raw`\b(?:(?:a|an|per|each|every)\s+${unit}\b|(?:${adjectives.join('|')})\b)`
    : String.raw`\b${unit}(?:s|es)?\b`;
  return new RegExp(unitPattern, 'iu').test(text);
}
