import { QUESTION_WORDS, STOP_WORDS, termOf, tokenize } from './analyzer.js';
import { answerKind, PAST_QUESTION } from './answerType.js';
import { SIDE_TAKEN_QUESTION } from './voteTally.js';
import {
  ASKED_KIND_NOUN,
  AMOUNT_QUESTION,
  CLOCK_QUESTION,
  HOW_MANY,
  MEASURE_QUESTION,
  MEASURE_UNITS,
  MODAL_COUNTERPARTS,
  NUMBER_QUESTION,
  PLURAL,
  SO_FAR_QUESTION,
  SO_FAR_WORDS,
  SPEECH_QUESTION,
  TALLY_QUESTION,
  TIME_QUESTION,
  WHERE_MOTION,
  WHERE_QUESTION,
  WHO_IS_QUESTION,
  WHO_QUESTION,
  WHY_QUESTION,
} from './questionShape.js';

/** Nouns that ask for another name of something: a sentence naming it so (`known as`, `dubbed`) gives it. */
export const NAMING_WORDS = new Set(['nickname', 'nicknames', 'moniker', 'alias', 'sobriquet', 'aka']);
/** Nouns for money as such: a sum in a currency (`$3 million`) is what they name. */
export const MONEY_WORDS = new Set(['money', 'cash', 'funds', 'funding']);
/**
 * Words that ask what something costs or is paid (`what does it cost staff to park`, `what fee…`): in a question asking
 * for a sum of money, a sum (`will pay $65 a month`) is what they name, as it is for `money`.
 */
const SUM_ASKING_WORDS = new Set(['cost', 'costs', 'price', 'prices', 'fee', 'fees', 'charge', 'charges', 'pay', 'paid', 'worth']);
/** How English gives something another name. */
export const NAMING =
  /\b(?:(?:also|better|widely|locally|commonly)\s+)?known\s+as\b|\b(?:nicknamed|dubbed|aka|a\.k\.a\.)\b|\bor\s+simply\b/iu;

/**
 * The first stage of answering: what a question asks for, read from its shape alone (no index, no story).
 * `how big` asks for a measure, `how many ships` for a count of ships, `why` for a reason, `who` for a
 * person; the later stages look for those in the candidates (candidateFeatures) and weigh them (answerWeights).
 */
export interface QuestionReading {
  /** The question's words that say what it is about (a measure word such as `big` left out; a counted noun kept). */
  words: string[];
  /** `how big`, `how strong`: the measure asked for, and the units (analysed terms) it is given in. */
  measure: string | undefined;
  units: Set<string> | undefined;
  /** The noun a `how many <noun>` question counts, and its place among `words` (-1 when none). */
  countedNoun: string | null;
  countedGroup: number;
  /** `…so far`, `…have there been`: a count up to now, which an ordinal gives (`its third hearing`). */
  countsSoFar: boolean;
  wantsNumber: boolean;
  /** `how many`, `how much`: an answer holds an amount (not asked of quotes, which are shown for their words). */
  wantsAmount: boolean;
  wantsTime: boolean;
  /** `What time…`: a time of day, which a clock time gives better than a day does. */
  wantsClock: boolean;
  wantsReason: boolean;
  wantsPlace: boolean;
  /** `Where did the wolves come from?`: the place something came from, which news often gives without a name. */
  wantsOrigin: boolean;
  /** `Where will the docks be moved to?`: a `where` question ending on `to` asks where something goes. */
  wantsDestination: boolean;
  wantsTally: boolean;
  /** `When did…`, `when was…`: the question asks when something already happened. */
  asksPast: boolean;
  /** `What will it cost…`, `will the brewery…`: the question asks about what is to come. */
  asksFuture: boolean;
  /** `who…` (but not `who is…`): an answer names a person. */
  wantsPerson: boolean;
  /** `who is the mayor`: asks who holds a role. */
  asksWhoIs: boolean;
  /** `what did X say…`, `who is X`: asks about a speaker's own words. */
  aboutTheirWords: boolean;
  /** `What is the telescope's nickname?`: the place among `words` of the word asking for another name (-1 when none). */
  namingGroup: number;
  /** `a big-money prize`, `who put up the cash`: the place among `words` of a word for money (-1 when none). */
  moneyGroup: number;
  /** Neighbouring question words as analysed term pairs (`land strike`): they mean more standing together. */
  pairs: string[];
}

