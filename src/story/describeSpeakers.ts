import { roleOfClause } from './clauseRole.js';
import { SPEECH_VERB_SET, TITLE_WORDS } from './speechPatterns.js';
import type { Paragraph, Speaker } from './types.js';

/**
 * What the article calls each person besides their name, wherever it names them in full: the appositive after
 * the name (`Kurt Volker, former special envoy to Kyiv,`), the describing words before it (`quarterback Aaron
 * Rodgers`, `“Parasite” director Bong Joon Ho`), or a description that the name follows (`The mayor of Surabaya,
 * Tri Rismaharini,`). A member who asks for `/quote quarterback` means the person the article calls so.
 */

const MAX_WORDS = 14;
/** How far around a name its description is looked for. */
const WINDOW = 200;
const APPOSITIVE_AFTER = /^,\s+([^,.;\n]+(?:,\s+(?:an?|the)\s[^,.;\n]+)?)[,.;]/u;
const DESCRIBED_BEFORE =
  /((?:[\u201C"][^\u201D"]{1,40}[\u201D"]\s+|(?<=\s\p{Ll}+\s)\p{Lu}\p{L}+\s+)?(?<![\p{L}\p{N}'\u2019-])(?:\p{Ll}[\p{L}-]*\s+){1,3})$/u;
const OFFICE_BEFORE = /\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+([^,.;\n]{3,80}),\s+$/u;
/** Another full name and `and` just before a name (`Jennifer Doudna and `). */
const JOINED_BEFORE = /(?<![\p{L}'\u2019])\p{Lu}[\p{L}\p{M}'\u2019-]+(?:\s+\p{Lu}[\p{L}\p{M}'\u2019.-]*)+\s+and\s+$/u;
/** Words that describe a role word after them: a title (`chief`), a quoted title, or an adjective by its ending. */
const DESCRIBING = new RegExp(
  `^(?:[\\u201C"].*[\\u201D"]|\\p{Lu}\\p{L}+|${[...TITLE_WORDS].join('|')}|\\p{Ll}+(?:ive|al|ic|ary|ant|ent|ior|ish|an|ese))$`,
  'u',
);
/** Words that link a clause to a name rather than describe the person (a connective too: `Netanyahu, however, said`). */
const LINKING =
  /^(?:however|meanwhile|though|too|instead|nonetheless|nevertheless|therefore|of|and|or|but|by|for|to|with|from|in|on|at|the|a|an|as|said|says|told|than|including|where|when|while|who|which|that|was|were|is|are|be|been|has|had|have|not|also|then|after|before|like|between|against|about|over|under|into|only|even|both|each|all)$/u;
/** Prepositions that open where or when, after what someone is: a long description may end before one. */
const TRAILING_PREPOSITION = /^(?:on|in|at|with|during|since|after|before|over|from)$/u;
/** Words that end a description: what follows is a clause, not what the person is. */
const CLAUSE = /(?:^|\s+)(?:who|which|that|whose|where|when|said|says|told|and said)\b.*$/iu;

function clean(description: string): string | null {
  let words = description
    // (`Angela Torres, 61, a medical billing clerk`: her age is no part of what she is.)
    .replace(/^\d{1,3},\s+(?=\S)/u, '')
    .replace(CLAUSE, '')
    .replace(/[\s,.;:]+$/u, '')
    .trim()
    .split(/\s+/u)
    .filter(Boolean);
  // A long appositive says what someone is first, then where or when (`a top aide to Vice President Pence on the
  // July 25 call with…`): it is kept up to the last such preposition within the limit.
  if (words.length > MAX_WORDS) {
    const cut = words.slice(0, MAX_WORDS + 1).findLastIndex((word, i) => i >= 3 && TRAILING_PREPOSITION.test(word));
    if (cut > 0) words = words.slice(0, cut);
  }
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  const text = words.join(' ');
  // A description says what someone is: it opens with an article, a lower-case word, a possessive or a quoted title;
  // or it names where they work before their title (`Washington State Department of Health public information officer`).
  const opensAsDescription = /^(?:an?\s|the\s|\p{Ll}|\p{Lu}[\p{L}-]*['\u2019]s\s|[\u201C"\u2018])/u.test(text);
  const endsWithTitle = words.length >= 2 && TITLE_WORDS.has(words.at(-1)!.toLowerCase());
  if (!opensAsDescription && !endsWithTitle) return null;
  // An age, a party and state, or a verb phrase (`speaking to reporters`) is not one.
  const first = words[0]!;
  // Nor is a verb of speech (`wrote Leah Park`).
  if (
    /^(?:an?\s+)?\d+(?:-year-old)?$/u.test(text) ||
    /^\p{Ll}+(?:ing|ed)\b/u.test(text) ||
    SPEECH_VERB_SET.has(first) ||
    (LINKING.test(first) && !/^(?:an?|the)$/iu.test(first))
  )
    return null;
  return text;
}

/**
 * The office a description before a name ends with: from the determiner nearest before its last title word (`the
 * government since January and deepens the pressure on the Prime Minister` → `Prime Minister`; `mayor of the city`
 * keeps its `of the city`, which follows the title).
 */
function officeOnly(description: string): string {
  const words = description.split(/\s+/u);
  const title = words.findLastIndex((word) => TITLE_WORDS.has(word.toLowerCase()));
  const opening = words.slice(0, Math.max(0, title)).findLastIndex((word) => /^(?:the|his|her|their|its)$/iu.test(word));
  return opening >= 0 ? words.slice(opening + 1).join(' ') : description;
}

/** A sentence opening with a name, then `is/was a/the …`: what the name is (`Hege is the CEO of DH`). */
const SAYS_WHAT =
  /(?:^|[.!?]\s+|\n)(\p{Lu}[\p{L}\p{M}'\u2019-]+(?:\s+\p{Lu}[\p{L}\p{M}'\u2019-]+){0,3})\s+(?:is|was)\s+((?:an?|the)\s[^,.;\n]+)/gu;

/** A description that ends with a body's name (`the CEO of DH`, `an economist at Northbridge Capital`). */
const ENDS_WITH_BODY =
  /\s(?:of|at|for|with)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}&.'\u2019-]*(?:\s+(?:&|of|and|\p{Lu}[\p{L}\p{M}&.'\u2019-]*))*)$/u;
/** Where a body's own description ends: at what it did or where it is (`the design firm behind the campaign`). */
const BODY_DESCRIPTION_END = /\s+(?:behind|in|at|on|with|from|for|to|that|which|who|whose|where|based|since|said|says)\b.*$/u;

/**
 * `the CEO of DH` where the article says elsewhere `DH, the Spokane advertising, public relations and branding firm
 * behind…`: the body's description joined on, as the article would write it in one appositive (`the CEO of DH, the
 * Spokane … firm`). A list of describing words before the head (`advertising, public relations and branding`) is
 * part of it.
 */
function withBodyDescribed(description: string, text: string): string {
  const body = ENDS_WITH_BODY.exec(description)?.[1];
  if (!body || description.includes(',')) return description;
  const at = text.indexOf(`${body}, `);
  if (at < 0) return description;
  const parts = text
    .slice(at + body.length + 2, at + body.length + 2 + WINDOW)
    .split(/[.;:!?\n]/u)[0]!
    .split(/,\s+/u);
  if (!/^(?:an?|the)\s/u.test(parts[0]!)) return description;
  // `the Spokane advertising, public relations and branding firm`: short parts of a list, closed by `and`.
  const closing = parts.findIndex((part, i) => i > 0 && /\s(?:and|or)\s/u.test(part));
  const listed = closing > 0 && parts.slice(0, closing).every((part) => part.split(/\s+/u).length <= 4);
  const own = (listed ? parts.slice(0, closing + 1).join(', ') : parts[0]!).replace(BODY_DESCRIPTION_END, '');
  const words = own.split(/\s+/u);
  // It names what the body is: a lower-case head word, within the limit.
  if (words.length < 2 || words.length > MAX_WORDS || !/^\p{Ll}+$/u.test(words.at(-1)!)) return description;
  return `${description}, ${own}`;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

export function describeSpeakers(paragraphs: Paragraph[], speakers: Speaker[]): void {
  const text = paragraphs.map((p) => p.text).join('\n');
  // Read once for every speaker: one pass over the article.
  const saysWhatTheyAre = new Map<string, string[]>();
  for (const match of text.matchAll(SAYS_WHAT)) saysWhatTheyAre.set(match[1]!, [...(saysWhatTheyAre.get(match[1]!) ?? []), match[2]!]);
  for (const speaker of speakers) {
    if (speaker.kind !== 'person' || !/\s/u.test(speaker.name)) continue;
    // (The role the attribution gave, too: `president of Acme` where the article says `Acme, a Dunmore design firm`.)
    if (speaker.role) speaker.role = withBodyDescribed(speaker.role, text);
    const found: string[] = [];
    // Only the words around each place the article names them: linear in the article's length.
    for (let at = text.indexOf(speaker.name); at >= 0; at = text.indexOf(speaker.name, at + 1)) {
      const before = text.slice(Math.max(0, at - WINDOW), at);
      const after = text.slice(at + speaker.name.length, at + speaker.name.length + WINDOW);
      if (/^[\p{L}\p{N}]/u.test(after)) continue;
      // `Name, description,` or `Name, description.`
      // (After `led by Name,` only `a/the …` is one: otherwise the comma closes the phrase the name ends, and the
      // sentence's verb follows: `National Unity, led by Viktor Osterhal, won 58 seats`.)
      const agent = /\bby\s+(?:\p{Lu}[\p{L}.-]*\s+)*$/u.test(before);
      const followed = APPOSITIVE_AFTER.exec(after)?.[1];
      // (After `According to Name,` one description only: `According to Helen Marsh, the club's chief executive, the board
      // met…` goes on with its own clause, whose subject is no second description.)
      const according = /\baccording\s+to\s+$/iu.test(before);
      const appositive =
        followed && agent && !/^(?:an?|the)\s/u.test(followed) ? undefined : according ? followed?.split(',')[0] : followed;
      if (appositive) {
        const description = clean(appositive);
        if (description) found.push(description);
        // `…, a former executive who is now CEO of CRISPR Therapeutics`: what the relative clause says they are.
        const now = /\bwho\s+(?:is|was)\s+(?:now\s+)?(.+)$/iu.exec(appositive)?.[1];
        // (`who is leading the response` says what they do, not what they are.)
        if (now && !/^\p{Ll}+ing\b/u.test(now)) found.push(now.trim());
        // `Name, who heads the association,`: what the clause says they are (`head of the association`).
        const clause = roleOfClause(appositive, true);
        if (clause && !now) found.push(clause);
      }
      // `quarterback Name`, `“Parasite” director Name`, `airline boss Name`.
      // `biologists Jennifer Doudna and Emmanuelle Charpentier`: the words before two names joined describe each.
      const joined = JOINED_BEFORE.exec(before);
      const described = DESCRIBED_BEFORE.exec(joined ? before.slice(0, joined.index) : before)?.[1];
      if (described) {
        const words = described.trim().split(/\s+/u);
        // (Of one of them, a plural is a singular: `biologists` → `biologist`.)
        const last = words.at(-1)!;
        if (!TITLE_WORDS.has(last) && TITLE_WORDS.has(last.replace(/s$/u, ''))) words[words.length - 1] = last.replace(/s$/u, '');
        // The word before the name says what they are (`quarterback`); words before it only while they describe
        // too (`chief`, `defensive`, a quoted title): `hit quarterback` is a verb and its object.
        let start = words.length - 1;
        while (start > 0 && DESCRIBING.test(words[start - 1]!)) start--;
        // (Before two names, only a title or trade describes them: `one reason why Ana Ruiz and …` is a clause.)
        const describes = !LINKING.test(words.at(-1)!) && (!joined || TITLE_WORDS.has(words.at(-1)!.toLowerCase()));
        // (`Wikileaks co-founder`: a name before the describing words says whose; what they are is the rest.)
        const whose = /^\p{Lu}/u.test(words[start]!) ? words[start++] : null;
        const rest = describes ? clean(words.slice(start).join(' ')) : null;
        const description = rest && whose ? `${whose} ${rest}` : rest;
        if (description) found.push(description);
      }
      // `The mayor of Surabaya, Name,`, a description that names an office or trade (`the day, Kurt Volker` is a time).
      const office = OFFICE_BEFORE.exec(before)?.[1];
      const description = office ? clean(officeOnly(office)) : null;
      if (description?.split(/\s+/u).some((w) => TITLE_WORDS.has(w.toLowerCase()))) found.push(description);
    }
    // `Doudna, a structural biologist at…,`: an appositive after the surname alone, where no other speaker has it.
    const surname = speaker.name.split(/\s+/u).at(-1)!;
    const shared = speakers.some((other) => other !== speaker && other.name.split(/\s+/u).includes(surname));
    const bySurname = shared
      ? null
      : new RegExp(`(?<![\\p{L}\\p{M}'\u2019-])${escapeRegExp(surname)},\\s+((?:an?|the)\\s[^,.;\\n]+)[,.;]`, 'gu');
    for (const match of bySurname ? text.matchAll(bySurname) : []) {
      const description = clean(match[1]!);
      if (description) found.push(description);
    }
    // `Hege is the CEO of DH, the Spokane firm…`: a sentence that says what they are, by full name or surname.
    for (const said of [...(saysWhatTheyAre.get(speaker.name) ?? []), ...(saysWhatTheyAre.get(speaker.name.split(/\s+/u).at(-1)!) ?? [])]) {
      const description = clean(said);
      if (description?.split(/\s+/u).some((w) => TITLE_WORDS.has(w.toLowerCase()))) found.push(description);
    }
    const descriptions = [...new Set(found.map((d) => withBodyDescribed(d, text)))].filter((d) => d !== speaker.role);
    if (descriptions.length === 0) continue;
    speaker.descriptions = descriptions;
    speaker.role ??= descriptions[0]!;
  }
}
