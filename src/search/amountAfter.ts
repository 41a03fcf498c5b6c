import type { Entry } from '../story/types.js';
import { analyze, STOP_WORDS, tokenize } from './analyzer.js';
import type { AnswerWeights } from './answerWeights.js';
import { withoutDates } from './answerType.js';
import { AMOUNT } from './questionShape.js';
import { sentenceBeside } from './sentenceBeside.js';

/**
 * `How much would a closure cost?`: news states the thing in one sentence (`a closure of even a few days would be
 * costly`) and gives the amount in the next (`losses of $1.5 billion a week`). A `how many` or `how much` candidate
 * holding no amount is no answer itself; but when the best such sentence, one that states what is asked (see
 * Answerer.topic), outscores every answer, the article's sentence after it that holds an amount answers. It scores the
 * stating sentence's score times `countAfter`, as the count after a sentence that holds none does (countAfter).
 */

/** A year standing alone (`in 1988`, `“1917”`): no amount of anything. */
const YEAR = /(?<![\d,.])\b(?:1[5-9]|20)\d\d\b(?![,.]?\d)/gu;

/**
 * Does a text hold a count with its noun left out (`of the 19 found, 11 are…`, `14 of the 31`): a number followed by a
 * word of grammar or by nothing? `4,000 tickets` counts tickets, not what a question may ask about; nor does `212 of
 * its 640 pharmacies`, a part of a whole that names what both count.
 */
export function holdsBareCount(text: string): boolean {
  const tokens = tokenize(withoutDates(text).replace(YEAR, ' '));
  const isNumber = (at: number): boolean => /^\d/u.test(tokens[at] ?? '');
  return tokens.some((_, at) => {
    if (!isNumber(at)) return false;
    if (at + 1 === tokens.length) return true;
    if (!STOP_WORDS.has(tokens[at + 1]!)) return false;
    // `212 of its 640 …`: the whole after `of` says what is counted; its own number is looked at in turn.
    if (tokens[at + 1] !== 'of') return true;
    let whole = at + 2;
    while (whole < tokens.length && STOP_WORDS.has(tokens[whole]!) && !isNumber(whole)) whole++;
    return !isNumber(whole);
  });
}

/** Does a text hold an amount: a number, or a word for one, that is no date, time of day or year standing alone? */
export function holdsAmount(text: string): boolean {
  return AMOUNT.test(` ${analyze(withoutDates(text).replace(YEAR, ' ')).join(' ')} `);
}

/**
 * The sentence after `stating` that gives the amount, scored; null when the best answer (`bestScore`) scores as
 * much, or the next sentence holds no amount, or not one of the kind asked (`answers`: a sum of money for a cost; for
 * `how many`, a count of what is asked or a bare count, not `4,000 tickets`).
 */
export function amountAfter(
  stating: { entry: Entry; score: number },
  bestScore: number,
  entries: readonly Entry[],
  weights: AnswerWeights,
  answers: (entry: Entry) => boolean,
): { entry: Entry; score: number } | null {
  const score = stating.score * weights.countAfter;
  if (bestScore >= score || stating.entry.origin !== 'article') return null;
  const at = entries.indexOf(stating.entry);
  if (at < 0) return null;
  const next = sentenceBeside(entries, at, 1, 1);
  return next && holdsAmount(next.text) && answers(next) ? { entry: next, score } : null;
}
