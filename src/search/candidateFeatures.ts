import type { Entry, Speaker } from '../story/types.js';
import { findWhen } from '../story/whenWhere.js';
import {
  ARGUED_THAT,
  CAUSE,
  CLOCK_TIME,
  COUNT_PHRASE,
  FORESEEN_HARM,
  MAYBE_TIME,
  PLACE,
  REASON,
  TALLY,
  TIME_NOUN,
} from './questionShape.js';
import { analyze } from './analyzer.js';
import { FUTURE } from './answerType.js';
import type { QuestionReading } from './readQuestion.js';
import { deniesAsked, type YesNoChecks } from './yesNoAnswer.js';

/**
 * The third stage of answering: each retrieved candidate described by a few named features, the same for
 * every question; answerWeights turns them into one score. A feature that answers a shape of question is
 * set only when the question has that shape (`time` only for `when…`).
 */
export interface CandidateFeatures {
  /** The search engine's relevance (BM25 with field boosts and the query's term boosts). */
  match: number;
  /** Share of the question's weight (by word rarity) the candidate accounts for, 0–1. */
  coverage: number;
  /** Said or reported by the speaker the question names. */
  bySpeaker: boolean;
  /** Share of the question's neighbouring word pairs that stand together in the candidate, 0–1. */
  together: number;
  /**
   * For `when…`: how closely the question's words stand together in the candidate, 0–1 (see closeness). A time
   * belongs to the event whose words it stands with: a lede naming the event in one clause and another with its day
   * does not say when the event asked about happened.
   */
  close: number;
  /** A number, for a question asking for one. */
  number: boolean;
  /** A count of what `how many` counts (`eleven container ships`). */
  count: boolean;
  /** A number in a unit of the measure asked (`45 mph` for `how strong`). */
  unit: boolean;
  /** A time or date, for `when…`. */
  time: boolean;
  /** A clock time (`at 3:12 a.m.`), for `what time…`: on top of `time`, for a day does not say the time of day. */
  clock: boolean;
  /** Words giving a reason or cause, for `why…`. */
  reason: boolean;
  /** Words stating a cause outright (`because`, `due to`), for `why…`: on top of `reason`. */
  cause: boolean;
  /** A place named after a preposition of place, for `where…`. */
  place: boolean;
  /** A tally (`7-2`), for `how did they vote`. */
  tally: boolean;
  /** A person of the story named, for `who…`. */
  person: boolean;
  /** For a question about what is to come: the candidate speaks of what is to come (`will cost`, `expected`). */
  future: boolean;
  /** For a yes/no question: a denial of something it asks (`no teachers would lose their jobs`; see yesNoAnswer). */
  denies: boolean;
}

/** What retrieval knows of a candidate before the finer checks. */
export type RetrievalFeatures = Pick<CandidateFeatures, 'match' | 'coverage' | 'bySpeaker'>;

const NO_FINER_FEATURES: Omit<CandidateFeatures, keyof RetrievalFeatures> = {
  together: 0,
  close: 0,
  number: false,
  count: false,
  unit: false,
  time: false,
  clock: false,
  reason: false,
  cause: false,
  place: false,
  tally: false,
  person: false,
  denies: false,
  future: false,
};

/** A candidate as retrieval sees it: the finer features unset (they only ever raise a score). */
export function retrievalOnly(features: RetrievalFeatures): CandidateFeatures {
  return { ...features, ...NO_FINER_FEATURES };
}

export interface FinerChecks {
  reading: QuestionReading;
  /** `how many <noun>`'s count pattern over analysed text, when the question counts something (a kind of it right after a number too). */
  countPhrase: RegExp | null;
  /** The story's people, when the question asks `who…`. */
  people: Speaker[];
  /** `Why…` someone (a person, a group) acts: a harm they foresee is a reason too (see givesReason). */
  motive: boolean;
  /** Each term of the query (a word's own or the story's word for it) with the question words it stands for, by place. */
  termGroups: ReadonlyMap<string, readonly number[]>;
  /** For a yes/no question of `/ask`: the terms it asks about and whether it asks what will happen; else null. */
  yesNo: YesNoChecks | null;
}

