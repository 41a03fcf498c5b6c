import { QUESTION_WORDS, STOP_WORDS, termOf, termsOfLemma, tokenize } from './analyzer.js';
import { type Initialism, initialismLinks, writtenInCapitals } from './initialisms.js';
import { DENIAL_COUNTERPARTS, isPreposition, MODAL_COUNTERPARTS, pastForm, splitPhrasalVerb } from './questionShape.js';
import type { SearchView } from './SearchView.js';
import type { TermQuery } from './StoryIndex.js';
import { inDegree, type Thesaurus } from './Thesaurus.js';
import { GENERAL_WORD_RANK, type WordVectors } from './WordVectors.js';
import type { Part } from './WordNetIndex.js';

/**
 * The second stage of answering, before retrieval: the question's words as a term query over one server's index,
 * each word with the words the story uses for it. A word's own term first; then the lexicon's forms, synonyms and
 * next senses of it (WordNet), the compounds it makes with its neighbours (`walk out`, `real estate agents`), the
 * story's initialism for a name it is part of, and, for a word neither the story nor the lexicon reaches, the
 * story's words nearest to it by word vectors. Each word also gets its weight for coverage (its rarity in the
 * story). Only words the index holds are put in the query, so a server's own entries change it for that server alone.
 */

/**
 * How much a word the story never uses (nor any synonym of it) weighs against coverage, relative to the
 * rarest word it does use. Such words are often just the asker's phrasing (`willing`, `approval`); but a
 * question made only of them (`the capital of France`) is one the story cannot answer.
 */
const UNKNOWN_WORD_WEIGHT = 0.35;
export const SYNONYM_BOOST = 0.5;
const RELATED_BOOST = 0.3;
/** A word the story lacks but has a next (broader or narrower) sense of counts for this share of that word. */
const RELATED_WEIGHT = 0.5;
const MAX_SYNONYMS = 6;
/** How fully a lexicon's synonym or next sense stands for the word asked about. */
export const SYNONYM_QUALITY = 0.7;
/**
 * Words close in meaning by their vectors (`lawmakers` ~ `democrats`), for a word that neither the story nor
 * the lexicon's synonyms of it reach: at least this cosine similarity, at most this many story words.
 */
const NEIGHBOUR_MIN_SIMILARITY = 0.6;
const MAX_NEIGHBOURS = 3;
/** The similarity a neighbour needs when the lexicon already links the word to the story. */
const NEIGHBOUR_BESIDE_SYNONYMS = 0.7;
/** A word that names a speaker picks whose words; it weighs little as a topic word. */
export const SPEAKER_WORD_BOOST = 0.3;

/** A word standing for a compound of the question, with how much it weighs and how fully it stands for it. */
interface CompoundWord {
  word: string;
  boost: number;
  quality: number;
  /** A narrower sense of the compound: a kind of the thing asked about (counts as it in `how many`). */
  kind?: boolean;
}

export interface Neighbour {
  term: string;
  /** The story's word of that term nearest in meaning. */
  word: string;
  similarity: number;
}

export class QuestionExpander {
  /** The index's words that have vectors, as rows; rebuilt when the index changes. */
  private vocabulary: {
    revision: number;
    rows: Int32Array;
    words: string[];
    neighbours: Map<string, Neighbour[]>;
  } | null = null;

  constructor(
    private readonly index: SearchView,
    private readonly thesaurus: Thesaurus | null,
    private readonly vectors: WordVectors | null,
  ) {}

