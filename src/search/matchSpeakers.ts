import { stemmer } from 'stemmer';
import { nameKey } from '../story/normalize.js';
import { TITLE_WORDS } from '../story/speechPatterns.js';
import type { Speaker } from '../story/types.js';
import { STOP_WORDS } from './analyzer.js';
import { lookupTable } from '../story/lookupTable.js';
import { boundedMemo } from './boundedMemo.js';

/**
 * Which speakers a query names, by name, first name, surname, handle or role, forgiving small typos and
 * unfinished words (`sheinbaun`, `trum`). A name word weighs more than a role word: `president trump`
 * is Donald Trump even where another speaker is a president too.
 */

export interface SpeakerMatch {
  speaker: Speaker;
  score: number;
  /** Indexes of the query words this speaker accounts for. */
  covered: Set<number>;
}

const NAME_WEIGHT = 3;
/** Enough to rank a person above an organisation matched as well, so that only the person counts as named. */
const PERSON_PREFERENCE = 0.6;
const ROLE_WEIGHT = 1;

/** Two rows of the edit distance table, reused from one call to the next (grown when a word is longer). */
let rows = [new Int32Array(32), new Int32Array(32)] as const;

export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Each letter of `a` that `b` lacks costs an edit however `a` is aligned with `b` or any start of it: with more of
  // them than `limit`, every row of the table below would end over the limit.
  let lacking = 0;
  for (let i = 0; i < a.length; i++) if (!b.includes(a[i]!) && ++lacking > limit) return limit + 1;
  if (rows[0].length <= b.length) rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let previous = rows[0];
  let current = rows[1];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const letter = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = letter === b.charCodeAt(j - 1) ? 0 : 1;
      const distance = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = distance;
      if (distance < rowMin) rowMin = distance;
    }
    if (rowMin > limit) return limit + 1;
    const done = previous;
    previous = current;
    current = done;
  }
  return previous[b.length]!;
}

const ADJECTIVE_ENDINGS = /^(?:an|ian|ean|ese|ish|i|al|ial|ic|ical)$/u;

/** A place and its adjective, a noun and its adjective: `mexico` ~ `mexican`, `president` ~ `presidential`. */
function sameWordAsAdjective(a: string, b: string): boolean {
  // No pair destructured: this runs for every speaker word on every question.
  const shorter = a.length <= b.length ? a : b;
  const longer = a.length <= b.length ? b : a;
  let common = 0;
  while (common < shorter.length && shorter[common] === longer[common]) common++;
  return common >= 5 && common >= shorter.length * 0.8 && ADJECTIVE_ENDINGS.test(longer.slice(common));
}

/** Stems already computed: the same few names and typed words are compared again and again. */
const stemOf = boundedMemo(50_000, stemmer);

/** Does a typed word stand for a word of a name? Exact, same stem, a typo, or the start of it. */
export function wordMatches(typed: string, word: string, anyPrefix = false): boolean {
  return typedWordMatches(typed, typed.length >= 3 ? stemOf(typed) : '', word, anyPrefix);
}

/** wordMatches with the typed word's stem already worked out (any string when it is shorter than three letters). */
function typedWordMatches(typed: string, typedStem: string, word: string, anyPrefix: boolean): boolean {
  if (typed === word) return true;
  if (typed.length >= 3 && typedStem === stemOf(word)) return true;
  if (typed.length >= (anyPrefix ? 1 : 3) && word.startsWith(typed) && (anyPrefix || typed.length >= word.length - 2)) return true;
  if (sameWordAsAdjective(typed, word)) return true;
  // A title typed in full is no typo of another word (`minister` is not `ministry`).
  if (TITLE_WORDS.has(typed)) return false;
  const limit = typed.length >= 8 ? 2 : typed.length >= 5 ? 1 : 0;
  return limit > 0 && editDistance(typed, word, limit) <= limit;
}

