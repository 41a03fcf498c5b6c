import { COMPANY_LEGAL_FORMS } from '../story/speechPatterns.js';
import type { Entry } from '../story/types.js';
import { STOP_WORDS, termOf } from './analyzer.js';
import { OPENS_SENTENCE } from './nameWords.js';

/**
 * News names a thing once in full and then by its head noun alone: `the Lindenhof care home` becomes `the home`
 * (`None of the home's residents died`), `the Marlow Bridge` becomes `the bridge`. A sentence saying `the <head>`
 * speaks of the thing named last with that head before it, and so of its name: a question naming it (`Did any of the
 * Lindenhof residents die?`) is answered by that sentence though it never repeats the name.
 *
 * A named thing is a run of capitalised words followed by one or two lower-case nouns (`Lindenhof care home`), or
 * ending in a capitalised common noun (`Marlow Bridge`), `and` joining two of its words (`Tollan Rowing and Canoe
 * Club`: the club, named by all of them); a name ending in a possessive (`Estmark Rail's chief
 * executive`) names its owner, not a thing. The name's words are kept as index terms; the head is its last noun,
 * and for a head of two nouns the pair as well (`the care home`).
 *
 * A sentence whose subject is a definite head alone (`The Hardwick-based company, which rented out 62 narrowboats…`)
 * speaks likewise of the name the sentence before it opened with (`Brackwater Cruising, one of the oldest boat hire
 * firms…`), whatever head that name was given.
 */

/** What the lexicon says of a word, for telling a head noun. */
export interface NounTest {
  /** A common noun: the lexicon knows it as a noun, not only as a named thing. */
  isCommonNoun(word: string): boolean;
  /** A word of common meaning, of any part of speech (`lease`, `three`). */
  isCommonWord(word: string): boolean;
}

