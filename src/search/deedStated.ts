/**
 * `Has Sheriff Moore arrested anyone?` is not answered by the sheriff's words on something else (`deputies went door to
 * door`): who the question names is there, fully, but not what it asks they did. How fully an entry says the rest of a
 * yes/no question (its deed: every word but those naming the speaker asked about), as the mean, by the words' weights,
 * of how closely the entry holds each: its own term or a lexicon word for it (`quality`, 1 or less), or a word near it
 * in meaning (`nearness`, 0–1), whichever is closer. 1 when the question has no such word.
 */
export function deedCoverage(
  weights: readonly number[],
  speakerWords: ReadonlySet<number>,
  quality: (group: number) => number,
  nearness: (group: number) => number,
): number {
  let total = 0;
  let covered = 0;
  weights.forEach((weight, group) => {
    if (speakerWords.has(group) || weight <= 0) return;
    total += weight;
    covered += weight * Math.max(quality(group), nearness(group));
  });
  return total > 0 ? covered / total : 1;
}
