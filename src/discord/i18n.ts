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
  aboutStories: 'Stories of this server ({count}; \u2605 the current one; ask another with the `story` option)',
  aboutBody:
    'I answer questions about one news story{date}: {counts}.\n\n' +
    '`/quote who_or_topic` \u2014 a speaker\u2019s exact words, with who said them, when and where\n' +
    '`/facts topic` \u2014 facts on a topic, each with its source\n' +
    '`/ask question` \u2014 the sentence or quote that answers it\n' +
    'Under each answer: **Next match** and **Show paragraph**.',
  speakerChoice: '{name} \u2014 {role}{count}',
  entryIds: 'Entries here: {ids} (to correct one: /entry add corrects:<id>)',
  // /entry
  entryOnlyInServer: 'Entries can only be managed inside a server.',
  entryNotModerator: 'Only members whose server roles give them Manage Messages can change entries. Nothing was changed.',
  entryNoDatabase: 'Entries are not available: the bot has no database open.',
  modalQuote: 'Quote',
  modalFact: 'Fact',
  fieldQuoteText: 'The exact words',
  fieldFactText: 'The fact',
  fieldSpeaker: 'Speaker: name, role',
  fieldWhen: 'When (optional)',
  fieldWhere: 'Where (optional)',
  fieldClaimBy: 'A claim by (empty if it is not a claim)',
  fieldSource: 'Source: name and http(s) URL (optional)',
  saved: 'Saved entry {id}. It is answerable now: try `/{command}`.',
  restored: 'Restored entry {id}. It is answerable now: try `/{command}`.',
  notSaved: 'Nothing was saved: {reason}.',
  looksLike: 'This looks like entry {id}: \u201C{text}\u201D. Add anyway?',
  addAnyway: 'Add anyway',
  cancel: 'Cancel',
  cancelled: 'Cancelled: nothing was changed.',
  listTitle: 'Entries of this server',
  listStoryBad: '\u201C{story}\u201D is not a story id: write one like `s1`, or `all`.',
  listEmpty: 'No entries yet. Add one with `/entry add`.',
  listFooter: 'Page {page} of {pages} \u00B7 {entries}',
  previous: 'Previous',
  next: 'Next',
  isRemoved: 'Entry {id} is removed; restore it first.',
  alreadyRemoved: 'Entry {id} is already removed.',
  confirmRemove: 'Remove {summary}?',
  remove: 'Remove',
  removed: 'Removed entry {id}. `/entry restore id:{id}` brings it back.',
  notRemoved: 'Nothing was removed: {reason}.',
  lookupFailed: '{reason}.',
  showTitle: 'Entry {id}',
  historyTitle: 'History of {id}',
  exported: 'All {entries} of this server.',
  notImported: 'Nothing was imported: {reason}.',
  imported: 'Imported: {added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected.',
  rejectedRecord: '\u2022 record {n}: {reason}',
  importedStories: 'By story: {stories}.',
  importedElsewhere:
    '{records} of the records named a story this server does not have (or removed): they went to the current story, {story}.',
  unknownAction: 'Unknown /entry action.',
  tooLarge: 'the file is larger than {mb} MB',
  notAttachment: 'the file is not a Discord attachment ({host} is not Discord)',
  noAddress: 'the attachment has no valid address',
  downloadFailed: 'the attachment could not be downloaded{detail}',
  downloadSlow: 'the attachment took longer than {seconds} s to download',
  // Members, when their server follows no story
  noStory: 'This server follows no story at the moment; a moderator can add one with `/story add`.',
  unknownStory: 'This server has no story {id}; `/story list` shows its stories.',
  // /story
  storyOnlyInServer: 'Stories can only be managed inside a server.',
  storyNotModerator: 'Only members whose server roles give them Manage Messages can change stories. Nothing was changed.',
  storyNoDatabase: 'Stories are not available: the bot has no database open.',
  storyNeedsSource: 'Give a web address (`address`) or attach a file (`file`): one of the two.',
  storyAdded: 'Added story {id}. This server\u2019s members are answered from it now.',
  storyNotAdded: 'Nothing was added: {reason}.',
  storyRefreshed: 'Fetched story {id} again.',
  storyNotRefreshed: 'Nothing was changed: {reason}.',
  storyUsed: 'This server\u2019s members are answered from story {id} now.',
  storyNotUsed: 'Nothing was changed: {reason}.',
  storyConfirmRemove: 'Remove story {id}, \u201C{headline}\u201D?{current}',
  storyRemovingCurrent: ' It is the current story: members will be answered from the article shipped with the bot.',
  storyRemoved: 'Removed story {id}. `/story restore id:{id}` brings it back.',
  storyNotRemoved: 'Nothing was removed: {reason}.',
  storyRestored: 'Restored story {id}. `/story use id:{id}` makes it the current story.',
  storyNotRestored: 'Nothing was restored: {reason}.',
  storyListTitle: 'Stories of this server',
  storyListEmpty: 'This server follows no story. Add one with `/story add`.',
  storyListFooter: '\u2605 the current story \u00B7 /story use id:\u2026 to switch',
  storyTitle: 'Story {id}',
  storyAddedBy: 'Added by <@{user}> at {at}',
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
  aboutStories: 'Noticias de este servidor ({count}; \u2605 la actual; pregunta por otra con la opci\u00F3n `noticia`)',
  aboutBody:
    'Respondo preguntas sobre una noticia{date}: {counts}.\n\n' +
    '`/cita quien_o_tema` \u2014 las palabras exactas de alguien, con qui\u00E9n, cu\u00E1ndo y d\u00F3nde\n' +
    '`/hechos tema` \u2014 hechos sobre un tema, cada uno con su fuente\n' +
    '`/preguntar pregunta` \u2014 la frase o cita que la responde\n' +
    'Bajo cada respuesta: **Siguiente** y **Ver p\u00E1rrafo**.',
  speakerChoice: '{name} \u2014 {role}{count}',
  entryIds: 'Entradas aqu\u00ED: {ids} (para corregir una: /entrada agregar corrige:<id>)',
  entryOnlyInServer: 'Las entradas solo se gestionan dentro de un servidor.',
  entryNotModerator:
    'Solo quienes tienen el permiso Gestionar mensajes por sus roles del servidor pueden cambiar entradas. No se cambi\u00F3 nada.',
  entryNoDatabase: 'Las entradas no est\u00E1n disponibles: el bot no tiene la base de datos abierta.',
  modalQuote: 'Cita',
  modalFact: 'Hecho',
  fieldQuoteText: 'Las palabras exactas',
  fieldFactText: 'El hecho',
  fieldSpeaker: 'Qui\u00E9n habla: nombre, cargo',
  fieldWhen: 'Cu\u00E1ndo (opcional)',
  fieldWhere: 'D\u00F3nde (opcional)',
  fieldClaimBy: 'Afirmaci\u00F3n de (vac\u00EDo si no lo es)',
  fieldSource: 'Fuente: nombre y URL http(s) (opcional)',
  saved: 'Se guard\u00F3 la entrada {id}. Ya se puede consultar: prueba `/{command}`.',
  restored: 'Se restaur\u00F3 la entrada {id}. Ya se puede consultar: prueba `/{command}`.',
  notSaved: 'No se guard\u00F3 nada: {reason}.',
  looksLike: 'Esto se parece a la entrada {id}: \u201C{text}\u201D. \u00BFAgregarla de todos modos?',
  addAnyway: 'Agregar de todos modos',
  cancel: 'Cancelar',
  cancelled: 'Cancelado: no se cambi\u00F3 nada.',
  listTitle: 'Entradas de este servidor',
  listStoryBad: '\u201C{story}\u201D no es un id de noticia: escribe uno como `s1`, o `all`.',
  listEmpty: 'A\u00FAn no hay entradas. Agrega una con `/entrada agregar`.',
  listFooter: 'P\u00E1gina {page} de {pages} \u00B7 {entries}',
  previous: 'Anterior',
  next: 'Siguiente',
  isRemoved: 'La entrada {id} est\u00E1 quitada; primero restaurala.',
  alreadyRemoved: 'La entrada {id} ya est\u00E1 quitada.',
  confirmRemove: '\u00BFQuitar {summary}?',
  remove: 'Quitar',
  removed: 'Se quit\u00F3 la entrada {id}. `/entrada restaurar id:{id}` la recupera.',
  notRemoved: 'No se quit\u00F3 nada: {reason}.',
  lookupFailed: '{reason}.',
  showTitle: 'Entrada {id}',
  historyTitle: 'Historial de {id}',
  exported: 'Todas las {entries} de este servidor.',
  notImported: 'No se import\u00F3 nada: {reason}.',
  imported: 'Importaci\u00F3n: {added} agregadas, {updated} actualizadas, {unchanged} sin cambios, {rejected} rechazadas.',
  rejectedRecord: '\u2022 registro {n}: {reason}',
  importedStories: 'Por noticia: {stories}.',
  importedElsewhere:
    '{records} de los registros nombraban una noticia que este servidor no tiene (o quit\u00F3): fueron a la noticia actual, {story}.',
  unknownAction: 'Acci\u00F3n de /entrada desconocida.',
  tooLarge: 'el archivo pesa m\u00E1s de {mb} MB',
  notAttachment: 'el archivo no es un adjunto de Discord ({host} no es Discord)',
  noAddress: 'el adjunto no tiene una direcci\u00F3n v\u00E1lida',
  downloadFailed: 'no se pudo descargar el adjunto{detail}',
  downloadSlow: 'el adjunto tard\u00F3 m\u00E1s de {seconds} s en descargarse',
  noStory: 'Este servidor no sigue ninguna noticia por ahora; un moderador puede agregar una con `/noticia agregar`.',
  unknownStory: 'Este servidor no tiene la noticia {id}; `/noticia listar` muestra sus noticias.',
  storyOnlyInServer: 'Las noticias solo se gestionan dentro de un servidor.',
  storyNotModerator:
    'Solo quienes tienen el permiso Gestionar mensajes por sus roles del servidor pueden cambiar noticias. No se cambi\u00F3 nada.',
  storyNoDatabase: 'Las noticias no est\u00E1n disponibles: el bot no tiene la base de datos abierta.',
  storyNeedsSource: 'Da una direcci\u00F3n web (`direccion`) o adjunta un archivo (`archivo`): una de las dos.',
  storyAdded: 'Se agreg\u00F3 la noticia {id}. Los miembros de este servidor reciben respuestas de ella desde ahora.',
  storyNotAdded: 'No se agreg\u00F3 nada: {reason}.',
  storyRefreshed: 'Se volvi\u00F3 a descargar la noticia {id}.',
  storyNotRefreshed: 'No se cambi\u00F3 nada: {reason}.',
  storyUsed: 'Los miembros de este servidor reciben respuestas de la noticia {id} desde ahora.',
  storyNotUsed: 'No se cambi\u00F3 nada: {reason}.',
  storyConfirmRemove: '\u00BFQuitar la noticia {id}, \u201C{headline}\u201D?{current}',
  storyRemovingCurrent: ' Es la noticia actual: los miembros recibir\u00E1n respuestas del art\u00EDculo que trae el bot.',
  storyRemoved: 'Se quit\u00F3 la noticia {id}. `/noticia restaurar id:{id}` la recupera.',
  storyNotRemoved: 'No se quit\u00F3 nada: {reason}.',
  storyRestored: 'Se restaur\u00F3 la noticia {id}. `/noticia usar id:{id}` la vuelve la noticia actual.',
  storyNotRestored: 'No se restaur\u00F3 nada: {reason}.',
  storyListTitle: 'Noticias de este servidor',
  storyListEmpty: 'Este servidor no sigue ninguna noticia. Agrega una con `/noticia agregar`.',
  storyListFooter: '\u2605 la noticia actual \u00B7 /noticia usar id:\u2026 para cambiarla',
  storyTitle: 'Noticia {id}',
  storyAddedBy: 'Agregada por <@{user}> el {at}',
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