/** `…from?`: a `where` question ending on `from` asks where something came from. */
const ORIGIN_QUESTION = /\bfrom\s*\?*\s*$/iu;
/** `…to?`: a `where` question ending on `to` asks where something went or goes. */
const DESTINATION_QUESTION = /\bto\s*\?*\s*$/iu;

/** The noun of `what time`, `which year`: it asks for a time of the kind. */
const TIME_NOUN_ASKED = /\b(?:what|which)\s+(time|day|date|year|month)\b/iu;

/** The place among `words` of a word for money, or of the word asking for a sum in a question of money (-1 when none). */
function moneyGroupOf(question: string, words: readonly string[]): number {
  const money = words.findIndex((word) => MONEY_WORDS.has(word.toLowerCase()));
  if (money >= 0 || !answerKind(question).money) return money;
  return words.findIndex((word) => SUM_ASKING_WORDS.has(word.toLowerCase()));
}

/** Reads a question: `askedWords` are its content words (analyser's query words), `forQuotes` when `/quote` asks. */
export function readQuestion(question: string, askedWords: string[], forQuotes = false): QuestionReading {
  const measure = MEASURE_QUESTION.exec(question)?.[1]?.toLowerCase();
  const countedNoun = countedNounOf(question) ?? sizedNounOf(question);
  // `how big`: `big` asks for a measure, it is not the topic. `how many people`: people are what is counted.
  // `so far`, `to date`: when the count is taken, not what it counts.
  const soFarWords = new Set([...question.matchAll(SO_FAR_WORDS)].map((match) => (match[1] ?? match[2]!).toLowerCase()));
  // `Where did it leave from?`: the verb of going asks for the place it went from or to, it is not the topic.
  const motion = WHERE_QUESTION.test(question) ? new Set(question.toLowerCase().match(WHERE_MOTION) ?? []) : new Set<string>();
  // `What time did it hit?`, `what year…`: the noun asks for a time, as `when` does; the time is not the topic.
  // `What is the reason for…`, `what is the deadline for…`: likewise, the noun names the kind of answer.
  const kindNoun = (TIME_NOUN_ASKED.exec(question) ?? ASKED_KIND_NOUN.exec(question))?.[1]?.toLowerCase();
  const words = askedWords.filter((word) => word !== measure && word !== kindNoun && !soFarWords.has(word) && !motion.has(word));
  if (countedNoun && !words.includes(countedNoun)) words.push(countedNoun);
  const modal = modalOf(question, words);
  const asksWhoIs = WHO_IS_QUESTION.test(question);
  return {
    words,
    measure,
    units: measure ? MEASURE_UNITS[measure] : undefined,
    countedNoun,
    countedGroup: countedNoun ? words.indexOf(countedNoun) : -1,
    namingGroup: words.findIndex((word) => NAMING_WORDS.has(word.toLowerCase())),
    moneyGroup: moneyGroupOf(question, words),
    countsSoFar: countedNoun !== null && SO_FAR_QUESTION.test(question),
    wantsNumber: NUMBER_QUESTION.test(question),
    wantsAmount: !forQuotes && AMOUNT_QUESTION.test(question),
    wantsTime: TIME_QUESTION.test(question),
    wantsClock: CLOCK_QUESTION.test(question),
    wantsReason: WHY_QUESTION.test(question),
    wantsPlace: WHERE_QUESTION.test(question),
    wantsOrigin: WHERE_QUESTION.test(question) && ORIGIN_QUESTION.test(question),
    wantsDestination: WHERE_QUESTION.test(question) && DESTINATION_QUESTION.test(question),
    wantsTally: TALLY_QUESTION.test(question) || SIDE_TAKEN_QUESTION.test(question),
    asksFuture: /\bwill\b/iu.test(question),
    asksPast: PAST_QUESTION.test(question),
    wantsPerson: WHO_QUESTION.test(question) && !asksWhoIs,
    asksWhoIs,
    aboutTheirWords: SPEECH_QUESTION.test(question) || asksWhoIs,
    // The modal is no word of the text (a stop word): no pair stands with it.
    pairs: words
      .slice(1)
      .map((word, i) => [words[i]!, word])
      .filter((pair) => !pair.includes(modal ?? ''))
      .map(([first, second]) => `${termOf(first!) ?? first} ${termOf(second!) ?? second}`),
  };
}

