import type { Entry } from '../story/types.js';
import { groupsTallied, talliesVote } from './voteTally.js';
import { answerKind, holdsAnswerKind, namesSum } from './answerType.js';
import { type AnswerWeights, retrievalBound, scoreRetrieval } from './answerWeights.js';
import { countsAsked, givesReason, type RetrievalFeatures } from './candidateFeatures.js';
import { leavesObjectOut } from './elidedObject.js';
import type { CommonWords, Predicate, QuestionPlan } from './planQuestion.js';
import { SYNONYM_QUALITY } from './QuestionExpander.js';
import { AMOUNT, namesIn } from './questionShape.js';
import { NAMING } from './readQuestion.js';
import { reportedSpeechPattern } from './reportedSpeech.js';
import type { IndexHit } from './StoryIndex.js';
import { answersInOwnWords, deniesAny } from './yesNoAnswer.js';

/** How many of the best candidates get the finer (and dearer) checks: word pairs, numbers, dates. */
export const RERANK_DEPTH = 50;

/** Words for a share, which a percentage counts. */
const SHARE_WORD = /^(?:percent|percentages?|points?)$/iu;

/** How fully a lower-case question word is covered by the same word inside a name (`medicine` by `Editas Medicine`). */
const NAME_PART_QUALITY = 0;

/** A candidate as retrieval leaves it: scored on what retrieval knows, with the question's word groups it matched. */
export interface Candidate {
  entry: Entry;
  score: number;
  retrieval: RetrievalFeatures;
  /** Said or reported by the speaker the question names. */
  bySpeaker: boolean;
  groups: ReadonlyMap<number, number>;
}

/** What retrieval reads of an entry beyond the index's hit, each made once and kept by the answerer. */
export interface EntryTexts {
  /** The entry's text as analysed terms, padded with spaces. */
  analysed(entry: Entry): string;
  /** The same without its dates (`2024` is no amount). */
  analysedUndated(entry: Entry): string;
  /** The same without its dates and sums of money (no count of things). */
  analysedUncounted(entry: Entry): string;
  /** The question's groups the entry matches only as a common word inside a coined name (`medicine` by `Editas Medicine`). */
  namesOnly(entry: Entry, matched: ReadonlyMap<number, number>, common: CommonWords): number[];
  /** The question's groups naming a thing the entry speaks of by its head noun alone (`the home`; definiteReference). */
  referredGroups(entry: Entry, words: readonly string[], matched: ReadonlyMap<number, number>): number[];
  /** What the entry's words near in meaning to the question's predicates add to its coverage, in weight (nothing when even
   * full nearness could not lift it by `needed`). */
  nearPredicates(predicates: Predicate[], covered: Map<number, number>, weights: number[], entry: Entry, needed: number): number;
}

/**
 * The retrieval stage: the index's hits (best first) that cover enough of the question (`minCoverage` of its weight,
 * less for a sentence giving a reason to `why…`, a yes/no question answered in the story's own words, or a sentence
 * giving the time a `when…` asks and naming each name it gives, kept only when no candidate covers in full), each
 * scored on what retrieval knows. Coverage counts each question word the hit matches at its quality, and what the hit says in
 * other ways: the named speaker's own words or words reported from them, another name for `what is its nickname`, the
 * deed's object left out, a sum of money for the word for money, `no one` for `any pupils`, a thing named by its head
 * noun alone, a count of a kind of what `how many` counts, words near the question's predicates in meaning; a common
 * word matched only inside a coined name counts for nothing, and a counted noun with no count of it half. `how many`
 * and `how much` need a hit giving each name the question gives (but a direct quote), and an amount: a hit that states
 * what is asked without one goes to `withoutAmount` instead (see amountAfter). Retrieval stops once RERANK_DEPTH
 * candidates beat anything a later hit could still score. Candidates come unsorted.
 */
