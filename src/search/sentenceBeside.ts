import type { Entry } from '../story/types.js';

/**
 * The article's sentence next to `entries[at]` on one side (`step` -1 or 1): in the same paragraph, or (`reach` 1) in
 * the paragraph next to it (news paragraphs are often one sentence long). A quote and the sentence holding it are one
 * sentence, so neither is the other's neighbour. Null at the edge of what `reach` allows, or at an entry not the article's.
 */
export function sentenceBeside(entries: readonly Entry[], at: number, step: -1 | 1, reach = 0): Entry | null {
  const from = entries[at]!;
  for (let i = at + step; i >= 0 && i < entries.length; i += step) {
    const next = entries[i]!;
    if (next.origin !== 'article' || Math.abs(next.paragraph - from.paragraph) > reach) return null;
    if (from.text.includes(next.text) || next.text.includes(from.text)) continue;
    return next;
  }
  return null;
}
