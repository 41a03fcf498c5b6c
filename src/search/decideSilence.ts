import { asksIfBefore, speaksOfEarlierTime } from './earlierTime.js';
import { roleHeadPhrase } from '../story/SpeakerRegistry.js';
import type { Entry, Speaker } from '../story/types.js';
import { analyze, queryWords, termOf } from './analyzer.js';
import { givesReason } from './candidateFeatures.js';
import { statesEventOnly, WHY_EVENT } from './eventOnly.js';
import { matchSpeakers } from './matchSpeakers.js';
import { nameAskedOf, namesNoun } from './nameAsked.js';
import {
  ABOUT_TOPIC,
  DOER_QUESTION,
  ASKED_KIND_NOUN,
  FOCUS_QUESTION,
  nameGroupsIn,
  namesIn,
  SPEECH_SUBJECT,
  TIME_NOUN,
  WHEN_QUESTION,
  WHY_QUESTION,
  wordsAfterPrepositions,
  YES_NO_QUESTION,
} from './questionShape.js';
import { NAMING_WORDS } from './readQuestion.js';
import { REQUEST_VERB, reportsRequestFor } from './requestedOnly.js';
import { restatesQuestion } from './restatesQuestion.js';
import { namesSpeakerOnlyAsSpokenOf, WORDS_OF } from './spokenOfOnly.js';
import { namesUnit, unitAsked } from './unitPrice.js';
import { answerKind } from './answerType.js';

/**
 * The silence stage of `/ask`. Before any search (silenceBeforeSearch, silenceOnCount): the question names what the
 * story does not hold, so whatever words it shares with the story, nothing there answers it. After ranking
 * (silenceAfterRanking): the best answers say something near the question but not what it asks. Each rule is general
 * English question reading; each silence carries its reason (the eval counts them on answerable and unanswerable
 * questions apart).
 */

export type SilenceReason =
  /**
   * `What is the capital of France?`: the noun asked about is not in the story, nor a word for it; `Has the union filed a
   * lawsuit?`: a noun of a yes/no question is not, nor a word near it.
   */
  | 'unknown thing asked about'
  /** `Who hosted the ceremony?`: the story never uses the verb, nor a word for it, so no one in it did that. */
  | 'unknown deed asked about'
  /** `What did the governor say?` with no governor, or a person named in full who has no words in the story. */
  | 'speaker without words here'
  /** `…say about tariffs` when nothing in the story is about tariffs or near them in meaning. */
  | 'unknown topic'
  /** `the average price in Vancouver` when the story never names Vancouver. */
  | 'unknown name'
  /** `when…` with no entry holding a time; `how much did it cost…` with none holding a sum of money. */
  | 'no answer of the kind asked'
  /** `Why…` answered best by a sentence that only restates the question: the story gives no reason. */
  | 'reason not given'
  /** `Did the council agree to…?` answered only by a sentence saying someone asked the council to: not whether it did. */
  | 'only a request for it'
  /** `What did the federal government say…?` answered only by sentences naming it as whom they speak of, not who speaks. */
  | 'speaker only spoken of'
  /** `Has Sheriff Moore arrested anyone?` answered by the sheriff's words on something else: not what they did. */
  | 'deed not stated'
  /** `What is the driver's name?` answered only by sentences that speak of the driver and name no one (nameAsked.ts). */
  | 'no name given'
  /** `Has the railroad been hit by a strike before?` answered only by sentences of the story's own time (earlierTime.ts). */
  | 'no earlier time'
  /** `How much does a bottle cost?` answered only by sums of other things, which name no bottle (unitPrice.ts). */
  | 'no price of one';

