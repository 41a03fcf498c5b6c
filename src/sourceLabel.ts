import type { Entry } from './story/types.js';

/**
 * Who stands behind an entry, as members read it under an answer (the bot) or a result (the console):
 * `according to the Government Accountability Office`, `NBC News reported`, `claim by the Pentagon, according to
 * NBC News (https://…)`. A claim a moderator gave a source for shows both the claimant and the source.
 */
export function sourceLabel(entry: Entry): string {
  const { source } = entry;
  const link = (url: string | null | undefined): string => (url ? ` (${url})` : '');
  if (source.type === 'claim') {
    const reporter = source.reportedBy ? `, according to ${source.reportedBy.name}${link(source.reportedBy.url)}` : link(source.url);
    return `claim by ${source.name}${reporter}`;
  }
  if (source.type === 'report') return `${source.attribution ?? `according to ${source.name}`}${link(source.url)}`;
  return entry.origin === 'moderator' ? 'added by a moderator' : "the article's own reporting";
}
