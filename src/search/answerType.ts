import { TIME_QUESTION } from './questionShape.js';

/**
 * What kind of words an answer must hold for the question's shape, whatever its topic: general rules of
 * English questions. `When…` is answered by a time (`on Nov. 4`, `in 2022`, `next month`), never by a sentence
 * that only shares its words; `how much did it cost…` by a sum of money. A question whose kind of answer no
 * entry holds is one the story does not answer.
 */

/** A month's name or its abbreviation (`Sept.`), not a word that begins like one (`in decline`, `by market`). */
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
/** A time or date in running text. */
const TIME_EXPRESSION = new RegExp(
  [
    `\\b${MONTH}\\s+\\d{1,2}\\b`,
    `\\b\\d{1,2}\\s+${MONTH}\\b`,
    `\\b(?:in|by|since|until|before|after|from|during|early|late|mid|last|next|this)[\\s-]+(?:${MONTH}|${WEEKDAY})\\b`,
    `\\b${WEEKDAY}\\b`,
    '\\b(?:1[89]|20)\\d{2}s?\\b',
    '\\b(?:today|tonight|tomorrow|yesterday|soon|shortly|immediately|now)\\b',
    '\\b(?:next|last|this|coming|following|previous|past)\\s+(?:week|month|year|decade|season|spring|summer|fall|autumn|winter|weekend)s?\\b',
    '\\b(?:within|in|for|over|after|by)\\s+(?:the\\s+)?(?:as\\s+(?:little|few|soon|many)\\s+as\\s+|about\\s+|around\\s+|roughly\\s+|less\\s+than\\s+|more\\s+than\\s+|under\\s+)?(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|coming)\\s+(?:\\w+\\s+)?(?:hours?|days?|weeks?|months?|years?|decades?)\\b',
    '\\b(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\\s+(?:hours?|days?|weeks?|months?|years?)\\s+(?:ago|later|earlier|from now)\\b',
    '\\b(?:morning|afternoon|evening|night|noon|midnight|dawn|week|month|year)\\b',
    '\\b\\d{1,2}(?::\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)',
    '\\b(?:since|during|until|while)\\b',
    '\\b(?:hours?|days?|weeks?|months?|years?|decades?)\\s+(?:after|before|later|earlier|ago)\\b',
    '\\b(?:start|beginning|end|middle|run-up|eve|dawn)\\s+of\\b',
  ].join('|'),
  'iu',
);

/** Dates and clock times: their numbers count nothing (`Feb. 9`, `in 2019`, `at 6 a.m.`). */
const DATE_NUMBERS = new RegExp(
  [
    `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,\\s*\\d{4})?\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:\\s+\\d{4})?`,
    `\\b(?:in|since|by|until|from|of|before|after|during)\\s+(?:${MONTH}\\s+)?(?:1[89]|20)\\d{2}\\b`,
    '\\b\\d{1,2}(?::\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)',
  ].join('|'),
  'giu',
);

/** The text with its dates and clock times taken out, for asking whether it holds an amount of something. */
export function withoutDates(text: string): string {
  return text.replace(DATE_NUMBERS, ' ');
}

/** The world's currencies by name, as sums are written in running text (`40 euros`, `63 million crowns`). */
const CURRENCY_NAMES = [
  'dollars?',
  'euros?',
  'pounds?',
  'pence',
  'cents?',
  'yen',
  'yuan',
  'renminbi',
  'rupees?',
  'francs?',
  'pesos?',
  'crowns?',
  'kronor',
  'krona',
  'kroner?',
  'korun[ay]?',
  'zlotys?',
  'forints?',
  'lira',
  'lire',
  'rand',
  'roubles?',
  'rubles?',
  'dinars?',
  'dirhams?',
  'riyals?',
  'shekels?',
  'baht',
  'ringgit',
  'rupiah',
  'naira',
  'shillings?',
  'hryvnias?',
].join('|');

/** A sum of money in running text: `$48 million`, `€2.5bn`, `40 euros`, `a 25-cent rise`. */
const SUM = new RegExp(
  String.raw`(?:[$€£¥₹]|\b(?:USD|EUR|GBP|Rs\.?))\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m|k)\b)?|\b\d[\d,.]*(?:\s(?:million|billion|trillion))?[\s-](?:${CURRENCY_NAMES})\b`,
  'giu',
);