export function retrieveCandidates(
  hits: Iterable<IndexHit>,
  plan: QuestionPlan,
  question: string,
  texts: EntryTexts,
  answerWeights: AnswerWeights,
  minCoverage: number,
  withoutAmount?: Array<{ entry: Entry; score: number }>,
): Candidate[] {
  const {
    reading,
    words,
    countedGroup,
    named,
    weights,
    total,
    namedIds,
    countPhrase,
    countedTerms,
    kindCount,
    checks,
    predicates,
    commonWords,
    deed,
  } = plan;
  const questionNames = namesIn(question);
  const names = withoutAmount ? questionNames : new Set<string>();
  // `When…`, `how high…`, `how much must they pay…`: a sentence giving the time, the measure or the sum asked for, and
  // naming every name the question gives, needs less of its words (the measure says what `stand` would: `each 149
  // metres tall`; the sum what `legal costs` would: `£12,500 in prosecution costs`).
  const asked = answerKind(question);
  const nameGroups = words.flatMap((word, group) => (questionNames.has(word) ? [group] : []));
  const datesAnswer = (hit: IndexHit): boolean =>
    (asked.time || asked.dimension !== null || asked.money) && holdsAnswerKind(hit.entry.text, asked);
  // `How many hotels…` counts things: a sum of money (`$48 million`) or a share (`6 per cent`) is no count of them,
  // unless money or a share is what it counts (`how many percentage points`).
  const countsThings = countedGroup >= 0 && !namesSum(words[countedGroup]!) && !SHARE_WORD.test(words[countedGroup]!);
  // Retrieval: the index's hits that cover enough of the question, scored on what retrieval knows.
  const answers: Candidate[] = [];
  // Candidates that pass only by the share a dated answer needs, and whether any passes in full measure.
  const datedOnly = new Set<Candidate>();
  let full = false;
  const topScores: number[] = [];
  const bound = retrievalBound(answerWeights);
  // A question about a named speaker's words is answered too by a sentence reporting them (`no comment from Okafor`).
  const reports = reading.aboutTheirWords ? named.map((match) => ({ match, pattern: reportedSpeechPattern(match.speaker) })) : [];
  // `How many members backed it?`: the groups a vote's tally covers (see voteTally).
  const tallied = reading.wantsAmount ? groupsTallied(words, countedGroup) : [];
  // The most the question's predicates can add to a hit's coverage (see nearPredicates), for the bound below: a
  // similarity of the stored vectors' bytes may pass 1 a little by rounding, so a tenth more.
  let nearMost = 0;
  for (const { group } of predicates) nearMost += Math.max(0, weights[group] ?? 0) * answerWeights.nearPredicate * 1.1;
  for (const hit of hits) {
    const own = Boolean(hit.entry.speaker && namedIds.has(hit.entry.speaker.id));
    const reported = own ? undefined : reports.find((report) => report.pattern.test(hit.entry.text))?.match;
    const bySpeaker = own || reported !== undefined;
    const speakerId = reported?.speaker.id ?? hit.entry.speaker?.id;
    // `the telescope's nickname` is given by a sentence that names it another way (`also known as Tianyan`).
    const namesAnother = reading.namingGroup >= 0 && NAMING.test(hit.entry.text);
    // …and only such a sentence: another name is the kind of answer asked for.
    if (reading.namingGroup >= 0 && !namesAnother) continue;
    // A hit that could not cover enough even with every word it matched fully, its speaker's and naming words, and
    // all the predicates' nearness is left before its names are read (a server's first question reads each
    // hit's once: most hits of a question match one of its words).
    let most = nearMost;
    for (const [group, quality] of hit.matchedGroups) most += Math.max(0, weights[group] ?? 0) * quality;
    if (namesAnother) most += Math.max(0, weights[reading.namingGroup] ?? 0);
    // `The FBI is investigating.`: the deed asked about with its object left out, as the story's own subject.
    const objectOut = deed !== null && hit.matchedGroups.get(deed.group) === 1 && leavesObjectOut(hit.entry.text, deed.verb);
    if (objectOut) for (const group of deed.objectGroups) most += Math.max(0, weights[group] ?? 0) * SYNONYM_QUALITY;
    // `a big-money prize`: a sum of money (`the $3 million prize`) is what the word for money names.
    const sum = reading.moneyGroup >= 0 && (hit.matchedGroups.get(reading.moneyGroup) ?? 0) < 1 && namesSum(hit.entry.text);
    if (sum) most += Math.max(0, weights[reading.moneyGroup] ?? 0);
    const vote = tallied.length > 0 && talliesVote(hit.entry.text);
    if (vote) for (const group of tallied) most += Math.max(0, weights[group] ?? 0) * (1 - (hit.matchedGroups.get(group) ?? 0));
    // `Were any pupils inside?`: `no one was inside` says it of everyone, so of the pupils too.
    const anyDenied =
      checks.yesNo?.any != null &&
      (hit.matchedGroups.get(checks.yesNo.any.group) ?? 0) < 1 &&
      deniesAny(hit.entry.text, checks.yesNo.any.person);
    if (anyDenied) most += Math.max(0, weights[checks.yesNo!.any!.group] ?? 0);
    // `How many people…`: `7,000 NHS patients` counts a kind of them, and covers the counted noun as a synonym would.
    const kindCounted =
      kindCount !== null && (hit.matchedGroups.get(countedGroup) ?? 0) < SYNONYM_QUALITY && kindCount.test(texts.analysed(hit.entry));
    if (kindCounted) most += Math.max(0, weights[countedGroup] ?? 0) * (SYNONYM_QUALITY - (hit.matchedGroups.get(countedGroup) ?? 0));
    // `None of the home's residents died`: the Lindenhof care home named before it, by its head noun alone.
    const referred = texts.referredGroups(hit.entry, words, hit.matchedGroups);
    for (const group of referred) most += Math.max(0, weights[group] ?? 0) * SYNONYM_QUALITY;
    if (bySpeaker) {
      for (const match of named) {
        if (match.speaker.id === speakerId) for (const i of match.covered) most += Math.max(0, weights[i] ?? 0);
      }
    }
    // `Why…`: a sentence giving a reason names the cause, which the question cannot, and restates the event
    // only in part (`the policy shift was seen as an attempt to…` for `why did they make this change`).
    // A yes/no question answered in the story's own words (a denial, what will happen) shares fewer of its words,
    // and so does a `when` question answered by a date.
    const reasonGiven = reading.wantsReason && givesReason(hit.entry.text, checks.motive);
    const ownWords = !reasonGiven && checks.yesNo !== null && answersInOwnWords(hit.entry.text, checks.yesNo);
    // Does the hit give each name the question gives: in its words, its speaker's name, or its head noun alone (`the museum`)?
    const namesEach = nameGroups.every(
      (group) =>
        hit.matchedGroups.has(group) ||
        referred.includes(group) ||
        (bySpeaker && named.some((match) => match.speaker.id === speakerId && match.covered.has(group))),
    );
    // `How many fixed stands does Tregellis have?`: an amount asked of a named thing is told by a sentence naming it, not
    // by one counting the same things of another (`an amendment to install six fixed stands`). (A direct quote may say it
    // as `we`: `We have lost hundreds of thousands of people` for the US.)
    if (reading.wantsAmount && hit.entry.kind !== 'quote' && !namesEach) continue;
    const dated = !reasonGiven && !ownWords && namesEach && datesAnswer(hit);
    const share = reasonGiven
      ? answerWeights.reasonCoverage
      : ownWords
        ? answerWeights.yesNoCoverage
        : dated
          ? answerWeights.timeCoverage
          : 1;
    const needed = minCoverage * share;
    if (most / total < needed) continue;
    // What `how many` counts is covered by a count of it (`900 members`), half by a mere mention.
    const halfCounted =
      countPhrase !== null && hit.matchedGroups.has(countedGroup) && !countsAsked(hit.entry.text, texts.analysed(hit.entry), countPhrase);
    const inNames = texts.namesOnly(hit.entry, hit.matchedGroups, commonWords);
    // The hit's own groups, copied only when the speaker, the count, a name or a naming changes them.
    const covered =
      bySpeaker ||
      halfCounted ||
      kindCounted ||
      vote ||
      namesAnother ||
      sum ||
      anyDenied ||
      objectOut ||
      inNames.length > 0 ||
      referred.length > 0
        ? new Map(hit.matchedGroups)
        : hit.matchedGroups;
    if (namesAnother) covered.set(reading.namingGroup, 1);
    if (sum) covered.set(reading.moneyGroup, 1);
    if (anyDenied) covered.set(checks.yesNo!.any!.group, 1);
    if (objectOut) for (const group of deed.objectGroups) covered.set(group, Math.max(covered.get(group) ?? 0, SYNONYM_QUALITY));
    for (const group of inNames) covered.set(group, covered.get(group)! * NAME_PART_QUALITY);
    for (const group of referred) covered.set(group, Math.max(covered.get(group) ?? 0, SYNONYM_QUALITY));
    if (bySpeaker) {
      for (const match of named) if (match.speaker.id === speakerId) for (const i of match.covered) covered.set(i, 1);
    }
    if (halfCounted) covered.set(countedGroup, covered.get(countedGroup)! / 2);
    if (kindCounted) covered.set(countedGroup, SYNONYM_QUALITY);
    if (vote) for (const group of tallied) covered.set(group, 1);
    let coverage = 0;
    for (const [group, quality] of covered) coverage += (weights[group] ?? 0) * quality;
    coverage += texts.nearPredicates(predicates, covered, weights, hit.entry, needed * total - coverage);
    coverage /= total;
    if (coverage < needed) continue;
    // `how many` and `how much` are answered by an amount; a sentence with none does not answer them.
    // (An ordinal on the counted noun gives a count so far: `its third hearing`.)
    if (
      reading.wantsAmount &&
      !AMOUNT.test(countsThings ? texts.analysedUncounted(hit.entry) : texts.analysedUndated(hit.entry)) &&
      !(reading.countsSoFar && countPhrase?.test(texts.analysed(hit.entry)))
    ) {
      // …but it may state what is asked, the amount in the sentence after it (amountAfter): one naming what is
      // counted, and each name the question gives.
      const counts =
        countedGroup < 0 ||
        texts
          .analysed(hit.entry)
          .split(' ')
          .some((term) => countedTerms.has(term));
      if (withoutAmount && counts && words.every((word, group) => !names.has(word) || hit.matchedGroups.has(group)))
        withoutAmount.push({ entry: hit.entry, score: scoreRetrieval({ match: hit.score, coverage, bySpeaker }, answerWeights) });
      continue;
    }
    const retrieval: RetrievalFeatures = { match: hit.score, coverage, bySpeaker };
    const score = scoreRetrieval(retrieval, answerWeights);
    const answer: Candidate = { entry: hit.entry, score, retrieval, bySpeaker, groups: hit.matchedGroups };
    answers.push(answer);
    if (coverage >= minCoverage) full = true;
    else if (dated) datedOnly.add(answer);
    // Hits come best first. Once RERANK_DEPTH candidates beat anything a later hit could still score,
    // the rest could only fill the unranked tail: stop (common words can match thousands of entries).
    if (namedIds.size === 0 || bySpeaker) {
      const at = topScores.findIndex((s) => s < score);
      topScores.splice(at < 0 ? topScores.length : at, 0, score);
      if (topScores.length > RERANK_DEPTH) topScores.pop();
    }
    if (topScores.length === RERANK_DEPTH && hit.score * bound < topScores[RERANK_DEPTH - 1]!) break;
  }
  // A sentence that says the question in full measure speaks of the event: when it gives no time (or not the one
  // asked), a dated sentence that says less of it is likelier the time of something else (`When will astronauts next
  // land on the moon?`: `could deliver tools needed by astronauts on the moon`, not `unveiled its Moon lander in May`).
  return full && datedOnly.size > 0 ? answers.filter((answer) => !datedOnly.has(answer)) : answers;
}