/** What the silence stage asks of the story's words and speakers. */
export interface StoryWords {
  /** The story uses this noun, a form of it, or a synonym (not a broader or narrower sense). */
  knowsNoun(word: string, withKinds?: boolean): boolean;
  /**
   * The story uses this word, a lexicon word for it, or (`withNextSenses`) a next sense, or a word near in meaning;
   * `forName`: a name, which a named peer near it in meaning (`Toronto` for `Vancouver`) does not link.
   */
  linksToStory(word: string, withNextSenses?: boolean, forName?: boolean): boolean;
  /** `stood up for`: the story uses a word for what the verb and its particle mean together (`defend`). */
  linksPhrasal(verb: string, particle: string, after?: string): boolean;
  /** The lexicon knows the word as a noun only: as no verb (`update`, `ransom`) and no adjective. */
  onlyNoun(word: string): boolean;
  /** The lexicon knows the word at all. */
  inLexicon(word: string): boolean;
  /** The word's derivations (`American` → `America`). */
  derived(word: string): string[];
  speakers: Speaker[];
}

/** `What is the X expected to…`, `what are the talks likely to…`: the noun is the subject of what is asked. */
const EXPECTED_OF =
  /^\s*(?:what|which|who)\s+(?:is|are|was|were)\s+(?:the|a|an)\s+(?:[\p{L}'\u2019-]+\s+){1,3}(?:expected|likely|set|due|going|supposed|scheduled|planned|estimated|projected|forecast|thought|believed|said|reported)\s+to\b/iu;

/** Nouns for how many or how much of something (`number of`, `amount of`, `proportion of`). */
const AMOUNT_WORDS = new Set(['number', 'amount', 'total', 'count', 'quantity', 'proportion', 'percentage', 'share', 'sum']);

/**
 * The focus noun of `what is the X`: the first of the two words after the article that `isNoun` accepts. None when
 * either word is the sum a question of money asks for (`namesSum`: `What was the purchase price of the site?` asks a
 * sum, which the story may give with no word for price, `bought the tower for £640,000`).
 */
export function focusNoun(
  query: string,
  isNoun: (word: string) => boolean,
  namesSum: (word: string) => boolean = () => false,
): string | null {
  const match = FOCUS_QUESTION.exec(query);
  // `What is the development expected to cost?` asks what is expected of it (a cost), not what the development is.
  if (!match || EXPECTED_OF.test(query)) return null;
  // (`the telescope's nickname` asks for another name of the telescope: a nickname is no thing the story must hold.)
  const candidates = [match[1], match[2]]
    .filter((w): w is string => Boolean(w))
    .map((w) => w.toLowerCase())
    // (Nor is `the pilot's name`: a name is what it asks of the pilot; see nameAsked.ts.)
    .filter((w) => !NAMING_WORDS.has(w) && !/^names?$/u.test(w))
    // (Nor is `the reason` of `what is the reason for…`: it names the kind of answer asked, as `why` does.)
    .filter((w) => w !== ASKED_KIND_NOUN.exec(query)?.[1]?.toLowerCase())
    // (Nor is `the largest number` of `the largest number of ambulances`: a word for how many or how much of
    // what follows names the kind of answer, an amount.)
    .filter((w) => !(AMOUNT_WORDS.has(w) && new RegExp(`\\b${w}\\s+of\\b`, 'iu').test(query)));
  if (candidates.some(namesSum)) return null;
  return candidates.find(isNoun) ?? null;
}

/** `Is there a vaccine…`, `Were there any arrests…`: the first word after `there` and its article, the thing asked to exist. */
const EXISTENCE_QUESTION =
  /^\s*(?:is|are|was|were|will|has|have)\s+there\s+(?:been\s+|be\s+)?(?:already\s+|yet\s+|ever\s+)?(?:(?:a|an|any|some)\s+)?([\p{L}-]+)/iu;

/** `Which prison will…`: the one or two words after `which`, before its verb. */
const WHICH_QUESTION =
  /^\s*which\s+([\p{L}-]+)(?:\s+(?!(?:is|are|was|were|will|would|could|can|did|does|do|has|have|had)\b)([\p{L}-]+))?/iu;

export function silenceBeforeSearch(query: string, focus: string | null, story: StoryWords): SilenceReason | null {
  // (A word the lexicon does not know at all, `scoreline`, may be the story's in words it cannot link: no silence on it.)
  if (focus && !story.knowsNoun(focus) && story.inLexicon(focus)) return 'unknown thing asked about';
  // `Who hosted the ceremony?` when the story never says `host`, nor a word for it (a form, a synonym, a next sense,
  // a word near it in meaning): whoever the story names, none of them did that. (`Who is…`, `who said…` ask otherwise.)
  // A verb with a particle means what the phrase means (`stood up for` is to defend): a word for that is one for the deed.
  const [, deed, particle, after] = DOER_QUESTION.exec(query) ?? [];
  if (deed && queryWords(deed).length > 0 && !story.linksToStory(deed) && !(particle && story.linksPhrasal(deed, particle, after)))
    return 'unknown deed asked about';
  // `What did the governor say…` when the story has no governor and no word for one: nobody here said it.
  const subjectText = SPEECH_SUBJECT.exec(query)?.[1] ?? '';
  const subject = queryWords(subjectText);
  if (subject.length > 0) {
    // Someone the story names (a speaker), or a word for them it uses: a broader sense (`governor` → `official`) is not one.
    const subjectSpeakers = matchSpeakers(subject, story.speakers);
    if (subjectSpeakers.length === 0) {
      if (!subject.some((word) => story.linksToStory(word, false))) return 'speaker without words here';
      // …a person named in full who has no words in the story (`what did Jeremy Corbyn say`).
      if (namesIn(` ${subjectText}`).size > 0 && /^\s*(?:\p{Lu}[\p{L}'\u2019-]+\s*)+$/u.test(subjectText))
        return 'speaker without words here';
    }
    // …a name of several words that the story's speakers share only in part, the rest a word the story never uses
    // (`the European Union` when only the `European Network of Election Monitors` speaks): another party.
    const named = namesIn(query);
    const nameWords = subject.flatMap((word, i) => (named.has(word) ? [i] : []));
    if (nameWords.length >= 2 && subjectSpeakers.length > 0) {
      const unknown = nameWords.filter(
        (i) =>
          !subjectSpeakers.some((m) => m.covered.has(i)) &&
          !story.linksToStory(subject[i]!, false, true) &&
          !story.derived(subject[i]!).some((form) => story.linksToStory(form, false, true)),
      );
      if (unknown.length > 0) return 'speaker without words here';
    }
    // …a description whose head the story lacks (`South Dakota's governor`).
    const head = subject.length - 1;
    const describes = /\s\p{Ll}[\p{L}-]*\s*$|^\p{Ll}[\p{L}-]*\s*$/u.test(subjectText);
    if (describes && !subjectSpeakers.some((m) => m.covered.has(head)) && !story.knowsNoun(subject[head]!, true))
      return 'speaker without words here';
    // …a description whose head a speaker shares, its modifier a word the story never uses (`the prime minister` when
    // only the health minister speaks): another person.
    if (describes && head > 0 && subjectSpeakers.length > 0) {
      const modifiers = subject.slice(0, head).flatMap((word, i) => (named.has(word) ? [] : [i]));
      if (modifiers.some((i) => !subjectSpeakers.some((m) => m.covered.has(i)) && !story.linksToStory(subject[i]!, false)))
        return 'speaker without words here';
    }
  }
  // `…say about tariffs` when nothing in the story is about tariffs, nor anything near them in meaning.
  const about = queryWords(ABOUT_TOPIC.exec(query)?.[1] ?? '');
  if (about.length > 0 && !about.some((word) => story.linksToStory(word))) return 'unknown topic';
  // `Has the union filed a lawsuit?` when the story speaks of no lawsuit, nor of anything the lexicon or the word vectors
  // put near one: whatever else it shares with the question, it cannot say whether. Only a word that can be nothing but
  // a noun (`updated` may be a verb the question asks about in other words), not one saying when (`next year`), and not
  // one after a preposition (`speak to reporters`): those say the circumstances, which a story gives in its own terms.
  if (YES_NO_QUESTION.test(query)) {
    const names = namesIn(query);
    const circumstances = wordsAfterPrepositions(query);
    for (const word of queryWords(query)) {
      if (names.has(word) || TIME_NOUN.test(word) || circumstances.has(word.toLowerCase()) || !story.onlyNoun(word)) continue;
      if (!story.knowsNoun(word) && !story.linksToStory(word)) return 'unknown thing asked about';
    }
  }
  // `Is there a vaccine…?` asks whether the thing itself exists: when the story has no word for it, nor for a kind of it,
  // it cannot say (a word only near it in meaning, `influenza` for a vaccine, is another thing).
  const exists = EXISTENCE_QUESTION.exec(query);
  if (exists) {
    const thing = exists[1]!;
    if (!namesIn(query).has(thing) && story.onlyNoun(thing) && !story.knowsNoun(thing, true)) return 'unknown thing asked about';
  }
  // `Which prison will he serve his sentence in?` when the story names no prison, nor a word for one or a kind of it:
  // whatever it names, it is not one. (Every word before the verb must be unknown: `which nearby country`.)
  const which = WHICH_QUESTION.exec(query);
  if (which) {
    const names = namesIn(query);
    const asked = queryWords([which[1], which[2]].filter(Boolean).join(' ')).filter((word) => !names.has(word));
    if (asked.length > 0 && asked.every((word) => !story.knowsNoun(word, true) && !story.linksToStory(word, false)))
      return 'unknown thing asked about';
  }
  // A name the question asks about that the story never uses (`the average price in Vancouver`), nor a word
  // for it (`Tory` ~ `Conservative`); a place or a person beside it (`Toronto`) is another name, not it.
  for (const name of nameGroupsIn(query)) {
    const known = (word: string): boolean =>
      story.linksToStory(word, false, true) ||
      story.derived(word).some((form) => story.linksToStory(form, false, true)) ||
      matchSpeakers([word], story.speakers).length > 0;
    if (!name.some(known)) return 'unknown name';
  }
  return null;
}

/**
 * `How many women took part?` when the story has no word for women, nor for a kind of them (a broader sense, `people`,
 * is not one): whatever it counts, it is not what is asked. `countedInStory`: the story has the counted noun, a form
 * or a word the lexicon gives for it, or a kind of it (see the answerer's plan). A name counted is left to the rules
 * for names.
 */
export function silenceOnCount(query: string, countedNoun: string | null, countedInStory: boolean): SilenceReason | null {
  return countedNoun && !countedInStory && query.includes(countedNoun) ? 'unknown thing asked about' : null;
}

/** A ranked answer: an entry and its score. */
export interface Ranked {
  entry: Entry;
  score: number;
}

/** What the silence stage after ranking asks of the question's plan and the story. */
export interface RankingChecks {
  /** The question's terms as searched (its own and the words it was searched by), for telling a restatement: made when asked. */
  searched(): ReadonlySet<string>;
  /** `Why…` someone acts: a harm they foresee is a reason too (see givesReason). */
  motive: boolean;
  /** The question asks what a named speaker said or thinks. */
  aboutTheirWords: boolean;
  /** The article's quote just after an entry, when it is the same speaker's (theirWordsAfter); null otherwise. */
  theirWordsAfter(entry: Entry): Entry | null;
  /** The lexicon knows the word as a verb. */
  hasVerbSense(word: string): boolean;
  /** For a yes/no or `when` question naming a speaker: the entry says too little of what it asks they did (the answerer's deedUnsaid). */
  deedUnsaid(entry: Entry): boolean;
}

/**
 * The ranked answers that may stand, or why none does. In order:
 * - `Why…` whose best answer gives no reason and only restates the question (its words, a time, who said it): the story
 *   states the event asked about, not why it happened. When the question asks for a speaker's view (`why does Kim
 *   think…`) and the restatement is theirs, their quote just after it gives their reasons, and answers first.
 * - `Why did the union end its strike?` whose best answer is the story's own account of the event, with no reason (see
 *   eventOnly).
 * - `What is the driver's name?`: only answers that give a name beside the driver, or the words of a speaker the
 *   article describes so; not those that only speak of the driver.
 * - `Did the council agree to cover the increase?`: not answers reporting only that someone asked the council to (or
 *   asked it for the thing); that does not say whether it did. (Unless the question asks about the asking.)
 * - `Has it happened before?`, `When was the roof last replaced?`: only answers that speak of an earlier time
 *   (earlierTime).
 * - `How much does a bottle cost?`, `…pay each month?`: only answers that name the bottle, or the month as a rate
 *   (unitPrice); a sum of another thing is not the price of one.
 * - `Has Sheriff Moore arrested anyone?` whose best answer is about the one it names (their words, often) but says too
 *   little of what it asks they did. Likewise `When was Kestrel founded?`: the time of a sentence about Kestrel that
 *   does not say it was founded is the time of something else.
 * - `What did the federal government say…?` whose best answer names it only as whom it speaks of (`asked the federal
 *   government for…`): that gives none of its words.
 */
export function silenceAfterRanking(
  query: string,
  ranked: readonly Ranked[],
  checks: RankingChecks,
): { ranked: readonly Ranked[]; silence: null } | { ranked: null; silence: SilenceReason } {
  const silent = (silence: SilenceReason): { ranked: null; silence: SilenceReason } => ({ ranked: null, silence });
  let answers = ranked;
  const best = answers[0];
  if (WHY_QUESTION.test(query) && best) {
    if (!givesReason(best.entry.text, checks.motive) && restatesQuestion(best.entry, checks.searched())) {
      const theirs = checks.aboutTheirWords ? checks.theirWordsAfter(best.entry) : null;
      if (!theirs) return silent('reason not given');
      answers = [{ entry: theirs, score: best.score }, ...answers];
    }
  }
  const first = answers[0];
  if (first && WHY_EVENT.test(query) && statesEventOnly(first.entry, query, checks.hasVerbSense)) {
    if (!givesReason(first.entry.text, checks.motive)) return silent('reason not given');
  }
  const nameOf = nameAskedOf(query);
  if (nameOf && answers.length > 0) {
    const term = termOf(nameOf) ?? nameOf;
    // (What a person is, the head of a role or description: `the head of the drivers' union` is no driver.)
    const describes = (speaker: Speaker | null): boolean =>
      speaker?.kind === 'person' &&
      [speaker.role ?? '', ...(speaker.descriptions ?? [])].some((role) => analyze(roleHeadPhrase(role)).at(-1) === term);
    answers = answers.filter((answer) => namesNoun(answer.entry.text, nameOf) || describes(answer.entry.speaker));
    if (answers.length === 0) return silent('no name given');
  }
  if (answers.length > 0 && YES_NO_QUESTION.test(query) && !REQUEST_VERB.test(query)) {
    const asked = new Set(analyze(query));
    answers = answers.filter((answer) => !reportsRequestFor(answer.entry.text, asked));
    if (answers.length === 0) return silent('only a request for it');
  }
  // `Has it happened before?`: only sentences that speak of an earlier time can say.
  if (answers.length > 0 && asksIfBefore(query)) {
    answers = answers.filter((answer) => speaksOfEarlierTime(answer.entry.text));
    if (answers.length === 0) return silent('no earlier time');
  }
  // `How much does a bottle cost?`: only sentences naming a bottle can give the price of one.
  const unit = answers.length > 0 ? unitAsked(query) : null;
  if (unit && answerKind(query).money) {
    answers = answers.filter((answer) => namesUnit(answer.entry.text, unit));
    if (answers.length === 0) return silent('no price of one');
  }
  if (answers[0] && (YES_NO_QUESTION.test(query) || WHEN_QUESTION.test(query)) && checks.deedUnsaid(answers[0].entry))
    return silent('deed not stated');
  const speakerAsked = queryWords(WORDS_OF.exec(query)?.[1] ?? '');
  if (answers[0] && speakerAsked.length > 0 && namesSpeakerOnlyAsSpokenOf(answers[0].entry, speakerAsked, checks.hasVerbSense))
    return silent('speaker only spoken of');
  return { ranked: answers, silence: null };
}