/** A share in running text: `6 per cent`, `30%`, `2.5 percentage points`. */
const SHARE = /\b\d[\d,.]*\s?(?:%|per\s?cent\b|percent\b|percentage\s+points?\b)/giu;

/**
 * The text with its sums of money and its shares taken out: `how many dentists` counts things, and neither `£95` nor
 * `6 per cent` is a count of them.
 */
export function withoutSums(text: string): string {
  return text.replace(SUM, ' ').replace(SHARE, ' ');
}

/**
 * Words of paying, costing and dealing (`offered`, `sold`), and sums by name (`compensation`, `ransom`, `fee`): `how much`
 * with one of them asks for a sum of money.
 */
const MONEY_QUESTION =
  /^\s*how\s+much\s+(?:(?:[\p{L}-]+\s+){0,2}?(?:money|cash|compensation|ransom|salary|wages?|fees?|fines?|bonus(?:es)?|profits?|revenues?|earnings|income|turnover|budget)\b|(?:\S+\s+){0,9}?(?:cost|pay|paid|spend|spent|worth|charge|charged|fined|owe|owed|earn|earned|donate|donated|invest|invested|offer|offered|bid|sell|sold|buy|bought)\b(?!\s+(?:costs|prices)))/iu;
/**
 * `What` asking for a sum of money: one named (`what fine…`, `what is the price of…`, `what was its profit…`), or what a thing is worth, costs or
 * someone is paid or pays (`what did the firm pay…`). (`What did the closure cost them?` may ask what it cost them in other things: only `cost to…` (`cost each year to…`, `cost staff to…`)
 * or `cost` ending the question counts.)
 */