  /** Story terms closest in meaning to a word, by its vector: best first, each with its similarity. */
  neighbours(word: string): Neighbour[] {
    const vectors = this.vectors;
    const row = vectors?.rowOf(word);
    // The commonest words of English (`next`, `win`, `help`) sit close to many others: their neighbours say little.
    if (!vectors || row === undefined || row < GENERAL_WORD_RANK) return [];
    if (this.vocabulary?.revision !== this.index.revision) {
      const rows: number[] = [];
      const words: string[] = [];
      // (The index's words hold no stop words; each one's term is found only when it is near enough to count.)
      for (const candidate of this.index.words()) {
        const candidateRow = vectors.rowOf(candidate);
        if (candidateRow !== undefined) {
          rows.push(candidateRow);
          words.push(candidate);
        }
      }
      this.vocabulary = { revision: this.index.revision, rows: Int32Array.from(rows), words, neighbours: new Map() };
    }
    const { rows, words, neighbours } = this.vocabulary;
    const cached = neighbours.get(word);
    if (cached) return cached;
    const best = new Map<string, Neighbour>();
    for (let i = 0; i < rows.length; i++) {
      const similarity = vectors.similarityOfRows(row, rows[i]!);
      if (similarity < NEIGHBOUR_MIN_SIMILARITY) continue;
      const term = termOf(words[i]!);
      if (term !== null && similarity > (best.get(term)?.similarity ?? 0)) best.set(term, { term, word: words[i]!, similarity });
    }
    const found = [...best.values()].sort((a, b) => b.similarity - a.similarity).slice(0, MAX_NEIGHBOURS);
    if (neighbours.size > 10_000) neighbours.clear();
    neighbours.set(word, found);
    return found;
  }

  /**
   * The lexicon's phrases for a word (its senses' and the next broader senses' multi-word names) whose words are all
   * words of substance the story uses: each as its words.
   */
  private phrasesInStory(word: string, part?: Part): string[][] {
    return (this.thesaurus?.phrases(word, part) ?? []).filter((phrase) =>
      phrase.every((w) => !STOP_WORDS.has(w) && this.index.has(termOf(w) ?? w)),
    );
  }

  /**
   * Does the story use this word, a lexicon word for it, or a word near it in meaning? `forName`: the word is a
   * name, and a named thing near it (`Toronto` for `Vancouver`) is its peer, not another word for it; a kind
   * near it (`conservative` for `Tory`) still links it.
   */
  linksToStory(word: string, withNextSenses = true, forName = false): boolean {
    const term = termOf(word);
    if (term === null || this.index.has(term)) return true;
    const lexicon = this.thesaurus
      ? [...this.thesaurus.derived(word), ...this.thesaurus.synonyms(word), ...(withNextSenses ? this.thesaurus.related(word) : [])]
      : [];
    if (lexicon.some((candidate) => termsOfLemma(candidate).some((t) => this.index.has(t)))) return true;
    if (this.phrasesInStory(word).length > 0) return true;
    const near = this.neighbours(word);
    return forName ? near.some((n) => !this.thesaurus?.isInstance(n.word)) : near.length > 0;
  }

  /**
   * The story's terms for the senses two steps broader than a noun's own (Thesaurus.broaderTwice) that are near it
   * in meaning by their vectors too, or are its own last part (`lifeboat` → `boat`), less its own term and those
   * already expanded; none for a word not so read.
   */
  private fartherSenses(word: string, term: string, expanded: ReadonlyMap<string, number>, skip: boolean): string[] {
    const { thesaurus, vectors } = this;
    if (!thesaurus || !vectors || skip || /^\d/u.test(word)) return [];
    const found = new Set<string>();
    for (const broader of thesaurus.broaderTwice(word)) {
      const broaderTerm = termOf(broader);
      if (!broaderTerm || broaderTerm === term || expanded.has(broaderTerm) || !this.index.has(broaderTerm)) continue;
      // (`lifeboat` is a boat by its own last word: English puts a compound's head last.)
      const headOf = broader.length >= 3 && word.toLowerCase().endsWith(broader);
      if (headOf || vectors.similarity(word, broader) >= NEIGHBOUR_MIN_SIMILARITY) found.add(broaderTerm);
    }
    return [...found];
  }

  /**
   * Which of a noun's expansions are its kinds: a narrower sense of it in the lexicon (`ship` of vessel) that is near
   * it in meaning by the vectors too, for a noun of many senses has kinds of each (`cover` is a kind of fire, the
   * gunfire), or that ends in the noun itself (`narrowboat` of boat: a compound's head names what it is, however far
   * apart the vectors put them, as in fartherSenses). None for a word used as a verb.
   */
  private kindsAmong(word: string, expansions: ReadonlyMap<string, number>, asVerb: boolean): Set<string> {
    const { thesaurus, vectors } = this;
    const kinds = new Set<string>();
    if (!thesaurus || !vectors || asVerb || expansions.size === 0) return kinds;
    const own = termOf(word) ?? word;
    for (const kind of thesaurus.narrower(word, 'noun')) {
      const kindTerm = termOf(kind) ?? kind;
      if (!expansions.has(kindTerm) || kinds.has(kindTerm)) continue;
      // (Compared as terms: `boats` asks about `narrowboats`.)
      const headOf = own.length >= 3 && kindTerm.length > own.length && kindTerm.endsWith(own);
      if (headOf || vectors.similarity(word, kind) >= NEIGHBOUR_MIN_SIMILARITY) kinds.add(kindTerm);
    }
    return kinds;
  }

