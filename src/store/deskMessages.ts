/**
 * What the desk says when it refuses something, as a code and its values, written out in English (the console, the
 * logs, the tests) or Spanish (a moderator whose Discord is in Spanish). One place for every wording, so that the
 * two languages say the same thing.
 */

export type Lang = 'en' | 'es';
export type Vars = Record<string, string | number>;

/** A refusal or a rejected import record: what went wrong, before it is put in words. */
export interface DeskMessage {
  code: DeskMessageCode;
  vars: Vars;
}

/** The fields of an entry, as a moderator knows them. */
const FIELDS: Record<string, Record<Lang, string>> = {
  kind: { en: 'kind', es: 'el tipo' },
  text: { en: 'text', es: 'el texto' },
  speakerName: { en: 'speaker name', es: 'el nombre de quien habla' },
  speakerRole: { en: 'speaker role', es: 'el cargo de quien habla' },
  when: { en: 'when', es: 'cu\u00E1ndo' },
  where: { en: 'where', es: 'd\u00F3nde' },
  sourceName: { en: 'source name', es: 'el nombre de la fuente' },
  sourceUrl: { en: 'source URL', es: 'la URL de la fuente' },
  claimBy: { en: 'claim by', es: 'de qui\u00E9n es la afirmaci\u00F3n' },
  corrects: { en: 'corrects', es: 'corrige' },
};

const KINDS: Record<string, Record<Lang, string>> = {
  quote: { en: 'quote', es: 'una cita' },
  fact: { en: 'fact', es: 'un hecho' },
};

const SOURCE_SHAPE: Record<Lang, string> = {
  en: 'a source is a name and an http(s) URL, like NBC News https://www.nbcnews.com/\u2026',
  es: 'una fuente es un nombre y una URL http(s), como NBC News https://www.nbcnews.com/\u2026',
};

function n(value: string | number | undefined, lang: Lang): string {
  return typeof value === 'number' ? value.toLocaleString(lang === 'es' ? 'es' : 'en-US') : String(value ?? '');
}

type Template = (v: Vars, lang: Lang) => string;

