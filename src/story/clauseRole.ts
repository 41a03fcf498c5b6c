import { lookupTable } from './lookupTable.js';

/**
 * What a relative clause beside a name says the speaker is, as a noun phrase, or null when it says what they did or
 * say instead. `who heads the Steel Producers Association` is `head of the Steel Producers Association`, `which
 * operates the ferry` is `operator of the ferry`, `who is the club's treasurer` is `the club's treasurer`; `who has
 * lived on Mill Lane for years` and `which says it speaks for 600 owners` make no role.
 */

/**
 * Verbs by which someone heads, owns or works a thing for others, each with the noun for whoever does so: general
 * English. (`runs` only of a person: a body that runs a competition is not its head.)
 */
const AGENT_NOUNS = lookupTable<string>({
  heads: 'head',
  leads: 'leader',
  runs: 'head',
  chairs: 'chair',
  directs: 'director',
  manages: 'manager',
  owns: 'owner',
  operates: 'operator',
  founded: 'founder',
  'co-founded': 'co-founder',
  cofounded: 'cofounder',
  edits: 'editor',
  wrote: 'author',
  coaches: 'coach',
  represents: 'representative',
  regulates: 'regulator',
  organises: 'organiser',
  organizes: 'organizer',
  publishes: 'publisher',
});

/** A clause's object ends where another verb of the same clause begins, or another clause or a time. */
const OBJECT_END =
  /\s+(?:and|but|or)\s+\p{Ll}.*$|\s+(?:who|whom|which|that|whose|where|when|while|since|until|after|before)\b.*$|\s+(?:in|from)\s+\d.*$/u;

/** More words than this make an object a story of its own rather than what someone heads. */
const MAX_OBJECT_WORDS = 10;

/** `the lawyer who argued the case`: the noun phrase a relative clause follows, without the clause. */
const BEFORE_CLAUSE = /^((?:an?|the)\s.+?|\p{Ll}.+?)\s+(?:who|whose|which|that)(?:\s|$)/u;

export function roleOfClause(clause: string, ofPerson: boolean): string | null {
  const text = clause.trim().replace(/[\s,.;:]+$/u, '');
  // `who is the club's treasurer`, `who is now chief executive of Acme`: what the clause says they are.
  const is = /^who\s+is\s+(?:now\s+|also\s+)?((?:an?|the)\s.+|\p{Lu}[\p{L}\p{M}.&-]*(?:\s+\p{Lu}[\p{L}\p{M}.&-]*)*['\u2019]s\s.+)$/u.exec(
    text,
  );
  if (is) return objectOf(is[1]!);
  const verb = /^(?:who|which|that)\s+([\p{Ll}-]+)\s+(.+)$/u.exec(text);
  const noun = verb ? AGENT_NOUNS[verb[1]!] : undefined;
  if (!verb || !noun || (!ofPerson && verb[1] === 'runs')) return null;
  const object = objectOf(verb[2]!);
  return object ? `${noun} of ${object}` : null;
}

/** A description, then a relative clause: the description alone (`the lawyer`, of `the lawyer who argued the case`). */
export function withoutClause(description: string): string {
  return BEFORE_CLAUSE.exec(description)?.[1] ?? description;
}

function objectOf(words: string): string | null {
  const object = words.replace(OBJECT_END, '').trim();
  const count = object.split(/\s+/u).length;
  // An object is a thing named, not a clause of its own (`it represents…`) nor a figure alone.
  if (!object || count > MAX_OBJECT_WORDS || /^(?:it|they|he|she|to)\b/u.test(object) || /^\d+$/u.test(object)) return null;
  return object;
}