function descriptorWords(text: string): string[] {
  return nameKey(text)
    .replace(/@/gu, '')
    .split(' ')
    .filter((w) => w && !STOP_WORDS.has(w) && w !== 's');
}

/** A role that is a relative clause (`who has lived on River Road`) describes; it does not name. */
function roleWords(role: string | null): string[] {
  if (!role || /^(?:who|which|that|whose)\b/iu.test(role)) return [];
  return spelledOut(descriptorWords(role));
}

/** A role's abbreviations with the words they stand for beside them: `CEO` is a chief executive, named by `chief`. */
function spelledOut(words: string[]): string[] {
  return words.flatMap((word) => {
    const expansion = ROLE_ABBREVIATIONS[word];
    return expansion ? [word, ...expansion.split(' ')] : [word];
  });
}

/**
 * The word of a role that says what the person is: the last word before what they belong to, as
 * `president` in `president of the Harbor Workers Union` and `spokesman` in `Union spokesman`.
 * `union president` names her; `workers union` names the union.
 */
function roleHeadWords(role: string | null): string[] {
  const head = role?.split(/\s+(?:of|at|for|with|in|on)\s+|,/iu)[0];
  if (!head || /^(?:who|which|that|whose)\b/iu.test(head)) return [];
  return spelledOut(descriptorWords(head).slice(-1));
}

/**
 * An organisation's name split at a possessive: `the governor's office` is an office, named by `office`;
 * `governor` only describes whose it is, as a role word would.
 */