/** The language a locale reads: Spanish for every `es-*` locale, English otherwise. */
export function langOf(locale: LocaleString | string | null | undefined): 'en' | 'es' {
  return isSpanish(locale) ? 'es' : 'en';
}

/** A number as the locale writes it: `10,000` or `10.000`. */
export function formatNumber(locale: LocaleString | string | null | undefined, n: number): string {
  return new Intl.NumberFormat(isSpanish(locale) ? 'es' : 'en-US').format(n);
}

/** A story's ISO date as the locale writes it: `17 November 2025`, `17 de noviembre de 2025`. */
export function formatDate(locale: LocaleString | string | null | undefined, iso: string): string {
  const format = new Intl.DateTimeFormat(isSpanish(locale) ? 'es' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return format.format(new Date(`${iso}T00:00:00Z`));
}

const NOUNS = {
  quote: { en: ['quote', 'quotes'], es: ['cita', 'citas'] },
  fact: { en: ['fact', 'facts'], es: ['hecho', 'hechos'] },
  speaker: { en: ['speaker', 'speakers'], es: ['persona o entidad', 'personas o entidades'] },
  entry: { en: ['entry', 'entries'], es: ['entrada', 'entradas'] },
} as const;

/** A count with its noun in the right form for the number: `1 quote`, `2 quotes`, `1 cita`, `0 citas`. */
export function count(locale: LocaleString | string | null | undefined, n: number, noun: keyof typeof NOUNS): string {
  const lang = langOf(locale);
  const form = new Intl.PluralRules(lang === 'es' ? 'es' : 'en-US').select(n) === 'one' ? 0 : 1;
  return `${formatNumber(locale, n)} ${NOUNS[noun][lang][form]}`;
}
