import { STOP_WORDS, termOf, tokenize } from './analyzer.js';
import { lookupTable } from '../story/lookupTable.js';

/**
 * What a question asks for, read from its shape: general rules of English questions, for any article.
 * `who is the …`, `what did X say about Y`, `how many <noun>`, `how strong`, `why`, `where`, `when`; names
 * written with a capital; words standing where a verb stands. The Answerer decides what each shape weighs.
 */

/**
 * A question about who someone is (`who is the president of Mexico?`): answered by that person's words. Not `who is
 * in charge of…`, `who was behind…`, `who is responsible for…`: those ask for a person by what they do or answer for.
 */
export const WHO_IS_QUESTION =
  /^\s*who\s+(?:is|was|are|were)\b(?!\s+\p{L}+ing\b)(?!\s+(?:in|behind|at|on|to|under|with|against|for|responsible|accountable|liable)\b)/iu;
/** A question about what someone said or thinks, rather than about what they did. */
export const SPEECH_QUESTION =
  /\b(?:say|says|said|saying|tell|tells|told|think|thinks|thought|feel|feels|stance|position|positions|view|views|opinion|opinions|react|reacted|respond|responded|comment|commented|claim|claimed|claims|argue|argued|warn|warned|describe|described|call|called|quote|words|write|writes|wrote|post|posts|posted|tweet|tweeted)\b/iu;
export const NUMBER_QUESTION =
  /\bhow (?:many|much|fast|far|long|often|old|big|large|high|tall|deep)\b|\bwhat (?:percentage|share|number|proportion|amount)\b/iu;
/** `how big`, `how strong`: the measure asked for. */
export const MEASURE_QUESTION = /\bhow\s+(big|large|wide|strong|fast|far|long|old|tall|high|deep|heavy|hot|cold|much)\b/iu;
/** Units (as analysed terms) in which each measure is given: general English, for any article. */
export const MEASURE_UNITS = lookupTable<Set<string>>(
  Object.fromEntries(
    Object.entries({
      big: 'acres hectares square miles kilometers km feet meters percent',
      large: 'acres hectares square miles kilometers km feet meters percent',
      wide: 'miles kilometers km feet meters yards',
      strong: 'mph kph knots miles kilometers magnitude',
      fast: 'mph kph knots miles kilometers feet hours minutes percent',
      far: 'miles kilometers km feet meters yards blocks',
      long: 'hours days weeks months years minutes seconds miles kilometers feet meters',
      old: 'years year',
      tall: 'feet foot meters inches stories',
      high: 'feet foot meters inches percent degrees',
      deep: 'feet foot meters inches',
      heavy: 'pounds tons tonnes kilograms kg',
      hot: 'degrees',
      cold: 'degrees',
      much: 'dollars percent million billion euros pounds',
    }).map(([measure, units]) => [measure, new Set(units.split(' ').map((unit) => termOf(unit) ?? unit))]),
  ),
);
/** A plural English noun: a regular `-s` plural or a common irregular one. */
export const PLURAL = /^(?:\p{L}+[^s]s|people|children|men|women|police|cattle|feet|teeth|mice|geese|data|media|personnel|staff)$/u;
/** `how many ships…`: the noun counted. */
export const HOW_MANY = /\bhow\s+many\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?(?:\s+([\p{L}-]+))?/iu;
/**
 * `How many hearings have there been so far?`: a count up to now. An ordinal on the counted noun gives it (`its third
 * hearing`: three so far), as it does not a count at one time (`the third ship` says nothing of how many are stuck).
 */