/**
 * How closely the question's words stand together in a text (analysed terms): the number of distinct question words
 * matched less one, over how many terms apart stand the ends of the shortest stretch that holds one of each (1 when
 * they are side by side: `the quake struck`; a tenth when ten terms part two words). A sentence
 * that packs the whole story (a lede) may match every word, each in another clause; the one that gives the detail
 * asked says them together. 0 when fewer than two words match.
 */
export function closeness(analysed: string, termGroups: ReadonlyMap<string, readonly number[]>): number {
  const terms = analysed.trim().split(' ');
  const hits: Array<{ at: number; group: number }> = [];
  terms.forEach((term, at) => {
    for (const group of termGroups.get(term) ?? []) hits.push({ at, group });
  });
  const groups = new Set(hits.map((hit) => hit.group));
  if (groups.size < 2) return 0;
  let best = Number.POSITIVE_INFINITY;
  const inWindow = new Map<number, number>();
  let start = 0;
  for (let end = 0; end < hits.length; end++) {
    inWindow.set(hits[end]!.group, (inWindow.get(hits[end]!.group) ?? 0) + 1);
    while (inWindow.size === groups.size) {
      best = Math.min(best, hits[end]!.at - hits[start]!.at);
      const g = hits[start]!.group;
      const left = inWindow.get(g)! - 1;
      if (left === 0) inWindow.delete(g);
      else inWindow.set(g, left);
      start++;
    }
  }
  return best <= 0 ? 1 : Math.min(1, (groups.size - 1) / best);
}

/**
 * Does a text give a reason (REASON)? When the question asks why someone acts (`motive`), a harm foreseen does too
 * (`the plan would hurt riders`): their reason for opposing a plan or choosing another course. So does what they
 * argue (`argued that the ban punished families`): an argument is the reasons a side gives for its stand.
 */
export function givesReason(text: string, motive: boolean): boolean {
  return REASON.test(text) || (motive && (FORESEEN_HARM.test(text) || ARGUED_THAT.test(text)));
}

/**
 * Does a text give a reason other than by a word that may only say when (`after`, `since`, `over`, `following`, `, as`:
 * `drivers were told to use the ring road after the closure`)? A cause stated, a purpose, a harm foreseen for `motive`.
 */
export function givesReasonNotTime(text: string, motive: boolean): boolean {
  return givesReason(text.replace(MAYBE_TIME, ' '), motive);
}

/** A number joined to a noun by a hyphen, before the noun it describes (`a two-person workshop`, `a 12-member board`). */
const COUNT_AS_MODIFIER =
  /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)-\p{L}+(?:-\p{L}+)*(?=\s+\p{Ll})/giu;