const MESSAGES = {
  // Field by field (entrySchema): `field` is a key of FIELDS.
  'field-missing': { en: (v) => `${f(v, 'en')} is missing`, es: (v) => `falta ${f(v, 'es')}` },
  'field-not-text': { en: (v) => `${f(v, 'en')} must be text`, es: (v) => `${f(v, 'es')} debe ser texto` },
  'field-empty': { en: (v) => `${f(v, 'en')} must not be empty`, es: (v) => `${f(v, 'es')} no puede estar vac\u00EDo` },
  'field-too-short': {
    en: (v) => `${f(v, 'en')} must be at least 2 characters`,
    es: (v) => `${f(v, 'es')} debe tener al menos 2 caracteres`,
  },
  'field-too-long': {
    en: (v) => `${f(v, 'en')} must be at most ${v['max']} characters`,
    es: (v) => `${f(v, 'es')} debe tener como m\u00E1ximo ${v['max']} caracteres`,
  },
  'field-control': {
    en: (v) => `${f(v, 'en')} must not contain control characters`,
    es: (v) => `${f(v, 'es')} no puede contener caracteres de control`,
  },
  'field-not-url': { en: (v) => `${f(v, 'en')} must be an http(s) URL`, es: (v) => `${f(v, 'es')} debe ser una URL http(s)` },
  'kind-missing': { en: () => 'kind is missing (quote or fact)', es: () => 'falta el tipo (cita o hecho)' },
  'kind-invalid': { en: () => 'kind must be quote or fact', es: () => 'el tipo debe ser cita o hecho' },
  'corrects-not-id': {
    en: () => 'corrects must be the id of an article entry, like q11-21',
    es: () => 'corrige debe ser el id de una entrada de la noticia, como q11-21',
  },
  'speaker-required': { en: () => 'speaker name is required for a quote', es: () => 'una cita necesita el nombre de quien habla' },
  'source-name-missing': {
    en: () => `source name is missing: ${SOURCE_SHAPE.en}`,
    es: () => `falta el nombre de la fuente: ${SOURCE_SHAPE.es}`,
  },
  'source-url-missing': {
    en: () => `source URL is missing: ${SOURCE_SHAPE.en}`,
    es: () => `falta la URL de la fuente: ${SOURCE_SHAPE.es}`,
  },
  // The desk.
  'not-found': { en: (v) => `there is no entry ${v['id']}`, es: (v) => `no existe la entrada ${v['id']}` },
  'not-in-server': {
    en: (v) => `there is no entry ${v['id']} in this server`,
    es: (v) => `no hay ninguna entrada ${v['id']} en este servidor`,
  },
  'not-removed': {
    en: (v) => `there is no removed entry ${v['id']} in this server`,
    es: (v) => `no hay ninguna entrada ${v['id']} quitada en este servidor`,
  },
  'read-only': {
    en: (v) => `${v['id']} is one of the article's own entries and cannot be changed; add a correction with corrects:${v['id']}`,
    es: (v) => `${v['id']} es una entrada de la propia noticia y no se puede cambiar; agrega una correcci\u00F3n con corrige:${v['id']}`,
  },
  'rate-limited': {
    en: (v) => `you can make at most ${n(v['limit'], 'en')} changes a minute; please wait a moment`,
    es: (v) => `puedes hacer como m\u00E1ximo ${n(v['limit'], 'es')} cambios por minuto; espera un momento`,
  },
  'rate-limited-import': {
    en: (v) =>
      `this import would make ${n(v['changes'], 'en')} changes, one per record, and you can make ${n(v['left'], 'en')} more this minute (at most ${n(v['limit'], 'en')} a minute)`,
    es: (v) =>
      `esta importaci\u00F3n har\u00EDa ${n(v['changes'], 'es')} cambios, uno por registro, y puedes hacer ${n(v['left'], 'es')} m\u00E1s este minuto (como m\u00E1ximo ${n(v['limit'], 'es')} por minuto)`,
  },
  full: {
    en: (v) => `this server already holds ${n(v['held'], 'en')} entries, the most it may (${n(v['most'], 'en')}); remove some first`,
    es: (v) => `este servidor ya tiene ${n(v['held'], 'es')} entradas, el m\u00E1ximo (${n(v['most'], 'es')}); quita alguna primero`,
  },
  'full-import': {
    en: (v) =>
      `this would add ${n(v['adding'], 'en')} entries to the ${n(v['held'], 'en')} this server holds, and it may hold at most ${n(v['most'], 'en')}`,
    es: (v) =>
      `esto agregar\u00EDa ${n(v['adding'], 'es')} entradas a las ${n(v['held'], 'es')} que tiene este servidor, y puede tener como m\u00E1ximo ${n(v['most'], 'es')}`,
  },
  'not-yours': {
    en: () => 'only the moderator who wrote that entry can add it anyway',
    es: () => 'solo quien escribi\u00F3 esa entrada puede agregarla de todos modos',
  },
  'pending-expired': {
    en: () => 'that pending entry has expired; please add it again',
    es: () => 'esa entrada pendiente caduc\u00F3; vuelve a agregarla',
  },
  storage: {
    en: () =>
      'the database file was deleted or replaced while the bot was running, so nothing can be saved until the bot is restarted; the operator has been told',
    es: () =>
      'el archivo de la base de datos se borr\u00F3 o se reemplaz\u00F3 mientras el bot funcionaba, as\u00ED que no se puede guardar nada hasta que se reinicie; se avis\u00F3 a quien lo opera',
  },
  duplicate: { en: (v) => `this looks like entry ${v['id']}`, es: (v) => `esto se parece a la entrada ${v['id']}` },
  'corrects-unknown': {
    en: (v) => `corrects: there is no article entry ${v['id']}`,
    es: (v) => `corrige: la noticia no tiene ninguna entrada ${v['id']}`,
  },
  'corrects-kind': {
    en: (v) => `corrects: ${v['id']} is a ${v['kind']}, so its correction must be a ${v['kind']} too`,
    es: (v) =>
      `corrige: ${v['id']} es ${KINDS[v['kind'] as string]?.es ?? v['kind']}, as\u00ED que su correcci\u00F3n tambi\u00E9n debe serlo`,
  },
  'corrects-detached': {
    en: (v) => `corrects: ${detached(v, 'en')}; remove it and add a new correction`,
    es: (v) => `corrige: ${detached(v, 'es')}; qu\u00EDtala y agrega una correcci\u00F3n nueva`,
  },
  'restore-detached': {
    en: (v) => `it cannot be restored: ${detached(v, 'en')}`,
    es: (v) => `no se puede restaurar: ${detached(v, 'es')}`,
  },
  'corrects-words-missing': {
    en: (v) => `corrects: the article has no ${v['kind']} \u201C${v['text']}\u201D`,
    es: (v) => `corrige: la noticia no tiene ${KINDS[v['kind'] as string]?.es ?? v['kind']} \u201C${v['text']}\u201D`,
  },
  // Stories (StoryDesk): `id` as moderators write it (s3).
  'story-bad-id': {
    en: (v) => `\u201C${v['id']}\u201D is not a story id; /story list shows them (s0 is the article shipped with the bot)`,
    es: (v) => `\u201C${v['id']}\u201D no es un id de noticia; /noticia listar los muestra (s0 es el art\u00EDculo que trae el bot)`,
  },
  'story-not-found': {
    en: (v) => `there is no story ${v['id']} in this server`,
    es: (v) => `no hay ninguna noticia ${v['id']} en este servidor`,
  },
  'story-not-removed': {
    en: (v) => `there is no removed story ${v['id']} in this server`,
    es: (v) => `no hay ninguna noticia ${v['id']} quitada en este servidor`,
  },
  'story-full': {
    en: (v) =>
      `this server already has ${n(v['held'], 'en')} ${v['held'] === 1 ? 'story' : 'stories'}, the most it may (${n(v['most'], 'en')}); remove one first`,
    es: (v) =>
      `este servidor ya tiene ${n(v['held'], 'es')} ${v['held'] === 1 ? 'noticia' : 'noticias'}, el m\u00E1ximo (${n(v['most'], 'es')}); quita alguna primero`,
  },
  'story-shipped-refresh': {
    en: () => 's0 is the article shipped with the bot: it is read from its file at start, not fetched',
    es: () => 's0 es el art\u00EDculo que trae el bot: se lee de su archivo al arrancar, no se descarga',
  },
  'story-file-refresh': {
    en: (v) => `${v['id']} was read from an attached file, not a web page; attach it again with /story add`,
    es: (v) => `${v['id']} se ley\u00F3 de un archivo adjunto, no de una p\u00E1gina web; vuelve a adjuntarlo con /noticia agregar`,
  },
  'story-file-kind': {
    en: () => 'only .txt, .md and .html files can be read',
    es: () => 'solo se pueden leer archivos .txt, .md y .html',
  },
  'story-too-large': { en: () => 'the file is larger than 2 MB', es: () => 'el archivo pesa m\u00E1s de 2 MB' },
  'story-not-text': { en: () => 'that file is not text', es: () => 'ese archivo no es texto' },
  'story-empty': { en: () => 'the article is empty', es: () => 'el art\u00EDculo est\u00E1 vac\u00EDo' },
  'story-no-article': {
    en: () => 'no article found on that page',
    es: () => 'no se encontr\u00F3 ning\u00FAn art\u00EDculo en esa p\u00E1gina',
  },
  // Fetching a page (fetchPage's refusals).
  'fetch-not-address': { en: () => 'that is not a web address', es: () => 'eso no es una direcci\u00F3n web' },
  'fetch-not-http': {
    en: () => 'only http and https addresses can be read',
    es: () => 'solo se pueden leer direcciones http y https',
  },
  'fetch-private': {
    en: () => 'that address is on a private network',
    es: () => 'esa direcci\u00F3n est\u00E1 en una red privada',
  },
  'fetch-redirects': {
    en: (v) => `the page redirected more than ${v['limit']} times`,
    es: (v) => `la p\u00E1gina redirigi\u00F3 m\u00E1s de ${v['limit']} veces`,
  },
  'fetch-timeout': {
    en: (v) => `the page did not answer within ${n(v['seconds'], 'en')} ${v['seconds'] === 1 ? 'second' : 'seconds'}`,
    es: (v) => `la p\u00E1gina no respondi\u00F3 en ${n(v['seconds'], 'es')} ${v['seconds'] === 1 ? 'segundo' : 'segundos'}`,
  },
  'fetch-too-large': {
    en: (v) => `the page is larger than ${v['size']}`,
    es: (v) => `la p\u00E1gina pesa m\u00E1s de ${v['size']}`,
  },
  'fetch-not-page': {
    en: (v) => `that is not a web page (${v['type']})`,
    es: (v) => `eso no es una p\u00E1gina web (${v['type']})`,
  },
  'fetch-status': {
    en: (v) => `the page answered ${v['status']}`,
    es: (v) => `la p\u00E1gina respondi\u00F3 ${v['status']}`,
  },
  'fetch-unreachable': {
    en: (v) => `the site could not be reached (${v['code']})`,
    es: (v) => `no se pudo llegar al sitio (${v['code']})`,
  },
  // Import files.
  'not-json': { en: () => 'the file is not valid JSON', es: () => 'el archivo no es JSON v\u00E1lido' },
  'not-export': {
    en: () => 'not a storydesk export (format must be "storydesk-entries")',
    es: () => 'no es una exportaci\u00F3n de storydesk (format debe ser "storydesk-entries")',
  },
  'export-version': {
    en: () => 'unknown export version (expected 1)',
    es: () => 'versi\u00F3n de exportaci\u00F3n desconocida (se esperaba 1)',
  },
  'too-many-records': { en: () => 'at most 10,000 entries per import', es: () => 'como m\u00E1ximo 10.000 entradas por importaci\u00F3n' },
  'not-a-record': { en: () => 'not an entry record', es: () => 'no es un registro de entrada' },
} satisfies Record<string, Record<Lang, Template>>;

