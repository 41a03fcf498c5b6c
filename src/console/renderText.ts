import type { AnswerSet } from '../search/Answerer.js';
import { attributionLine, placeLine, sourceLine } from '../story/describeEntry.js';
import type { Entry } from '../story/types.js';

/** Plain-text rendering of answers for the offline console. */

export const PROBLEM_MESSAGES = {
  empty: 'Please type something to search for, e.g. `/quote sheinbaum` or `/ask who criticized the strikes?`.',
  'too-long': 'That query is too long: please keep it under 300 characters.',
  'no-words': 'That query has no words I can search for: please use letters or numbers.',
} as const;

export function renderEntry(entry: Entry): string {
  const lines: string[] = [];
  if (entry.kind === 'quote') {
    lines.push(entry.partial ? entry.text : `\u201C${entry.text}\u201D`);
    const attribution = attributionLine(entry);
    if (attribution) lines.push(`  ${attribution}`);
  } else {
    lines.push(entry.text);
    lines.push(`  Source: ${sourceLine(entry)}`);
  }
  if (entry.corrects && entry.context) lines.push(`  ${entry.context}`);
  lines.push(`  (${placeLine(entry)})`);
  return lines.join('\n');
}

export function renderAnswerSet(set: AnswerSet, max = 3): string {
  if (set.problem) return PROBLEM_MESSAGES[set.problem];
  if (set.results.length === 0) {
    const hint = set.suggestions.length > 0 ? ` Did you mean: ${set.suggestions.join(', ')}?` : '';
    const near = set.nearest
      ? `\nNot an answer, but the nearest passage (${placeLine(set.nearest.entry)}): ${set.nearest.entry.text.slice(0, 300)}`
      : '';
    return `The story has nothing on \u201C${set.query}\u201D.${hint}${near}`;
  }
  const shown = set.results.slice(0, max).map((answer) => renderEntry(answer.entry));
  const more = set.results.length > max ? `\n(${set.results.length - max} more)` : '';
  return shown.join('\n\n') + more;
}
