import { analyze } from './analyzer.js';

/** Verbs of asking someone to do something (`asked the council to`, `urged the state to`, `called on them to`). */
export const REQUEST_VERB =
  /\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|press(?:es|ed|ing)?|implor(?:e|es|ed|ing)|petition(?:s|ed|ing)?|request(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|plead(?:s|ed|ing)?\s+with|pleaded\s+with)\b/iu;

/** A verb of asking, up to five words (whom), then `to <verb>` or `for <thing>`: what was asked for. */
const REQUEST = new RegExp(
  `${REQUEST_VERB.source}\\s+((?:[\\p{L}'\u2019-]+\\s+){1,5}?)(?:to|for)\\s+(?:(?:a|an|the)\\s+)?([\\p{L}-]+)`,
  'giu',
);

/**
 * `He would ask the city council to cover the fare increase` reports that someone asked for what `Did the council agree
 * to cover the increase?` asks about, not that it happened: a sentence where a verb of asking has the question's words
 * (`asked`: analysed terms) both in whom it asks and in what it asks for (`to cover`, `for a disaster declaration`).
 */
export function reportsRequestFor(text: string, asked: ReadonlySet<string>): boolean {
  for (const match of text.matchAll(REQUEST)) {
    const whom = analyze(match[1]!);
    const what = analyze(match[2]!);
    if (whom.some((term) => asked.has(term)) && what.some((term) => asked.has(term))) return true;
  }
  return false;
}
