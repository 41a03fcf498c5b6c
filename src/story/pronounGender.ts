import type { Speaker } from './types.js';

/**
 * Which of `he` and `she` can point back to a person, from what the article itself says of them: the honorific it
 * gives their surname (`Mr Rawlings`, `Ms Brandon`) or a word of their role that says it (`Perth mother Kylie Brandon`,
 * `the club's chairwoman`). Nothing is guessed from a given name. A pronoun that disagrees with the person last
 * mentioned points to the last one it agrees with (`“…,” Mr Rawlings said. For Ms Brandon, that was too dear. “…,” she
 * said`: Brandon's words).
 */
export type Pronoun = 'he' | 'she';

const HONORIFIC_PRONOUNS: Record<string, Pronoun> = { mr: 'he', mrs: 'she', ms: 'she', miss: 'she' };

/** Words of a role or description that say a man or a woman: general English, not any article's. */
const ROLE_WORDS: Record<string, Pronoun> = Object.fromEntries([
  ...'man father husband son brother uncle nephew grandfather grandson boyfriend widower king prince duke lord sir chairman spokesman businessman congressman councilman policeman fireman actor waiter sportsman'
    .split(' ')
    .map((w) => [w, 'he' as const]),
  ...'woman mother wife daughter sister aunt niece grandmother granddaughter girlfriend widow queen princess duchess lady dame chairwoman spokeswoman businesswoman congresswoman councilwoman policewoman actress waitress sportswoman mum mom'
    .split(' ')
    .map((w) => [w, 'she' as const]),
]);

/** Words that link a name to another's, so the words before them describe someone else. */
const LINKING_WORDS = new Set('of and or to with for by from at in on his her their its the said told as than'.split(' '));

/** The surnames the article gives an honorific, each with the pronoun it says; a surname given both is left out. */
export function honorificPronouns(articleText: string): Map<string, Pronoun> {
  const found = new Map<string, Pronoun | null>();
  for (const m of articleText.matchAll(/\b(Mr|Mrs|Ms|Miss)\.?\s+(\p{Lu}[\p{L}\p{M}'\u2019-]+)/gu)) {
    const pronoun = HONORIFIC_PRONOUNS[m[1]!.toLowerCase()]!;
    const surname = m[2]!;
    found.set(surname, found.has(surname) && found.get(surname) !== pronoun ? null : pronoun);
  }
  return new Map([...found].filter((entry): entry is [string, Pronoun] => entry[1] !== null));
}

/**
 * The words the article puts beside a full name wherever it stands: the two before it (`Perth mother Kylie Brandon`)
 * and the appositive after it (`Ana Prieto, the airline's chairwoman,`).
 */
export function wordsBesideName(articleText: string, name: string): string[] {
  const beside: string[] = [];
  for (let at = articleText.indexOf(name); at >= 0; at = articleText.indexOf(name, at + name.length)) {
    // (Words that qualify the name itself: `son of Jane Hale`, `his wife and Tom Hale` say nothing of them.)
    const before = articleText
      .slice(Math.max(0, at - 40), at)
      .trimEnd()
      .split(/\s+/u)
      .slice(-2);
    const cut = before.findLastIndex((word) => !/^\p{L}+$/u.test(word) || LINKING_WORDS.has(word.toLowerCase()));
    beside.push(before.slice(cut + 1).join(' '));
    const appositive = /^,\s+(?!who|whose|which)([^,.;\n]+)/u.exec(articleText.slice(at + name.length, at + name.length + 120));
    if (appositive) beside.push(appositive[1]!);
  }
  return beside;
}

/**
 * The pronoun the article's own words say fits this person, or null when they say nothing (or both): the honorific of
 * their surname, the words of their role and descriptions, and the words beside their name (`beside`).
 */
export function pronounOf(person: Speaker, honorifics: Map<string, Pronoun>, beside: readonly string[] = []): Pronoun | null {
  const said = new Set<Pronoun>();
  const surname = person.name.split(/\s+/u).at(-1);
  const byHonorific = surname ? honorifics.get(surname) : undefined;
  if (byHonorific) said.add(byHonorific);
  for (const text of [person.role ?? '', ...(person.descriptions ?? []), ...beside])
    for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
      const pronoun = ROLE_WORDS[word];
      if (pronoun) said.add(pronoun);
    }
  return said.size === 1 ? [...said][0]! : null;
}
