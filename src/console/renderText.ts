import type { AnswerSet } from '../search/Answerer.js';
import { sourceLabel } from '../sourceLabel.js';
import { attributionLine, placeLine, quotedWords } from '../story/describeEntry.js';
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
    lines.push(entry.partial ? entry.text : quotedWords(entry));
    const attribution = attributionLine(entry);
    if (attribution) lines.push(`  ${attribution}`);
  } else {
    lines.push(entry.text);
    lines.push(`  Source: ${sourceLabel(entry)}`);
  }
  if (entry.corrects && entry.context) lines.push(`  ${entry.context}`);
  // An article entry's id is what a moderator's correction names (`/entry add … corrects:q11-21`).
  lines.push(`  (${placeLine(entry)}${entry.origin === 'article' ? ` \u00B7 ${entry.id}` : ''})`);
  return lines.join('\n');
}

/** How many results the console shows at a time; `/more` shows the next ones. */
export const CONSOLE_PAGE = 3;

/** Results `from` … `from + max` of an answer set, with a pointer to `/more` when more are left. */
export function renderAnswerSet(set: AnswerSet, max = CONSOLE_PAGE, from = 0): string {
  if (set.problem) return PROBLEM_MESSAGES[set.problem];
  if (set.results.length === 0) {
    const hint = set.suggestions.length > 0 ? ` Did you mean: ${set.suggestions.join(', ')}?` : '';
    const near = set.nearest
      ? `\nNot an answer, but the nearest passage (${placeLine(set.nearest.entry)}): ${set.nearest.entry.text.slice(0, 300)}`
      : '';
    return `The story has nothing on \u201C${set.query}\u201D.${hint}${near}`;
  }
  const shown = set.results.slice(from, from + max).map((answer) => renderEntry(answer.entry));
  const left = set.results.length - from - shown.length;
  const more = left > 0 ? `\n(${left} more: type /more)` : '';
  return shown.join('\n\n') + more;
}