  /**
   * Does the story use this noun, a form of it, or a synonym? A broader or narrower sense is not enough:
   * `people` does not tell `the population of` a place.
   */
  knowsNoun(word: string, withKinds = false): boolean {
    const term = termOf(word);
    if (term === null || this.index.has(term)) return true;
    if (!this.thesaurus) return false;
    // Its commonest sense only: `governor` asks about a head of state, not a `regulator`.
    const kin = [
      ...this.thesaurus.derived(word),
      ...this.thesaurus.synonyms(word, 'noun', 1),
      ...(withKinds ? this.thesaurus.narrower(word, 'noun') : []),
    ];
    return kin.some((candidate) => {
      const candidateTerm = termOf(candidate);
      return candidateTerm !== null && this.index.has(candidateTerm);
    });
  }

  /**
   * The words for what a compound of two words means (its synonyms and derivations); for a phrasal verb with a
   * preposition after it (`stood up for`), what its senses used so mean (to defend). An object after it (`set up the
   * company`) is no such preposition: the phrase means what all its senses do.
   */
  private sensesOf(compound: string, second: string, third: string | undefined): string[] {
    const thesaurus = this.thesaurus!;
    const usedWith = third !== undefined && STOP_WORDS.has(second) && isPreposition(third) ? thesaurus.phrasalWith(compound, third) : [];
    if (usedWith.length > 0) return usedWith;
    const own = [...thesaurus.synonyms(compound), ...thesaurus.derived(compound)];
    // A phrasal verb with no other word for it (`speak for`) is a way of doing what its broader verb does (`represent`).
    return own.length > 0 || !STOP_WORDS.has(second) ? own : thesaurus.broader(compound, 'verb');
  }

  /** The question's words that end an adverb phrase of the lexicon's opening with a small word (`good` of `for good`). */
  private adverbialWords(words: string[], question: string): Set<number> {
    const found = new Set<number>();
    const thesaurus = this.thesaurus;
    if (!thesaurus) return found;
    const tokens = tokenize(question);
    for (let i = 0; i + 1 < tokens.length; i++) {
      const [first, second] = [tokens[i]!, tokens[i + 1]!];
      if (!STOP_WORDS.has(first) || STOP_WORDS.has(second) || QUESTION_WORDS.has(first)) continue;
      const group = words.indexOf(second);
      if (group >= 0 && thesaurus.isAdverbOnly(`${first}_${second}`)) found.add(group);
    }
    return found;
  }

  /**
   * Does the story use a word for what a verb and its particle mean together (`stood up for` → `defend`)? False when
   * the lexicon lists no such phrase, or the second word is no particle.
   */
  linksPhrasal(verb: string, particle: string, after?: string): boolean {
    const [first, second] = [verb.toLowerCase(), particle.toLowerCase()];
    if (!this.thesaurus || !STOP_WORDS.has(second)) return false;
    const compound = this.thesaurus.compound(first, second);
    if (!compound) return false;
    return this.sensesOf(compound, second, after?.toLowerCase()).some((word) => termsOfLemma(word).some((term) => this.index.has(term)));
  }

