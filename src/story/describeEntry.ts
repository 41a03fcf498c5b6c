import type { Entry } from './types.js';

/**
 * The words that say who said or reports an entry, shared by the console and Discord:
 * `— Claudia Sheinbaum, Mexican President, in April` and `according to the Government Accountability Office`.
 */

/**
 * A whole quote as shown between quote marks: its words exactly as the article prints them, less the comma that
 * closed them before the attribution (`“We did not take this step lightly,” Ashworth said`), which belongs to the
 * sentence that carried the quote. (The entry's text keeps it: that is what stood inside the marks.)
 */
export function quotedWords(entry: Entry): string {
  return `\u201C${entry.text.replace(/,$/u, '')}\u201D`;
}

/** `— Name, Role, when, where` for a quote; null when the speaker is unknown. */
export function attributionLine(entry: Entry): string | null {
  if (!entry.speaker) return null;
  const parts = [entry.speaker.name, entry.speaker.role, entry.when, entry.where].filter((part): part is string => Boolean(part));
  const posted = entry.post ? `, posted by ${entry.post.poster}${entry.post.handle ? ` (${entry.post.handle})` : ''}` : '';
  return `\u2014 ${parts.join(', ')}${posted}`;
}

/** How the article sources a fact: a report, a party's claim, or its own reporting. */
export function sourceLine(entry: Entry): string {
  const { source } = entry;
  if (source.type === 'claim') return `claim by ${source.name}${source.url ? ` (${source.url})` : ''}`;
  if (source.type === 'report') return `${source.attribution ?? `according to ${source.name}`}${source.url ? ` (${source.url})` : ''}`;
  return entry.origin === 'moderator' ? 'added by a moderator' : "the article's own reporting";
}

/** `paragraph 11` or, for a moderator's entry, `entry m-12`. */
export function placeLine(entry: Entry): string {
  if (entry.origin === 'article') return `paragraph ${entry.paragraph}`;
  return entry.corrects ? `entry ${entry.id}, correcting paragraph ${entry.paragraph}` : `entry ${entry.id}`;
}
