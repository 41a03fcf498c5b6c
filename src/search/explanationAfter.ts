import type { Entry } from '../story/types.js';
import type { AnswerWeights } from './answerWeights.js';
import { givesReason, givesReasonNotTime } from './candidateFeatures.js';
import { CAUSE } from './questionShape.js';
import { sentenceBeside } from './sentenceBeside.js';

/**
 * How many sentences after the event that give no reason but go on reporting it (the vote's tally, a quote of the one
 * who acted) the explanation may follow.
 */
const MAX_PASSED = 2;

/**
 * `Why…`: news states an event and explains it in the sentence after (`Ferry crews walked off the job on Monday.
 * The stoppage began hours after talks broke down over pay.`), or a little further on, after sentences that go on
 * reporting the event (`The council voted to close the pool. The vote was 5-2. "Nobody wanted this," the mayor said.
 * "But the repairs would cost more than a new pool."`). When the best candidate only states the event (it gives no
 * reason), the first sentence after it that gives one answers, passing over at most MAX_PASSED sentences that give none
 * and each still name a word of the question (`onEvent`). Past the next sentence, a word that may only say when (`after
 * the closure`, `since`, `over`, `, as`) is not taken for a reason: further from the event, the time of something else
 * is likelier than its cause. The explanation scores the event's score times `explainsEvent`, times the
 * reason weight (and the cause weight when it states a cause outright), as a candidate giving a reason would. Null when
 * the best candidate gives a reason itself, or no such sentence follows. `motive`: the question asks why someone acts,
 * and a harm foreseen is a reason too (see givesReason).
 */
export function explanationAfter(
  best: { entry: Entry; score: number },
  entries: readonly Entry[],
  weights: AnswerWeights,
  motive = false,
  onEvent: (entry: Entry) => boolean = () => false,
): { entry: Entry; score: number } | null {
  const event = best.entry;
  if (event.origin !== 'article' || givesReason(event.text, motive)) return null;
  let at = entries.indexOf(event);
  if (at < 0) return null;
  // The next sentence: in the same paragraph, or opening the next.
  let next = sentenceBeside(entries, at, 1, 1);
  for (let passed = 0; next && !(passed === 0 ? givesReason(next.text, motive) : givesReasonNotTime(next.text, motive)); passed++) {
    if (passed === MAX_PASSED || !onEvent(next)) return null;
    at = entries.indexOf(next);
    next = sentenceBeside(entries, at, 1, 1);
  }
  if (!next) return null;
  const score = best.score * weights.explainsEvent * weights.reason * (CAUSE.test(next.text) ? weights.cause : 1);
  return { entry: next, score };
}

/**
 * `Why does Kim think the case is strong?`: when the best candidate only restates a speaker's view (`Kim said the case
 * was strong.`), the words that speaker says next are their reasons for it: the next sentence of the article, when it
 * is a quote of theirs (`"Regulators have won the last two cases," she said.`). Null otherwise.
 */
export function theirWordsAfter(view: Entry, entries: readonly Entry[]): Entry | null {
  if (view.origin !== 'article' || !view.speaker) return null;
  const at = entries.indexOf(view);
  if (at < 0) return null;
  const next = sentenceBeside(entries, at, 1, 1);
  return next?.kind === 'quote' && next.speaker?.id === view.speaker.id ? next : null;
}