  /**
   * Two or three words of the question that the lexicon lists as one (`walk out`, `dock workers`, `real estate
   * agents`): the compound's own single-word forms and synonyms (`strike`, `dockworker`), and its next senses
   * (`realtor` for a real estate agent, `rate` for an interest rate) at a next sense's weight, for each query
   * word of the compound.
   */
  private compounds(
    words: string[],
    question: string,
    names: ReadonlySet<string>,
  ): Array<{ group: number; candidates: CompoundWord[]; phrasal: boolean }> {
    const thesaurus = this.thesaurus;
    if (!thesaurus) return [];
    const tokens = tokenize(question);
    const found: Array<{ group: number; candidates: CompoundWord[]; phrasal: boolean }> = [];
    for (let i = 0; i + 1 < tokens.length; i++) {
      const [first, second] = [tokens[i]!, tokens[i + 1]!];
      if (QUESTION_WORDS.has(first) || /\d/u.test(first + second)) continue;
      const third = tokens[i + 2];
      // The longest compound first: `real estate agent` before `real estate`.
      const long = third !== undefined && !/\d/u.test(third) ? thesaurus.compound(first, second, third) : null;
      const compound = long ?? thesaurus.compound(first, second);
      if (!compound) continue;
      const span = long ? [first, second, third!] : [first, second];
      const groups = span.map((word) => words.indexOf(word)).filter((group) => group >= 0);
      if (groups.length === 0) continue;
      const senses = long ? [...thesaurus.synonyms(compound), ...thesaurus.derived(compound)] : this.sensesOf(compound, second, third);
      // A country named in two or three words (`United States`), by its capital too, as a one-word name is (see termQuery).
      const capitals = names.has(first) ? thesaurus.capitals(compound) : [];
      const candidates: CompoundWord[] = [...senses, ...capitals].map((word) => ({ word, boost: SYNONYM_BOOST, quality: SYNONYM_QUALITY }));
      if (!compound.includes('_')) candidates.unshift({ word: compound, boost: SYNONYM_BOOST, quality: SYNONYM_QUALITY });
      // `die down`, `walk out`: a verb and its particle, whose meaning is the phrase's, not the verb's.
      const phrasal = !long && STOP_WORDS.has(second) && !STOP_WORDS.has(first);
      if (!phrasal) {
        // A kind of the thing asked about is that thing (`realtor` for a real estate agent); a broader sense is less.
        const narrower = new Set(thesaurus.narrower(compound));
        for (const word of thesaurus.related(compound)) {
          const kind = narrower.has(word);
          candidates.push({ word, boost: RELATED_BOOST, quality: kind ? SYNONYM_QUALITY : SYNONYM_QUALITY * RELATED_WEIGHT, kind });
        }
      }
      for (const group of groups) found.push({ group, candidates, phrasal });
      if (long) i++;
    }
    // `turn the scheme down`: a phrasal verb split by its object means what the phrase does, as `turn down` would.
    const split = splitPhrasalVerb(tokens);
    if (split) {
      const [verb, particle] = [tokens[split.verb]!, tokens[split.particle]!];
      const compound = thesaurus.compound(verb, particle);
      const group = words.indexOf(verb);
      if (compound && group >= 0 && !found.some((c) => c.group === group)) {
        const senses = this.sensesOf(compound, particle, undefined);
        found.push({ group, candidates: senses.map((word) => ({ word, boost: SYNONYM_BOOST, quality: SYNONYM_QUALITY })), phrasal: true });
      }
    }
    return found;
  }

  /**
   * How much a query word counts towards coverage: its rarity in the story; for a word the story lacks, the
   * rarity of the lexicon's word for it that the story uses (a next sense counting half); for a word with
   * neither, a fixed share of the rarest.
   */
  private wordWeight(term: string, expansions: Map<string, number>, isName: boolean): number {
    if (this.index.has(term)) return this.index.idf(term);
    let best = 0;
    for (const [expansion, boost] of expansions) {
      best = Math.max(best, this.index.idf(expansion) * (boost >= SYNONYM_BOOST ? 1 : RELATED_WEIGHT));
    }
    // A name the story never uses (`Los Angeles`) is no mere phrasing: a question about it is not about this story.
    return Math.max(best, this.index.idf(term) * (isName ? 1 : UNKNOWN_WORD_WEIGHT));
  }