export const SO_FAR_QUESTION = /\b(?:so|thus)\s+far\b|\bto\s+date\b|\b(?:until|till|up\s+to)\s+now\b|\b(?:have|has)\s+there\s+been\b/iu;
/** `so far`, `to date`: words of a count up to now that say nothing of what is counted. */
export const SO_FAR_WORDS = /\b(?:(?:so|thus)\s+(far)|to\s+(date))\b/giu;
/** Ordinals in analysed text (`first` is a stop word): `third`, `4th`, `twelfth`. */
const ORDINAL = '\\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth';
/** Units of time, share and measure, as analysed terms: a number right before one counts it (`22 years`). */
const UNIT_TERMS = [
  'year',
  'month',
  'week',
  'dai',
  'hour',
  'minut',
  'second',
  'percent',
  'cent',
  'kilometr',
  'mile',
  'metr',
  'foot',
  'inch',
  'tonn',
  'kilogram',
  'litr',
  'decad',
  'centuri',
];
/**
 * In analysed text: a number (or, for a count so far, an ordinal), then up to three words, then one of the counted terms.
 * A unit right after the number is what it counts (`22 years`), unless the unit is what is counted.
 */
export const COUNT_PHRASE = (terms: Set<string>, known: (term: string) => boolean = () => true, ordinals = false): RegExp => {
  // `a cellist for 22 years and the players' representative`: a number before a unit counts the unit, not what follows.
  const units = UNIT_TERMS.filter((unit) => !terms.has(unit));
  const notUnit = units.length > 0 ? `(?!\\s(?:${units.join('|')})\\s)` : '';
  return new RegExp(
    `\\s(?:${ordinals ? `${ORDINAL}|` : ''}\\d[\\d.]*|hundr|thousand|dozen|million|billion)${notUnit}(?:\\s\\S+){0,2}?\\s(?:${[...terms].map((term) => countedPattern(term, known(term))).join('|')})\\s`,
    'u',
  );
};

