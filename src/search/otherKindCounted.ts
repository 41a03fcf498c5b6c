import { STOP_WORDS } from './analyzer.js';
import { escapeRegExp } from './questionShape.js';

/** `how many secondary schools`: the word that qualifies what `how many` counts, and that noun. */
const QUALIFIED_COUNT_QUESTION = /\bhow\s+many\s+([\p{Ll}-]+)\s+([\p{Ll}-]+)/iu;

/** The word qualifying the counted noun in a `how many` question (`secondary` of `secondary schools`), if any. */
export function countedQualifier(question: string, countedNoun: string | null): string | null {
  const match = QUALIFIED_COUNT_QUESTION.exec(question);
  if (!match || !countedNoun || match[2]!.toLowerCase() !== countedNoun) return null;
  const qualifier = match[1]!.toLowerCase();
  return STOP_WORDS.has(qualifier) ? null : qualifier;
}

/**
 * `How many secondary schools…` and `the province's 410 primary schools`: the text counts the noun only as the opposite
 * kind of it (an antonym of the question's qualifier: `primary` of `secondary`, `male` of `female`), and never says
 * the question's qualifier. That is a count of something else.
 */
export function countsOppositeKind(text: string, countedNoun: string, qualifier: string, opposites: readonly string[]): boolean {
  const lower = text.toLowerCase();
  if (opposites.length === 0 || new RegExp(`\\b${escapeRegExp(qualifier)}\\b`, 'u').test(lower)) return false;
  const counts = [...lower.matchAll(new RegExp(`\\b\\d[\\d,.]*\\s+(?:([\\p{Ll}-]+)\\s+)?${escapeRegExp(countedNoun)}\\b`, 'gu'))];
  return counts.length > 0 && counts.every((count) => count[1] !== undefined && opposites.includes(count[1]));
}
