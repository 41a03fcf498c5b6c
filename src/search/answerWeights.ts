import type { CandidateFeatures, RetrievalFeatures } from './candidateFeatures.js';

/**
 * The fourth stage of answering: one scoring function over a candidate's features, and every weight the
 * answers depend on, in one place. A refit (`npm run fit`, scripts/fitAnswerWeights.ts) changes this file
 * only. Each weight multiplies the score when its feature holds; `coveragePower` sharpens coverage.
 */
export interface AnswerWeights {
  /** Share of a question's weight (by word rarity) that a result must account for: below it, silence. */
  minCoverage: number;
  /**
   * For `why…`: the share of `minCoverage` a candidate giving a reason needs. It names the cause, which the question
   * cannot, and restates the event asked about only in part.
   */
  reasonCoverage: number;
  /**
   * For `when…`: the share of `minCoverage` a candidate giving the time asked for needs, when it names every name the
   * question gives and no candidate covers the question in full measure (see retrieveCandidates). A date is the answer
   * the question cannot word, and the event is often put in other words (`the road opening in 2031` for `when could
   * drivers first use the bypass`).
   */
  timeCoverage: number;
  /**
   * For a yes/no question naming a speaker: how fully the best answer must say the rest of it, what it asks they did
   * (see deedCoverage); below it, silence.
   */
  minDeedCoverage: number;
  /**
   * How much a word that says what happens (`dropped`, `earlier`) counts as covered by the candidate's word
   * nearest to it in meaning (`down`, `ago`), times their similarity.
   */
  nearPredicate: number;
  coveragePower: number;
  bySpeaker: number;
  /** Added per share of word pairs standing together (1 + together × this). */
  together: number;
  /** For `when…`: added per unit of closeness of the question's words in the candidate (1 + close × this). */
  close: number;
  number: number;
  count: number;
  unit: number;
  time: number;
  /** A clock time for `what time…`, beside `time`: the lede's day (`on Tuesday`) does not say when in it. */
  clock: number;
  reason: number;
  /** A cause stated outright (`because`), beside `reason`: `after` or `to avoid` may give one, `because` does. */
  cause: number;
  /**
   * For `why…`: the share of the best candidate's score, which states the event and gives no reason, that the sentence
   * after it scores when it gives one (before the reason and cause weights): see explanationAfter.
   */
  explainsEvent: number;
  /**
   * For `how many…`: the share of the best candidate's score, which holds no count of what is asked, that the sentence
   * after it scores when it holds one (before the count weight): see countAfter. Likewise the sentence after one that
   * states what `how many` or `how much` asks and holds no amount at all, when it holds one: see amountAfter. And the
   * share a candidate giving the figure needs to answer before a best that counts only roughly (`thousands of fish`).
   */
  countAfter: number;
  place: number;
  /**
   * For `where…`: the share of the best candidate's score, which names no place, that the sentence beside it in its
   * paragraph scores when it names one (before the place weight): see placeBeside.
   */
  placeBeside: number;
  tally: number;
  person: number;
  /** A named speaker's quotes against sentences reporting them, when the question asks what they said. */
  ownWords: number;
  /** A party's claim against a reported fact, in `/facts`. */
  claim: number;
  /** A phrase quoted beside a direct quote of the same sentence, against that direct quote. */
  partialBesideDirect: number;
  /** In `/quote` on a topic: a partial quote whose quoted words do not name the topic (only its sentence does). */
  topicOutsideQuote: number;
  /** In `/quote` on a topic: a quote whose topic word is only in what describes its speaker (`an author of the petition`). */
  topicDescribesSpeaker: number;
  /** In `/facts`: a sentence naming the topic only after its verb (an object, one of a list), not as its subject. */
  topicAfterVerb: number;
  /** For a yes/no question: a candidate that denies something it asks (see yesNoAnswer). */
  denial: number;
  /**
   * For a yes/no question: the share of `minCoverage` a candidate needs that denies something it asks or, for `will…`,
   * says what will happen. It says the predicate in its own words (`not considering any limits on moving money` for
   * `stop people moving money`, `would sign the measure` for `going to approve the cap`).
   */
  yesNoCoverage: number;
  /** A candidate speaking of what is to come, for a question about it. */
  future: number;
}

export const ANSWER_WEIGHTS: Readonly<AnswerWeights> = {
  minCoverage: 0.55,
  reasonCoverage: 0.85,
  timeCoverage: 0.75,
  minDeedCoverage: 0.6,
  nearPredicate: 0.7,
  coveragePower: 2,
  bySpeaker: 1.5,
  together: 1,
  close: 3,
  number: 1.3,
  count: 4,
  unit: 1.5,
  time: 1.3,
  clock: 3,
  reason: 3,
  cause: 2.5,
  explainsEvent: 0.6,
  countAfter: 0.6,
  place: 1.5,
  placeBeside: 0.8,
  tally: 2,
  person: 1.5,
  ownWords: 1.5,
  claim: 0.85,
  partialBesideDirect: 0.8,
  topicOutsideQuote: 0.5,
  topicDescribesSpeaker: 0.5,
  topicAfterVerb: 0.8,
  denial: 3,
  yesNoCoverage: 0.8,
  future: 1.3,
};

/** The one score of a candidate: relevance × coverage^power × the weight of each feature that holds. */
export function scoreCandidate(features: CandidateFeatures, weights: AnswerWeights = ANSWER_WEIGHTS): number {
  let score = features.match * features.coverage ** weights.coveragePower;
  if (features.bySpeaker) score *= weights.bySpeaker;
  score *= 1 + weights.together * features.together;
  score *= 1 + weights.close * features.close;
  if (features.number) score *= weights.number;
  if (features.count) score *= weights.count;
  if (features.unit) score *= weights.unit;
  if (features.time) score *= weights.time;
  if (features.clock) score *= weights.clock;
  if (features.reason) score *= weights.reason;
  if (features.cause) score *= weights.cause;
  if (features.place) score *= weights.place;
  if (features.tally) score *= weights.tally;
  if (features.person) score *= weights.person;
  if (features.future) score *= weights.future;
  if (features.denies) score *= weights.denial;
  return score;
}

/**
 * The score of a candidate as retrieval sees it, the finer features unset: the same number `scoreCandidate` gives
 * for `retrievalOnly(features)`, without building the candidate's full description (it runs for every hit).
 */
export function scoreRetrieval(features: RetrievalFeatures, weights: AnswerWeights = ANSWER_WEIGHTS): number {
  const score = features.match * features.coverage ** weights.coveragePower;
  return features.bySpeaker ? score * weights.bySpeaker : score;
}

/** The most the finer features can raise a score by retrieval alone: no later candidate can beat a lead this large. */
export function retrievalBound(weights: AnswerWeights): number {
  return Math.max(1, weights.bySpeaker);
}
