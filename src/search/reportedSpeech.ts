import type { Speaker } from '../story/types.js';
import { escapeRegExp } from './questionShape.js';

/**
 * A sentence reporting what a person said, or that they said nothing, without quoting them: `There was no comment from
 * Okafor`, `Okafor declined to comment`, `Okafor did not respond to questions`. It tells what they said as their
 * words do, so a question about their words (`Has Okafor said anything?`) is answered by it. General English ways of
 * reporting speech, for any article.
 */

/** Nouns for what someone says. */
const SPEECH_NOUNS = 'comments?|statements?|response|reply|remarks?|word|reaction';
/** Verbs of saying that a report of silence takes (`declined to comment`, `did not respond`). */
const SPEECH_VERBS = 'comment|respond|reply|say|speak|talk|discuss|answer|return';
/** Ways of not saying: declining, refusing, not doing it. */
const NOT_SAYING = `(?:(?:declined|refused|was\\s+not\\s+available|were\\s+not\\s+available|could\\s+not\\s+be\\s+reached)\\s+(?:to|for)|(?:did|does|has|had|would|could)\\s*(?:not|n['\u2019]t)(?:\\s+(?:immediately|publicly|yet))?)\\s+(?:${SPEECH_VERBS})`;

/** Names a speaker goes by in the text: the full name and each alias of two letters or more. */
function namesOf(speaker: Speaker): string[] {
  return [speaker.name, ...speaker.aliases].filter((name) => name.length >= 2);
}

/** The pattern of a report of this speaker's words or silence. */
export function reportedSpeechPattern(speaker: Speaker): RegExp {
  const names = namesOf(speaker)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return new RegExp(`\\b(?:${SPEECH_NOUNS})\\s+(?:from|by)\\s+(?:${names})\\b|\\b(?:${names})\\s+${NOT_SAYING}\\b`, 'iu');
}
