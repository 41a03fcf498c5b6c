import { roleOfClause, withoutClause } from './clauseRole.js';
import { nameKey, slug } from './normalize.js';
import {
  COMPANY_LEGAL_FORMS,
  escapeRegExp,
  HONORIFICS,
  INTERMEDIARY,
  ORGANISATION_WORDS,
  QUANTIFIER_OPENING,
  POST_NOMINALS,
  PRONOUNS,
  SPEAKING_GROUPS,
  TITLE_ABBREVIATIONS,
  TITLE_WORDS,
} from './speechPatterns.js';
import type { EntityKind, Speaker } from './types.js';
import {
  ACRONYM_WORD,
  acronymWordsSpelledOut,
  capitalisedRuns,
  commaNamesBeforeInitialisms,
  INITIALISM_NAME,
  spelledOut,
} from './spelledOut.js';
import { honorificPronouns, type Pronoun, pronounOf, wordsBesideName } from './pronounGender.js';
import { WordIndex } from './WordIndex.js';
import { lookupTable } from './lookupTable.js';

/**
 * Resolves the ways an article names a speaker — `President Donald Trump`, `Trump`, `the president`,
 * `she`, `@POTUS`, `a spokesperson for the Department of X` — to one canonical entity each.
 * It learns every entity from the article itself; nothing about any particular story is known in advance.
 */

/** Words that open a verb phrase or a phrase of place or time, which after a name and a comma say no role. */
const NOT_AN_APPOSITIVE =
  /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|did|does|do|for|in|on|at|by|with|from|to|after|before|during|since|however)\b/u;

const NAME_TOKEN = String.raw`(?:(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s\p{Lu}\p{Ll})|\p{Lu}[\p{L}\p{M}'\u2019-]*|\d+)`;
// A name runs along a line, never across a paragraph break (`CLUES WHEN THINGS GO WRONG` is a subhead, `The plane…` the next paragraph).
const NAME_RUN = new RegExp(
  String.raw`${NAME_TOKEN}(?:[^\S\n]+(?:(?:of|for|and|&|de|del|la|le|van|von|der|da|bin|al)[^\S\n]+)?${NAME_TOKEN})*`,
  'gu',
);
const DETERMINER = /^(?:the|a|an)\s+/iu;
/** How many persons back a pronoun may look for one it agrees with. */
const RECENT_PERSONS = 10;
/** A possessive closing a name: `Acme's`, and a plural's bare apostrophe, `Brennard Laboratories’`. */
const POSSESSIVE_ENDING = /(?:['\u2019]s|(?<=s)['\u2019])$/u;
/** How the adjective of a people or a place ends (`Israeli`, `Palestinian`, `Swedish`, `Chinese`). */
const NATIONALITY_ENDING = /\p{Ll}(?:i|an|ian|ean|ese|ish)$/u;
/** A word that opens a sentence's clause or phrase, capitalised only for that (`Although CBP's guidelines…`, `Now Assange faces…`). */
export const CLAUSE_OPENING =
  /^(?:Although|Though|Because|Since|If|When|While|Whereas|But|And|Or|Nor|Yet|So|As|After|Before|Even|Despite|Once|Until|Unless|Now|Then|Still|Also|Meanwhile|However|In|On|At|By|For|From|With|During|Under|Over|Without|Like)\s+(?=\p{Lu})/u;
/** Words that, before a name, show a clause or a relation rather than a description (`Critics of Jane Doe`). */
const DESCRIPTION_BREAKERS = new Set(
  'of for and or but to with by from about against than as the a an his her their its our my your this that these those no not'.split(' '),
);

/** Words that open sentences with a capital but name no one. */
/** Prepositions, conjunctions and adverbs that open sentences with a capital. */
const FUNCTION_WORDS = new Set(
  (
    'despite although though because since unless while whereas after before during without within among amid against ' +
    'toward towards upon under over through throughout across behind beyond besides like unlike via per regarding ' +
    'concerning including following according meanwhile however moreover instead still yet also even just only now then ' +
    'today yesterday tomorrow later earlier separately critically bizarrely finally first second third last next'
  ).split(' '),
);

