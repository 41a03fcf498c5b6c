import type { LocaleString } from 'discord.js';

/**
 * Reply labels in English and Spanish (the story is about Mexico; many readers read Spanish).
 * Command names and descriptions are localised in the command files through `localized`.
 */

const en = {
  nextMatch: 'Next match',
  showParagraph: 'Show paragraph',
  nothingFound: 'The story has nothing on \u201C{query}\u201D.',
  didYouMean: 'Did you mean: {suggestions}?',
  nearestPassage: 'Not an answer, but the nearest passage ({place}): {text}',
  source: 'Source',
  context: 'Context',
  place: 'Where in the story',
  paragraph: 'paragraph {n}',
  moderatorEntry: 'moderators\u2019 entry {id}',
  result: 'Result {n} of {total}',
  results: 'Results {from}\u2013{to} of {total}',
  storyOf: 'Story of {date}',
  quote: 'Quote',
  facts: 'Facts',
  answer: 'Answer',
  somethingWrong: 'Something went wrong on our side while answering. It has been logged; please try again.',
  staleButton: 'This button is out of date or not one of mine. Please run the command again.',
  noMoreMatches: 'That was the last match.',
  problemEmpty: 'Please type something to search for, e.g. `/quote sheinbaum`.',
  problemTooLong: 'That query is too long: please keep it under 300 characters.',
  problemNoWords: 'That query has no words I can search for: please use letters or numbers.',
  aboutTitle: 'About this bot',
  aboutBody:
    'I answer questions about one news story{date}: {quotes} quotes, {facts} facts, {speakers} speakers.\n\n' +
    '`/quote who_or_topic` \u2014 a speaker\u2019s exact words, with who said them, when and where\n' +
    '`/facts topic` \u2014 facts on a topic, each with its source\n' +
    '`/ask question` \u2014 the sentence or quote that answers it\n' +
    'Under each answer: **Next match** and **Show paragraph**.',
  speakerChoice: '{name} \u2014 {role}{count} quotes',
  entryIds: 'Entries here: {ids} (to correct one: /entry add corrects:<id>)',
};

type Labels = typeof en;
export type LabelKey = keyof Labels;

const es: Labels = {
  nextMatch: 'Siguiente',
  showParagraph: 'Ver p\u00E1rrafo',
  nothingFound: 'La noticia no dice nada sobre \u201C{query}\u201D.',
  didYouMean: '\u00BFQuisiste decir: {suggestions}?',
  nearestPassage: 'No es una respuesta, pero el pasaje m\u00E1s cercano ({place}): {text}',
  source: 'Fuente',
  context: 'Contexto',
  place: 'D\u00F3nde en la noticia',
  paragraph: 'p\u00E1rrafo {n}',
  moderatorEntry: 'entrada {id} de los moderadores',
  result: 'Resultado {n} de {total}',
  results: 'Resultados {from}\u2013{to} de {total}',
  storyOf: 'Noticia del {date}',
  quote: 'Cita',
  facts: 'Hechos',
  answer: 'Respuesta',
  somethingWrong: 'Algo fall\u00F3 de nuestro lado al responder. Qued\u00F3 registrado; int\u00E9ntalo de nuevo.',
  staleButton: 'Este bot\u00F3n est\u00E1 desactualizado o no es m\u00EDo. Vuelve a usar el comando.',
  noMoreMatches: 'Ese era el \u00FAltimo resultado.',
  problemEmpty: 'Escribe algo para buscar, por ejemplo `/cita sheinbaum`.',
  problemTooLong: 'La b\u00FAsqueda es demasiado larga: m\u00E1ximo 300 caracteres.',
  problemNoWords: 'La b\u00FAsqueda no tiene palabras que pueda buscar: usa letras o n\u00FAmeros.',
  aboutTitle: 'Acerca de este bot',
  aboutBody:
    'Respondo preguntas sobre una noticia{date}: {quotes} citas, {facts} hechos, {speakers} personas o entidades.\n\n' +
    '`/cita quien_o_tema` \u2014 las palabras exactas de alguien, con qui\u00E9n, cu\u00E1ndo y d\u00F3nde\n' +
    '`/hechos tema` \u2014 hechos sobre un tema, cada uno con su fuente\n' +
    '`/preguntar pregunta` \u2014 la frase o cita que la responde\n' +
    'Bajo cada respuesta: **Siguiente** y **Ver p\u00E1rrafo**.',
  speakerChoice: '{name} \u2014 {role}{count} citas',
  entryIds: 'Entradas aqu\u00ED: {ids} (para corregir una: /entrada agregar corrige:<id>)',
};

export function isSpanish(locale: LocaleString | string | null | undefined): boolean {
  return typeof locale === 'string' && locale.startsWith('es');
}

export function label(locale: LocaleString | string | null | undefined, key: LabelKey, vars: Record<string, string | number> = {}): string {
  const text = (isSpanish(locale) ? es : en)[key];
  return text.replace(/\{(\w+)\}/gu, (_m, name: string) => String(vars[name] ?? ''));
}

/** Discord's name/description localisations for Spanish (Spain and Latin America). */
export function localized(spanish: string): Partial<Record<LocaleString, string>> {
  return { 'es-ES': spanish, 'es-419': spanish };
}
