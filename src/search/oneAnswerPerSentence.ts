import type { Entry } from '../story/types.js';
import type { Ranked } from './decideSilence.js';

/**
 * The last stage of `/ask`: each sentence answers once. A partial quote is also a fact of the same sentence: the
 * sentence is shown once, as the quote, in the place of the better of the two. A phrase quoted beside a direct quote
 * of the same sentence (same speaker, same sentence before) is the lesser answer: its score is multiplied by
 * `partialBesideDirect`, and the direct quote goes first. At most `limit + 1` sentences are kept (one more than shown
 * tells the caller there are more), in the order ranked.
 */
export function oneAnswerPerSentence(ranked: readonly Ranked[], limit: number, partialBesideDirect: number): Ranked[] {
  const seen = new Map<string, Ranked>();
  for (const answer of ranked) {
    const key = answer.entry.text;
    const kept = seen.get(key);
    if (!kept) {
      if (seen.size > limit) break;
      seen.set(key, answer);
    } else if (answer.score >= kept.score * 0.999 && answer.entry.kind === 'quote' && kept.entry.kind !== 'quote')
      seen.set(key, { ...answer, score: kept.score });
  }
  const sentenceOf = (entry: Entry): string => `${entry.paragraph}|${entry.speaker?.id ?? ''}|${entry.context}`;
  const direct = new Set([...seen.values()].filter((a) => a.entry.kind === 'quote' && !a.entry.partial).map((a) => sentenceOf(a.entry)));
  const answers = [...seen.values()].map((a) =>
    a.entry.kind === 'quote' && a.entry.partial && direct.has(sentenceOf(a.entry)) ? { ...a, score: a.score * partialBesideDirect } : a,
  );
  // In the order ranked (a quote that replaced its sentence took that sentence's place).
  return answers.every((a, i) => i === 0 || answers[i - 1]!.score >= a.score) ? answers : answers.sort((a, b) => b.score - a.score);
}
