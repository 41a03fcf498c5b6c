import type { Entry } from './story/types.js';

/**
 * Who stands behind an entry, as members read it under an answer (the bot) or a result (the console):
 * `according to the Government Accountability Office`, `NBC News reported`, `claim by the Pentagon, according to
 * NBC News (https://…)`; in Spanish `según …`, `afirmación de …`. A claim a moderator gave a source for shows both
 * the claimant and the source. English keeps the article's own words for a report (`NBC News reported`).
 */
export function sourceLabel(entry: Entry, lang: 'en' | 'es' = 'en'): string {
  const { source } = entry;
  const link = (url: string | null | undefined): string => (url ? ` (${url})` : '');
  const according = lang === 'es' ? 'seg\u00FAn' : 'according to';
  if (source.type === 'claim') {
    const reporter = source.reportedBy ? `, ${according} ${source.reportedBy.name}${link(source.reportedBy.url)}` : link(source.url);
    return `${lang === 'es' ? 'afirmaci\u00F3n de' : 'claim by'} ${source.name}${reporter}`;
  }
  if (source.type === 'report') {
    if (lang === 'en') return `${source.attribution ?? `according to ${source.name}`}${link(source.url)}`;
    const posted = source.attribution?.startsWith('posted by ');
    return `${posted ? 'publicado por' : 'seg\u00FAn'} ${source.name}${link(source.url)}`;
  }
  if (entry.origin === 'moderator') return lang === 'es' ? 'agregado por un moderador' : 'added by a moderator';
  return lang === 'es' ? 'informaci\u00F3n propia de la noticia' : "the article's own reporting";
}