/**
 * `Can pupils use the pool?`, `how many firms can now bid`, `had to leave`: the modal is put among the words asked, before the verb
 * it goes with, for the words a story says it in (`eligible to`, `accessible to`: see MODAL_COUNTERPARTS). Returns it,
 * or undefined when the question has none.
 */
function modalOf(question: string, words: string[]): string | undefined {
  // `had to leave` is `must leave` in the past: one modal, however tensed.
  const tokens = tokenize(question).map((token, i, all) => (/^ha(?:ve|s|d)$/u.test(token) && all[i + 1] === 'to' ? 'must' : token));
  const at = tokens.findIndex((token) => MODAL_COUNTERPARTS[token] !== undefined);
  if (at < 0) return undefined;
  const next = tokens.slice(at + 1).find((token) => words.includes(token));
  words.splice(next === undefined ? words.length : words.indexOf(next), 0, tokens[at]!);
  return tokens[at];
}

/** `how many kinds of…`: a word for a kind (English's few), then `of` and the noun phrase of what the kinds are of. */
const HOW_MANY_KINDS =
  /\bhow\s+many\s+(?:different\s+)?(?:kinds|types|sorts|varieties)\s+of\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?(?:\s+([\p{L}-]+))?/iu;

/** The noun a `how many <noun>` question counts: `ships` in `how many ships are stuck`, `traffickers` in `how many suspected traffickers`. */
export function countedNounOf(question: string): string | null {
  // `How many kinds of protein building blocks`: kinds of a thing are counted as the thing is (`19 different amino acids`).
  const match = HOW_MANY_KINDS.exec(question) ?? HOW_MANY.exec(question);
  if (!match) return null;
  // What `how many` counts is plural: the first plural of the noun phrase (`how many workers belong`, `how many
  // suspected traffickers`, `how many real estate agents`), else its first word.
  const phrase: string[] = [];
  for (const word of match.slice(1).filter((w): w is string => w !== undefined)) {
    const lower = word.toLowerCase();
    if (phrase.length > 0 && (STOP_WORDS.has(lower) || QUESTION_WORDS.has(lower))) break;
    phrase.push(lower);
  }
  const noun = phrase.find((word) => PLURAL.test(word)) ?? phrase[0]!;
  return termOf(noun) ? noun : null;
}

/**
 * `How big was the crowd?`, `how large is the fleet`: the size of a thing is the number given with it (`a 23,400
 * crowd`, `a fleet of 40 ships`), so the thing is counted as `how many` counts its noun: the head of the noun phrase
 * after the verb.
 */
const SIZE_OF =
  /\bhow\s+(?:big|large)\s+(?:is|was|are|were|will\s+be)\s+(?:the|a|an|its|their|his|her|this|that)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/iu;

function sizedNounOf(question: string): string | null {
  const phrase = SIZE_OF.exec(question)?.[1]?.toLowerCase().split(/\s+/u) ?? [];
  const end = phrase.findIndex((word) => STOP_WORDS.has(word) || QUESTION_WORDS.has(word));
  const noun = (end < 0 ? phrase : phrase.slice(0, end)).at(-1);
  return noun && termOf(noun) ? noun : null;
}