/** A person's age set off by commas after their name (`Janet Pruvey, 67, who has lived aboard her boat`). */
const AGE_AFTER_NAME = /(?<=\p{Lu}[\p{L}'’-]*),\s*\d{1,3}(?=\s*,)/gu;

/**
 * Does a text count what is asked only with numbers that count nothing (`a two-person workshop` counts no people,
 * `Janet Pruvey, 67, who lives aboard her narrowboat` no boats)?
 */
function countsOnlyInOtherWords(text: string, countPhrase: RegExp): boolean {
  const counting = text.replace(COUNT_AS_MODIFIER, ' ').replace(AGE_AFTER_NAME, ' ');
  return counting.length < text.length && !countPhrase.test(` ${analyze(counting).join(' ')} `);
}

/** Does an entry count what is asked (`countPhrase`), other than in words describing another noun or in an age? */
export function countsAsked(text: string, analysed: string, countPhrase: RegExp): boolean {
  return countPhrase.test(analysed) && !countsOnlyInOtherWords(text, countPhrase);
}

/**
 * Does a text count what is asked only by a round magnitude (`killing thousands of fish`), never in figures? Then a
 * sentence giving the figure (`more than 6,000 dead fish`) answers `how many` first.
 */
export function countsOnlyRoughly(analysed: string, countPhrase: RegExp): boolean {
  if (!countPhrase.test(analysed)) return false;
  const all = new RegExp(countPhrase.source, 'gu');
  for (const match of analysed.matchAll(all)) if (/\d/u.test(match[0])) return false;
  return true;
}

/** Describes a candidate fully: `analysed` is its text as analysed terms, padded with spaces. */
export function describeCandidate(entry: Entry, analysed: string, retrieval: RetrievalFeatures, checks: FinerChecks): CandidateFeatures {
  const { reading, countPhrase, people, motive, termGroups } = checks;
  const together =
    reading.pairs.length > 0 ? reading.pairs.filter((pair) => analysed.includes(` ${pair} `)).length / reading.pairs.length : 0;
  // `When was the orchestra set up?` asks about what has happened: the time of what is to come (`would launch an
  // appeal in January`) is not its time.
  const timeOfWhatHappened = reading.wantsTime && !(reading.asksPast && FUTURE.test(entry.text));
  // Written out rather than spread: this runs for the best candidates of every question.
  return {
    match: retrieval.match,
    coverage: retrieval.coverage,
    bySpeaker: retrieval.bySpeaker,
    together,
    close: timeOfWhatHappened ? closeness(analysed, termGroups) : 0,
    number: reading.wantsNumber && /\s\d/u.test(analysed),
    count: countPhrase !== null && countsAsked(entry.text, analysed, countPhrase) && !countsOnlyRoughly(analysed, countPhrase),
    unit: reading.units !== undefined && COUNT_PHRASE(reading.units).test(analysed),
    time: timeOfWhatHappened && Boolean(findWhen(entry.text) || entry.when),
    clock: reading.wantsClock && CLOCK_TIME.test(entry.text),
    reason: reading.wantsReason && givesReason(entry.text, motive),
    cause: reading.wantsReason && CAUSE.test(entry.text),
    place: reading.wantsPlace && namesPlaceAsked(entry.text, reading),
    tally: reading.wantsTally && TALLY.test(entry.text),
    person: reading.wantsPerson && people.some((person) => entry.text.includes(person.name)),
    denies: checks.yesNo !== null && deniesAsked(entry.text, checks.yesNo.asked),
    future: reading.asksFuture && SPEAKS_OF_FUTURE.test(entry.text),
  };
}

/** Words that speak of what is to come. */
const SPEAKS_OF_FUTURE = /\b(?:will|expects?|expected|scheduled|due to|plans? to|planned|going to|set to)\b|'ll\b/iu;

/** For `where…`: does the text name a place (`in Millford`), or, for `where from` or `where to`, say where from or to? */
export function namesPlaceAsked(text: string, reading: Pick<QuestionReading, 'wantsOrigin' | 'wantsDestination'>): boolean {
  return PLACE.test(text) || (reading.wantsOrigin && cameFrom(text)) || (reading.wantsDestination && wentTo(text));
}

/**
 * `walked in from forests across the border`: where something came from, named or not (`from the east`, `from a
 * farm`), not a time (`from last year`) nor a number (`from 2019`).
 */
const FROM_PHRASE = /\bfrom\s+(?:the\s+|a\s+|an\s+)?(?:[\p{Ll}-]+\s+)?(\p{Ll}[\p{Ll}-]+)\b/gu;

export function cameFrom(text: string): boolean {
  for (const match of text.matchAll(FROM_PHRASE)) if (!TIME_NOUN.test(match[1]!)) return true;
  return false;
}

/**
 * `mostly from residential streets to the railway station`: where something goes, named or not (`to the hospital`, `to a
 * new site`), not a time (`to the end of June`, `to next year`) nor an infinitive (`to move`: a determiner comes first).
 */
const TO_PHRASE = /\bto\s+(?:the|a|an)\s+(\p{Ll}[\p{Ll}-]*)/gu;
const TIME_OF = /^(?:end|start|beginning|middle|close)$/u;

export function wentTo(text: string): boolean {
  for (const match of text.matchAll(TO_PHRASE)) if (!TIME_NOUN.test(match[1]!) && !TIME_OF.test(match[1]!)) return true;
  return false;
}