const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
/** A company's legal ending, abbreviated (`Co`, `Inc`, `plc`, `NV`), in lower case. */
const COMPANY_ENDINGS = new Set(COMPANY_LEGAL_FORMS.map((form) => form.toLowerCase()));
const LOWER = /^\p{Ll}[\p{Ll}\p{M}-]*$/u;
const POSSESSIVE = /(?:['’]s|s['’])$/u;
/** `the home`, `the care home`, `the home's`: the words after a definite article that may be a head. */
const THE_HEAD = /\b[Tt]he\s+(\p{Ll}[\p{Ll}-]*)(?:['’]s)?(?:\s+(\p{Ll}[\p{Ll}-]*)(?:['’]s)?)?/gu;
/** Words and the punctuation between them, in order. */
const TOKEN = /[\p{L}\p{M}\p{N}'’-]+|[^\s\p{L}\p{M}\p{N}]/gu;

interface Named {
  /** The head (`home`) and, when two nouns, the pair (`care home`). */
  heads: string[];
  /** The name's index terms (`lindenhof`). */
  terms: string[];
}

/** A word that may be part of a name: capitalised, and not a small word capitalised to open a sentence (`The`). */
function isNameWord(token: string): boolean {
  return CAPITALISED.test(token) && !STOP_WORDS.has(token.toLowerCase());
}

/**
 * The things a sentence names in full, each with its heads and its name's terms. `nameWords`: the words (in lower
 * case) the article writes capitalised inside a sentence, so names wherever they stand: a sentence opening with one
 * (`Kestrel Microsystems NV shares fell`, `kestrel` a bird too) opens with the name, not a common word capitalised.
 */
export function namedThings(text: string, nouns: NounTest, nameWords: ReadonlySet<string> = NO_WORDS): Named[] {
  const tokens = text.match(TOKEN) ?? [];
  const found: Named[] = [];
  let i = 0;
  while (i < tokens.length) {
    const start = i;
    while (i < tokens.length) {
      const token = tokens[i]!;
      // `the Mangorei Rugby and Sports Club`: `and` between capitalised words joins them in one name.
      const joins = i > start && (token === 'and' || token === '&') && isNameWord(tokens[i + 1] ?? '');
      if (!joins && !isNameWord(token)) break;
      // `Estmark Rail's chief executive`: a possessive ends a name of its owner, not of a thing.
      if (POSSESSIVE.test(tokens[i++]!)) break;
    }
    if (i === start) {
      i++;
      continue;
    }
    const name = tokens.slice(start, i);
    if (POSSESSIVE.test(name[name.length - 1]!)) continue;
    // `Lease prices rose`: a common word capitalised only to start the sentence is no name.
    if (start === 0 && opensWithCommonWord(name, nouns, nameWords)) name.shift();
    if (name.length === 0) continue;
    // `Marlow Bridge`: a name ending in a common noun is named by it.
    const last = name[name.length - 1]!.toLowerCase();
    // `Calloway Drug Co`, `Halden Holdings plc`: a company's legal ending is an abbreviation, and the story calls it
    // `the company` or `the firm`.
    if (name.length >= 2 && COMPANY_ENDINGS.has(last.replace(/\.$/u, ''))) {
      const terms = name.slice(0, -1).flatMap((word) => termOf(word) ?? []);
      if (terms.length > 0) found.push({ heads: ['company', 'firm'], terms });
    } else if (name.length >= 2 && nouns.isCommonNoun(last)) {
      const terms = name.slice(0, -1).flatMap((word) => termOf(word) ?? []);
      if (terms.length > 0) found.push({ heads: [last], terms });
    }
    // `Lindenhof care home in…`: one or two lower-case nouns after it, the next word no noun of the phrase.
    const after: string[] = [];
    let j = i;
    while (j < tokens.length && after.length < 3 && LOWER.test(tokens[j]!) && !STOP_WORDS.has(tokens[j]!) && nouns.isCommonNoun(tokens[j]!))
      after.push(tokens[j++]!);
    if (after.length >= 1 && after.length <= 2) {
      const terms = name.flatMap((word) => termOf(word) ?? []);
      const head = after[after.length - 1]!;
      if (terms.length > 0) found.push({ heads: after.length === 2 ? [head, after.join(' ')] : [head], terms });
    }
  }
  return found;
}

/**
 * For each article entry, the terms of the names it refers to by a definite head alone (`the home` for the Lindenhof
 * care home named before it): of the earlier namings with that head, the one whose words the article has named most
 * often so far (`the company` is the one the story is about, not a rival named once in passing), the nearest of
 * those equally named. Entries in article order; an entry's own
 * names stand for themselves and are not added.
 */
export function namesReferredTo(entries: readonly Entry[], nouns: NounTest): Map<Entry, ReadonlySet<string>> {
  const article = entries.filter((entry) => entry.origin === 'article');
  const nameWords = capitalisedWithin(article.map((entry) => entry.text));
  // Every naming by its head, in order, and how often the article has named each name's words so far.
  const namings = new Map<string, string[][]>();
  const mentions = new Map<string, number>();
  const referred = new Map<Entry, ReadonlySet<string>>();
  let previousText = '';
  let previousNames: Named[] = [];
  let previousLead: string[] = [];
  for (const entry of article) {
    // A partial quote and its sentence's fact share a sentence: it is read once.
    const names = entry.text === previousText ? previousNames : namedThings(entry.text, nouns, nameWords);
    const terms = new Set<string>();
    for (const [, first, second] of entry.text.matchAll(THE_HEAD)) {
      for (const head of second ? [first!, `${first} ${second}`, second] : [first!]) {
        const nameTerms = mostNamed(namings.get(head), mentions);
        if (!nameTerms || names.some((named) => named.heads.includes(head))) continue;
        for (const term of nameTerms) terms.add(term);
      }
    }
    // `The Hardwick-based company, which rented out 62 narrowboats…` after a sentence opening with Brackwater Cruising:
    // a sentence whose subject is a definite head alone speaks of the name the sentence before it opened with.
    const definite = DEFINITE_SUBJECT.exec(entry.text)?.[1];
    if (definite && previousLead.length > 0 && nouns.isCommonNoun(definite)) for (const term of previousLead) terms.add(term);
    if (terms.size > 0) referred.set(entry, terms);
    if (entry.text !== previousText) {
      for (const named of names) {
        for (const head of named.heads) {
          const earlier = namings.get(head);
          if (earlier) earlier.push(named.terms);
          else namings.set(head, [named.terms]);
        }
      }
      for (const term of capitalisedTerms(entry.text)) mentions.set(term, (mentions.get(term) ?? 0) + 1);
      previousLead = leadingName(entry.text, nouns, nameWords);
    }
    previousText = entry.text;
    previousNames = names;
  }
  return referred;
}

/** A sentence opening with a name: `Brackwater Cruising, one of…`, `CalderCycle, run by…`, `Tollan Rowing and Canoe Club, one of…`. */
const LEADING_NAME = /^((?:\p{Lu}[\p{L}\p{M}'’-]*\s+(?:(?:and|&)\s+(?=\p{Lu}))?){0,3}\p{Lu}[\p{L}\p{M}'’-]*)(?=,|\s+\p{Ll})/u;
/**
 * `The Hardwick-based company, which…`, `The firm has…`: a sentence whose subject is a definite head alone (not one
 * naming it after a comma: `The cyclist, Ben Tarrant, had…`).
 */
const DEFINITE_SUBJECT =
  /^The\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]*)(?=,\s+(?:which|who|whose)\b|\s+(?:has|had|have|is|was|were|are|said|says|will|would|could|can|also)\b)/u;