/** A counted term as a pattern; one the story lacks (a typo: `firefigters`) by its start, as typos keep it. */
function countedPattern(term: string, known: boolean): string {
  return known || term.length < 6 ? escapeRegExp(term) : `${escapeRegExp(term.slice(0, Math.max(4, term.length - 3)))}\\S*`;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * Words a question asks with and the words a denial answers in: `Has it already opened?` is answered by `it has not
 * opened yet`, `Has she ever lost?` by `she has never lost`. English grammar (the adverbs that change with polarity),
 * for any article.
 */
export const DENIAL_COUNTERPARTS = lookupTable<readonly string[]>({
  already: ['yet'],
  ever: ['never'],
});

/**
 * The modal a question asks whether something may be done with, and the words a story says so in: `Can pupils use the
 * pool?` is answered by `the pool is open to pupils`, `is accessible to`, `are eligible to`, `allowed to`; `Could the
 * cell replace lithium?`, which asks whether it is possible, by `is unlikely to replace`, `is likely to`, `possible`.
 * Likewise what must be done: `How many people had to leave?` is answered by `were ordered to`, `forced to`, `required to`.
 */
export const MODAL_COUNTERPARTS = lookupTable<readonly string[]>({
  can: ['able', 'eligible', 'allowed', 'permitted', 'accessible'],
  could: ['able', 'likely', 'unlikely', 'possible'],
  must: ['ordered', 'forced', 'required', 'obliged', 'compelled'],
});

export const WHERE_QUESTION = /^\s*where\b/iu;
/** `Did the board raise taxes?`, `Is the bridge open?`, `Will farmers sue?`: a question whether something is so. */
export const YES_NO_QUESTION = /^\s*(?:did|does|do|has|have|had|will|would|can|could|should|might|may|is|are|was|were)\b/iu;
/** Nouns that say when (`next year`, `this week`), not what is asked about. */
export const TIME_NOUN =
  /^(?:years?|months?|weeks?|days?|hours?|decades?|morning|afternoon|evening|night|weekend|today|tonight|tomorrow|yesterday)$/u;
/** Verbs of going somewhere: in a `where` question they ask for the place gone from or to (`where did it leave from`). */
export const WHERE_MOTION =
  /\b(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?|head(?:s|ed|ing)?|travel(?:s|ed|ing|led|ling)?|fl(?:y|ies|ying|ew|own)|sail(?:s|ed|ing)?|arriv(?:e|es|ed|ing)|bound|originat(?:e|es|ed|ing)|tak(?:e|es|ing)\s+off|took\s+off|mov(?:e|es|ed|ing)|relocat(?:e|es|ed|ing)|fled|flee(?:s|ing)?)\b/giu;
export const WHO_QUESTION = /^\s*who\b/iu;
export const TALLY_QUESTION = /\bhow\s+did\b.*\bvote\b|\bwhat\s+was\s+the\s+(?:vote|tally|score|result)\b/iu;
/** A vote's or a match's tally: `5-2`, `62-38`. */
export const TALLY = /\b\d{1,3}\s?[-\u2013]\s?\d{1,3}\b/u;
/**
 * A place named in a sentence: a preposition of place before a name (`in Millford`, `into the United States`, `along
 * the Cole River`, `in the lakeside town of Serinde`).
 */
export const PLACE =
  /\b(?:in|at|into|near|outside|inside|across|along|through|to|from)\s+(?:the\s+|an?\s+|two\s+)?(?:(?:[\p{Ll}-]+\s+)?|(?:[\p{Ll}-]+\s+){1,2}of\s+)\p{Lu}/u;
/**
 * `Why…`, `what caused…`, and `what delayed (held up, stopped, prompted)…`: a question whose answer is a cause. What
 * held something up is what caused the delay; the sentence saying so gives a reason (`the delay was caused by…`).
 */
export const WHY_QUESTION =
  /^\s*(?:why|how come)\b|\bwhat\s+(?:is|was|were|are)\s+the\s+(?:reasons?|causes?)\b|^\s*what\s+(?:makes?|made|causes?|caused|led to|leads to|drives?|drove|delayed|held up|holds? up|prevented|stopped|halted|triggered|prompted|sparked)\b|\bfor what reason\b/iu;
/**
 * Verbs that say one thing brings about another (`the storm triggered outages`, `sparked protests`, `set off alarms`,
 * `prompted a review`, `provoked anger`): a cause stated outright, as `caused` states it. Not `set off` for a journey
 * (`set off for the coast`), nor `prompt` the adjective (`a prompt reply`), nor `sparks` the noun.
 */
const CAUSATIVE =
  'trigger(?:s|ed|ing)?|sparked|spark(?:s|ing)? off|touch(?:es|ed|ing)? off|prompt(?:s|ed|ing)|provok(?:e|es|ed|ing)|' +
  'set(?:s|ting)? off(?!\\s+(?:for|on|from|to|toward|towards|into|across|at|in|again|early|late|home)\\b|\\s*[,.;!?]|\\s*$)';
/**
 * What follows `since`, `after`, `over` or `following` when they say when, not why: a time (`since the summer`,
 * `after 6 p.m.`, `over the past year`, `following Monday's meeting`, `after breakfast`, `after dark`), or a span of it
 * (`over three years`, `after several weeks`, `after a two-day meeting`); `after talks broke down`, `over pay` give
 * reasons.
 */
const TIME_AFTER =
  '(?!\\s+(?:the\\s+|this\\s+|last\\s+|early\\s+|late\\s+|mid-?)?(?:\\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d|' +
  '(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|spring\\b|summer\\b|fall\\b|autumn\\b|winter\\b|morning\\b|afternoon\\b|evening\\b|night\\b|' +
  '(?:breakfast|lunch|dinner|supper|dawn|daybreak|sunrise|sunset|dusk|nightfall|dark|midnight|noon|midday)\\b|' +
  'weekend\\b|week\\b|month\\b|year\\b|decade\\b|then\\b|past\\b|time\\b|years\\b|months\\b|weeks\\b|days\\b|' +
  '(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|(?:a\\s+)?few|many)\\s+(?:more\\s+)?' +
  '(?:minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\\b|' +
  'an?\\s+[\\w.]+-(?:minute|hour|day|night|week|month|year)\\b))';
/**
 * `…, as high rates slowed new building`: `as` after a comma opening a clause (a subject, then its verb: an auxiliary, a
 * past form) gives the reason for what the sentence reports. Not `as well as`, `as long as`, `as a result` (a cause of its
 * own above), `quoted as saying`, nor a clause that only compares with what was said or expected (`as analysts had
 * expected`).
 */
const AS_CLAUSE =
  '(?<=[,;]\\s*)as (?!(?:well|long|soon|much|many|far|if|though|of|part|usual|such|a result|[\\w-]+ing)\\b)' +
  '(?!(?:[\\w-]+ ){1,4}(?:(?:is|are|was|were|has|have|had|had been) )?(?:said|told|reported|announced|expected|predicted|forecast|planned|promised|hoped|feared|noted|shown|seen|done)\\b)' +
  '(?:[\\w-]+ ){1,4}(?:is|are|was|were|has|have|had|will|would|could|can|\\w+ed|fell|rose|grew|ran|broke|drove|went|came|took|began|sank|shrank)';
/**
 * Words that give a reason or a cause: what a `why` question wants to find in its answer. (`Over` after `60 and` is an
 * age or an amount: `patients aged 60 and over`.)
 */
export const REASON = new RegExp(
  `\\b(?:because|(?<!\\b(?:has|have|had|having|ever|long)\\s+)since${TIME_AFTER}|after${TIME_AFTER}|(?<!\\d (?:and|or) )over${TIME_AFTER}|following${TIME_AFTER}|due to|owing to|thanks to|as a result|amid|` +
    'in protest|to protest|citing|so that|in order to|in light of|in view of|on account of|on the grounds that|stem(?:s|med|ming)? from|' +
    '(?<=(?:^|[,;:\u2014\u2013]\\s*|\\b(?:but|and|especially|particularly)\\s+))given (?:the|his|her|its|their|that|how|a|an)|' +
    'to stop|to prevent|to protect|to avoid|attribut\\w* (?:\\w+ ){0,6}to|blam\\w* (?:\\w+ ){0,6}(?:on|for)|caus\\w*|led to|leads? to|' +
    'result(?:s|ed)? (?:from|in)|driven by|fu?ell?ed by|in response to|for fear|an? (?:effort|attempt|bid|move)(?: \\w+){0,3} to|' +
    `designed to|aim(?:s|ed)? (?:to|at)|intended to|the reason|${CAUSATIVE}|${AS_CLAUSE})\\b`,
  'iu',
);
/** The words of REASON that may say when as often as why: `after`, `since`, `over`, `following`, and `, as` with its comma. */
export const MAYBE_TIME = /\b(?:after|since|over|following)\b|,\s*as\b/giu;
/**
 * Words that state a cause outright (`because`, `due to`, `the reason`, `triggered`): a surer answer to `why` than a word
 * that may give one (`after`, `since`, `over`, `as`: a time as often as a cause) or a purpose (`to avoid`).
 */
export const CAUSE = new RegExp(
  `\\b(?:because|due to|owing to|on account of|on the grounds that|stem(?:s|med|ming)? from|as a result|the reasons?|caus\\w*|result(?:s|ed)? from|${CAUSATIVE})\\b`,
  'iu',
);
/**
 * A harm foreseen (`the tariffs will cost jobs`, `the rules could hamstring innovation`, `that would hurt riders`): a
 * modal and a verb of harm. It is someone's reason for what they do (oppose a plan, choose the other course), not the
 * cause of an event (`why did shares fall`). Not a price (`will cost $48 million`).
 */
export const FORESEEN_HARM = new RegExp(
  '\\b(?:would|could|will|might|may)(?: (?:not|also|only|even|further|\\w+ly))? (?:hurt|harm|damage|hamstring|hinder|undermine|' +
    'threaten|endanger|jeopardi[sz]e|weaken|cripple|wreck|ruin|destroy|kill|' +
    'cost(?! (?:about|around|roughly|nearly|more|less|up|at|an?)\\b| ?[\\p{Sc}\\d])|' +
    'raise (?:prices|fares|costs|rents|rates|taxes|bills)|drive up|push up)\\b',
  'iu',
);
/**
 * A verb of arguing a case with its clause (`argued that`, `contends that`, `objected that`): what follows is the reasons
 * a side gives for its stand. (`warned that` foretells, `said that` reports anything: neither argues.)
 */
export const ARGUED_THAT =
  /\b(?:argu(?:e|es|ed|ing)|contend(?:s|ed|ing)?|insist(?:s|ed|ing)?|complain(?:s|ed|ing)?|object(?:s|ed|ing)?)\s+that\b/iu;
/** `What did <subject> say…`: who the question asks about. */
export const SPEECH_SUBJECT =
  /^\s*(?:what|how)\s+(?:did|does|do|has|have|had|will|would)\s+(.+?)\s+(?:say|said|tell|told|think|feel|respond|react|write|post|tweet|claim|argue|warn|comment)\b/iu;
/** `…about <topic>?`: what the question asks about, when it says so. */
export const ABOUT_TOPIC = /\babout\s+([^?.!]+)[?.!]*\s*$/iu;
export const AMOUNT_QUESTION = /^\s*how\s+(?:many|much)\b/iu;
/** In analysed text: a number, or a word for an amount (`hundreds`, `half`, `three quarters`). */
export const AMOUNT = /\s(?:\d|hundr|thousand|dozen|million|billion|trillion|half|third|quarter|percent|twice|doubl|tripl)/u;
/** `When did…`, `when was…`: asks when something happened or will. */
export const WHEN_QUESTION = /^\s*when\b/iu;
export const TIME_QUESTION =
  /^\s*when\b|\bwhat (?:time|day|date|year|month)\b|\bhow soon\b|\bby when\b|\bwhat\s+(?:is|was|are|were)\s+the\s+(?:deadline|date)\b/iu;
/**
 * The noun of `what is the reason for…`, `what is the deadline for…`: it names the kind of answer asked (a reason, a
 * time), as `why` and `when` do; it is no thing the story must name, nor a topic word.
 */
export const ASKED_KIND_NOUN = /\bwhat\s+(?:is|was|are|were)\s+the\s+(reasons?|causes?|deadline|date)\b/iu;
/** `What time did it hit?`, `at what hour…`: the time of day asked for, a clock time; not `what time of year`. */
export const CLOCK_QUESTION = /\b(?:what|which)\s+(?:time|hour)\b(?!\s+(?:of|period|frame|zone)\b)/iu;
/** A time of day in running text: `3:12 a.m.`, `at 6 p.m.`, `11:30`, `noon`, `midnight`, `nine o'clock`. */
// (Not a race's or a record's time, `2:06:41`: hours, minutes and seconds say how long, not when.)
export const CLOCK_TIME =
  /\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\b|p\.?m\b)|(?<!:)\b\d{1,2}:\d{2}\b(?!:\d)|\b(?:noon|midnight|midday)\b|\bo['\u2019]clock\b/iu;
/**
 * `Who hosted the ceremony?`, `who will win…`: the verb of what the one asked about did (an auxiliary before it skipped),
 * and the two words after it (`stood up for`: a particle and a preposition may make the verb a phrase of its own).
 */
export const DOER_QUESTION =
  /^\s*who\s+(?:has\s+|had\s+|will\s+|would\s+|could\s+|might\s+)?(\p{L}+)\b(?:\s+(\p{L}+)\b)?(?:\s+(\p{L}+)\b)?/iu;
/** `What is the capital of France?`: the noun asked about, which the story must know for there to be an answer. */
export const FOCUS_QUESTION =
  /^\s*(?:what|which|who)\s+(?:is|are|was|were)\s+(?:the|a|an)\s+(?:[\p{L}-]+['\u2019]s\s+)?([\p{L}-]+)(?:\s+([\p{L}-]+))?/iu;

/**
 * Words a question writes with a capital where a sentence does not start (`Los Angeles`, `NBC`): names,
 * in the analyser's lower case. Their meaning is who or what they name, so no neighbour in meaning stands for them.
 */
export function namesIn(question: string): Set<string> {
  const names = new Set<string>();
  const written = question.match(/[\p{L}\p{N}]+/gu) ?? [];
  written.forEach((word, i) => {
    if (i > 0 && word !== 'I' && /^\p{Lu}/u.test(word)) for (const token of tokenize(word)) names.add(token);
  });
  return names;
}

/**
 * The names a question writes, each as its words (`United States` → [`united`, `states`]): capitalised words
 * in a row, where a sentence does not start, less question words.
 */
export function nameGroupsIn(question: string): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  const written = question.match(/[\p{L}\p{N}'\u2019-]+|[^\p{L}\p{N}\s]/gu) ?? [];
  written.forEach((word, i) => {
    const name = i > 0 && word !== 'I' && /^\p{Lu}/u.test(word);
    if (name) current.push(...tokenize(word).filter((token) => !STOP_WORDS.has(token)));
    else if (current.length > 0) {
      groups.push(current);
      current = [];
    }
  });
  if (current.length > 0) groups.push(current);
  return groups.filter((group) => group.length > 0);
}

/**
 * `the vice president's adviser`: the words of each possessor (before `'s`) and the noun after it, its head. The
 * phrase names the adviser, not the vice president: what the question asks about is the head, the possessor only
 * says whose.
 */
export function possessivesIn(question: string): Array<{ possessor: string[]; head: string }> {
  const found: Array<{ possessor: string[]; head: string }> = [];
  for (const match of question.matchAll(/((?:[\p{L}\p{N}.-]+\s+){0,3}?[\p{L}\p{N}.-]+)['\u2019]s\s+([\p{L}-]+)/gu)) {
    const words = tokenize(match[1]!);
    // The possessor's phrase runs back to the nearest word that is not a name or a noun's modifier (`the`, `did`).
    let start = words.length;
    while (start > 0 && !STOP_WORDS.has(words[start - 1]!)) start--;
    const possessor = words.slice(start);
    if (possessor.length > 0) found.push({ possessor, head: match[2]!.toLowerCase() });
  }
  return found;
}

const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it']);
const AUXILIARIES = new Set(['do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'to']);
const AFTER_VERB = new Set(['to', 'that', 'the', 'a', 'an', 'about', 'with', 'on', 'against', 'for', 'this', 'these', 'it', 'them']);
/** Possessive determiners: what follows one is its noun, so a word before one takes an object (`lost their lives`). */
const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);
/** Words that open a noun phrase: a subject after an auxiliary may begin with one (`did the club`). */
const NOUN_PHRASE_OPENERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', ...POSSESSIVES]);

/**
 * Words of a question standing where English puts a verb: after a subject pronoun, an auxiliary, or a plural
 * noun, and before what a verb takes (`lawmakers object to`, `did they approve the`). A guess, used only
 * to pick a word's verb senses.
 */
export function verbsIn(question: string): Set<string> {
  const tokens = tokenize(question);
  const verbs = new Set<string>();
  tokens.forEach((token, i) => {
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (!before || /ing$|ed$/u.test(token) || STOP_WORDS.has(token)) return;
    // `Who runs the agency`: the word after a subject `who` is its verb.
    if (before === 'who' && i === 1) {
      verbs.add(token);
      return;
    }
    if (!after) return;
    const subjectBefore = SUBJECT_PRONOUNS.has(before) || AUXILIARIES.has(before) || (/[^s]s$/u.test(before) && !STOP_WORDS.has(before));
    if (subjectBefore && (AFTER_VERB.has(after) || POSSESSIVES.has(after))) verbs.add(token);
  });
  const fronted = frontedObjectVerb(tokens);
  if (fronted) verbs.add(fronted);
  return verbs;
}

/** Openers of a question whose object is put first (`what record`, `which candidate`), before the auxiliary. */
const OBJECT_OPENERS = new Set(['what', 'which', 'who', 'whom']);
/** Adverbs that finish a phrasal verb (`touch down`, `kick in`, `pull out`): its verb is the word before. */
const PARTICLES = new Set(['down', 'up', 'in', 'out', 'off', 'on', 'over', 'back', 'away']);

/** Pronouns that stand for a verb's object between it and its particle (`turn it down`). */
const OBJECT_PRONOUNS = new Set(['it', 'them', 'him', 'her', 'us', 'me', 'you']);

/**
 * A phrasal verb split by its object at the end of a question (`Why did the council turn the scheme down?`, `Will
 * they call it off?`): the verb's and the particle's places among the tokens. The object is a pronoun or a noun
 * phrase of a determiner and one or two words; the particle ends the question. Undefined for any other shape.
 */
export function splitPhrasalVerb(tokens: readonly string[]): { verb: number; particle: number } | undefined {
  const particle = tokens.length - 1;
  if (particle < 2 || !PARTICLES.has(tokens[particle]!)) return undefined;
  for (let verb = particle - 2; verb >= Math.max(0, particle - 4); verb--) {
    const object = tokens.slice(verb + 1, particle);
    const pronoun = object.length === 1 && OBJECT_PRONOUNS.has(object[0]!);
    const phrase = object.length >= 2 && NOUN_PHRASE_OPENERS.has(object[0]!) && object.slice(1).every((token) => !STOP_WORDS.has(token));
    if ((pronoun || phrase) && !STOP_WORDS.has(tokens[verb]!)) return { verb, particle };
  }
  return undefined;
}

/**
 * `What record did the club set?`, `Which plan did voters back?`: a question that puts its object first ends in
 * its verb, right after the auxiliary's subject (a determiner and at most three words). Undefined for any other shape
 * (`What did the report say about the bridge?`: the words after the subject are no bare verb).
 */
function frontedObjectVerb(tokens: string[]): string | undefined {
  if (!OBJECT_OPENERS.has(tokens[0] ?? '')) return undefined;
  const auxiliary = tokens.findIndex((token, i) => i > 0 && AUXILIARIES.has(token) && token !== 'to');
  if (auxiliary < 0) return undefined;
  const all = tokens.slice(auxiliary + 1);
  // `What time did the capsule touch down?`: a particle last, after a subject and its verb, finishes the verb.
  const opened = NOUN_PHRASE_OPENERS.has(all[0] ?? '') ? 1 : 0;
  const rest = all.length - opened >= 3 && PARTICLES.has(all.at(-1)!) ? all.slice(0, -1) : all;
  const subject = rest.slice(NOUN_PHRASE_OPENERS.has(rest[0] ?? '') ? 1 : 0, -1).filter((token) => token !== 's');
  const verb = rest.at(-1);
  if (!verb || subject.length === 0 || subject.length > 3 || [verb, ...subject].some((token) => STOP_WORDS.has(token))) return undefined;
  return verb;
}

/** Words that open a question; a copula after one asks what or who something is (`what is the levy`). */
const QUESTION_OPENERS = new Set(['what', 'who', 'whom', 'which', 'where', 'when', 'why', 'how']);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'seem', 'seems', 'seemed', 'look', 'looks', 'looked']);

/**
 * Words a question says something is, or has done to it (`the call was normal`, `will hearings be held`): the word
 * after a copula that neither opens the question (`is the ferry late`: its subject follows) nor follows a question
 * word (`what is the levy`). An adjective or a participle: it says how something is, as a verb says what happens.
 */
export function complementsIn(question: string): Set<string> {
  const tokens = tokenize(question);
  const complements = new Set<string>();
  tokens.forEach((token, i) => {
    const after = tokens[i + 1];
    const before = tokens[i - 1];
    if (before && !QUESTION_OPENERS.has(before) && COPULAS.has(token) && after && !STOP_WORDS.has(after)) complements.add(after);
  });
  return complements;
}

/** A regular past form: `object` → `objected`, `approve` → `approved`, `deny` → `denied`. */
export function pastForm(verb: string): string {
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/u.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}

/**
 * Light verbs: `give`, `take` and `make` with a noun after them say little of their own (`gave evidence` is to testify,
 * `took the honours` to be named the best, `made a decision` to decide); the noun carries the meaning. English grammar
 * (its light verb constructions), for any article; `do`, `have` and `get` are already no topic words.
 */
const LIGHT_VERB = /^(?:giv(?:e|es|en|ing)|gave|tak(?:e|es|en|ing)|took|mak(?:e|es|ing)|made)$/u;
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'your',
  'my',
  'this',
  'that',
  'these',
  'those',
  'some',
  'any',
]);

/** Verbs of judging or declaring, whose meaning lies in the adjective after them (`found guilty`, `declared dead`). */
const JUDGING_VERB = /^(?:f(?:ind|inds|ound)|declared?|ruled?|deemed?|judged?|pronounced?)$/u;

/**
 * Each verb of judging in a question followed by the word it judges with (`if found guilty` → `found`, `guilty`;
 * `was declared dead`): the caller checks that the word is an adjective. Being found guilty is being convicted; what
 * the question asks about is the verdict, not the finding.
 */
export function judgedComplements(question: string): Array<{ verb: string; complement: string }> {
  const tokens = tokenize(question);
  const found: Array<{ verb: string; complement: string }> = [];
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (JUDGING_VERB.test(token) && next !== undefined && !STOP_WORDS.has(next) && !/^\d/u.test(next))
      found.push({ verb: token, complement: next });
  });
  return found;
}

/**
 * Each light verb of a question and the noun its meaning lies in: the head of the noun phrase after it, past a
 * determiner and the words modifying the head (`took the top acting honours` → `took`, `honours`). The caller checks
 * that the head is a noun. None where a particle or a preposition follows the verb (`took over`, `gave up`, `made of`),
 * nor where two objects do (`gave the workers pay rises`).
 */
export function lightVerbObjects(question: string): Array<{ verb: string; object: string }> {
  const tokens = tokenize(question);
  const found: Array<{ verb: string; object: string }> = [];
  tokens.forEach((token, i) => {
    if (!LIGHT_VERB.test(token)) return;
    let at = i + 1;
    if (DETERMINERS.has(tokens[at] ?? '')) at++;
    const phrase: string[] = [];
    while (at < tokens.length && !STOP_WORDS.has(tokens[at]!) && !/^\d/u.test(tokens[at]!)) phrase.push(tokens[at++]!);
    // A plural before the head ends a noun phrase of its own (nouns modify in the singular: `flu shots`): two objects
    // (`give detainees flu shots`), and `give` means to hand over, as it says.
    if (phrase.slice(0, -1).some((word) => PLURAL.test(word))) return;
    const head = phrase.at(-1);
    if (head) found.push({ verb: token, object: head });
  });
  return found;
}

/** Prepositions that open a phrase of circumstance: to whom, from where, with what, about what. */
const PREPOSITIONS = new Set([
  'to',
  'from',
  'in',
  'on',
  'at',
  'with',
  'for',
  'of',
  'about',
  'by',
  'into',
  'over',
  'under',
  'after',
  'before',
  'against',
  'across',
  'through',
  'during',
  'near',
]);
/** Is the word a preposition (`for` in `stood up for`), not a determiner (`the` in `set up the company`)? */
export function isPreposition(word: string): boolean {
  return PREPOSITIONS.has(word);
}
/** Words that may stand between a preposition and its noun (`from other countries`, `to all the reporters`). */
const QUANTIFIERS = new Set(['other', 'all', 'each', 'every', 'many', 'more', 'most', 'few', 'several', 'no']);

/**
 * The question's words that stand right after a preposition, past determiners and quantifiers (`speak to reporters`,
 * `astronomers from other countries`): the circumstances of what is asked (to whom, from where), not the thing asked
 * about, which is the subject or the verb's object (`filed a lawsuit`, `raise property taxes`).
 */
export function wordsAfterPrepositions(question: string): Set<string> {
  const tokens = tokenize(question);
  const found = new Set<string>();
  tokens.forEach((token, i) => {
    if (STOP_WORDS.has(token)) return;
    let before = i - 1;
    while (before >= 0 && (DETERMINERS.has(tokens[before]!) || QUANTIFIERS.has(tokens[before]!))) before--;
    if (before >= 0 && PREPOSITIONS.has(tokens[before]!)) found.add(token);
  });
  return found;
}
