import type { Lang } from './deskMessages.js';
import type { StorySummary } from './StoryDesk.js';

/** Plain-text descriptions of a server's stories, shared by the console (English) and the bot (English or Spanish). */

const WORDS = {
  en: {
    quotes: ['quote', 'quotes'],
    facts: ['fact', 'facts'],
    noDate: 'no date',
    by: (byline: string) => `by ${byline}`,
    quoted: (names: string) => `Quoted: ${names}`,
    nobodyQuoted: 'No one is quoted.',
    problems: (problems: string) => `Could not read: ${problems}`,
    source: (source: string) => `Source: ${source}`,
    shipped: 'the article shipped with the bot',
    added: (who: string, at: string) => `Added by ${who} at ${at}`,
    current: 'The current story of this server.',
    removed: (id: string) => `Removed: /story restore id:${id} brings it back.`,
  },
  es: {
    quotes: ['cita', 'citas'],
    facts: ['hecho', 'hechos'],
    noDate: 'sin fecha',
    by: (byline: string) => `por ${byline}`,
    quoted: (names: string) => `Citas de: ${names}`,
    nobodyQuoted: 'No se cita a nadie.',
    problems: (problems: string) => `No se pudo leer: ${problems}`,
    source: (source: string) => `Fuente: ${source}`,
    shipped: 'el art\u00EDculo que trae el bot',
    added: (who: string, at: string) => `Agregada por ${who} el ${at}`,
    current: 'La noticia actual de este servidor.',
    removed: (id: string) => `Quitada: /noticia restaurar id:${id} la recupera.`,
  },
} as const;

function counted(n: number, [one, many]: readonly [string, string], lang: Lang): string {
  return `${n.toLocaleString(lang === 'es' ? 'es' : 'en-US')} ${n === 1 ? one : many}`;
}

/** `3 quotes, 11 facts`. */
export function storyCounts(story: StorySummary, lang: Lang = 'en'): string {
  const w = WORDS[lang];
  return `${counted(story.quotes, w.quotes, lang)}, ${counted(story.facts, w.facts, lang)}`;
}

/** One line for a list: `s1 ★ Headline — Outlet, 2025-11-03 · 3 quotes, 11 facts` (★ marks the current story). */
export function storyLine(story: StorySummary, lang: Lang = 'en', max = 90): string {
  const w = WORDS[lang];
  const headline = story.headline.length > max ? `${story.headline.slice(0, max - 1).trimEnd()}\u2026` : story.headline;
  const where = [story.outlet, story.published ?? w.noDate].filter(Boolean).join(', ');
  return `${story.id}${story.current ? ' \u2605' : ''} ${headline} \u2014 ${where} \u00B7 ${storyCounts(story, lang)}`;
}

/** Everything moderators know of a story, a line each. */
export function storyDetails(story: StorySummary, lang: Lang = 'en'): string {
  const w = WORDS[lang];
  const lines = [
    story.headline,
    [story.outlet, story.published ?? w.noDate, story.byline ? w.by(story.byline) : null].filter(Boolean).join(' \u00B7 '),
    storyCounts(story, lang),
    story.speakers.length > 0 ? w.quoted(story.speakers.join(', ')) : w.nobodyQuoted,
  ];
  if (story.problems.length > 0) lines.push(w.problems(story.problems.join('; ')));
  lines.push(w.source(story.sourceKind === 'shipped' ? `${w.shipped} (${story.source})` : story.source));
  if (story.addedBy && story.addedAt) lines.push(w.added(story.addedBy, story.addedAt));
  if (story.current) lines.push(w.current);
  if (story.removed) lines.push(w.removed(story.id));
  return lines.join('\n');
}