export const SENTENCE_OPENERS = new Set(
  (
    'he she they it we i you no not some most many all several few both each every other such this that these those its ' +
    'their his her our my your there here one none any another either neither much more less what which who when where why how'
  ).split(' '),
);
const POSSESSOR = /^(?:the\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+)?[\p{L}-]+(?:'s|\u2019s)\s+/iu;
/** A document's words are its author's: `a report from Kotak Institutional Equities`, `the letter signed by seven physicians`. */
const DOCUMENT_FROM =
  /^(?:(?:an?|the|its|their)\s+(?:\p{Ll}+\s+)?)?(?:statement|report|letter|release|note|filing|memo|study|analysis|research|data|figures|survey|polling|e-?mail|post|tweet|notice)\s+(?:from|by|of|signed by|issued by|released by|written by|sent by)\s+(.+)$/iu;
/** Words for a body of any kind, which name no kind of its own: `the agency`, `the watchdog`, `the group`. */
const GENERAL_BODY_WORDS = new Set([
  'agency',
  'authority',
  'body',
  'organisation',
  'organization',
  'regulator',
  'watchdog',
  'group',
  'charity',
]);

/** Words a story uses for a commercial body it has named: `the company said`. */
const COMMERCIAL_BODIES = new Set([
  'company',
  'firm',
  'corporation',
  'carrier',
  'airline',
  'group',
  'business',
  'retailer',
  'manufacturer',
  'bank',
  'lender',
  'insurer',
  'chain',
  'operator',
]);
/** An appositive of a description and a name (`the restructuring firm Baird Colley`): the description, then the name. */
const DESCRIBED_NAME = /^(?:the|a|an)\s+((?:[\p{Ll}-]+\s+){1,3})((?:\p{Lu}[\p{L}\p{M}'\u2019.-]*\s?){1,4})$/u;

/** An appositive saying what kind of company it names (`the museum's insurers`, `a budget airline based in Perth`). */
function describesCommercialBody(appositive: string): boolean {
  // `Oyelaran, who joined the bank in 2023,`: a relative clause of `who` describes a person, whatever it names.
  if (/^\s*(?:who|whom|whose)\b/iu.test(appositive)) return false;
  const phrase = roleHeadPhrase(appositive.replace(DETERMINER, '').replace(POSSESSOR, ''));
  if (!/^(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+$/u.test(phrase)) return false;
  const head = phrase.split(/\s+/u).at(-1)!;
  return COMMERCIAL_BODIES.has(head) || (head.endsWith('s') && COMMERCIAL_BODIES.has(head.slice(0, -1)));
}

/**
 * The words of a role or a description up to what it belongs to (`general secretary` of `general secretary of the
 * union`, `firm` of `a firm based in Perth`): its last word is what the one described is.
 */
export function roleHeadPhrase(role: string): string {
  return (role.split(/\s+(?:of|in|at|on|for|from|with|based|that|which|who|whose)\s|,/u)[0] ?? '').trim();
}

/** A word for a company right before a name (`company Lumetra`, `carrier AirAsia`): the word, then the name. */
const COMPANY_BEFORE_NAME = new RegExp(
  String.raw`\b(${[...COMMERCIAL_BODIES].join('|')})\s+(\p{Lu}[\p{L}\p{N}'\u2019&-]*(?:\s+\p{Lu}[\p{L}\p{N}'\u2019&-]*){0,3})`,
  'gu',
);
/** `Kestrel Microsystems NV`, `Calloway Drug Co.`: a name ending in a company's legal form, which says it is a company. */
const NAME_WITH_LEGAL_FORM = new RegExp(
  String.raw`\b(\p{Lu}[\p{L}\p{N}'\u2019&-]*(?:\s+\p{Lu}[\p{L}\p{N}'\u2019&-]*){0,3}\s+(?:${COMPANY_LEGAL_FORMS.join('|')}))\b`,
  'gu',
);
/** Counsel named by the side they speak for in court (`Jeremy Lambeth, defending,`), and the role that says so. */
const COUNSEL_FOR = lookupTable<string>({ defending: 'defence counsel', prosecuting: 'prosecuting counsel' });
/** `Wenvale Water's chief executive`, `Osprey Freight's shareholders`: a name, then a company's officer or owners. */
const NAME_WITH_EXECUTIVE =
  /\b(\p{Lu}[\p{L}\p{N}&-]*(?:\s+\p{Lu}[\p{L}\p{N}&-]*){0,3})['\u2019]s\s+(?:chief\s+executive|managing\s+director|chief\s+financial\s+officer|chief\s+operating\s+officer|CEO|shareholders|share\s+price|shares)\b/gu;
/** `the 17-year-old`, `the 48-year-old Australian`, `the nine-year-old girl`: someone described by age (and a word). */
const AGE_DESCRIPTION = /^the\s+(?:\d+|\p{Ll}+(?:-\p{Ll}+)?)-(?:year|month)-old(?:\s+[\p{L}-]+)?$/iu;
/** `the Eindhoven-based company`: `the`, hyphened words (where or how it is), and a last word. */
const PLACED_BODY = /^the\s+(?:[\p{L}.]+(?:-[\p{L}]+)+\s+)+\p{Ll}+$/iu;
/**
 * A name of two capitalised words or more, then its own clause (a comma at most between, a few lower-case words, no
 * other name, no figure) up to `its`: `Norrland Pharma, halted production at its plant`.
 */
const NAME_BEFORE_ITS =
  /(?<![\p{L}\p{N}'\u2019-])(\p{Lu}[\p{L}'\u2019&-]*(?:\s+\p{Lu}[\p{L}'\u2019&-]*)+),?\s+(?:[\p{Ll}-]+\s+){1,6}its\b/gu;
/**
 * A proper word (`Velmoran`, `Harwick`), not opening a sentence, then a description of a body in lower case (`foreign
 * ministry`, `district council`).
 */
const DESCRIBED_BODY = /(?<=[\p{Ll},;]\s|\b[Tt]he\s)(\p{Lu}\p{Ll}+)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)(?![\p{L}-])/gu;
/** Words no description of a body holds (they open or join clauses). */
const DESCRIPTION_STOPS = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'for',
  'to',
  'in',
  'on',
  'at',
  'by',
  'with',
  'said',
  'says',
  'was',
  'is',
  'has',
  'had',
  'will',
  'would',
]);
/** A run that opens with a capitalised function word (`The Port`, `In March`): not a name as it stands. */
const STOP_WORDS_CAPITALISED = /^(?:The|A|An|In|On|At|For|But|And|If|When|After|Before|Its|His|Her|Their|This|That|These|Those)\s/u;
/** Words for a relative, which a given name after them (`his widow, Ana,`) shares the surname of. */
const KIN_WORDS = 'widow|widower|wife|husband|son|daughter|brother|sister|mother|father|grandson|granddaughter';
/** A spokesperson for a body, named or not by the phrase (`A spokeswoman for the trust`, `A Ministry of Justice spokesman`). */
const SPOKESPERSON =
  /^(?:an?|the)\s+(?:[\p{Lu}][\p{L}'\u2019&.-]*\s+(?:(?:of|for|and|&)\s+)?)*(?:spokesperson|spokesman|spokeswoman|representative|press officer)\b/iu;
/** A spokesperson for no one named. */
const UNNAMED_INTERMEDIARY = /^(?:an?|the)\s+(?:spokesperson|spokesman|spokeswoman|representative|press officer)$/iu;

/**
 * Handles that stand for an office rather than a person: the office's title words. General knowledge of
 * how heads of state post, not of any story: `@POTUS` is the President of the United States.
 */
const OFFICE_HANDLES = lookupTable<string[]>({
  potus: ['president'],
  vp: ['vice', 'president'],
  flotus: ['first', 'lady'],
});

/** A title or an honorific (`Secretary`, `Dr`). */
function isTitleWord(token: string): boolean {
  const word = token.toLowerCase().replace(/[.'\u2019]+$/u, '');
  // (`Ch Insp Rachel Dyson`: British papers write abbreviated titles without a full stop.)
  return TITLE_WORDS.has(word) || HONORIFICS.has(word) || TITLE_ABBREVIATIONS[word] !== undefined;
}

/** The parts of a capitalised run: its title words and the name after them. */
export function splitTitle(run: string, articleTitle: (word: string) => boolean = () => false): { role: string | null; name: string } {
  const tokens = run.split(/\s+/u).filter(Boolean);
  // `Dunmore Residents Association`: a run ending in an organisation's head noun is that body's name, whatever
  // title words it holds; `Secretary of State` is an office.
  const head =
    tokens
      .at(-1)
      ?.toLowerCase()
      .replace(/[.'\u2019]+$/u, '') ?? '';
  if (tokens.length >= 2 && ORGANISATION_WORDS.has(head) && !tokens.some((t) => /^(?:of|for)$/u.test(t))) {
    return { role: null, name: tokens.join(' ') };
  }
  // `Ministry of Justice`, `Corran Union of Head Teachers`: a body's head noun, then `of` and what it serves, is
  // that body's name, whatever title word ends it; not after a title, which makes it an office (`Chair of the Harbour Board`).
  const body = tokens.findIndex((token, i) => ORGANISATION_WORDS.has(token.toLowerCase()) && /^(?:of|for)$/u.test(tokens[i + 1] ?? ''));
  if (body >= 0 && body + 2 < tokens.length && !tokens.slice(0, body).some((token) => isTitleWord(token))) {
    return { role: null, name: tokens.join(' ') };
  }
  let lastTitle = -1;
  tokens.forEach((token, index) => {
    if (isTitleWord(token)) lastTitle = index;
  });
  // `Grandmaster Daniel Okafor`: a word the article also uses for people in lower case opens a run of three.
  if (lastTitle < 0 && tokens.length >= 3 && articleTitle(tokens[0]!)) lastTitle = 0;
  // `Kiambugi Ward MCA Joseph Maina`, `DUP MLA Jim Wells`: an initialism after the words of a place or party, before a
  // name of two or three words, is the title of a member of some assembly, as `Bolton MP` is.
  if (lastTitle < 0) lastTitle = tokens.findIndex((token, i) => i >= 1 && INITIALISM_TITLE.test(token) && personNameAfter(tokens, i));
  let nameFrom = lastTitle + 1;
  // `Secretary of State Mike Pompeo`, `Director of Public Prosecution Eva-Marie Persson`: the office runs on
  // after `of`; a person's name is the last two words, when at least one word of the office stands before them.
  if (lastTitle >= 0 && /^(?:of|for)$/u.test(tokens[nameFrom] ?? '')) {
    nameFrom = tokens.length - nameFrom - 1 >= 3 ? tokens.length - 2 : tokens.length;
  }
  const roleTokens = tokens.slice(0, nameFrom).filter((t) => !HONORIFICS.has(t.toLowerCase().replace(/\.$/u, '')));
  const name = tokens.slice(nameFrom).join(' ');
  return { role: roleTokens.length > 0 ? roleTokens.join(' ') : null, name };
}

/** A word of two to five capitals, perhaps ending in a plural `s` (`MCA`, `MLAs`), the form of an assembly member's title. */
const INITIALISM_TITLE = /^\p{Lu}{2,5}s?$/u;

/** Two or three words after `at`, each capitalised and then lower case: a person's given name and surname. */
function personNameAfter(tokens: readonly string[], at: number): boolean {
  const rest = tokens.slice(at + 1);
  return rest.length >= 2 && rest.length <= 3 && rest.every((token) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(token));
}

const TIME_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/**
 * The name in a subject phrase: its last capitalised run (`Union spokesman Carlos Ortega put it simply` →
 * `Carlos Ortega`), with the title words before it as a prefix of its role (`Union spokesman`). A phrase
 * whose words before the name are not titles or bodies (`officials in Mexico`) names no one.
 */
export function lastNameRun(phrase: string): { run: string; prefix: string | null } | null {
  const runs = [...phrase.matchAll(NAME_RUN)].filter((m) => !m[0].split(/\s+/u).every((w) => TIME_WORDS.has(w.toLowerCase())));
  const last = runs.at(-1);
  if (!last || last.index === undefined) return null;
  // The run must end the name part: only lowercase predicate words may follow (`put it simply`).
  const before = phrase.slice(0, last.index).trim();
  if (!before) return { run: last[0], prefix: null };
  const prefixWords = before.split(/\s+/u);
  const bare = (w: string): string =>
    w
      .toLowerCase()
      .replace(/['\u2019]s$/u, '')
      .replace(/[.,]$/u, '');
  // Titles, bodies and capitalised words; lowercase describing words only alongside a title (`opposition Sen.`).
  const hasTitle = prefixWords.some((w) => TITLE_WORDS.has(bare(w)));
  const titled = prefixWords.every(
    (w) =>
      TITLE_WORDS.has(bare(w)) ||
      HONORIFICS.has(bare(w)) ||
      ORGANISATION_WORDS.has(bare(w)) ||
      (/^\p{Lu}/u.test(w) && !/^\p{Lu}\p{Ll}*\.$/u.test(w)) ||
      (hasTitle && /^\p{Ll}+$/u.test(w)),
  );
  // `Rider advocate James Tull`: a few describing words, none a linking word, before a full name are its role.
  const described =
    prefixWords.length <= 3 &&
    // (`Zhang cofounded Editas Medicine`: a verb before a name is no description of it.)
    !/^\p{Ll}+ed$/u.test(prefixWords.at(-1)!) &&
    last[0].split(/\s+/u).length >= 2 &&
    prefixWords.every((w) => /^[\p{L}-]+$/u.test(w) && !DESCRIPTION_BREAKERS.has(w.toLowerCase()));
  if (!titled && described) return { run: last[0], prefix: before };
  if (!titled || prefixWords.length > 5) {
    // A phrase that opens its sentence with a capital (`Pacific Gas & Electric said in a filing`) is named by its
    // first run, unless that run is only a capitalised sentence opener (`She pointed`, `No deaths`).
    // A single capitalised word before lowercase ones (`Health officials in…`, `Vaccination rates…`) is only
    // a sentence's first word.
    const first = runs[0]?.[0];
    const onlyOpener = first !== undefined && !/\s/u.test(first) && phrase.startsWith(first) && /^\S+\s+\p{Ll}/u.test(phrase);
    return first && /^\p{Lu}/u.test(phrase) && !SENTENCE_OPENERS.has(first.toLowerCase()) && !onlyOpener
      ? { run: first, prefix: null }
      : null;
  }
  return { run: last[0], prefix: before };
}

/** A role with its abbreviated titles written out: `Gov.` → `Governor`, `Lt. Gov.` → `Lieutenant Governor`. */
export function expandTitles(role: string): string {
  return role.replace(/\b(\p{L}+)\./gu, (whole, word: string) => TITLE_ABBREVIATIONS[word.toLowerCase()] ?? whole);
}

/**
 * A name that is a body's, not a person's: a linking word inside (`Customs and Border Protection`, `Chapter &
 * Verse`, `Doctors for Camp Closure`), a body's head word (`Office`), a figure, or an initialism (`NASA`).
 */
function isOrganisationName(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/u);
  return (
    words.some((w) => w === 'of' || w === 'for' || w === 'and' || w === '&' || ORGANISATION_WORDS.has(w)) ||
    /\d/u.test(name) ||
    /^(?:\p{Lu}{2,}|(?:\p{Lu}\.){2,})$/u.test(name)
  );
}

/** `the Amalgamated Rail Workers union`: a capitalised run between `the` and a lower-case word (a body's word, checked after). */
const NAME_BEFORE_BODY_WORD =
  /(?<![\p{L}\p{N}'\u2019-])[Tt]he\s+(\p{Lu}[\p{L}\p{M}'\u2019-]*(?:\s+\p{Lu}[\p{L}\p{M}'\u2019-]*)*)\s+(\p{Ll}+)(?![\p{L}'\u2019-])/gu;

/** Bodies named after the person who leads them (`the Joe Biden administration`, `the Starmer government`): the name is a person's. */
const LEADERS_BODY_WORDS = new Set(['administration', 'government', 'cabinet', 'house', 'campaign']);

/** Two people named together (`Doudna and Charpentier`): a joint subject, never one person's other name. */
function isJointName(name: string): boolean {
  return /\s(?:and|&)\s/u.test(name);
}

function words(text: string): string[] {
  return nameKey(text).split(' ').filter(Boolean);
}

/** A name's words as written, hyphens kept: `Zitt-James` is one surname, not `Zitt` and `James`. */
export function nameTokens(text: string): string[] {
  return text
    .split(/\s+/u)
    .map((token) => nameKey(token).replace(/\s+/gu, '-'))
    .filter(Boolean);
}

/**
 * The runs a run joined by `and` stands for: each side alone when the article also names that side on its
 * own (`Jennifer Doudna and Emmanuelle Charpentier`, later `Charpentier said`), else the run whole
 * (`Customs and Border Protection`).
 */
function splitJoined(run: string, standalone: Set<string>): string[] {
  const sides = run.split(/\s+(?:and|&)\s+/u);
  if (sides.length < 2) return splitAround(run, standalone);
  const namedAlone = sides.some((side) => standalone.has(nameTokens(side).at(-1) ?? ''));
  return namedAlone ? sides : [run];
}

/**
 * A person's name run together with where they are from or whose they are, when the article names the person by
 * surname alone elsewhere: `Jonas Ebeid of Tarvonia` is Jonas Ebeid (of Tarvonia), `Wessland's Mikkel Strand` is
 * Mikkel Strand (of Wessland). A body's name stays whole (`Royal Bank of Canada`, `Moody's Investors Service`).
 */
function splitAround(run: string, standalone: Set<string>): string[] {
  const person = (name: string): boolean =>
    nameTokens(name).length >= 2 && !isOrganisationName(name) && standalone.has(nameTokens(name).at(-1) ?? '');
  const from = /^(.+?)\s+of\s+(\S.*)$/u.exec(run);
  if (from && person(from[1]!)) return [from[1]!, from[2]!];
  const whose = /^(\S+)['\u2019]s\s+(\S.*)$/u.exec(run);
  if (whose && person(whose[2]!)) return [whose[1]!, whose[2]!];
  // `Prime Minister Tomas Veldre's Social Democratic Union`: a person named in full, then what is theirs.
  const owner = /^(.+?)['\u2019]s\s+(\S.*)$/u.exec(run);
  if (owner && person(owner[1]!)) return [owner[1]!, owner[2]!];
  return [run];
}

/** A capitalised run with its parts (`splitTitle`). */
interface TitledRun {
  run: string;
  role: string | null;
  name: string;
}

export class SpeakerRegistry {
  private readonly speakers: Speaker[] = [];
  private readonly runs: string[];
  /** Each distinct run once, in article order, with its title and name read once (`splitTitle`). */
  private readonly titledRuns: TitledRun[];
  /** The distinct runs by the words of their name, of their role, and of the run whole. */
  private readonly runsByNameWord: WordIndex<TitledRun>;
  private readonly runsByRoleWord: WordIndex<TitledRun>;
  private readonly runsByWord: WordIndex<string>;
  /** Registered speakers by the words of their name, and by their name's key. */
  private readonly speakersByNameWord = new WordIndex<Speaker>((s) => nameTokens(s.name));
  private readonly speakersByKey = new Map<string, Speaker>();
  private readonly standalone: Set<string>;
  /** Words the article writes in lower case somewhere: capitalised at a sentence's start they are no name. */
  private readonly commonWords: Set<string>;
  /** Capitalised words the article writes after a lower-case word: names, whatever else they may be. */
  private readonly midSentenceCapitals: Set<string>;
  /** The last body a definite group (`the doctors`) was found to be: `the physicians` after it is the same. */
  private lastGroup: Speaker | null = null;
  /** The bodies that groups of people were found to be, by the group's word: `doctors`, `physicians`. */
  private readonly groupWords = new Map<string, Speaker>();
  private readonly placeLike: Set<string>;
  /** Names the article writes between `the` and a lower-case word for a body (writtenAsBody), read on first need. */
  private bodiesByContext: Set<string> | undefined;
  /** Initialisms the article writes as words, with the names they spell out (`Defra`; acronymWordsSpelledOut), read on first need. */
  private acronymWords: Map<string, string> | undefined;
  /** The names the article introduces with a word for a company before them (`the social media company Lumetra`). */
  private readonly namedCompanies = new Map<string, Set<string>>();
  /** How often the article writes each word asked about (timesWritten). */
  private readonly wordCounts = new Map<string, number>();
  /** The names of several words the article speaks of as `its` in their own clause (`Norrland Pharma halted production at its plant`). */
  private readonly namesOwningIts = new Set<string>();
  /** `the Velmoran foreign ministry`: bodies the article names by a proper word and a description ending in a body's word. */
  private readonly describedBodies: string[] = [];
  /** The name spelling out each initialism asked about (spelledOutName). */
  private readonly spellings = new Map<string, string | undefined>();
  /** The article's runs of capitalised words, read the first time an initialism is asked about. */
  private capitalisedRuns: string[][] | null = null;
  private lastPerson: Speaker | null = null;
  /** The persons mentioned last, the latest first: where `she` looks when the last one is a `he` (pronounGender). */
  private recentPersons: Speaker[] = [];
  /** The surnames the article gives `Mr` or `Ms`, with the pronoun each says. */
  private readonly honorifics: Map<string, Pronoun>;
  /** The words beside each full name in the article (wordsBesideName), read once a name. */
  private readonly besideNames = new Map<string, string[]>();
  /**
   * The body whose spokesperson the text last quoted (`A spokeswoman for the Friends of Brackenfield Library said…`),
   * until a person is mentioned: a `she said` after it is the spokeswoman's, so the body's.
   */
  private voice: Speaker | null = null;
  /** The last person or body mentioned, whichever it was (a body named like a person, `Valmera Transit`, is one). */
  private lastSubject: Speaker | null = null;
  private lastOrganisation: Speaker | null = null;
  /** The last body found speaking of itself as `it` (noteBodySpeaking). */
  private lastCompany: Speaker | null = null;
  /** The article's distinct runs of capitalised words. */
  private readonly runSet: Set<string>;
  /** Speakers that are a bare description of one person (isBareDescription). */
  private readonly bareDescriptions = new Set<Speaker>();
  /** Who last spoke in each kind of document (noteDocument). */
  private readonly documents = new Map<string, Speaker>();

  constructor(private readonly articleText: string) {
    // A run keeps an abbreviated title just before it (`Gov. Ron Whitley`), which the run itself stops at.
    const found = [...articleText.matchAll(NAME_RUN)].map((m) => {
      const title = /\b(\p{Lu}\p{Ll}{1,4})\.\s+$/u.exec(articleText.slice(Math.max(0, m.index - 8), m.index))?.[1];
      const run = m[0].replace(CLAUSE_OPENING, '').replace(DETERMINER, '').replace(QUANTIFIER_OPENING, '').replace(POSSESSIVE_ENDING, '');
      return title && TITLE_ABBREVIATIONS[title.toLowerCase()] ? `${title}. ${run}` : run;
    });
    // Words the article uses as a name of their own, a run of one word: `Charpentier says`.
    this.standalone = new Set(found.filter((run) => !/\s/u.test(run)).map((run) => nameTokens(run)[0]!));
    this.runs = found.flatMap((run) => splitJoined(run, this.standalone));
    const distinct = [...new Set(this.runs)];
    this.commonWords = new Set((articleText.match(/(?<![\p{L}\p{N}'\u2019-])\p{Ll}[\p{L}-]*/gu) ?? []).map((w) => w.toLowerCase()));
    this.runSet = new Set(distinct);
    this.titledRuns = distinct.map((run) => ({ run, ...this.splitTitle(run) }));
    this.runsByNameWord = new WordIndex((parts) => nameTokens(parts.name), this.titledRuns);
    this.runsByRoleWord = new WordIndex((parts) => (parts.role ? words(parts.role) : []), this.titledRuns);
    this.runsByWord = new WordIndex(words, distinct);
    this.midSentenceCapitals = new Set([...articleText.matchAll(/(?<=\p{Ll}[,;]?\s)\p{Lu}[\p{L}'\u2019-]*/gu)].map((m) => m[0]));
    this.honorifics = honorificPronouns(articleText);
    this.placeLike = new Set(
      [...articleText.matchAll(/\b(?:in|to|from|into|across|of|inside|outside)\s+(\p{Lu}[\p{L}]+)\b/gu)].map((m) => m[1]!),
    );
    // `Norrland Pharma, halted production at its plant`: a name of several words whose own clause calls it `its` is a body.
    for (const m of articleText.matchAll(NAME_BEFORE_ITS)) {
      if (!STOP_WORDS_CAPITALISED.test(m[1]!)) this.namesOwningIts.add(m[1]!);
    }
    for (const m of articleText.matchAll(DESCRIBED_BODY)) {
      // (The description ends at its first body's word: `foreign ministry` of `foreign ministry described`.)
      const plain = m[2]!.split(/\s+/u);
      const head = plain.findIndex((w) => ORGANISATION_WORDS.has(w));
      const described = plain.slice(0, head + 1);
      if (head >= 0 && !TIME_WORDS.has(m[1]!.toLowerCase()) && !described.some((w) => DESCRIPTION_STOPS.has(w)))
        this.describedBodies.push(`${m[1]!} ${described.join(' ')}`);
    }
    // `the social media company Lumetra`, `budget carrier AirAsia`: names the article introduces as companies.
    for (const m of articleText.matchAll(COMPANY_BEFORE_NAME)) {
      const noun = m[1]!.toLowerCase();
      const names = this.namedCompanies.get(noun) ?? new Set<string>();
      names.add(m[2]!.replace(POSSESSIVE_ENDING, ''));
      this.namedCompanies.set(noun, names);
    }
    // `Kestrel Microsystems NV`: a name in a company's legal form introduces a company too.
    // (`Rivals Infineon Technologies AG`: a word capitalised only to open the sentence is left out.)
    for (const m of articleText.matchAll(NAME_WITH_LEGAL_FORM)) {
      const tokens = m[1]!.split(/\s+/u);
      while (tokens.length > 2 && this.commonWords.has(tokens[0]!.toLowerCase()) && !this.midSentenceCapitals.has(tokens[0]!))
        tokens.shift();
      const names = this.namedCompanies.get('company') ?? new Set<string>();
      names.add(tokens.join(' '));
      this.namedCompanies.set('company', names);
    }
    // `Wenvale Water's chief executive, Martin Greaves`: a name whose chief executive or shareholders the article
    // speaks of is a company's (a body of the state has no shareholders, and calls no one its managing director).
    for (const m of articleText.matchAll(NAME_WITH_EXECUTIVE)) {
      const name = m[1]!.replace(CLAUSE_OPENING, '').replace(DETERMINER, '');
      if (!/\s/u.test(name) || ORGANISATION_WORDS.has(name.split(/\s+/u).at(-1)!.toLowerCase())) continue;
      const names = this.namedCompanies.get('company') ?? new Set<string>();
      names.add(name);
      this.namedCompanies.set('company', names);
    }
  }

  all(): Speaker[] {
    return [...this.speakers];
  }

  /**
   * A capitalised word whose plural the article writes in lower case (`Grandmaster` beside `grandmasters`): a noun for
   * people of a kind, a title before a name. (The plural, not the word: `prices rose` says nothing of `Rose Ann Tully`.)
   */
  private isLowerCaseNoun(word: string): boolean {
    const lower = word.toLowerCase();
    return /^\p{L}{4,}$/u.test(lower) && (this.commonWords.has(`${lower}s`) || this.commonWords.has(`${lower}es`));
  }

  /** A capitalised word that is a word of the language here, not a name: the article writes it in lower case, or it is a function word. */
  private isCommonWord(word: string): boolean {
    const lower = word.toLowerCase();
    return (this.commonWords.has(lower) && !this.standaloneMidSentence(word)) || SENTENCE_OPENERS.has(lower) || FUNCTION_WORDS.has(lower);
  }

  /**
   * The run the article names someone in full with, for a name word alone: the surname before a first name, then a
   * run whose first word is a name where no sentence starts (not `Late Moreau` of a headline beside `substitute Théo
   * Moreau`), then a run with a role, then the fullest.
   */
  /**
   * Whether a surname alone (`Mrs Penhallow`, an honorific before it) could be either of two people the article names
   * in full with it (`Dorothy Penhallow`, `Graham Penhallow`).
   */
  surnameShared(name: string): boolean {
    const words = nameTokens(name.replace(/^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+/u, ''));
    if (words.length !== 1) return false;
    const surname = words[0]!;
    const fullNames = new Set(
      this.runsByNameWord
        .with(surname)
        .map((parts) => nameTokens(parts.name))
        .filter((tokens) => tokens.length > 1 && tokens.at(-1) === surname)
        .map((tokens) => tokens.join(' ')),
    );
    return fullNames.size > 1;
  }

  private fullerRun(nameWord: string): { name: string; role: string | null } | undefined {
    return this.runsByNameWord
      .with(nameWord)
      .filter((parts) => {
        const w = nameTokens(parts.name);
        return w.length > 1 && (w.at(-1) === nameWord || w[0] === nameWord) && !isOrganisationName(parts.name);
      })
      .sort(
        (a, b) =>
          Number(nameTokens(b.name).at(-1) === nameWord) - Number(nameTokens(a.name).at(-1) === nameWord) ||
          this.startsOnlySentences(a.name) - this.startsOnlySentences(b.name) ||
          Number(Boolean(b.role)) - Number(Boolean(a.role)) ||
          nameTokens(b.name).length - nameTokens(a.name).length,
      )[0];
  }

  /**
   * `Mr Wilk's widow, Agnieszka,`: a given name written right after a family word and the person whose relative it
   * is, whose surname the given name takes (`Agnieszka Wilk`), with the family word as role.
   */
  private kinName(given: string): { name: string; role: string } | undefined {
    const found = new RegExp(
      `(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s+|\\p{Lu}[\\p{L}'\u2019-]+\\s+)?(\\p{Lu}[\\p{L}'\u2019-]+)['\u2019]s\\s+(${KIN_WORDS}),\\s+${escapeRegExp(given)}(?=[,.;\\s])`,
      'u',
    ).exec(this.articleText);
    if (!found) return undefined;
    return { name: `${given} ${found[1]}`, role: `${found[0].split(/['\u2019]s\s/u)[0]}'s ${found[2]}` };
  }

  /** The one body the article names in full starting with this word (`Evergreen Living Group` for `Evergreen`), if one. */
  private fullerBody(nameWord: string): string | undefined {
    const word = new RegExp(`(?<![\\p{L}\\p{N}'\u2019-])${escapeRegExp(nameWord)}(?![\\p{L}\\p{N}'\u2019-])`, 'iu');
    const bodies = new Set(
      this.runsByNameWord
        .with(nameWord)
        .filter((parts) => {
          const w = nameTokens(parts.name);
          return w.length > 1 && w[0] === nameWord && isOrganisationName(parts.name);
        })
        .map((parts) => parts.name),
    );
    const body = bodies.size === 1 ? [...bodies][0]! : undefined;
    // …named in full before the word stands alone: `Mexico` long before `Mexico City` is the country, `in Brennock`
    // before `Brennock Borough Council` the town.
    const first = word.exec(this.articleText)?.index ?? -1;
    return body !== undefined && this.articleText.indexOf(body) === first ? body : undefined;
  }

  /**
   * 1 when a name's first word is capitalised only where a sentence (or a headline) starts, so may be a word of the
   * language there (`Late Moreau penalty sends…`); 0 when the article capitalises it elsewhere too (`substitute Théo
   * Moreau`), which makes it a name.
   */
  private startsOnlySentences(name: string): number {
    const first = name.split(/\s+/u)[0] ?? '';
    return Number(!this.standaloneMidSentence(first));
  }

  /** Whether the article capitalises this word where no sentence starts: then it is a name after all. */
  private standaloneMidSentence(word: string): boolean {
    return this.midSentenceCapitals.has(word);
  }

  /** A person already known by this name or surname, without registering anyone new. */
  knownPerson(name: string): Speaker | null {
    const token = nameTokens(name);
    if (token.length > 1) {
      const named = this.speakersByKey.get(nameKey(name));
      return named?.kind === 'person' ? named : null;
    }
    if (token.length === 0) return null;
    const registered = this.speakersByNameWord
      .with(token[0])
      .find((s) => s.kind === 'person' && !isJointName(s.name) && nameTokens(s.name).length > 1 && nameTokens(s.name).at(-1) === token[0]);
    if (registered) return registered;
    // Someone the article named in full (`Prime Minister Boris Johnson`) before speaking of them by surname.
    const run = this.runsByNameWord
      .with(token[0])
      .filter((parts) => {
        const tokens = nameTokens(parts.name);
        return tokens.length > 1 && tokens.at(-1) === token[0] && !isOrganisationName(parts.name);
      })
      .sort((a, b) => this.startsOnlySentences(a.name) - this.startsOnlySentences(b.name))[0];
    return run ? this.resolveName(run.name, run.role, true) : null;
  }

  /** Of several names, the one whose first word the article writes most often, when one does more than any other. */
  private mostNamed(names: string[]): string | undefined {
    const counted = names.map((name) => ({ name, count: this.timesWritten(nameTokens(name)[0] ?? '') }));
    const most = Math.max(0, ...counted.map(({ count }) => count));
    const best = counted.filter(({ count }) => count === most);
    return most > 0 && best.length === 1 ? best[0]!.name : undefined;
  }

  /** How often the article writes a word (in any case), counted once a word: a long article is read once for it. */
  private timesWritten(word: string): number {
    if (!word) return 0;
    let count = this.wordCounts.get(word);
    if (count === undefined) {
      const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(word)}(?![\p{L}\p{N}])`, 'giu');
      count = this.articleText.match(pattern)?.length ?? 0;
      this.wordCounts.set(word, count);
    }
    return count;
  }

  /**
   * `Greyhorn said in a statement that it was disappointed`: who speaks of itself as `it` is a body, whatever its name
   * looks like; `the company said` after it is that body (see resolveDescription).
   */
  noteBodySpeaking(speaker: Speaker): void {
    speaker.kind = 'organisation';
    this.lastCompany = speaker;
  }

  /** Who last spoke in a document of this kind (`said in a statement`): `the statement said` after it is theirs. */
  noteDocument(kind: string, speaker: Speaker): void {
    this.documents.set(kind, speaker);
  }

  /** The person, or the body, the text mentioned last: whom `his`, or `its`, points back to. */
  lastMentioned(kind: 'person' | 'organisation'): Speaker | null {
    return kind === 'person' ? this.lastPerson : this.lastOrganisation;
  }

  /** Notes that the text just mentioned this entity, for later pronouns. */
  noteMention(speaker: Speaker): void {
    this.lastSubject = speaker;
    if (speaker.kind === 'person') {
      this.lastPerson = speaker;
      this.recentPersons = [speaker, ...this.recentPersons.filter((p) => p !== speaker)].slice(0, RECENT_PERSONS);
      // (The body a spokesperson speaks for, named like a person, `A Jetline spokesperson`, is no new person.)
      if (speaker !== this.voice) this.voice = null;
    } else this.lastOrganisation = speaker;
  }

  /**
   * The person `he` or `she` points back to: the last mentioned, unless the article's words say that one is the other
   * (`Mr Rawlings`), then the latest before whom they say agree (`Ms Brandon`).
   */
  private personAgreeing(pronoun: Pronoun): Speaker | null {
    const last = this.lastPerson;
    const said = last ? this.pronounOf(last) : null;
    if (!last || said === null || said === pronoun) return last;
    return this.recentPersons.find((person) => this.pronounOf(person) === pronoun) ?? last;
  }

  private pronounOf(person: Speaker): Pronoun | null {
    let beside = this.besideNames.get(person.name);
    if (!beside) {
      beside = wordsBesideName(this.articleText, person.name);
      this.besideNames.set(person.name, beside);
    }
    return pronounOf(person, this.honorifics, beside);
  }

  /**
   * A run's title and name (see splitTitle), read with the article: `Inspector Dean Moretti` is Dean Moretti when the
   * article also writes `Inspector Moretti`, the title straight before the surname: a title word that the title and
   * the surname leave out there (`Dean`, `Judge`, `Bishop`) is a given name.
   */
  private splitTitle(run: string): { role: string | null; name: string } {
    const split = splitTitle(run, (word) => this.isLowerCaseNoun(word));
    const titles = split.role?.split(/\s+/u) ?? [];
    if (titles.length < 2 || /\s/u.test(split.name) || !split.name) return split;
    const given = titles.at(-1)!;
    if (!this.runSet.has(`${titles.slice(0, -1).join(' ')} ${split.name}`) || this.isLowerCaseNoun(given)) return split;
    return { role: titles.slice(0, -1).join(' '), name: `${given} ${split.name}` };
  }

  /** Resolves a noun phrase naming a speaker; `role` is an appositive the text gave beside it. */
  resolve(phrase: string, appositive: string | null = null): Speaker | null {
    const speaker = this.resolvePhrase(phrase, appositive);
    if (speaker && SPOKESPERSON.test(phrase.trim())) this.voice = speaker;
    return speaker;
  }

  private resolvePhrase(phrase: string, appositive: string | null): Speaker | null {
    let np = phrase
      .trim()
      .replace(/^[.\s]+/u, '')
      .replace(/[\s,.;:]+$/u, '')
      .replace(/['\u2019]s$/u, '');
    if (!np) return null;
    const lower = np.toLowerCase();
    if (PRONOUNS.has(lower)) {
      const found =
        lower === 'he' || lower === 'she'
          ? (this.voice ?? this.personAgreeing(lower))
          : lower === 'i'
            ? this.lastPerson
            : (this.lastOrganisation ?? this.lastPerson);
      return found;
    }
    // `the Department for Culture, Media and Sport (DCMS) said`: the commas of a name spelled out before its initialism
    // are the name's own, whatever parted the phrase at them.
    const whole = (appositive ? `${np}, ${appositive}` : np).replace(DETERMINER, '');
    const spelled = commaNamesBeforeInitialisms(whole).find((name) => whole.startsWith(name));
    if (spelled) return this.bodyNamed(spelled);
    const handle = /^@(\w+)$/u.exec(np);
    if (handle) return this.resolveHandle(handle[1]!);

    // `A spokesperson who did not wish to be named`: the relative clause says nothing of who.
    np = np.replace(/\s+(?:who|whom|which|that)(?:\s.*)?$/u, '') || np;
    const intermediary = INTERMEDIARY.exec(np) ?? DOCUMENT_FROM.exec(np);
    // (`A spokeswoman for the Friends of Brackenfield Library, a volunteer group,`: the body, not what it is.)
    if (intermediary) {
      // (`A spokesperson for the Department for Culture, Media and Sport (DCMS)`: commas of a name spelled out before
      // its initialism are the name's own.)
      const spelled = commaNamesBeforeInitialisms(intermediary[1]!)[0];
      if (spelled) return this.bodyNamed(spelled);
      np = intermediary[1]!.split(',')[0]!.trim();
      // `The Information Commissioner's Office confirmed… A spokeswoman for the regulator said`: a body called only by what
      // it is, a word no name of the article holds, is the body last named.
      const noun = /^the\s+(\p{Ll}[\p{Ll}-]*)$/u.exec(np)?.[1];
      if (
        noun &&
        this.lastOrganisation &&
        /^\p{Lu}/u.test(this.lastOrganisation.name) &&
        !ORGANISATION_WORDS.has(noun) &&
        !COMMERCIAL_BODIES.has(noun) &&
        !TITLE_WORDS.has(noun) &&
        this.runsByWord.with(noun).length === 0
      )
        return this.lastOrganisation;
    }
    // `the spokesperson`, `a spokesman` for no one named: the body whose spokesperson last spoke (`A Jetline spokesperson
    // said…`), else the body last spoken of.
    if (UNNAMED_INTERMEDIARY.test(np) && (this.voice ?? this.lastOrganisation ?? this.lastSubject))
      return this.voice ?? this.lastOrganisation ?? this.lastSubject;
    // `A White House spokesperson`: the body the spokesperson speaks for.
    const spokesperson = /^(?:[Aa]n?|[Tt]he)\s+(\p{Lu}.*?)\s+(?:spokesperson|spokesman|spokeswoman|official|representative)$/u.exec(np);
    if (spokesperson) np = `the ${spokesperson[1]}`;

    // `Priya Nair, the city's chief engineer`: the appositive is the role.
    const comma = np.indexOf(',');
    if (comma > 0) {
      // `Leah Park, an economist at Northbridge Capital, in a note to clients`: the appositive ends at the next comma.
      appositive ??=
        np
          .slice(comma + 1)
          .split(',')[0]!
          .trim() || null;
      np = np.slice(0, comma).trim();
      // `Moyo's deputy, Harjit Singh`: a description, then the name it describes.
      const described =
        /\s\p{Ll}[\p{L}-]*$|^\p{Ll}/u.test(np) && appositive && /^(?:\p{Lu}[\p{L}\p{M}'\u2019.-]*\s?){2,4}$/u.test(appositive);
      if (described) {
        const role = np.replace(DETERMINER, (m) => m.toLowerCase());
        return this.resolveName(appositive!.trim(), role);
      }
    }
    // `Meridian's administrator, the restructuring firm Baird Colley,`: a description, then the name it describes,
    // described again (a body, when that says it is a company).
    // (`the Friends of Brackenfield Library, a volunteer group,` is a name, then what it is.)
    const renamed =
      appositive && /\s\p{Ll}[\p{L}-]*$|^\p{Ll}/u.test(np.replace(DETERMINER, '')) ? DESCRIBED_NAME.exec(appositive.trim()) : null;
    if (renamed) {
      const name = renamed[2]!.trim();
      if (describesCommercialBody(renamed[1]!)) {
        const body = this.bodyNamed(name);
        this.noteBodySpeaking(body);
        return body;
      }
      return this.resolveName(name, renamed[1]!.trim());
    }
    const group = this.definiteGroup(np);
    if (group) return group;
    // `Officials in Washington`, `analysts at the bank`: an unnamed group, named by the phrase itself.
    const [firstWord = '', secondWord = ''] = np.toLowerCase().split(/\s+/u);
    if (
      SPEAKING_GROUPS.has(firstWord) &&
      (secondWord === '' || /^(?:in|at|from|of|for|with|on|across|inside|outside)$/u.test(secondWord))
    ) {
      return this.register({ name: np.charAt(0).toLowerCase() + np.slice(1), role: null, kind: 'organisation' });
    }
    // `Environmental groups`, `Health officials in Dawson County`: a describing word and a group, unnamed all the same.
    const groupPhrase = np.split(/\s+(?:in|at|from|of|for|with|on|across)\s+/u)[0]!;
    if (secondWord && SPEAKING_GROUPS.has(secondWord) && groupPhrase.split(/\s+/u).length === 2 && !TITLE_WORDS.has(firstWord)) {
      // (`Palestinian officials` keep the capital of a people's adjective.)
      const name = NATIONALITY_ENDING.test(np.split(/\s+/u)[0]!) ? np : np.charAt(0).toLowerCase() + np.slice(1);
      return this.register({ name, role: null, kind: 'organisation' });
    }

    // `economist Lisa Park of the University of Michigan`: a person's name, then where she works.
    const affiliation =
      /^(.*?\p{Lu}[\p{L}\p{M}'\u2019-]+\s+\p{Lu}[\p{L}\p{M}'\u2019-]+)\s+(?:of|at|from|with)\s+(?:the\s+)?\p{Lu}.*$/u.exec(np);
    if (
      affiliation &&
      !ORGANISATION_WORDS.has(affiliation[1]!.split(/\s+/u).at(-1)!.toLowerCase()) &&
      !isOrganisationName(affiliation[1]!)
    ) {
      const person = lastNameRun(affiliation[1]!.replace(DETERMINER, ''));
      if (person) {
        const { role, name } = this.splitTitle(person.run);
        const title = [person.prefix, role].filter(Boolean).join(' ');
        return this.resolveName(name, [title, np.slice(affiliation[1]!.length).trim()].filter(Boolean).join(' '));
      }
    }
    const modified = this.modifiedGroup(np);
    if (modified) return modified;
    // `“…,” the 17-year-old said`: someone described by age alone, whom the sentences around must name (a figure in a
    // description is otherwise no one: see resolveDescription).
    if (AGE_DESCRIPTION.test(np)) {
      const described = this.register({ name: np.replace(/^The\s/u, 'the '), role: null, kind: 'person' });
      this.bareDescriptions.add(described);
      return described;
    }
    const withoutPossessor = np.replace(POSSESSOR, '');
    const headIsLower = /\s\p{Ll}[\p{L}-]*$/u.test(np) || /^\p{Ll}[\p{L}-]*$/u.test(np);
    if (DETERMINER.test(np) && headIsLower) return this.resolveDescription(np);
    const named = lastNameRun(withoutPossessor.replace(DETERMINER, ''));
    if (!named) return this.resolveDescription(np);
    // `The chairman of the Conservative Party`: an office of a body describes its holder; the body does not speak.
    if (named.prefix && /\s(?:of|at|for)(?:\s+the)?$/iu.test(` ${named.prefix}`) && isOrganisationName(named.run))
      return this.resolveDescription(np);
    // `Despite parliamentary reports…`, `His refusal…`: a word of the language capitalised at a sentence's start.
    if (!/\s/u.test(named.run) && this.isCommonWord(named.run)) return null;
    const { role, name } = this.splitTitle(named.run);
    // An honorific (`Dr.`) is no role: the appositive, if any, says what she is.
    const prefix = named.prefix?.split(/\s+/u).every((w) => HONORIFICS.has(w.toLowerCase().replace(/\.$/u, ''))) ? null : named.prefix;
    const fullRole = [prefix, role].filter(Boolean).join(' ') || null;
    if (!name) return this.resolveDescription(named.run);
    const speaker = this.resolveName(name, fullRole ?? this.roleFromAppositive(appositive, !isOrganisationName(name)));
    // `Castell Fine Art Underwriters, the museum's insurers, said`: a name described as a company is a body, and
    // `the firm said` after it is that body.
    if (speaker && appositive && describesCommercialBody(appositive)) this.noteBodySpeaking(speaker);
    // `Norvale Regional Airports, which owns Tallowby, said`: `which` speaks of a thing, never of a person, so the name
    // is a body's, and `the company said` after it is that body.
    if (speaker && appositive && /^which\s/u.test(appositive)) this.noteBodySpeaking(speaker);
    return speaker;
  }

  /**
   * `Israeli settlers`, `Health care providers`, `the Swedish prosecutors`: a people's or a common word, capitalised,
   * before the plural it qualifies. The group is named by the whole phrase; the capitalised word alone names no one.
   */
  private modifiedGroup(np: string): Speaker | null {
    const phrase = np.replace(DETERMINER, '');
    const found = /^(\p{Lu}[\p{L}'\u2019-]*)((?:\s+\p{Ll}[\p{L}-]*)+)$/u.exec(phrase);
    if (!found) return null;
    const [, first = '', rest = ''] = found;
    const head = rest.trim().split(/\s+/u).at(-1)!;
    const plural = SPEAKING_GROUPS.has(head) || /(?:[^sui]s|men|people)$/u.test(head);
    if (!plural || /\s(?:of|for|at|in|on|from|with|to|and)\s/u.test(` ${rest} `)) return null;
    // (A word the article also writes in lower case, `health`, is a common word here, whatever names it is part of.)
    const qualifies = NATIONALITY_ENDING.test(first) || this.isCommonWord(first) || this.commonWords.has(first.toLowerCase());
    if (!qualifies || TITLE_WORDS.has(first.toLowerCase()) || ORGANISATION_WORDS.has(first.toLowerCase())) return null;
    const name = this.commonWords.has(first.toLowerCase()) ? `${first.toLowerCase()}${rest}` : phrase;
    return this.register({ name, role: null, kind: 'organisation' });
  }

  private roleFromAppositive(appositive: string | null, ofPerson: boolean): string | null {
    // `Jeremy Lambeth, defending,`: British court reports name counsel by the side they speak for.
    const side = COUNSEL_FOR[appositive?.trim().toLowerCase() ?? ''];
    if (side) return side;
    // `speaking to reporters afterward`, `asked about the poll`: what they were doing, not what they are.
    // Nor a verb or a phrase of place or time after the name (`…, is reported to…`, `…, for some patients,`).
    if (!appositive || /^\p{Ll}+(?:ing|ed)\b/u.test(appositive) || NOT_AN_APPOSITIVE.test(appositive)) return null;
    // `who heads the association`: a role only when the clause says what they are (`head of the association`).
    if (/^(?:who|whom|whose|which|that)\s/u.test(appositive)) return roleOfClause(appositive, ofPerson);
    // `the lawyer who argued the case`: the lawyer.
    const role = withoutClause(appositive.replace(/[\s.,;]+$/u, ''));
    // An age alone (`Tom Okafor, 19,`, `…, a 19-year-old,`) says how old, not what someone is.
    if (/^(?:an?\s+)?\d+(?:-year-old)?$/u.test(role)) return null;
    return role.length > 0 && role.length <= 100 ? role : null;
  }

  private resolveHandle(handle: string): Speaker | null {
    const office = OFFICE_HANDLES[handle.toLowerCase()];
    if (office) {
      const holder = this.bestRoleMatch(office, true);
      if (holder) return this.addAlias(holder, `@${handle}`);
    }
    const known = this.speakers.find((s) => s.aliases.some((a) => a.toLowerCase() === `@${handle.toLowerCase()}`));
    return known ?? this.register({ name: `@${handle}`, role: null, kind: 'organisation' });
  }

  /** `the president`, `the Mexican president`, `the county's emergency management office`. */
  private resolveDescription(description: string): Speaker | null {
    const wanted = words(description.replace(DETERMINER, '').replace(POSSESSOR, '')).filter((w) => w !== 's');
    const head = wanted.at(-1);
    if (!head) return null;
    if (TITLE_WORDS.has(head)) {
      // `the Sugar Commissioner`: an office named in capitals is that office; the holder of another (`Deputy
      // Commissioner Revathi Prakash`) is not its holder. (A people's word, `the Mexican president`, only says whose.)
      const required = words(
        description
          .replace(DETERMINER, '')
          .split(/\s+/u)
          .slice(0, -1)
          .filter((word) => /^\p{Lu}/u.test(word) && !NATIONALITY_ENDING.test(word))
          .join(' '),
      );
      const holds = (role: string): boolean => {
        const roleWords = words(role);
        return roleWords.includes(head) && required.every((word) => roleWords.includes(word));
      };
      const holder = this.bestRoleMatch(wanted, false, required);
      if (holder) return holder;
      const fromRuns = this.runsByRoleWord.with(head).find((parts) => parts.role && parts.name && holds(parts.role));
      if (fromRuns) return this.resolveName(fromRuns.name, fromRuns.role);
    }
    // A phrase with a figure in it (`rates … fell to 81% last year`) is a clause, not a description of who speaks.
    if (/\d/u.test(description)) return null;
    // (`the foreign ministry` may be the `Velmoran foreign ministry` named elsewhere; `Norland's foreign ministry` says whose.)
    const body = this.bodyNamedBy(wanted) ?? (/^the\s+[\p{Ll}\s-]+$/iu.test(description.trim()) ? this.bodyDescribedAs(wanted) : null);
    if (body) return body;
    // `the statement said` after someone said something in a statement (noteDocument): theirs.
    const author = wanted.length === 1 ? this.documents.get(head) : undefined;
    if (author) return author;
    // `the Eindhoven-based company`, `the Amsterdam-listed firm`: hyphened words of where or how before a company's word
    // point to no other company than `the company` does.
    const namesCompany = (wanted.length === 1 || PLACED_BODY.test(description.trim())) && COMMERCIAL_BODIES.has(head);
    // `the company said` after a body that spoke of itself as `it` (noteBodySpeaking): that body.
    if (namesCompany && this.lastCompany) return this.lastCompany;
    // Or, when none has, the one company the article introduces with that word (`the social media company Lumetra`),
    // or with any word for a company when it uses that one for none (`budget carrier AirAsia` for `the airline`).
    if (namesCompany) {
      const introduced = this.namedCompanies.get(head) ?? new Set([...this.namedCompanies.values()].flatMap((names) => [...names]));
      // Of several, the one the article names most often (`Kestrel` of `Kestrel Microsystems NV`, not a rival named once).
      const name = introduced.size === 1 ? [...introduced][0]! : this.mostNamed([...introduced]);
      if (name) {
        const body = this.bodyNamed(name);
        this.noteBodySpeaking(body);
        return body;
      }
    }
    // Or, when the article introduces no company, the one name of several words it calls `its` (`Norrland Pharma halted
    // production at its plant`): a body that owns, and the article's only one.
    if (namesCompany && this.namedCompanies.size === 0 && this.namesOwningIts.size === 1) {
      const name = [...this.namesOwningIts][0]!;
      const company = this.bodyNamed(name);
      this.noteBodySpeaking(company);
      return company;
    }
    // `The playhouse said in a statement` when the article names one thing so (`the Corrow Playhouse`): that thing,
    // speaking as a body. (A name of its own before `of` is another's: `Friends of Corrow Playhouse` is the friends.)
    if (wanted.length === 1 && !SPEAKING_GROUPS.has(head)) {
      // (After `of`, `for` or `and`, a run names one thing more: `Students of Harlow College` names Harlow College.)
      const named = this.runsByWord
        .with(head)
        .map((run) => run.split(/\s+(?:of|for|and)\s+/u).at(-1)!)
        .filter((run) => {
          const parts = words(run);
          return parts.length > 1 && parts.at(-1) === head;
        });
      const longest = named.reduce((a, b) => (words(b).length > words(a).length ? b : a), named[0] ?? '');
      if (longest && named.every((run) => words(longest).join(' ').endsWith(words(run).join(' ')))) {
        const thing = this.speakersByKey.get(nameKey(longest)) ?? this.register({ name: longest, role: null, kind: 'organisation' });
        return thing;
      }
    }
    // `A Western diplomat familiar with the talks told AFP… “…,” the diplomat said`: the one introduced with `a` and that
    // head word, the latest of them.
    if (wanted.length === 1 && /^the\s/iu.test(description.trim())) {
      // (Words before the head qualify it; a determiner among them opens another phrase: `a blog post the company…`.)
      const introduced = new RegExp(
        `^an?\\s+(?:(?!(?:the|an?|of|that|which|who|its|their)\\s)[\\p{L}-]+\\s+){0,3}?${escapeRegExp(head)}(?:\\s|$)`,
        'iu',
      );
      const earlier = this.speakers.findLast((speaker) => introduced.test(speaker.name));
      if (earlier) return earlier;
    }
    // `The Tennis Integrity Board said in a statement… “…,” the agency said`: a general word for a body that no name of
    // the article holds is the body last mentioned.
    if (
      wanted.length === 1 &&
      GENERAL_BODY_WORDS.has(head) &&
      this.runsByWord.with(head).length === 0 &&
      this.lastOrganisation &&
      /^\p{Lu}/u.test(this.lastOrganisation.name)
    )
      return this.lastOrganisation;
    // A body named by a description is named without its article: `the French foreign ministry` → `French foreign ministry`.
    // (`the county's emergency office` keeps it: a possessive reads as one.)
    const name = description.replace(/^the\s+(?![\p{Ll}-]+['\u2019]s\s)/iu, '').replace(/^(?:A|An|The)\s/u, (m) => m.toLowerCase());
    const described = this.register({ name, role: null, kind: 'organisation' });
    // `the keeper`, `the retired teacher`: one of a kind, by a common noun no one here is named or titled with (a word
    // or two may describe it), and no body's word.
    if (
      /^the\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+$/iu.test(description.trim()) &&
      !head.endsWith('s') &&
      !ORGANISATION_WORDS.has(head) &&
      !COMMERCIAL_BODIES.has(head) &&
      !SPEAKING_GROUPS.has(head)
    )
      this.bareDescriptions.add(described);
    return described;
  }

  /**
   * Whether a speaker is only a description of one person that names no one the article names (`the keeper`): whom
   * it means is for the sentences around it to say (see attributionSieves.speakerAfterQuote).
   */
  isBareDescription(speaker: Speaker): boolean {
    return this.bareDescriptions.has(speaker);
  }

  /**
   * `the foreign ministry`, `the ministry` when the article names the `Velmoran foreign ministry` (and no other foreign
   * ministry): that body, by the fullest name the article gives it.
   */
  private bodyDescribedAs(wanted: string[]): Speaker | null {
    if (!ORGANISATION_WORDS.has(wanted.at(-1)!)) return null;
    const named = new Set(
      this.describedBodies.filter((body) => {
        const parts = words(body);
        return parts.at(-1) === wanted.at(-1) && wanted.every((w) => parts.includes(w));
      }),
    );
    if (named.size !== 1) return null;
    const name = [...named][0]!;
    return this.bodyNamed(name);
  }

  /**
   * `the federation` when the article names `the Northern Football Federation`, `the university` after `the University
   * of Veldhaven`: the one body whose name holds the description's words, its head a body's head word. Two such bodies
   * (`the University of Leeds` and `the University of York`) leave it a description.
   */
  private bodyNamedBy(wanted: string[]): Speaker | null {
    const head = wanted.at(-1)!;
    if (!ORGANISATION_WORDS.has(head)) return null;
    const bodies = this.runsByWord.with(head).filter((run) => {
      const named = words(run);
      return isOrganisationName(run) && named.length > 1 && wanted.every((w) => named.includes(w));
    });
    // (`the Federation` and `Northern Football Federation` are one body: the longest name stands for it.)
    const longest = bodies.reduce((a, b) => (words(b).length > words(a).length ? b : a), bodies[0] ?? '');
    if (!longest || !bodies.every((run) => words(longest).join(' ').includes(words(run).join(' ')))) return null;
    // (`Germany's Federal Office for Vehicle Safety`: whose it is is no part of its name.)
    const own = longest.replace(POSSESSOR, '');
    return this.resolveName(own !== longest && words(own).length > 1 && isOrganisationName(own) ? own : longest, null);
  }

  /**
   * `the doctors` when the article names `Doctors for Camp Closure`: the body named by that word; `the physicians`
   * after `the doctors` were found to be a body: the same body. Only a definite phrase points back.
   */
  private definiteGroup(phrase: string): Speaker | null {
    const counted = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of|hundreds of)\s+[\p{Ll}-]+s$/u.test(phrase);
    if (!/^(?:the|The)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+s$/u.test(phrase) && !counted) return null;
    const head = words(phrase).at(-1)!;
    const known = this.groupWords.get(head);
    if (known) return known;
    if (counted) return null;
    const body = this.runsByWord.with(head).find((run) => isOrganisationName(run) && words(run).includes(head));
    const people = SPEAKING_GROUPS.has(head) || TITLE_WORDS.has(head.replace(/s$/u, ''));
    const found = body ? this.resolveName(body, null) : people ? this.lastGroup : null;
    if (found) {
      this.lastGroup = found;
      this.groupWords.set(head, found);
    }
    return found;
  }

  /** The known person whose role best fits the words; `unqualified` prefers a role with no other word. */
  private bestRoleMatch(wanted: string[], unqualified: boolean, required: readonly string[] = []): Speaker | null {
    let best: Speaker | null = null;
    let bestScore = 0;
    const candidates = [...this.speakers];
    // Only a role with the last wanted word can match (below); each distinct run once, as a repeat never scores higher.
    for (const parts of wanted.length > 0 ? this.runsByRoleWord.with(wanted.at(-1)) : this.titledRuns) {
      if (parts.role && parts.name) candidates.push(this.peek(parts.name, parts.role));
    }
    for (const speaker of candidates) {
      if (!speaker.role) continue;
      const roleWords = words(speaker.role);
      if (!wanted.every((w) => roleWords.includes(w)) && !roleWords.includes(wanted.at(-1)!)) continue;
      if (!required.every((w) => roleWords.includes(w))) continue;
      const matched = wanted.filter((w) => roleWords.includes(w)).length;
      const extra = roleWords.length - matched;
      const score = matched * 10 - extra * (unqualified ? 5 : 1);
      if (score > bestScore) {
        best = speaker;
        bestScore = score;
      }
    }
    return best ? this.resolveName(best.name, best.role) : null;
  }

  /** A speaker object for a name and role without registering it. */
  private peek(name: string, role: string | null): Speaker {
    return { id: slug(name), name, role, kind: 'person', aliases: [] };
  }

  private resolveName(fullName: string, abbreviatedRole: string | null, fromRun = false): Speaker {
    // `Realtor Ghulam`, `Both Johnson`: a word the article writes in lower case, before a name, is not part of it.
    const tokens = fullName.split(/\s+/u);
    // `Helen Adeyemi KC` is Helen Adeyemi.
    while (tokens.length > 2 && POST_NOMINALS.has(tokens.at(-1)!.replace(/[.,]+$/u, ''))) tokens.pop();
    let leading = 0;
    while (
      !fromRun &&
      !isOrganisationName(fullName) &&
      leading < tokens.length - 1 &&
      (this.commonWords.has(tokens[leading]!.toLowerCase()) || SENTENCE_OPENERS.has(tokens[leading]!.toLowerCase())) &&
      /^\p{Lu}\p{Ll}/u.test(tokens[leading]!)
    )
      leading++;
    const name = tokens.slice(leading).join(' ');
    const described = tokens.slice(0, leading).filter((w) => !SENTENCE_OPENERS.has(w.toLowerCase()));
    const role = (abbreviatedRole && expandTitles(abbreviatedRole)) || (described.length > 0 ? described.join(' ') : null);
    const nameWords = nameTokens(name);
    // A surname alone (or a first name) is the person the article named in full with it; the surname first.
    const byWord = (position: 'last' | 'any'): Speaker | undefined =>
      this.speakersByNameWord.with(nameWords[0]).find((s) => {
        if (s.kind !== 'person' || isJointName(s.name)) return false;
        const tokens = nameTokens(s.name);
        return position === 'last' ? tokens.length > 1 && tokens.at(-1) === nameWords[0] : tokens.includes(nameWords[0]!);
      });
    // A surname of two words (`Dal Monte`, `De Niro`) is the person named in full with it (`Ines Dal Monte`).
    const bySurname = (): Speaker | undefined =>
      this.speakersByNameWord.with(nameWords[0]).find((s) => {
        const tokens = nameTokens(s.name);
        return (
          s.kind === 'person' &&
          !isJointName(s.name) &&
          tokens.length > nameWords.length &&
          nameWords.every((word, i) => tokens[tokens.length - nameWords.length + i] === word)
        );
      });
    const known =
      this.speakersByKey.get(nameKey(name)) ??
      (nameWords.length === 1 ? (byWord('last') ?? byWord('any')) : nameWords.length === 2 ? bySurname() : undefined);
    // One registered under a first word capitalised only where a sentence starts (`Late Moreau penalty sends…`, a
    // headline's subject) gives way to the run naming them where no sentence starts (`substitute Théo Moreau`).
    const doubtful = known !== undefined && known.name !== name && this.startsOnlySentences(known.name) === 1;
    // A surname alone: the article's longest run that ends with it gives the full name and title. (An initialism
    // is a body's whole name: `CBP` is not the `CBP McAllen` of `the CBP McAllen facility`.)
    const fuller = (!known || doubtful) && nameWords.length === 1 && !isOrganisationName(name) ? this.fullerRun(nameWords[0]!) : undefined;
    const existing = known && !(doubtful && fuller && this.startsOnlySentences(fuller.name) === 0) ? known : undefined;
    if (existing) {
      if (!existing.role && role) existing.role = role;
      return existing;
    }
    if (fuller) return this.resolveName(fuller.name, role ?? fuller.role, true);
    // `Mr Wilk's widow, Agnieszka,`: a given name alone, written as a relative of someone named by surname, is
    // the relative's surname too.
    const kin = !known && nameWords.length === 1 && !isOrganisationName(name) ? this.kinName(name) : undefined;
    if (kin) return this.resolveName(kin.name, role ?? kin.role, true);
    // `Evergreen said in a statement` after `run by Evergreen Living Group`: a body's first word alone is the body.
    const body = !known && nameWords.length === 1 ? this.fullerBody(nameWords[0]!) : undefined;
    if (body) return this.addAlias(this.resolveName(body, role, true), name);
    // `TADA` when the article names the `Tennis Anti-Doping Authority`: the body, by the name that spells it out.
    const spelled = known
      ? undefined
      : INITIALISM_NAME.test(name)
        ? this.spelledOutName(name)
        : ACRONYM_WORD.test(name)
          ? this.acronymWordName(name)
          : undefined;
    if (spelled) return this.addAlias(this.resolveName(spelled, role, true), name);
    const kind: EntityKind =
      isOrganisationName(name) || (nameWords.length === 1 && this.placeLike.has(name)) || this.writtenAsBody(name)
        ? 'organisation'
        : 'person';
    return this.register({ name, role, kind });
  }

  /**
   * `the Amalgamated Rail Workers union`: a name the article writes after `the` and before a lower-case word for a body
   * is that body's name, not a person's (a person is not `the Ana Ruiz union`); but `the Joe Biden administration` is
   * named after its leader.
   */
  private writtenAsBody(name: string): boolean {
    if (!this.bodiesByContext) {
      this.bodiesByContext = new Set();
      for (const match of this.articleText.matchAll(NAME_BEFORE_BODY_WORD)) {
        if (ORGANISATION_WORDS.has(match[2]!) && !LEADERS_BODY_WORDS.has(match[2]!)) this.bodiesByContext.add(nameKey(match[1]!));
      }
    }
    return this.bodiesByContext.has(nameKey(name));
  }

  /** The name the article spells out an initialism written as a word with (`Defra`), given in brackets after it. */
  private acronymWordName(word: string): string | undefined {
    this.acronymWords ??= acronymWordsSpelledOut(this.articleText);
    return this.acronymWords.get(word);
  }

  /** The one name of the article that spells out an initialism (spelledOut), if it gives exactly one. */
  private spelledOutName(initialism: string): string | undefined {
    if (!this.spellings.has(initialism)) {
      const isCommon = (word: string): boolean => this.commonWords.has(word.toLowerCase()) || SENTENCE_OPENERS.has(word.toLowerCase());
      this.capitalisedRuns ??= capitalisedRuns(this.articleText);
      const names = spelledOut(this.capitalisedRuns, initialism, isCommon);
      this.spellings.set(initialism, names.length === 1 ? names[0] : undefined);
    }
    return this.spellings.get(initialism);
  }

  private register(fields: { name: string; role: string | null; kind: EntityKind }): Speaker {
    const key = nameKey(fields.name);
    const existing = this.speakersByKey.get(key);
    if (existing) return existing;
    const tokens = fields.name.split(/\s+/u);
    const aliases = fields.kind === 'person' && tokens.length > 1 ? [tokens[0]!, tokens.at(-1)!] : [];
    const speaker: Speaker = { id: slug(fields.name), ...fields, aliases };
    this.speakers.push(speaker);
    this.speakersByKey.set(key, speaker);
    this.speakersByNameWord.add(speaker);
    return speaker;
  }

  /** The body of this name, registered the first time. */
  private bodyNamed(name: string): Speaker {
    return this.speakersByKey.get(nameKey(name)) ?? this.register({ name, role: null, kind: 'organisation' });
  }

  private addAlias(speaker: Speaker, alias: string): Speaker {
    if (!speaker.aliases.includes(alias)) speaker.aliases.push(alias);
    return speaker;
  }
}