function organisationNameParts(name: string): { names: string[]; roles: string[]; heads: string[] } {
  // An unnamed group (`fire officials`, `officials in Washington`) is named by its head alone; the rest only
  // describes it, so `fire` is a topic, not these officials.
  if (/^\p{Ll}/u.test(name)) {
    const words = descriptorWords(name.split(/\s+(?:in|at|from|of|for|with|on)\s+/u)[0]!);
    return { names: words.slice(-1), roles: [], heads: [] };
  }
  const possessive = /^(.*)['\u2019]s\s+(.+)$/u.exec(name);
  if (!possessive) {
    // `Sugar Commissioner`: a body named after an office is named by its other words; the office's words describe it,
    // as a role's do (`deputy commissioner` names the deputy rather than this office).
    const words = descriptorWords(name);
    const offices = words.filter((word) => TITLE_WORDS.has(word));
    if (offices.length > 0 && offices.length < words.length && TITLE_WORDS.has(words.at(-1)!))
      return { names: words.filter((word) => !TITLE_WORDS.has(word)), roles: offices, heads: words.slice(-1) };
    return { names: words, roles: [], heads: [] };
  }
  const possessor = descriptorWords(possessive[1]!);
  return { names: descriptorWords(possessive[2]!), roles: possessor, heads: possessor };
}

/** `patients` asks about many, so it does not name the one person whose role is `patient`. */
function pluralOf(typed: string, role: string): boolean {
  return typed !== role && /[^s]s$/u.test(typed) && !/s$/u.test(role);
}

export interface MatchOptions {
  /** The words are still being typed (autocomplete), so `sh` may start `Sheinbaum`. */
  anyPrefix?: boolean;
  /** Match roles only (`who is the president of Mexico?` asks who holds a role, whoever else it names). */
  rolesOnly?: boolean;
  /**
   * The kinds of a typed word (its narrower senses: `specialist` for `expert`): a role whose head is a kind of the
   * typed word is named by it (`the Ukraine expert` names `a Ukraine specialist`). Asked only for words that name
   * no speaker as typed.
   */
  kindsOf?: (word: string) => readonly string[];
}

/** Abbreviated roles and the words they stand for: general English, for any article. */
const ROLE_ABBREVIATIONS = lookupTable<string>({
  ceo: 'chief executive',
  cfo: 'chief financial',
  coo: 'chief operating',
  cto: 'chief technology',
  pm: 'prime minister',
  ag: 'attorney general',
  da: 'district attorney',
  gov: 'governor',
  sen: 'senator',
  rep: 'representative',
});

/** The words that name or describe a speaker, as matchSpeakers compares them with what is typed. */
interface SpeakerWords {
  /** Words of the name and the aliases. */
  names: string[];
  roles: string[];
  /** The words of a role that say what the person is (see roleHeadWords). */
  heads: string[];
  /** The name and each alias, as words (those with any). */
  wholeNames: string[][];
}

/** What a speaker's words were worked out from: when any of it changes, they are worked out again. */
interface SpeakerWordsSource {
  speaker: Pick<Speaker, 'name' | 'aliases' | 'role' | 'descriptions' | 'kind'>;
  aliasCount: number;
  descriptionCount: number;
}

function sourceOf(speaker: Speaker): SpeakerWordsSource {
  const { name, aliases, role, descriptions, kind } = speaker;
  return { speaker: { name, aliases, role, descriptions, kind }, aliasCount: aliases.length, descriptionCount: descriptions?.length ?? 0 };
}

function sameSource(source: SpeakerWordsSource, speaker: Speaker): boolean {
  const was = source.speaker;
  return (
    was.name === speaker.name &&
    was.aliases === speaker.aliases &&
    was.role === speaker.role &&
    was.descriptions === speaker.descriptions &&
    was.kind === speaker.kind &&
    source.aliasCount === speaker.aliases.length &&
    source.descriptionCount === (speaker.descriptions?.length ?? 0)
  );
}

/** Each speaker's words, worked out once: a speaker is compared with every question and every keystroke. */
const speakerWords = new WeakMap<Speaker, { source: SpeakerWordsSource; words: SpeakerWords }>();

function wordsOf(speaker: Speaker): SpeakerWords {
  const known = speakerWords.get(speaker);
  if (known && sameSource(known.source, speaker)) return known.words;
  const organisation = speaker.kind === 'organisation' ? organisationNameParts(speaker.name) : null;
  const ownNames = organisation ? organisation.names : descriptorWords(speaker.name);
  const described = speaker.descriptions ?? [];
  const words: SpeakerWords = {
    names: [...ownNames, ...speaker.aliases.flatMap(descriptorWords)],
    roles: [...roleWords(speaker.role), ...described.flatMap(roleWords), ...(organisation?.roles ?? [])],
    heads: [...roleHeadWords(speaker.role), ...described.flatMap(roleHeadWords), ...(organisation?.heads ?? [])],
    wholeNames: [speaker.name, ...speaker.aliases].map(descriptorWords).filter((w) => w.length > 0),
  };
  speakerWords.set(speaker, { source: sourceOf(speaker), words });
  return words;
}

/** Does the typed word (with its stem) stand for any of these words (see wordMatches)? */
function matchesAny(typed: string, typedStem: string, words: string[], anyPrefix: boolean): boolean {
  for (const word of words) if (typedWordMatches(typed, typedStem, word, anyPrefix)) return true;
  return false;
}

/** Does any part of a typed word (`ceo`: `chief`, `executive`) stand for one of these role words, and not as a plural? */
function namesRole(parts: string[], stems: string[], roles: string[], anyPrefix: boolean): boolean {
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    for (const role of roles) if (typedWordMatches(part, stems[i]!, role, anyPrefix) && !pluralOf(part, role)) return true;
  }
  return false;
}