const WHAT_MONEY_QUESTION =
  /^\s*what\s+(?:(?:\S+\s+){0,4}?(?:price|fine|fee|salary|wages?|compensation|ransom|profits?|revenues?|earnings|income|turnover|budget)\b|(?:did|does|do|will|would|could|should)\s+(?:\S+\s+){1,4}?pay\b|(?:\S+\s+){0,6}?(?:worth|be\s+paid|get\s+paid|cost\s+(?:(?:each|a|per|every)\s+(?:year|month|week|day)\s+|(?:[\p{L}'’-]+\s+){1,3}?)?to|cost\s*\?\s*$))/iu;
/** A sum of money in running text. */
// (`per cent` is a share, not the currency.)
const MONEY = new RegExp(
  String.raw`[$€£¥₹]|\b(?<!per\s)(?:${CURRENCY_NAMES}|crore|lakh)\b|\b(?:USD|EUR|GBP|Rs\.?)\s?\d|\b\d+(?:\.\d+)?p\b`,
  'iu',
);

/** Does this text name a sum of money (`$3 million`, `40 euros`)? */
export function namesSum(text: string): boolean {
  return MONEY.test(text);
}

/** `How long was the debate?`, `how long will it take`: a length of time (or of road); not `how long ago`, which asks when. */
const LENGTH_QUESTION = /^\s*how\s+long\b(?!\s+ago\b)/iu;
/**
 * A length of time or of way in running text: an amount of a unit (`six weeks`, `an hour`, `45 years`, `3 miles`),
 * units without a number (`decades in jail`), a unit made one word with `long` (`hourlong`, `week-long`), or what
 * has lasted `since` a time.
 */
const LENGTH = new RegExp(
  [
    '\\b(?:\\d[\\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|several|few|many|couple\\s+of|half\\s+an?|dozens?\\s+of|hundreds\\s+of)[\\s-]+(?:[\\w-]+\\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centur(?:y|ies)|miles?|kilometers?|kilometres?|km|feet|foot|meters?|metres?|yards?|blocks?)\\b',
    '\\b(?:minute|hour|day|night|week|month|season|year|decade|century|life|career)-?long\\b',
    '\\b(?:seconds|minutes|hours|days|nights|weeks|months|years|decades|centuries)\\b',
    '\\b(?:since|until|till)\\b',
    '\\b(?:all|whole)\\s+(?:day|night|week|month|year|season)\\b',
  ].join('|'),
  'iu',
);

/** `How old was the captain?`: an age. */
const AGE_QUESTION = /^\s*how\s+old\b/iu;
/**
 * An age in running text: `53 years old`, `a 53-year-old`, `aged 53`, `aged between 45 and 78`, `an average age of
 * 61`, `Rosa Diaz, 53,`, `in her 50s`; or, for a
 * thing, when it began or was made (`built in 1932`, `founded in 1990`, `cast in 1652`, `since 2004`).
 */
const AGE = new RegExp(
  [
    '\\b(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty(?:-[a-z]+)?)[\\s-]+(?:years?|months?|weeks?|days?)[\\s-]+old\\b',
    '\\bage[ds]?\\s+(?:between\\s+|from\\s+|over\\s+|under\\s+)?\\d{1,3}\\b',
    '\\b(?:average|median|mean)\\s+age\\s+(?:of\\s+|was\\s+|is\\s+)?\\d{1,3}\\b',
    '\\bat\\s+(?:the\\s+)?age\\s+(?:of\\s+)?\\d{1,3}\\b',
    ',\\s*\\d{1,3}\\s*,',
    '\\bin\\s+(?:his|her|their)\\s+(?:early\\s+|mid-?|late\\s+)?(?:\\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b',
    '\\b(?:built|founded|opened|established|born|created|launched|started|dating|dates|made|cast|constructed|erected|completed|dug|laid|formed)\\s+(?:back\\s+)?(?:in|to|from)\\s+(?:the\\s+)?\\d{4}',
    '\\bsince\\s+\\d{4}\\b',
  ].join('|'),
  'iu',
);

/** An age set off by commas after a name (`Albert Kemp, 84,`): the name. */
const AGE_AFTER_NAME = /((?:\p{Lu}[\p{L}\p{M}'\u2019-]*\s+)*\p{Lu}[\p{L}\p{M}'\u2019-]*),\s*\d{1,3}\s*,/gu;

/**
 * Does a text give an age that may be of someone the question names (`names`: its capitalised words, lower case)?
 * `How old is Maureen Okafor?` is not answered by `her father, Albert Kemp, 84,`: an age set off after another name
 * is that other person's. A question that names no one takes any age the text gives; it must be the text's own, not
 * its speaker's in the sentence that introduced a quote (`How old is the railway line?` is not answered by the quote of
 * a `Kenji Mori, 61,`).
 */
export function givesAgeOf(text: string, names: ReadonlySet<string>): boolean {
  if (names.size === 0) return AGE.test(text);
  // (The name is the one asked when it holds the question's names, or they hold it: `Brook` is `Leo Brook`, whom
  // `How old is Nadia Brook?` does not ask about.)
  const asked = (name: string): boolean => {
    const words = name.toLowerCase().split(/\s+/u);
    return words.every((word) => names.has(word)) || [...names].every((word) => words.includes(word));
  };
  const others = text.replace(AGE_AFTER_NAME, (whole, name: string) => (asked(name) ? whole : ' '));
  return AGE.test(others);
}

/**
 * `By what margin did they win?`, `by how much did sales fall?`, `how much will fares rise?`: a difference, not a sum
 * or a count. (`How much did they lose?`, `…gain?` may ask for a sum: those are left to the sums.)
 */
const DIFFERENCE_QUESTION =
  /^\s*by\s+(?:what|how\s+(?:much|many|far))\b|^\s*how\s+much\s+(?:did|does|do|will|would|could|might|has|have|had|is|are|was|were)\b(?:\s+\S+){1,6}?\s+(?:rise|rose|risen|rising|fall|fell|fallen|falling|drop|dropped|dropping|increase|increased|decrease|decreased|grow|grew|grown|shrink|shrank|shrunk|climb|climbed|jump|jumped|slump|slumped|slide|slid|sink|sank|surge|surged|soar|soared|decline|declined|go\s+up|go\s+down|gone\s+up|gone\s+down|went\s+up|went\s+down|be\s+(?:cut|reduced|raised|increased|lowered)|cut|reduce|reduced|raise|raised|lower|lowered)\b/iu;
/**
 * A difference in running text: a share or points (`fell 14%`, `2.5 percentage points`), an amount after `by`, `up` or
 * `down` (`by 26 runs`, `by a third`, `up $40`), from one figure to another (`from 12 to 9`, `to 148p from 190p`), a
 * multiple or a fraction (`doubled`, `more than a fifth`), or a score (`won 3-1`).
 */
const DIFFERENCE = new RegExp(
  [
    String.raw`\b\d[\d,.]*\s?(?:%|per\s?cent\b|percent\b|percentage\s+points?\b|points?\b|basis\s+points\b|bps\b)`,
    String.raw`\b(?:by|up|down)\s+(?:(?:about|around|roughly|nearly|almost|just|only|some|more\s+than|less\s+than|over|under|at\s+least|a\s+further|another|an\s+extra)\s+)?(?:[$€£¥₹]\s?\d|\d|a\s+(?:third|quarter|half|fifth|tenth|single|wide|narrow|slim|large|small)\b|half\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b)`,
    String.raw`\bfrom\s+[$€£¥₹]?\d[^.;]{0,40}?\bto\s+[$€£¥₹]?\d|\bto\s+[$€£¥₹]?\d[^.;]{0,40}?\bfrom\s+[$€£¥₹]?\d`,
    String.raw`\b(?:doubled|halved|tripled|trebled|quadrupled)\b|\b(?:(?:more|less)\s+than|nearly|almost|about|around|roughly|over|under|just)\s+(?:a|one)[\s-](?:third|quarter|half|fifth|sixth|tenth)\b`,
    String.raw`\b(?:won|beat|lost|defeated|edged|drew|win|victory|defeat)\b[^.;]{0,40}?\b\d{1,3}\s?[-–]\s?\d{1,3}\b`,
  ].join('|'),
  'iu',
);

/** `How wide is the asteroid?`, `how fast was the ferry going`: a measure, given as a number in its units. */
const DIMENSION_QUESTION = /^\s*how\s+(wide|tall|high|deep|heavy|far|fast|strong)\b/iu;
const NUMBER_BEFORE_UNIT =
  '(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|a|an|hundreds\\s+of|thousands\\s+of)(?:[\\s-]+(?:million|billion|thousand|hundred))?[\\s-]*';
const LENGTH_UNITS =
  'miles?|kilomet(?:er|re)s?|km|feet|foot|ft|met(?:er|re)s?|m|yards?|inch(?:es)?|centimet(?:er|re)s?|cm|stor(?:ey|y|ies|eys)|floors?|blocks?';
const SPEED_UNITS = 'mph|kph|km/h|knots?|(?:miles|kilomet(?:er|re)s)\\s+(?:per|an)\\s+hour|percent|per\\s+cent|%|seconds?|minutes?|hours?';
/** Units (general English, British and American spellings) in which each measure is given. */
const DIMENSION_UNITS: Record<string, string> = {
  wide: LENGTH_UNITS,
  tall: LENGTH_UNITS,
  high: `${LENGTH_UNITS}|percent|per\\s+cent|%`,
  deep: LENGTH_UNITS,
  far: `${LENGTH_UNITS}|percent|per\\s+cent|%`,
  heavy: 'tons?|tonnes?|pounds?|lbs?|kilograms?|kilos?|kg|grams?|g',
  fast: SPEED_UNITS,
  strong: SPEED_UNITS,
};
/** Scales whose number comes after their name (`a magnitude 6.9 quake`, `a Category 4 storm`). */
const SCALE_BEFORE_NUMBER: Record<string, RegExp> = { strong: /\b(?:magnitude|category|force|level)[\s-]+\d/iu };

export interface AnswerKind {
  time: boolean;
  /** `How wide…`, `how fast…`: the measure asked (`wide`), whose units the answer gives. */
  dimension: string | null;
  money: boolean;
  /** `How old…`: an age. */
  age: boolean;
  /** `How long…`: a length of time or way. */
  length: boolean;
  /** `By what margin…`, `how much did it fall…`: a difference. */
  difference: boolean;
  /** `When will…`, `when do they play next`: the time of something still to come. */
  future: boolean;
  /** `When was…`, `when did…`: the time of something that has happened. */
  past: boolean;
}
/** `When will…`, `how soon could…`, `when is it expected…`, `…next…`: a question about what has not happened yet. */
const FUTURE_QUESTION =
  /^\s*(?:when|how\s+soon)\s+(?:will|would|could|might|may|is\s+\S+\s+(?:going|expected|due|set|scheduled)|are\s+\S+\s+(?:going|expected|due|set|scheduled))\b|\bnext\b/iu;
/** Words that speak of what is to come: a sentence reporting only what happened does not say when the next thing will. */
export const FUTURE =
  /\b(?:will|would|could|may|might|shall|expects?|expected|scheduled|due|plans?|planned|going to|set to|next|upcoming|later|soon)\b|'ll\b/iu;

/** The kind of answer a question asks for, by its shape. */
export function answerKind(question: string): AnswerKind {
  return {
    time: TIME_QUESTION.test(question),
    dimension: DIMENSION_QUESTION.exec(question)?.[1]?.toLowerCase() ?? null,
    money: MONEY_QUESTION.test(question) || WHAT_MONEY_QUESTION.test(question),
    age: AGE_QUESTION.test(question),
    length: LENGTH_QUESTION.test(question),
    difference: DIFFERENCE_QUESTION.test(question) && !MONEY_QUESTION.test(question),
    future: TIME_QUESTION.test(question) && FUTURE_QUESTION.test(question),
    past: PAST_QUESTION.test(question) && !FUTURE_QUESTION.test(question),
  };
}

/** Does the question ask for a kind of answer (a time, a measure, a sum, an age, a length, a difference) that a sentence may lack? */
export function asksForKind(kind: AnswerKind): boolean {
  return kind.time || kind.dimension !== null || kind.money || kind.age || kind.length || kind.difference || kind.future;
}

/**
 * What is planned for a time, told by an infinitive and the month, season, quarter or year it is set for
 * (`clears the way for construction to begin in March`): what is to come, though no word of the future is used.
 */
const PLANNED_FOR =
  /\bto\s+[a-z]+\s+(?:in|on|from|by)\s+(?:early\s+|late\s+|mid-?)?(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter|the\s+(?:first|second|third|fourth)\s+(?:quarter|half|week)|20\d\d)\b/u;
/** `When was the line closed?`, `when did the town first test…`: a question about what has happened. */
export const PAST_QUESTION = /^\s*when\s+(?:was|were|did|had)\b/iu;
/**
 * A time still to come, named as such (`next year`, `later this month`, `tomorrow`), or a deadline in a sentence of the
 * future (`a decision is expected by Friday`).
 */
const COMING_TIME = new RegExp(
  [
    '\\b(?:next|coming)\\s+(?:week|month|year|decade|season|spring|summer|fall|autumn|winter|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)s?\\b',
    '\\blater\\s+this\\s+(?:week|month|year)\\b',
    '\\b(?:tomorrow|soon)\\b',
    '\\bfrom\\s+now\\b',
    `\\b(?:by|until|before)\\s+(?:the\\s+end\\s+of\\s+)?(?:${WEEKDAY}|${MONTH}(?:\\s+\\d{1,2})?)`,
  ].join('|'),
  'giu',
);

/** Does this text hold the kind of answer asked for? */
export function holdsAnswerKind(text: string, kind: AnswerKind): boolean {
  if (kind.time && !TIME_EXPRESSION.test(text)) return false;
  if (kind.dimension && !holdsMeasure(text, kind.dimension)) return false;
  if (kind.money && !MONEY.test(text)) return false;
  if (kind.age && !AGE.test(text)) return false;
  if (kind.length && !LENGTH.test(text)) return false;
  if (kind.difference && !DIFFERENCE.test(text)) return false;
  if (kind.future && !FUTURE.test(text) && !PLANNED_FOR.test(text)) return false;
  // `When was it closed?` is not answered by when it will reopen: a sentence of the future whose only time is to come.
  if (kind.past && FUTURE.test(text) && !TIME_EXPRESSION.test(text.replace(COMING_TIME, ' '))) return false;
  return true;
}

/** For each measure: a number in its units, and one measure as a multiple of another, made once. */
const MEASURE_PATTERNS = new Map(
  Object.entries(DIMENSION_UNITS).map(([measure, units]) => [
    measure,
    {
      inUnits: new RegExp(`\\b${NUMBER_BEFORE_UNIT}(?:[\\p{L}-]+\\s+)?(?:${units})(?![\\p{L}])`, 'iu'),
      // `twice as fast as rain could replace it`, `nearly twice the speed limit`.
      multiple: new RegExp(`\\b(?:twice|half|(?:\\d+|two|three|four|five|ten)\\s+times)\\s+(?:as\\s+${measure}|the)\\b`, 'iu'),
    },
  ]),
);

/** A number in the units of the measure asked (`9,000 acres` is no width; `600 metres` is), or a multiple of another. */
function holdsMeasure(text: string, measure: string): boolean {
  const patterns = MEASURE_PATTERNS.get(measure);
  return (
    patterns === undefined ||
    SCALE_BEFORE_NUMBER[measure]?.test(text) === true ||
    patterns.inUnits.test(text) ||
    patterns.multiple.test(text)
  );
}
