import { SPEECH_VERBS } from '../story/speechPatterns.js';
import type { Entry } from '../story/types.js';
import { findWhen } from '../story/whenWhere.js';
import { analyze } from './analyzer.js';

/** Words that say who said something (`said`, `told`), and `percent` of a number, as analysed terms: no part of what is said. */
const ATTRIBUTION = new Set(analyze([...SPEECH_VERBS, 'percent'].join(' ')));

/** `according to` and its source, to the end of the clause. */
const ACCORDING_TO = /\baccording\s+to\b[^,;.]*/giu;

/** `Coastal, the smaller of the two, has…`: a description set off by commas, of who or what, not why. */
const APPOSITIVE = /,\s+(?:the|a|an|one\s+of)\s[^,;.]{1,60},/giu;

/**
 * An entry that says nothing the question does not already say: each of its words is one of the question's (or a
 * word the question was searched with: `asked`, as analysed terms), a number, its time (`on Thursday`), or its
 * attribution (`said`, `according to`, its speaker's name and role). `Why did the ferry leave late?` is not answered by
 * `The ferry left late on Monday, the operator said`: that restates the event asked about and gives no reason for it.
 */
export function restatesQuestion(entry: Entry, asked: ReadonlySet<string>): boolean {
  const when = findWhen(entry.text);
  // `…, according to its filings.`: the source, to the clause's end.
  const told = (when ? entry.text.replace(when, ' ') : entry.text).replace(ACCORDING_TO, ' ').replace(APPOSITIVE, ' ');
  const speaker = new Set(analyze(entry.speaker ? `${entry.speaker.name} ${entry.speaker.role ?? ''}` : ''));
  return analyze(told).every((term) => asked.has(term) || speaker.has(term) || ATTRIBUTION.has(term) || /^\d/u.test(term));
}
