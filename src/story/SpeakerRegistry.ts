import { nameKey, slug } from './normalize.js';
import {
  HONORIFICS,
  INTERMEDIARY,
  ORGANISATION_WORDS,
  PRONOUNS,
  SPEAKING_GROUPS,
  TITLE_ABBREVIATIONS,
  TITLE_WORDS,
} from './speechPatterns.js';
import type { EntityKind, Speaker } from './types.js';

/**
 * Resolves the ways an article names a speaker — `President Donald Trump`, `Trump`, `the president`,
 * `she`, `@POTUS`, `a spokesperson for the Department of X` — to one canonical entity each.
 * It learns every entity from the article itself; nothing about any particular story is known in advance.
 */

const NAME_TOKEN = String.raw`(?:(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s\p{Lu}\p{Ll})|\p{Lu}[\p{L}\p{M}'\u2019-]*|\d+)`;
const NAME_RUN = new RegExp(
  String.raw`${NAME_TOKEN}(?:\s+(?:(?:of|for|and|&|de|del|la|le|van|von|der|da|bin|al)\s+)?${NAME_TOKEN})*`,
  'gu',
);
const DETERMINER = /^(?:the|a|an)\s+/iu;
/** Words that, before a name, show a clause or a relation rather than a description (`Critics of Jane Doe`). */
const DESCRIPTION_BREAKERS = new Set(
  'of for and or but to with by from about against than as the a an his her their its our my your this that these those no not'.split(' '),
);

