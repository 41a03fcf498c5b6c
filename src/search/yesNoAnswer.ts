import { analyze } from './analyzer.js';

/**
 * The yes/no stage of `/ask`: what a sentence that says whether something is so has. A yes/no question names what it
 * asks about and what it asks of it; the story answers `no` in a denial, which says the predicate its own way
 * (`found no alcohol` for `Was the officer drunk?`, `no teachers would lose their jobs` for `Will teachers be laid
 * off?`), and answers `will…` by saying what will happen, in its own words (`Havilland would sign the measure` for
 * `Is the mayor going to approve the cap?`). General English: the words of negation and their reach, and the ways
 * English speaks of what is to come.
 */

/** What a yes/no question asks, for reading its candidates: the terms it asks about and whether it asks what will happen. */
export interface YesNoChecks {
  /** The question's terms that weigh for coverage: its words' own and the story's words for them. */
  asked: ReadonlySet<string>;
  /** `Will…`, `would…`, `is the mayor going to…`: it asks what will happen. */
  future: boolean;
  /**
   * `Were any pupils inside?`: the place among the question's words of the noun after `any`, and whether it names a
   * person (-1 when none): `no one`, `nobody` or `none` answers for it (see deniesAny).
   */
  any: { group: number; person: boolean } | null;
}

/**
 * `Were any pupils inside?`: the place among the question's words (`words`) of the noun after `any` (a word may stand
 * between: `any young pupils`), -1 when none.
 */
export function anyNounGroup(question: string, words: readonly string[], isNoun: (word: string) => boolean): number {
  const match = /\bany\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/iu.exec(question);
  if (!match) return -1;
  // (The question's words are in lower case: `any Australians` is the group of `australians`.)
  for (const word of [match[1]?.toLowerCase(), match[2]?.toLowerCase()]) {
    const group = word ? words.indexOf(word) : -1;
    if (group >= 0 && isNoun(word!)) return group;
  }
  return -1;
}

/** Words that deny there is anyone (`no one was inside`, `nobody was hurt`, `none of them`). */
const NOBODY = /\b(?:no\s+one|nobody|none)\b/iu;
/** Words that deny there is anything (`nothing was taken`, `none of it`); `nothing like`, `nothing but` compare, and deny nothing. */
const NOTHING = /\b(?:nothing(?!\s+(?:like|but|short\s+of|less|more)\b)|none)\b/iu;

/**
 * Does a text deny there is any of what the question asks about (`any pupils`): `no one`, `nobody`, `none` for a
 * person; `nothing`, `none` for a thing? It says so of every person or thing, so of those asked about too.
 */
export function deniesAny(text: string, person: boolean): boolean {
  return (person ? NOBODY : NOTHING).test(text);
}

/**
 * A word that denies what follows it in its clause: `not`, `never`, a contracted `n't`, `cannot`, `no` and the words
 * made of it (`nobody`, `none`, `nothing`, `no one`), `neither`, `nor`, `without`, and `unlikely` (`is unlikely to
 * replace`).
 */
const NEGATION = /\b(?:not|never|no|nobody|none|nothing|neither|nor|without|unlikely|cannot)\b|\p{L}n['\u2019]t\b/giu;
const HAS_NEGATION = new RegExp(NEGATION.source, 'iu');

/**
 * Where a denial's reach ends: a clause's punctuation, or a word opening another clause (`but`, `because`, `while`…).
 * What comes after says something else.
 */
const CLAUSE_END =
  /[,;:.!?()\u2014\u2013"\u201C\u201D]|\s-\s|\b(?:but|because|although|though|while|whereas|since|so|yet|unless|until|after|before|when|if)\b/iu;

/** How many words after a negation it reaches at most, within its clause. */
const REACH = 12;

/**
 * The analysed terms a text denies: those after a negation in the same clause, within REACH words (`no teachers would
 * lose their jobs` denies `teacher`, `lose`, `job`; `did not accept the offer` denies `accept`, `offer`). English puts
 * what is denied after the word that denies it: what the clause says before it (its subject, when the negation is on its
 * verb) is not denied, and nothing past a comma or a `but` is.
 */
export function deniedTerms(text: string): Set<string> {
  const denied = new Set<string>();
  for (const match of text.matchAll(NEGATION)) {
    const after = text.slice(match.index + match[0].length);
    const end = CLAUSE_END.exec(after);
    const clause = (end ? after.slice(0, end.index) : after).split(/\s+/u).filter(Boolean).slice(0, REACH).join(' ');
    for (const term of analyze(clause)) denied.add(term);
  }
  return denied;
}

/**
 * Does a text deny something a yes/no question asks? One of the question's terms (`asked`) stands after a negation in
 * the same clause (see deniedTerms): `He said no teachers would lose their jobs` answers `Will teachers be laid off?`.
 */
export function deniesAsked(text: string, asked: ReadonlySet<string>): boolean {
  if (!HAS_NEGATION.test(text)) return false;
  for (const term of deniedTerms(text)) if (asked.has(term)) return true;
  return false;
}

/** `Will…`, `Would…`, `Is the mayor going to…`: a yes/no question about what will happen. */
const ASKS_WHAT_WILL_HAPPEN = /^\s*(?:will|would|won['\u2019]?t|(?:is|are|am)\s+(?:\S+\s+){1,4}?going\s+to)\b/iu;

/**
 * The ways English says what will happen: `will`, `would` (not `would have`, which says what did not), `going to`,
 * `plans to`, `expects to`, `is set to`, and their denials (`won't`).
 */
const SAYS_WHAT_WILL_HAPPEN =
  /\b(?:will|would(?!\s+(?:not\s+)?have\b)|won['\u2019]?t|going\s+to|plan(?:s|ned)?\s+to|expect(?:s|ed)?\s+to|(?:is|are|was|were)\s+set\s+to)\b/iu;

export function asksWhatWillHappen(question: string): boolean {
  return ASKS_WHAT_WILL_HAPPEN.test(question);
}

export function saysWhatWillHappen(text: string): boolean {
  return SAYS_WHAT_WILL_HAPPEN.test(text);
}

/**
 * Does a text answer a yes/no question in its own words: deny something it asks, or, when it asks what will happen,
 * say what will? Such a sentence needs less of the question's words (see AnswerWeights.yesNoCoverage).
 */
export function answersInOwnWords(text: string, checks: YesNoChecks): boolean {
  return deniesAsked(text, checks.asked) || (checks.future && saysWhatWillHappen(text));
}