/** The index terms of the name a sentence opens with (none when it opens otherwise). */
function leadingName(text: string, nouns: NounTest, nameWords: ReadonlySet<string>): string[] {
  const words = (LEADING_NAME.exec(text)?.[1] ?? '').split(/\s+/u).filter((word) => word && !STOP_WORDS.has(word.toLowerCase()));
  if (words.length > 0 && opensWithCommonWord(words, nouns, nameWords)) words.shift();
  return words.flatMap((word) => termOf(word) ?? []);
}

const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * Whether a sentence's opening name starts with a common word capitalised only because it opens the sentence
 * (`Lease` of `Lease prices`), not one the article writes capitalised within its sentences too (`Kestrel`).
 */
function opensWithCommonWord(name: readonly string[], nouns: NounTest, nameWords: ReadonlySet<string>): boolean {
  const first = name[0]!.toLowerCase();
  return nouns.isCommonWord(first) && !(name.length >= 2 && nameWords.has(first));
}

/** The words (in lower case) the texts write capitalised other than where a sentence or a quotation opens. */
function capitalisedWithin(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    const tokens = text.match(TOKEN) ?? [];
    for (let i = 1; i < tokens.length; i++) {
      if (isNameWord(tokens[i]!) && !OPENS_SENTENCE.test(tokens[i - 1]!)) words.add(tokens[i]!.toLowerCase().replace(POSSESSIVE, ''));
    }
  }
  return words;
}

/** Of the namings with a head, in order, the one whose words were named most often (the latest of those equally). */
function mostNamed(candidates: readonly string[][] | undefined, mentions: ReadonlyMap<string, number>): string[] | undefined {
  let best: string[] | undefined;
  let bestCount = -1;
  for (const terms of candidates ?? []) {
    const count = Math.max(0, ...terms.map((term) => mentions.get(term) ?? 0));
    if (count >= bestCount) [best, bestCount] = [terms, count];
  }
  return best;
}

/** The terms of the capitalised words of a text, each once. */
function capitalisedTerms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const token of text.match(TOKEN) ?? []) {
    const term = isNameWord(token) ? termOf(token.replace(POSSESSIVE, '')) : null;
    if (term) terms.add(term);
  }
  return terms;
}