/** Words that open sentences with a capital but name no one. */
const SENTENCE_OPENERS = new Set(
  (
    'he she they it we i you no not some most many all several few both each every other such this that these those its ' +
    'their his her our my your there here one none any another either neither much more less what which who when where why how'
  ).split(' '),
);
const POSSESSOR = /^(?:the\s+)?[\p{L}-]+(?:'s|\u2019s)\s+/iu;

/**
 * Handles that stand for an office rather than a person: the office's title words. General knowledge of
 * how heads of state post, not of any story: `@POTUS` is the President of the United States.
 */
const OFFICE_HANDLES: Record<string, string[]> = {
  potus: ['president'],
  vp: ['vice', 'president'],
  flotus: ['first', 'lady'],
};

/** The parts of a capitalised run: its title words and the name after them. */
export function splitTitle(run: string): { role: string | null; name: string } {
  const tokens = run.split(/\s+/u).filter(Boolean);
  let lastTitle = -1;
  tokens.forEach((token, index) => {
    const word = token.toLowerCase().replace(/[.'\u2019]+$/u, '');
    if (TITLE_WORDS.has(word) || HONORIFICS.has(word)) lastTitle = index;
  });
  const roleTokens = tokens.slice(0, lastTitle + 1).filter((t) => !HONORIFICS.has(t.toLowerCase().replace(/\.$/u, '')));
  const name = tokens.slice(lastTitle + 1).join(' ');
  return { role: roleTokens.length > 0 ? roleTokens.join(' ') : null, name };
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

function isOrganisationName(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/u);
  return words.includes('of') || words.some((w) => ORGANISATION_WORDS.has(w)) || /\d/u.test(name);
}

function words(text: string): string[] {
  return nameKey(text).split(' ').filter(Boolean);
}

export class SpeakerRegistry {
  private readonly speakers: Speaker[] = [];
  private readonly runs: string[];
  private readonly placeLike: Set<string>;
  private lastPerson: Speaker | null = null;
  private lastOrganisation: Speaker | null = null;

  constructor(articleText: string) {
    // A run keeps an abbreviated title just before it (`Gov. Ron Whitley`), which the run itself stops at.
    this.runs = [...articleText.matchAll(NAME_RUN)].map((m) => {
      const title = /\b(\p{Lu}\p{Ll}{1,4})\.\s+$/u.exec(articleText.slice(Math.max(0, m.index - 8), m.index))?.[1];
      const run = m[0].replace(DETERMINER, '').replace(/['\u2019]s$/u, '');
      return title && TITLE_ABBREVIATIONS[title.toLowerCase()] ? `${title}. ${run}` : run;
    });
    this.placeLike = new Set(
      [...articleText.matchAll(/\b(?:in|to|from|into|across|of|inside|outside)\s+(\p{Lu}[\p{L}]+)\b/gu)].map((m) => m[1]!),
    );
  }

  all(): Speaker[] {
    return [...this.speakers];
  }

  /** Notes that the text just mentioned this entity, for later pronouns. */
  noteMention(speaker: Speaker): void {
    if (speaker.kind === 'person') this.lastPerson = speaker;
    else this.lastOrganisation = speaker;
  }

  /** Resolves a noun phrase naming a speaker; `role` is an appositive the text gave beside it. */
  resolve(phrase: string, appositive: string | null = null): Speaker | null {
    let np = phrase
      .trim()
      .replace(/^[.\s]+/u, '')
      .replace(/[\s,.;:]+$/u, '')
      .replace(/['\u2019]s$/u, '');
    if (!np) return null;
    const lower = np.toLowerCase();
    if (PRONOUNS.has(lower)) {
      const found = lower === 'he' || lower === 'she' || lower === 'i' ? this.lastPerson : (this.lastOrganisation ?? this.lastPerson);
      return found;
    }
    const handle = /^@(\w+)$/u.exec(np);
    if (handle) return this.resolveHandle(handle[1]!);

    const intermediary = INTERMEDIARY.exec(np);
    if (intermediary) np = intermediary[1]!.trim();
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
      return this.register({ name: np.charAt(0).toLowerCase() + np.slice(1), role: null, kind: 'organisation' });
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
        const { role, name } = splitTitle(person.run);
        const title = [person.prefix, role].filter(Boolean).join(' ');
        return this.resolveName(name, [title, np.slice(affiliation[1]!.length).trim()].filter(Boolean).join(' '));
      }
    }
    const withoutPossessor = np.replace(POSSESSOR, '');
    const headIsLower = /\s\p{Ll}[\p{L}-]*$/u.test(np) || /^\p{Ll}[\p{L}-]*$/u.test(np);
    if (DETERMINER.test(np) && headIsLower) return this.resolveDescription(np);
    const named = lastNameRun(withoutPossessor.replace(DETERMINER, ''));
    if (!named) return this.resolveDescription(np);
    const { role, name } = splitTitle(named.run);
    // An honorific (`Dr.`) is no role: the appositive, if any, says what she is.
    const prefix = named.prefix?.split(/\s+/u).every((w) => HONORIFICS.has(w.toLowerCase().replace(/\.$/u, ''))) ? null : named.prefix;
    const fullRole = [prefix, role].filter(Boolean).join(' ') || null;
    if (!name) return this.resolveDescription(named.run);
    return this.resolveName(name, fullRole ?? this.roleFromAppositive(appositive));
  }

  private roleFromAppositive(appositive: string | null): string | null {
    // `speaking to reporters afterward`, `asked about the poll`: what they were doing, not what they are.
    if (!appositive || /^\p{Ll}+(?:ing|ed)\b/u.test(appositive)) return null;
    const role = appositive.replace(/[\s.,;]+$/u, '');
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
      const holder = this.bestRoleMatch(wanted, false);
      if (holder) return holder;
      const fromRuns = this.runs
        .map((run) => splitTitle(run))
        .find((parts) => parts.role && parts.name && words(parts.role).includes(head));
      if (fromRuns) return this.resolveName(fromRuns.name, fromRuns.role);
    }
    // A phrase with a figure in it (`rates … fell to 81% last year`) is a clause, not a description of who speaks.
    if (/\d/u.test(description)) return null;
    const name = description.replace(/^(?:The|A|An)\s/u, (m) => m.toLowerCase());
    return this.register({ name, role: null, kind: 'organisation' });
  }

  /** The known person whose role best fits the words; `unqualified` prefers a role with no other word. */
  private bestRoleMatch(wanted: string[], unqualified: boolean): Speaker | null {
    let best: Speaker | null = null;
    let bestScore = 0;
    const candidates = [...this.speakers];
    for (const run of this.runs) {
      const parts = splitTitle(run);
      if (parts.role && parts.name) candidates.push(this.peek(parts.name, parts.role));
    }
    for (const speaker of candidates) {
      if (!speaker.role) continue;
      const roleWords = words(speaker.role);
      if (!wanted.every((w) => roleWords.includes(w)) && !roleWords.includes(wanted.at(-1)!)) continue;
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

  private resolveName(name: string, abbreviatedRole: string | null): Speaker {
    const role = abbreviatedRole && expandTitles(abbreviatedRole);
    const nameWords = words(name);
    const existing =
      this.speakers.find((s) => nameKey(s.name) === nameKey(name)) ??
      (nameWords.length === 1 ? this.speakers.find((s) => s.kind === 'person' && words(s.name).includes(nameWords[0]!)) : undefined);
    if (existing) {
      if (!existing.role && role) existing.role = role;
      return existing;
    }
    if (nameWords.length === 1) {
      // A surname alone: the article's longest run that ends with it gives the full name and title.
      const fuller = this.runs
        .map((run) => splitTitle(run))
        .filter((parts) => {
          const w = words(parts.name);
          return w.length > 1 && (w.at(-1) === nameWords[0] || w[0] === nameWords[0]) && !isOrganisationName(parts.name);
        })
        .sort((a, b) => Number(Boolean(b.role)) - Number(Boolean(a.role)))[0];
      if (fuller) return this.resolveName(fuller.name, role ?? fuller.role);
    }
    const kind: EntityKind = isOrganisationName(name) || (nameWords.length === 1 && this.placeLike.has(name)) ? 'organisation' : 'person';
    return this.register({ name, role, kind });
  }

  private register(fields: { name: string; role: string | null; kind: EntityKind }): Speaker {
    const existing = this.speakers.find((s) => nameKey(s.name) === nameKey(fields.name));
    if (existing) return existing;
    const tokens = fields.name.split(/\s+/u);
    const aliases = fields.kind === 'person' && tokens.length > 1 ? [tokens[0]!, tokens.at(-1)!] : [];
    const speaker: Speaker = { id: slug(fields.name), ...fields, aliases };
    this.speakers.push(speaker);
    return speaker;
  }

  private addAlias(speaker: Speaker, alias: string): Speaker {
    if (!speaker.aliases.includes(alias)) speaker.aliases.push(alias);
    return speaker;
  }
}