export type DeskMessageCode = keyof typeof MESSAGES;

function f(v: Vars, lang: Lang): string {
  const field = String(v['field'] ?? '');
  return FIELDS[field]?.[lang] ?? field;
}

/** A detached correction, in words (see describeCorrection): vars `reason`, `text`, `story`. */
export function detached(v: Vars, lang: Lang): string {
  const words = v['text'] ? ` \u201C${v['text']}\u201D` : '';
  if (v['reason'] === 'other-story') {
    return lang === 'es'
      ? `desvinculada: corrige${words} de otra noticia (${v['story']}); no se muestra a nadie`
      : `detached: it corrects${words} in another story (${v['story']}); it is shown to no one`;
  }
  return lang === 'es'
    ? `desvinculada: la noticia ya no tiene las palabras que corrige${words}; no se muestra a nadie`
    : `detached: the article no longer has the words it corrects${words}; it is shown to no one`;
}

export function deskMessage(message: DeskMessage, lang: Lang = 'en'): string {
  return (MESSAGES[message.code][lang] as Template)(message.vars, lang);
}

/** The message a field-level code stands for; `code` is how entrySchema's checks name a problem: `field-too-long|text|1000`. */
export function parseIssue(issue: string): DeskMessage | null {
  const [code, field, max] = issue.split('|');
  if (!code || !(code in MESSAGES)) return null;
  return { code: code as DeskMessageCode, vars: { ...(field ? { field } : {}), ...(max ? { max: Number(max) } : {}) } };
}