export function matchSpeakers(queryWords: string[], speakers: Speaker[], options: MatchOptions = {}): SpeakerMatch[] {
  const anyPrefix = options.anyPrefix ?? false;
  // Arrays filled by push, not made by map: what map gives differs (in the engine's representation) between
  // optimised and unoptimised code, and the loops below, reading both, deoptimised again and again.
  const typed: string[] = [];
  // `ceo` names a chief executive: its words stand in for it, each covering the typed word's place.
  const spelled: string[][] = [];
  // Stems worked out once per query, not once per speaker word compared.
  const typedStems: string[] = [];
  const spelledStems: string[][] = [];
  const stemOfTyped = (word: string): string => (word.length >= 3 ? stemOf(word) : '');
  for (const queryWord of queryWords) {
    const word = nameKey(queryWord).replace(/@/gu, '');
    const parts: string[] = [];
    const partStems: string[] = [];
    for (const part of ROLE_ABBREVIATIONS[word]?.split(' ') ?? [word]) {
      parts.push(part);
      partStems.push(stemOfTyped(part));
    }
    typed.push(word);
    typedStems.push(stemOfTyped(word));
    spelled.push(parts);
    spelledStems.push(partStems);
  }
  const matches: SpeakerMatch[] = [];
  const byName: number[] = [];
  const byRole: number[] = [];
  // Each typed word's kinds, looked up the first time a speaker's role head might be one of them.
  const kinds: Array<readonly string[] | undefined> = [];
  const kindsAt = (index: number): readonly string[] => (kinds[index] ??= options.kindsOf?.(typed[index]!) ?? []);
  for (const speaker of speakers) {
    const described = wordsOf(speaker);
    const names = options.rolesOnly ? [] : described.names;
    const { roles, heads } = described;
    let score = 0;
    byName.length = 0;
    byRole.length = 0;
    // Plain loops, the covered words gathered in arrays reused: this runs for every speaker on every question and keystroke.
    for (let index = 0; index < typed.length; index++) {
      if (matchesAny(typed[index]!, typedStems[index]!, names, anyPrefix)) {
        score += NAME_WEIGHT;
        byName.push(index);
      } else if (namesRole(spelled[index]!, spelledStems[index]!, roles, anyPrefix)) {
        byRole.push(index);
      }
    }
    // Role words name the speaker only with the role's head among them (`union president`, not `workers union`).
    let headed = byRole.some((index) =>
      spelled[index]!.some((part, i) => heads.some((head) => typedWordMatches(part, spelledStems[index]![i]!, head, anyPrefix))),
    );
    // Or a typed word of which the role's head is a kind, beside role words typed as they are (`NSC's Ukraine expert`).
    if (!headed && byRole.length > 0 && options.kindsOf && !anyPrefix) {
      for (let index = 0; index < typed.length && !headed; index++) {
        if (byName.includes(index) || byRole.includes(index)) continue;
        if (kindsAt(index).some((kind) => heads.includes(kind))) {
          byRole.push(index);
          headed = true;
        }
      }
    }
    if (headed) score += ROLE_WEIGHT * byRole.length;
    if (score === 0) continue;
    const covered = new Set(byName);
    if (headed) for (const index of byRole) covered.add(index);
    // A person is who a role names, rather than an office named after it (`the governor` is not `the governor's office`).
    if (speaker.kind === 'person') score += PERSON_PREFERENCE;
    // A whole name or alias typed (`trump` for Donald Trump) outranks a word that only modifies a name
    // (`trump` in `the Trump administration`).
    if (
      described.wholeNames.some((nameWords) =>
        nameWords.every((n) => typed.some((word, i) => typedWordMatches(word, typedStems[i]!, n, false))),
      )
    )
      score += 1;
    // Of two presidents, `president` means the one whose role says no more than that.
    // (A typed abbreviation matches the words it stands for: `ceo` leaves no `chief` or `executive` unmatched.)
    // (A speaker the role did not name, a name did, is not ranked by the role's other words.)
    const unmatchedRoleWords = !headed
      ? 0
      : roles.filter(
          (role) =>
            !typed.some(
              (word, i) =>
                typedWordMatches(word, typedStems[i]!, role, false) ||
                spelled[i]!.some((part, j) => typedWordMatches(part, spelledStems[i]![j]!, role, false)),
            ),
        ).length;
    matches.push({ speaker, score: score - unmatchedRoleWords * 0.1, covered });
  }
  return matches.sort((a, b) => b.score - a.score);
}