  /**
   * Builds the term query: each word's own term, then synonyms the story actually uses. `names` and `verbs`: the
   * question's (namesIn, verbsIn). `kinds`: the query terms that are a kind of what their word names.
   */
  termQuery(
    words: string[],
    speakerWords: Set<number>,
    question: string,
    names: ReadonlySet<string>,
    verbs: ReadonlySet<string>,
    initialisms: readonly Initialism[] = [],
  ): { query: TermQuery; weights: number[]; kinds: Set<number> } {
    const query: TermQuery = { terms: [], boosts: [], groups: [], qualities: [] };
    const weights: number[] = [];
    const kinds = new Set<number>();
    const push = (term: string, boost: number, group: number, quality: number): void => {
      query.terms.push(term);
      query.boosts.push(boost);
      query.groups.push(group);
      query.qualities!.push(quality);
    };
    const compounds = this.compounds(words, question, names);
    const phrasal = new Set(compounds.filter((c) => c.phrasal).map((c) => c.group));
    const adverbial = this.adverbialWords(words, question);
    const capitals = writtenInCapitals(question);
    // An initialism the question writes in capitals, or as no English word (`dhs`), not an English word (`us`).
    const asInitialism = (word: string): boolean => capitals.has(word) || this.thesaurus?.knows(word) === false;
    const links = initialismLinks(words, initialisms, asInitialism, { lone: SYNONYM_QUALITY, part: SYNONYM_QUALITY * RELATED_WEIGHT });
    words.forEach((word, group) => {
      const term = termOf(word) ?? word;
      const isSpeakerWord = speakerWords.has(group);
      const isName = names.has(word);
      push(term, isSpeakerWord ? SPEAKER_WORD_BOOST : 1, group, isSpeakerWord ? SYNONYM_QUALITY : 1);
      const expansions = new Map<string, number>();
      // A modal (`can`) is searched by the words a story says it in (`eligible to`), not by the lexicon's senses of
      // it (`tin`). It weighs nothing for coverage: a sentence denying it (`must stop`) answers the question too, and
      // one saying it only ranks higher among those that cover the rest.
      const modal = MODAL_COUNTERPARTS[word];
      if (modal) {
        for (const counterpart of modal) {
          const counterpartTerm = termOf(counterpart);
          if (counterpartTerm && this.index.has(counterpartTerm)) push(counterpartTerm, SYNONYM_BOOST, group, SYNONYM_QUALITY);
        }
        weights.push(0);
        return;
      }
      // A word naming a speaker that the question writes in lower case (`teachers` for a group the story quotes, a
      // role, `medicine` in a company's name) is a common word too: its synonyms still say what the question is about.
      if (this.thesaurus && !/^\d/u.test(word) && (!isSpeakerWord || !isName) && !phrasal.has(group)) {
        // `biggest` asks about `the largest`: an adjective's comparative or superlative has its synonyms in the same degree.
        const degree = this.thesaurus.degreeOf(word);
        const add = (candidates: readonly string[], boost: number): void => {
          for (const candidate of candidates) {
            const forms = verbs.has(word) ? termsOfLemma(candidate) : [termOf(candidate)];
            if (degree && /^\p{Ll}+$/u.test(candidate)) forms.unshift(termOf(inDegree(candidate, degree)));
            for (const candidateTerm of forms) {
              if (expansions.size >= MAX_SYNONYMS) return;
              if (candidateTerm && candidateTerm !== term && !expansions.has(candidateTerm) && this.index.has(candidateTerm)) {
                expansions.set(candidateTerm, boost);
              }
            }
          }
        };
        // `already` is answered by `not yet`, `ever` by `never`: the words a denial says it in.
        add(DENIAL_COUNTERPARTS[word] ?? [], SYNONYM_BOOST);
        const derived = this.thesaurus.derived(word);
        add(derived, SYNONYM_BOOST);
        // A word used as a verb (`lawmakers object to`) means what its verb senses mean, not its noun senses; a word of
        // a name (`United States`, `Supreme Court`) is a noun's, not a verb's (`state` as `say`, `court` as `woo`).
        const part = verbs.has(word) ? 'verb' : isName ? 'noun' : undefined;
        add(this.thesaurus.synonyms(word, part), SYNONYM_BOOST);
        // A name's other names reach it through its derivation too: `American` → `America` → `US`.
        if (isName) for (const form of derived) add(this.thesaurus.synonyms(form), SYNONYM_BOOST);
        // A country's government by its capital (`officials in Washington` for the United States).
        if (isName) add(this.thesaurus.capitals(word), SYNONYM_BOOST);
        add(this.thesaurus.related(word, part), RELATED_BOOST);
        // A word the story lacks, and has no single word for, may be said in several (`mayday` → `distress signal`).
        if (!this.index.has(term) && expansions.size === 0)
          for (const phrase of this.phrasesInStory(word, part)) add(phrase, SYNONYM_BOOST);
      }
      // `When will production start (up) again?` is answered by `the line will restart in March`: the lexicon's verb
      // for doing it again, a phrasal verb's too.
      if (this.thesaurus && !isName) {
        for (const redone of this.thesaurus.doneAgain(word)) {
          const redoneTerm = termOf(redone);
          if (redoneTerm && redoneTerm !== term && !expansions.has(redoneTerm) && this.index.has(redoneTerm))
            expansions.set(redoneTerm, SYNONYM_BOOST);
        }
      }
      // A sense two steps broader that the story uses for the thing (`aircraft` for planes), near it in meaning too:
      // a broad word of the lexicon's is the thing's only where the vectors say so (`structure` is not a plane's).
      const farther = this.fartherSenses(word, term, expansions, verbs.has(word) || isName || isSpeakerWord || phrasal.has(group));
      for (const candidate of farther) push(candidate, RELATED_BOOST * RELATED_WEIGHT, group, SYNONYM_QUALITY * RELATED_WEIGHT);
      // A kind of what the noun names (`ships` are vessels) counts as it in `how many`.
      // (Only next senses can be kinds: with none among the expansions, the lexicon is not asked.)
      const nextSenses = [...expansions.values()].some((boost) => boost < SYNONYM_BOOST);
      const kindTerms = nextSenses ? this.kindsAmong(word, expansions, verbs.has(word)) : new Set<string>();
      for (const [expansion, boost] of expansions) {
        if (boost < SYNONYM_BOOST && kindTerms.has(expansion)) kinds.add(query.terms.length);
        push(expansion, boost, group, SYNONYM_QUALITY);
      }
      // The story's initialism for a name the word is part of, or the name's words for the initialism.
      for (const link of links) {
        if (link.group === group && link.term !== term && !expansions.has(link.term) && this.index.has(link.term))
          push(link.term, link.quality >= SYNONYM_QUALITY ? SYNONYM_BOOST : RELATED_BOOST, group, link.quality);
      }
      // Neither the word nor a synonym is in the story: the story words nearest in meaning, by vectors.
      // They add evidence for the entries that use them, but the word still weighs as one the story lacks.
      // A capitalised word the lexicon knows as a kind (`Tories`, `Democrats`), not a named thing, may be put otherwise too.
      const namesKind = isName && this.thesaurus?.knows(word) === true && !this.thesaurus.isInstance(word);
      if (!this.index.has(term) && !isSpeakerWord && (!isName || namesKind) && !phrasal.has(group) && !/^\d/u.test(word)) {
        // A verb's past form carries its verb sense in the vectors (`objected`, not `object`).
        for (const { term: neighbour, similarity } of this.neighbours(verbs.has(word) ? pastForm(word) : word)) {
          // Beside the lexicon's own words for it, a neighbour must be closer to count.
          const enough = expansions.size > 0 ? NEIGHBOUR_BESIDE_SYNONYMS : NEIGHBOUR_MIN_SIMILARITY;
          if (neighbour !== term && !expansions.has(neighbour) && similarity >= enough)
            push(neighbour, SYNONYM_BOOST * similarity, group, Math.min(similarity, SYNONYM_QUALITY));
        }
      }
      // `for good`, `at least`: a word of an adverb phrase with a small word says how, not what; it weighs nothing.
      weights.push(adverbial.has(group) ? 0 : this.wordWeight(term, expansions, isName));
    });
    for (const { group, candidates, phrasal: isPhrasal } of compounds) {
      for (const { word, boost, quality, kind } of candidates) {
        for (const candidateTerm of isPhrasal ? termsOfLemma(word) : [termOf(word)]) {
          const taken = query.terms.some((term, i) => term === candidateTerm && query.groups[i] === group);
          if (candidateTerm && this.index.has(candidateTerm) && !taken) {
            if (kind) kinds.add(query.terms.length);
            push(candidateTerm, boost, group, quality);
          }
        }
      }
    }
    return { query, weights, kinds };
  }
}
