import { nameKey } from '../story/normalize.js';
import { roleHeadPhrase } from '../story/SpeakerRegistry.js';
import type { Entry, EntryKind, Speaker } from '../story/types.js';
import { findWhen } from '../story/whenWhere.js';
import { analyze, queryWords, STOP_WORDS, termOf, tokenize } from './analyzer.js';
import { wordsOfText } from './entryWords.js';
import { answerKind, asksForKind, holdsAnswerKind, namesSum, withoutDates, withoutSums } from './answerType.js';
import { ANSWER_WEIGHTS, type AnswerWeights, retrievalBound, scoreCandidate, scoreRetrieval } from './answerWeights.js';
import { deedCoverage } from './deedStated.js';
import { didYouMean } from './didYouMean.js';
import { describeCandidate, givesReason, type RetrievalFeatures } from './candidateFeatures.js';
import { namesReferredTo } from './definiteReference.js';
import { nameAskedOf, namesNoun } from './nameAsked.js';
import { answersInOwnWords, deniesAny } from './yesNoAnswer.js';
import { leavesObjectOut } from './elidedObject.js';
import { statesEventOnly, WHY_EVENT } from './eventOnly.js';
import { explanationAfter, theirWordsAfter } from './explanationAfter.js';
import { placeBeside } from './placeBeside.js';
import { countAfter } from './countAfter.js';
import { doerOfDeed } from './doerOfDeed.js';
import { namedDoerFirst } from './namedDoer.js';
import { amountAfter, holdsBareCount } from './amountAfter.js';
import { focusNoun, type SilenceReason, silenceBeforeSearch, silenceOnCount } from './decideSilence.js';
import { matchSpeakers, wordMatches } from './matchSpeakers.js';
import { ABOUT_TOPIC, AMOUNT, CLOCK_TIME, WHERE_QUESTION, WHY_QUESTION, YES_NO_QUESTION, escapeRegExp, namesIn } from './questionShape.js';
import { type NameWords, namePartsOf } from './nameWords.js';
import { findInitialisms, type Initialism } from './initialisms.js';
import { givenNamesOf } from './givenNames.js';
import { wordsCounted } from './countedKinds.js';
import { QuestionExpander, SYNONYM_QUALITY } from './QuestionExpander.js';
import { type CommonWords, type Predicate, type QuestionPlan, QuestionPlanner } from './planQuestion.js';
import { NAMING } from './readQuestion.js';
import type { SearchView } from './SearchView.js';
import type { Thesaurus } from './Thesaurus.js';
import { reportedSpeechPattern } from './reportedSpeech.js';
import { REQUEST_VERB, reportsRequestFor } from './requestedOnly.js';
import { restatesQuestion } from './restatesQuestion.js';
import { subjectWords } from './sentenceSubject.js';
import { SoftCoverage } from './softCoverage.js';
import { namesSpeakerOnlyAsSpokenOf, WORDS_OF } from './spokenOfOnly.js';
import type { WordVectors } from './WordVectors.js';

/**
 * Answers the three member commands from the index:
 * - `quote`: a speaker named by the query (name, surname, role, handle, poster) gives that speaker's quotes,
 *   direct words first; otherwise quotes on the query's topic.
 * - `facts`: facts on the topic, best first.
 * - `ask`: the one quote or sentence that answers the question, best first.
 * A result must account for enough of the query's rarer words (its coverage); when nothing does, the list
 * is empty and the caller says so, with "did you mean" suggestions.
 */

export type Command = 'quote' | 'facts' | 'ask';
export const COMMANDS: readonly Command[] = ['quote', 'facts', 'ask'];

export interface Answer {
  entry: Entry;
  score: number;
}

export type QueryProblem = 'empty' | 'too-long' | 'no-words';

export interface AnswerSet {
  command: Command;
  query: string;
  results: Answer[];
  /** Closest speakers or terms of the story, offered when nothing was found. */
  suggestions: string[];
  problem: QueryProblem | null;
  /**
   * When nothing answers: the passage nearest the question in meaning, offered plainly as not an answer
   * (`results` stays empty). Null when something answers, or nothing is near.
   */
  nearest: Answer | null;
  /** Why `/ask` said nothing before searching or after it, when a rule decided it (the eval counts them). */
  silence: SilenceReason | null;
}

/** A question word that says what happens, and how near an entry comes to it in meaning. */
export interface AnswerOptions {
  guildId?: string | null;
  limit?: number;
}

/** The longest query read; longer ones are refused with a message rather than cut silently. */
export const MAX_QUERY_LENGTH = 300;

/** How fully a lower-case question word is covered by the same word inside a name (`medicine` by `Editas Medicine`). */
const NAME_PART_QUALITY = 0;

/** Two capitalised words in a row, small linking words between: where a name of several words may be. */
const TWO_CAPITALISED = /\p{Lu}[\p{L}'’-]*\s+(?:(?:of|and|for|the|&)\s+)*\p{Lu}[\p{L}'’-]*\p{Ll}/u;
const NO_NAME_PARTS: NameWords = { inNames: new Map(), seen: new Set() };

function cleanQuery(query: string): string {
  return query
    .replace(/[\u0000-\u001F\u007F\u200B-\u200F\u2028-\u202E\u2060-\u206F]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The analysed terms inside a sentence's quotation marks. */
function quotedTerms(text: string): string[] {
  return [...text.matchAll(/[\u201C"]([^\u201D"]+)[\u201D"]/gu)].flatMap((match) => analyze(match[1]!));
}

/** Fewer words than this make a short quote (see isShortQuote): the attributions' own measure of a quotation. */
const SHORT_QUOTE_WORDS = 6;

/** A quote of a few words (`We're disappointed, obviously`): a speaker's longer quotes say more, and come first. */
function isShortQuote(entry: Entry): boolean {
  return wordsOfText(entry).length < SHORT_QUOTE_WORDS;
}

function isQuote(entry: Entry): boolean {
  return entry.kind === 'quote';
}

/** The nearest passage is looked for among at most this many of a server's own entries, besides the article's. */
const NEAREST_POOL = 3000;
/** On a topic no quote says in full, a quote saying this share of what one must cover is offered (see `quotes`). */
const PART_OF_TOPIC = 0.5;
/** A passage must cover at least this share of the question's meaning to be offered as the nearest. */
const NEAREST_MIN = 0.34;
/** Speakers' names whose reading is remembered (see nameHoldsCommonWord): a server has far fewer speakers. */
const REMEMBERED_NAMES = 10_000;
/** How many of the best candidates get the finer (and dearer) checks: word pairs, numbers, dates. */
const RERANK_DEPTH = 50;

/** `Who…` whose best candidate names no one: how far down the ranking one that names someone may answer (see namedDoer). */
const NAMED_DOER_DEPTH = 5;

/** How many questions' plans an answerer keeps (see Answerer.planOf): the same question asked again soon. */
const PLANS_KEPT = 16;

interface ServerView {
  version: string;
  /** The article's entries less those this server corrected, and the server's own. */
  entries: Entry[];
  /** Article entries this server's moderators corrected. */
  corrected: Set<string>;
  speakers: Speaker[];
  /** The server's words of four letters or more, for "did you mean"; made the first time it is needed. */
  vocabulary: string[] | null;
  /** Each speaker's name and its words, for "did you mean"; made the first time it is needed. */
  speakerParts: Array<{ name: string; parts: string[] }> | null;
  /** The initialisms the server's entries use and spell out; found the first time a question needs them. */
  initialisms: Initialism[] | null;
  /** Each surname's given name that the server's entries use alone (givenNames.ts); found the first time it is needed. */
  givenNames: ReadonlyMap<string, string> | null;
  /** The words the server's entries put a number before (countedKinds.ts); found the first time a question counts. */
  countedWords: string[] | null;
  /** The names each article entry refers to by a definite head alone (definiteReference.ts); found when first needed. */
  references: Map<Entry, ReadonlySet<string>> | null;
}

export class Answerer {
  /** Per server: its speakers and words, rebuilt only when the index has changed. */
  private readonly views = new Map<string, ServerView>();
  /** Analysed terms of an entry's text, computed once. */
  private readonly analysed = new WeakMap<Entry, string>();
  private readonly undated = new WeakMap<Entry, string>();
  private readonly uncounted = new WeakMap<Entry, string>();
  /** The terms an entry's words and its speaker's use only inside coined names (see nameWords.ts), found once. */
  private readonly nameParts = new WeakMap<Entry, NameWords>();
  /** Speakers' names that hold a common word inside a coined name (`Grace` of `Grace Pebrilo`), by name. */
  private readonly namesWithCommonWords = new Map<string, boolean>();

  private readonly soft: SoftCoverage | null;
  /** The question's words as a term query over this index, with the story's words for them. */
  private readonly expander: QuestionExpander;
  /** Reads each question into its plan (the first stage). */
  private readonly planner: QuestionPlanner;
  /** Plans of questions asked since the index last changed, by question (see planOf). */
  private plans: { revision: number; byKey: Map<string, QuestionPlan> } = { revision: -1, byKey: new Map() };

  constructor(
    private readonly index: SearchView,
    private readonly thesaurus: Thesaurus | null,
    vectors: WordVectors | null = null,
    private readonly weights: AnswerWeights = ANSWER_WEIGHTS,
  ) {
    this.soft = vectors ? new SoftCoverage(vectors) : null;
    this.expander = new QuestionExpander(index, thesaurus, vectors);
    this.planner = new QuestionPlanner(index, thesaurus, this.expander, this.soft, weights.nearPredicate);
  }

  private view(options: AnswerOptions): ServerView {
    const key = options.guildId ?? '';
    const version = this.index.versionOf(options.guildId ?? null);
    const cached = this.views.get(key);
    if (cached && cached.version === version) return cached;
    const all = this.index.visible(options.guildId ?? null);
    const corrected = new Set(all.flatMap((e) => (e.origin === 'moderator' && e.corrects ? [e.corrects] : [])));
    const entries = corrected.size === 0 ? all : all.filter((e) => !corrected.has(e.id));
    const seen = new Map<string, Speaker>();
    for (const entry of entries) if (entry.speaker && !seen.has(entry.speaker.id)) seen.set(entry.speaker.id, entry.speaker);
    const view: ServerView = {
      version,
      entries,
      corrected,
      speakers: [...seen.values()],
      vocabulary: null,
      speakerParts: null,
      initialisms: null,
      givenNames: null,
      countedWords: null,
      references: null,
    };
    if (this.views.size > 1000) this.views.clear();
    this.views.set(key, view);
    return view;
  }

  /** A word of common meaning: one the lexicon knows, not as a named thing only. */
  private readonly isCommonWord = (word: string): boolean => this.thesaurus?.knows(word) === true && !this.thesaurus.isInstance(word);
  /** The lexicon knows the word as a verb (for finding a sentence's subject: see subjectWords). */
  private readonly hasVerbSense = (word: string): boolean => (this.thesaurus?.synonyms(word, 'verb').length ?? 0) > 0;

  /** Analysed terms of an entry's text without its dates and clock times: whether it holds an amount of something. */
  private analysedUndated(entry: Entry): string {
    let text = this.undated.get(entry);
    if (text === undefined) {
      text = ` ${analyze(withoutDates(entry.text)).join(' ')} `;
      this.undated.set(entry, text);
    }
    return text;
  }

  /** Analysed terms of an entry's text without its dates, clock times and sums of money: whether it counts things. */
  private analysedUncounted(entry: Entry): string {
    let text = this.uncounted.get(entry);
    if (text === undefined) {
      text = ` ${analyze(withoutSums(withoutDates(entry.text))).join(' ')} `;
      this.uncounted.set(entry, text);
    }
    return text;
  }

  private analysedText(entry: Entry): string {
    let text = this.analysed.get(entry);
    if (text === undefined) {
      text = ` ${analyze(entry.text).join(' ')} `;
      this.analysed.set(entry, text);
    }
    return text;
  }

  answer(command: Command, rawQuery: string, options: AnswerOptions = {}): AnswerSet {
    const query = cleanQuery(rawQuery);
    const base: AnswerSet = { command, query, results: [], suggestions: [], problem: null, nearest: null, silence: null };
    if (!query) return { ...base, problem: 'empty' };
    if (query.length > MAX_QUERY_LENGTH) return { ...base, query: query.slice(0, MAX_QUERY_LENGTH), problem: 'too-long' };
    const words = queryWords(query);
    const allWords = tokenize(query);
    if (allWords.length === 0) return { ...base, problem: 'no-words' };
    const used = words.length > 0 ? words : allWords;

    let results: Answer[];
    let silence: SilenceReason | null = null;
    if (command === 'quote') results = this.quotes(used, options);
    else if (command === 'facts') results = this.facts(used, query, options);
    else ({ results, silence } = this.ask(used, query, options));

    const { corrected } = this.view(options);
    const limited = results.filter((r) => !corrected.has(r.entry.id)).slice(0, options.limit ?? 25);
    if (limited.length > 0) return { ...base, results: limited };
    const kind = command === 'quote' ? 'quote' : command === 'facts' ? 'fact' : undefined;
    return { ...base, suggestions: this.suggest(allWords, options), nearest: this.nearest(used, kind, options), silence };
  }

  /** The entry nearest the words in meaning (their rarer words weighing more), if it covers at least a third of them. */
  private nearest(words: string[], kind: EntryKind | undefined, options: AnswerOptions): Answer | null {
    if (!this.soft) return null;
    const { entries, corrected } = this.view(options);
    const pool = this.nearestPool(words, entries, kind, options);
    const weights = words.map((w) => this.index.idf(termOf(w) ?? w));
    const coverage = this.soft.coverageOf(words, weights);
    let best: Answer | null = null;
    for (const entry of pool) {
      if ((kind && entry.kind !== kind) || corrected.has(entry.id)) continue;
      const score = coverage(entry);
      if (score >= NEAREST_MIN && score > (best?.score ?? 0)) best = { entry, score };
    }
    return best;
  }

  /**
   * Where the nearest passage is looked for: every entry of the article, and those of the server's own that hold a
   * word of the question (or a typo of one, or a word it begins), the first NEAREST_POOL of them by score. Reading an
   * entry for meaning costs a look-up per word; a server's thousands of entries that share no word with the question
   * are not read.
   */
  private nearestPool(words: string[], entries: Entry[], kind: EntryKind | undefined, options: AnswerOptions): Entry[] {
    if (entries.every((entry) => entry.origin === 'article')) return entries;
    const terms = [...new Set(words.flatMap((word) => termOf(word) ?? []))];
    const sharing = new Set(
      this.index
        .query({ terms, boosts: terms.map(() => 1), groups: terms.map((_, i) => i) }, { kind, guildId: options.guildId ?? null })
        .slice(0, NEAREST_POOL)
        .map((hit) => hit.entry),
    );
    return entries.filter((entry) => entry.origin === 'article' || sharing.has(entry));
  }

  /** Every speaker who has an entry visible in this server. */
  speakers(options: AnswerOptions = {}): Speaker[] {
    return this.view(options).speakers;
  }

  /** What a server sees: the article's entries, less those its moderators corrected, and its own entries. */
  visible(options: AnswerOptions = {}): Entry[] {
    return this.view(options).entries;
  }

  private quotes(words: string[], options: AnswerOptions): Answer[] {
    const quotes = this.visible(options).filter(isQuote);
    const order = (a: Entry, b: Entry): number =>
      Number(a.partial) - Number(b.partial) ||
      Number(isShortQuote(a)) - Number(isShortQuote(b)) ||
      a.paragraph - b.paragraph ||
      a.id.localeCompare(b.id, 'en', { numeric: true });

    // A poster named in full (`rapid response 47`): that post's words.
    const posts = quotes.filter((entry) => {
      if (!entry.post) return false;
      const posterWords = nameKey(`${entry.post.poster} ${entry.post.handle ?? ''}`)
        .replace(/@/gu, '')
        .split(' ');
      return words.every((word) => posterWords.some((p) => wordMatches(nameKey(word), p)));
    });
    if (posts.length > 0) return posts.sort(order).map((entry) => ({ entry, score: 1 }));

    const speakers = this.speakers(options).filter((s) => quotes.some((q) => q.speaker?.id === s.id));
    const matches = matchSpeakers(words, speakers);
    const best = matches[0];
    // A name picks a speaker; a role alone does only when it is the whole query (`mayor`, `chief engineer`),
    // not when it merely shares a word with a topic (`mexico city` is not the Mexican president).
    const picksSpeaker = best !== undefined && best.score > 0 && (best.score >= 3 || best.covered.size === words.length);
    if (best && picksSpeaker) {
      const top = matches.filter((m) => m.score === best.score);
      const ids = new Set(top.map((m) => m.speaker.id));
      const theirs = quotes.filter((q) => q.speaker && ids.has(q.speaker.id));
      const rest = words.filter((_, i) => !best.covered.has(i));
      if (rest.length === 0) return theirs.sort(order).map((entry) => ({ entry, score: best.score }));
      // The speaker and a topic: their quotes on it first, then their others.
      const onTopic = this.topic(rest, rest.join(' '), 'quote', options, 0).filter((a) => a.entry.speaker && ids.has(a.entry.speaker.id));
      const shown = new Set(onTopic.map((a) => a.entry.id));
      return [
        ...onTopic,
        ...theirs
          .filter((q) => !shown.has(q.id))
          .sort(order)
          .map((entry) => ({ entry, score: 0 })),
      ];
    }
    // On a topic, a quote is about it when its quoted words are: a partial quote whose sentence names the topic
    // only outside its quotation marks (in the attribution) weighs less than a quote that says it.
    // Nor is a quote about it when only the words describing its speaker name it (`an author of the petition`):
    // they say who speaks, not what about.
    const terms = new Set(words.flatMap((word) => termOf(word) ?? []));
    const names = (text: string): boolean => analyze(text).some((term) => terms.has(term));
    const onlyDescribesSpeaker = ({ text, lead, context, speaker }: Entry): boolean => {
      const descriptions = [speaker?.role ?? '', ...(speaker?.descriptions ?? [])].filter((d) => d && names(d));
      return descriptions.length > 0 && !names(descriptions.reduce((rest, d) => rest.split(d).join(' '), `${text} ${lead} ${context}`));
    };
    const onTopic = this.topic(words, words.join(' '), 'quote', options)
      .map((answer) => {
        if (answer.entry.partial && !quotedTerms(answer.entry.text).some((term) => terms.has(term)))
          return { ...answer, score: answer.score * this.weights.topicOutsideQuote };
        if (onlyDescribesSpeaker(answer.entry)) return { ...answer, score: answer.score * this.weights.topicDescribesSpeaker };
        return answer;
      })
      .sort((a, b) => b.score - a.score);
    if (onTopic.length > 0) return onTopic;
    const described = this.quotesOfDescribed(words, quotes, order, options);
    if (described.length > 0 || words.length < 2) return described;
    // `/quote` browses: on a topic of several words that no quote says in full (`risk of falling`, where a quote
    // speaks of falling and only a fact of the risk), the quotes that say part of it, best first.
    // (A quote whose words, attribution or speaker's role say one of the topic's own words, not a word only like one:
    // `Irene Castell`, who is not in the story, is no topic any quote says part of.)
    return this.topic(words, words.join(' '), 'quote', options, this.weights.minCoverage * PART_OF_TOPIC).filter(({ entry }) =>
      names([entry.text, entry.lead, entry.context, entry.speaker?.role ?? '', ...(entry.speaker?.descriptions ?? [])].join(' ')),
    );
  }

  /**
   * No quote says it: the people the article describes in those words (`Brennan renter` for a couple who rent a
   * flat in Brennan), their words. The sentence that describes them names them, or continues the paragraph that
   * named them last.
   */
  private quotesOfDescribed(words: string[], quotes: Entry[], order: (a: Entry, b: Entry) => number, options: AnswerOptions): Answer[] {
    const people = this.speakers(options).filter((s) => s.kind === 'person' && quotes.some((q) => q.speaker?.id === s.id));
    const named = (text: string): Speaker[] =>
      people.filter((person) => [person.name, ...person.aliases].some((name) => new RegExp(`\\b${escapeRegExp(name)}\\b`, 'u').test(text)));
    const facts = this.visible(options).filter((e) => e.kind === 'fact' && e.origin === 'article');
    for (const { entry, score } of this.topic(words, words.join(' '), 'fact', options)) {
      const paragraph = facts.filter((f) => f.paragraph === entry.paragraph);
      const at = paragraph.indexOf(entry);
      // (…or, none before it, the sentence right after it: `Shopkeepers described a chaotic day. At the Corner Pantry,
      // owner Samir Haddad said…` gives one of them.)
      const nearest = [...paragraph.keys()].slice(0, at + 1).reverse();
      if (at + 1 < paragraph.length) nearest.push(at + 1);
      for (const i of nearest) {
        const described = new Set(named(paragraph[i]!.text).map((person) => person.id));
        if (described.size > 0) {
          return quotes
            .filter((q) => q.speaker && described.has(q.speaker.id))
            .sort(order)
            .map((quote) => ({ entry: quote, score }));
        }
      }
    }
    return [];
  }

  /**
   * Facts on a topic. What the article reports, itself or from a named source, ranks a little above what a
   * party claims: `/facts` asks what is known.
   */
  private facts(words: string[], query: string, options: AnswerOptions): Answer[] {
    // A sentence is about its subject: one that names the topic only after its verb (an object, one of a list)
    // weighs less than one whose subject it is.
    const terms = new Set(words.flatMap((word) => termOf(word) ?? []));
    const hasVerbSense = this.hasVerbSense;
    const analysedTerms = (entry: Entry): string[] => this.analysedText(entry).trim().split(' ');
    const aside = (entry: Entry): boolean =>
      analysedTerms(entry).some((term) => terms.has(term)) &&
      ![...subjectWords(entry.text, hasVerbSense)].some((word) => terms.has(termOf(word) ?? word));
    return this.topic(words, query, 'fact', options)
      .map((answer) => {
        let score = answer.score;
        if (answer.entry.source.type === 'claim') score *= this.weights.claim;
        if (aside(answer.entry)) score *= this.weights.topicAfterVerb;
        return { ...answer, score };
      })
      .sort((a, b) => b.score - a.score);
  }

  private ask(words: string[], query: string, options: AnswerOptions): { results: Answer[]; silence: SilenceReason | null } {
    const focus = focusNoun(query, (word) => !this.thesaurus || this.thesaurus.isNoun(word) || !this.thesaurus.knows(word));
    const silence = silenceBeforeSearch(query, focus, {
      knowsNoun: (word, withKinds) => this.expander.knowsNoun(word, withKinds),
      linksToStory: (word, withNextSenses, forName) => this.expander.linksToStory(word, withNextSenses, forName),
      linksPhrasal: (verb, particle, after) => this.expander.linksPhrasal(verb, particle, after),
      derived: (word) => this.thesaurus?.derived(word) ?? [],
      inLexicon: (word) => this.thesaurus?.knows(word) === true,
      onlyNoun: (word) => this.thesaurus?.isNoun(word) === true && !this.thesaurus.isVerb(word) && !this.thesaurus.isAdjective(word),
      speakers: this.speakers(options),
    });
    if (silence) return { results: [], silence };
    const { reading, countedInStory } = this.planOf(words, query, undefined, options);
    const uncounted = silenceOnCount(query, reading.countedNoun, countedInStory);
    if (uncounted) return { results: [], silence: uncounted };
    // `When…`, `how much did it cost…`: only an entry holding a time, or a sum of money, answers. `When will…` asks
    // when something is to happen: the entry's own words must say it, not when they were said (its `when`).
    const kind = answerKind(query);
    const withoutAmount: Answer[] = [];
    const topical = this.topic(words, query, undefined, options, this.weights.minCoverage, withoutAmount);
    const ranked = asksForKind(kind)
      ? topical.filter((answer) =>
          holdsAnswerKind(kind.future ? answer.entry.text : `${answer.entry.text} ${answer.entry.lead} ${answer.entry.when ?? ''}`, kind),
        )
      : topical;
    // `How much would a closure cost?`: the sentence that states what is asked holds no amount; the one after it gives it.
    const stating = withoutAmount.sort((a, b) => b.score - a.score)[0];
    const counting = this.planOf(words, query, undefined, options).countPhrase;
    const amount = stating
      ? amountAfter(
          stating,
          ranked[0]?.score ?? 0,
          this.view(options).entries,
          this.weights,
          (entry) =>
            (!asksForKind(kind) || holdsAnswerKind(entry.text, kind)) &&
            // `How many…`: a count of what is asked, or one whose noun is left out; not a count of something else.
            (counting === null || counting.test(this.analysedText(entry)) || holdsBareCount(entry.text)),
        )
      : null;
    if (amount) ranked.unshift(amount);
    if (ranked.length === 0 && asksForKind({ ...kind, future: false })) return { results: [], silence: 'no answer of the kind asked' };
    // `What time did…`: a sentence that gives a time of day answers before any that gives only the day (the lede's
    // `resigned on Wednesday` says which day, `shortly before 4 p.m.` when in it).
    if (this.planOf(words, query, undefined, options).reading.wantsClock) {
      const clocked = ranked.filter((answer) => CLOCK_TIME.test(answer.entry.text));
      const top = ranked[0]?.score ?? 0;
      if (clocked.length > 0)
        ranked.splice(
          0,
          ranked.length,
          ...clocked.map((answer) => ({ ...answer, score: Math.max(answer.score, top) })),
          ...ranked.filter((answer) => !clocked.includes(answer)),
        );
    }
    // `Why…`: the best candidate states the event and gives no reason; the sentence a little after it that gives one answers.
    const explanation = WHY_QUESTION.test(query) && ranked[0] ? this.explanationOf(ranked[0], words, query, options) : null;
    if (explanation) ranked.unshift(explanation);
    // `Where…`: the best candidate names no place; the sentence beside it in its paragraph that names one answers.
    const place =
      !explanation && WHERE_QUESTION.test(query) && ranked[0] ? placeBeside(ranked[0], this.view(options).entries, this.weights) : null;
    if (place) ranked.unshift(place);
    // `How many…`: the best candidate holds no count of what is asked; the sentence after it that holds one answers.
    const countPhrase = this.planOf(words, query, undefined, options).countPhrase;
    const counted =
      !explanation && !place && countPhrase && ranked[0]
        ? countAfter(ranked[0], this.view(options).entries, this.weights, (entry) => countPhrase.test(this.analysedText(entry)))
        : null;
    if (counted) ranked.unshift(counted);
    // `Who voted against the increase?`: the best candidate names no one; a later one names the doer of the deed alone.
    const { deed, checks } = this.planOf(words, query, undefined, options);
    const doer = !explanation && !place && !counted && deed ? doerOfDeed(ranked, deed.verb, checks.people, RERANK_DEPTH) : null;
    if (doer) ranked.unshift(doer);
    // `Who scored the winner?`: the best candidate names no one; the first after it that names someone answers.
    const someone =
      !explanation && !place && !counted && !doer && reading.wantsPerson
        ? namedDoerFirst(ranked, this.speakers(options), reading.aboutTheirWords, NAMED_DOER_DEPTH)
        : null;
    if (someone) ranked.unshift(someone);
    // `Why…` whose best answer gives no reason and only restates the question (its words, a time, who said it): the
    // story states the event asked about but not why it happened. When the question asks for a speaker's view (`why does
    // Kim think…`) and the restatement is theirs, their quote just after it gives their reasons.
    const best = ranked[0];
    if (WHY_QUESTION.test(query) && best) {
      const { reading, query: terms, checks } = this.planOf(words, query, undefined, options);
      if (!givesReason(best.entry.text, checks.motive) && restatesQuestion(best.entry, new Set([...terms.terms, ...analyze(query)]))) {
        const theirs = reading.aboutTheirWords ? theirWordsAfter(best.entry, this.view(options).entries) : null;
        if (!theirs) return { results: [], silence: 'reason not given' };
        ranked.unshift({ entry: theirs, score: best.score });
      }
    }
    // `Why did the union end its strike?` whose best answer is the story's own account of the event, with no reason:
    // the story states what happened, not why (see eventOnly).
    if (ranked[0] && WHY_EVENT.test(query) && statesEventOnly(ranked[0].entry, query, this.hasVerbSense)) {
      const { checks } = this.planOf(words, query, undefined, options);
      if (!givesReason(ranked[0].entry.text, checks.motive)) return { results: [], silence: 'reason not given' };
    }
    // `What is the driver's name?`: a sentence that gives a name beside the driver, or the words of a speaker the article
    // describes so; not one that only speaks of the driver.
    const nameOf = nameAskedOf(query);
    if (nameOf && ranked.length > 0) {
      const term = termOf(nameOf) ?? nameOf;
      // (What a person is, the head of a role or description: `the head of the drivers' union` is no driver.)
      const describes = (speaker: Speaker | null): boolean =>
        speaker?.kind === 'person' &&
        [speaker.role ?? '', ...(speaker.descriptions ?? [])].some((role) => analyze(roleHeadPhrase(role)).at(-1) === term);
      const giving = ranked.filter((answer) => namesNoun(answer.entry.text, nameOf) || describes(answer.entry.speaker));
      if (giving.length === 0) return { results: [], silence: 'no name given' };
      ranked.splice(0, ranked.length, ...giving);
    }
    // `Did the council agree to cover the increase?`: a sentence reporting only that someone asked the council to (or
    // asked it for the thing) does not say whether it did. (Unless the question asks about the asking.)
    if (ranked.length > 0 && YES_NO_QUESTION.test(query) && !REQUEST_VERB.test(query)) {
      const asked = new Set(analyze(query));
      const answers = ranked.filter((answer) => !reportsRequestFor(answer.entry.text, asked));
      if (answers.length === 0) return { results: [], silence: 'only a request for it' };
      ranked.splice(0, ranked.length, ...answers);
    }
    // `Has Sheriff Moore arrested anyone?`: the best answer is about the one it names (their words, often) but says
    // too little of what it asks they did.
    if (ranked[0] && YES_NO_QUESTION.test(query) && this.deedUnsaid(this.planOf(words, query, undefined, options), ranked[0].entry))
      return { results: [], silence: 'deed not stated' };
    // `What did the federal government say…?`: a sentence naming it only as whom it speaks of (`asked the federal
    // government for…`) gives none of its words.
    const speakerAsked = queryWords(WORDS_OF.exec(query)?.[1] ?? '');
    if (ranked[0] && speakerAsked.length > 0 && namesSpeakerOnlyAsSpokenOf(ranked[0].entry, speakerAsked, this.hasVerbSense))
      return { results: [], silence: 'speaker only spoken of' };
    // A partial quote is also a fact of the same sentence: show the sentence once, as the quote.
    const seen = new Map<string, Answer>();
    const wanted = (options.limit ?? 25) + 1;
    for (const answer of ranked) {
      const key = answer.entry.text;
      const kept = seen.get(key);
      if (!kept) {
        if (seen.size >= wanted) break;
        seen.set(key, answer);
      } else if (answer.score >= kept.score * 0.999 && isQuote(answer.entry) && !isQuote(kept.entry))
        seen.set(key, { ...answer, score: kept.score });
    }
    // A phrase quoted beside a direct quote of the same sentence (same speaker, same sentence before) is the
    // lesser answer: the direct quote goes first.
    const sentenceOf = (entry: Entry): string => `${entry.paragraph}|${entry.speaker?.id ?? ''}|${entry.context}`;
    const direct = new Set([...seen.values()].filter((a) => isQuote(a.entry) && !a.entry.partial).map((a) => sentenceOf(a.entry)));
    const answers = [...seen.values()].map((a) =>
      isQuote(a.entry) && a.entry.partial && direct.has(sentenceOf(a.entry))
        ? { ...a, score: a.score * this.weights.partialBesideDirect }
        : a,
    );
    // In the order ranked (a quote that replaced its sentence took that sentence's place).
    const ordered = answers.every((a, i) => i === 0 || answers[i - 1]!.score >= a.score)
      ? answers
      : answers.sort((a, b) => b.score - a.score);
    return { results: ordered, silence: null };
  }

  /**
   * `Why…`: the sentence a little after the best candidate that explains the event it states (see explanationAfter); a
   * sentence passed over on the way must name one of the question's own words (`the board` of `why did the board…`).
   */
  private explanationOf(best: Answer, words: string[], query: string, options: AnswerOptions): Answer | null {
    const own = analyze(words.filter((word) => !STOP_WORDS.has(word)).join(' '));
    const onEvent = (entry: Entry): boolean => {
      const text = this.analysedText(entry);
      return own.some((term) => text.includes(` ${term} `));
    };
    const { motive } = this.planOf(words, query, undefined, options).checks;
    return explanationAfter(best, this.view(options).entries, this.weights, motive, onEvent);
  }

  /**
   * A yes/no question naming a speaker, and an entry that says too little of what it asks they did: its deed coverage
   * (see deedCoverage) below `minDeedCoverage`. A word counts as held by its term or a lexicon word for it in the entry
   * (a quote's own sentence too: `asked whether he would…` says what its words answer), or by a word near in meaning.
   */
  private deedUnsaid(plan: QuestionPlan, entry: Entry): boolean {
    const { named, speakerWords, weights, query: terms, words } = plan;
    if (named.length === 0) return false;
    const text = entry.kind === 'quote' ? ` ${analyze(`${entry.text} ${entry.lead}`).join(' ')} ` : this.analysedText(entry);
    const quality = (group: number): number => {
      let best = 0;
      terms.terms.forEach((term, i) => {
        if (terms.groups[i] === group && text.includes(` ${term} `)) best = Math.max(best, terms.qualities?.[i] ?? 1);
      });
      return best;
    };
    const nearness = (group: number): number => this.soft?.nearnessOf(words[group]!)(entry) ?? 0;
    return deedCoverage(weights, speakerWords, quality, nearness) < this.weights.minDeedCoverage;
  }

  /**
   * What a question asks, read from its words and the server's entries: the same question asked again while the
   * entries stay as they are is read from the plans kept (at most PLANS_KEPT per server, the index's revision and
   * the question's words as key), not again. A plan is never changed once made.
   */
  private planOf(askedWords: string[], question: string, kind: EntryKind | undefined, options: AnswerOptions): QuestionPlan {
    if (this.plans.revision !== this.index.revision) this.plans = { revision: this.index.revision, byKey: new Map() };
    const key = `${options.guildId ?? ''}\u0000${kind ?? ''}\u0000${askedWords.join(' ')}\u0000${question}`;
    let plan = this.plans.byKey.get(key);
    if (!plan) {
      plan = this.plan(askedWords, question, kind, options);
      if (this.plans.byKey.size >= PLANS_KEPT) this.plans.byKey.clear();
      this.plans.byKey.set(key, plan);
    }
    return plan;
  }

  private plan(askedWords: string[], question: string, kind: EntryKind | undefined, options: AnswerOptions): QuestionPlan {
    const view = (): ServerView => this.view(options);
    return this.planner.plan(
      askedWords,
      question,
      kind,
      this.speakers(options),
      () => (view().initialisms ??= findInitialisms(view().entries.map((entry) => entry.text))),
      () =>
        (view().givenNames ??= givenNamesOf(
          view().entries.map((entry) => entry.text),
          this.isCommonWord,
        )),
      () => (view().countedWords ??= wordsCounted(view().entries.map((entry) => wordsOfText(entry)))),
    );
  }

  private topic(
    askedWords: string[],
    question: string,
    kind: EntryKind | undefined,
    options: AnswerOptions,
    minCoverage = this.weights.minCoverage,
    withoutAmount?: Answer[],
  ): Answer[] {
    const {
      reading,
      words,
      countedGroup,
      named,
      speakerWords,
      query,
      weights,
      total,
      namedIds,
      countPhrase,
      countedTerms,
      checks,
      predicates,
      commonWords,
      deed,
    } = this.planOf(askedWords, question, kind, options);
    const names = withoutAmount ? namesIn(question) : new Set<string>();
    // Made once a server view, read for each hit below.
    const references = this.referencesOf(options);
    // `How many hotels…` counts things: a sum of money (`$48 million`) is no count of them, unless money is what it counts.
    const countsThings = countedGroup >= 0 && !namesSum(words[countedGroup]!);
    // Retrieval: the index's hits that cover enough of the question, scored on what retrieval knows.
    const answers: Array<Answer & { retrieval: RetrievalFeatures; bySpeaker: boolean; groups: ReadonlyMap<number, number> }> = [];
    const topScores: number[] = [];
    const bound = retrievalBound(this.weights);
    // A question about a named speaker's words is answered too by a sentence reporting them (`no comment from Okafor`).
    const reports = reading.aboutTheirWords ? named.map((match) => ({ match, pattern: reportedSpeechPattern(match.speaker) })) : [];
    // The most the question's predicates can add to a hit's coverage (see nearPredicates), for the bound below: a
    // similarity of the stored vectors' bytes may pass 1 a little by rounding, so a tenth more.
    let nearMost = 0;
    for (const { group } of predicates) nearMost += Math.max(0, weights[group] ?? 0) * this.weights.nearPredicate * 1.1;
    for (const hit of this.index.query(query, { kind, guildId: options.guildId ?? null })) {
      const own = Boolean(hit.entry.speaker && namedIds.has(hit.entry.speaker.id));
      const reported = own ? undefined : reports.find((report) => report.pattern.test(hit.entry.text))?.match;
      const bySpeaker = own || reported !== undefined;
      const speakerId = reported?.speaker.id ?? hit.entry.speaker?.id;
      // `the telescope's nickname` is given by a sentence that names it another way (`also known as Tianyan`).
      const namesAnother = reading.namingGroup >= 0 && NAMING.test(hit.entry.text);
      // …and only such a sentence: another name is the kind of answer asked for.
      if (reading.namingGroup >= 0 && !namesAnother) continue;
      // A hit that could not cover enough even with every word it matched fully, its speaker's and naming words, and
      // all the predicates' nearness is left before its names are read (a server's first question reads each
      // hit's once: most hits of a question match one of its words).
      let most = nearMost;
      for (const [group, quality] of hit.matchedGroups) most += Math.max(0, weights[group] ?? 0) * quality;
      if (namesAnother) most += Math.max(0, weights[reading.namingGroup] ?? 0);
      // `The FBI is investigating.`: the deed asked about with its object left out, as the story's own subject.
      const objectOut = deed !== null && hit.matchedGroups.get(deed.group) === 1 && leavesObjectOut(hit.entry.text, deed.verb);
      if (objectOut) for (const group of deed.objectGroups) most += Math.max(0, weights[group] ?? 0) * SYNONYM_QUALITY;
      // `a big-money prize`: a sum of money (`the $3 million prize`) is what the word for money names.
      const sum = reading.moneyGroup >= 0 && (hit.matchedGroups.get(reading.moneyGroup) ?? 0) < 1 && namesSum(hit.entry.text);
      if (sum) most += Math.max(0, weights[reading.moneyGroup] ?? 0);
      // `Were any pupils inside?`: `no one was inside` says it of everyone, so of the pupils too.
      const anyDenied =
        checks.yesNo?.any != null &&
        (hit.matchedGroups.get(checks.yesNo.any.group) ?? 0) < 1 &&
        deniesAny(hit.entry.text, checks.yesNo.any.person);
      if (anyDenied) most += Math.max(0, weights[checks.yesNo!.any!.group] ?? 0);
      // `None of the home's residents died`: the Lindenhof care home named before it, by its head noun alone.
      const referred = this.referredGroups(references.get(hit.entry), words, hit.matchedGroups);
      for (const group of referred) most += Math.max(0, weights[group] ?? 0) * SYNONYM_QUALITY;
      if (bySpeaker) {
        for (const match of named) {
          if (match.speaker.id === speakerId) for (const i of match.covered) most += Math.max(0, weights[i] ?? 0);
        }
      }
      // `Why…`: a sentence giving a reason names the cause, which the question cannot, and restates the event
      // only in part (`the policy shift was seen as an attempt to…` for `why did they make this change`).
      // A yes/no question answered in the story's own words (a denial, what will happen) shares fewer of its words.
      const needed =
        reading.wantsReason && givesReason(hit.entry.text, checks.motive)
          ? minCoverage * this.weights.reasonCoverage
          : checks.yesNo && answersInOwnWords(hit.entry.text, checks.yesNo)
            ? minCoverage * this.weights.yesNoCoverage
            : minCoverage;
      if (most / total < needed) continue;
      // What `how many` counts is covered by a count of it (`900 members`), half by a mere mention.
      const halfCounted = countPhrase !== null && hit.matchedGroups.has(countedGroup) && !countPhrase.test(this.analysedText(hit.entry));
      const inNames = this.nameWordsOf(hit.entry, hit.matchedGroups, commonWords);
      // The hit's own groups, copied only when the speaker, the count, a name or a naming changes them.
      const covered =
        bySpeaker || halfCounted || namesAnother || sum || anyDenied || objectOut || inNames.length > 0 || referred.length > 0
          ? new Map(hit.matchedGroups)
          : hit.matchedGroups;
      if (namesAnother) covered.set(reading.namingGroup, 1);
      if (sum) covered.set(reading.moneyGroup, 1);
      if (anyDenied) covered.set(checks.yesNo!.any!.group, 1);
      if (objectOut) for (const group of deed.objectGroups) covered.set(group, Math.max(covered.get(group) ?? 0, SYNONYM_QUALITY));
      for (const group of inNames) covered.set(group, covered.get(group)! * NAME_PART_QUALITY);
      for (const group of referred) covered.set(group, Math.max(covered.get(group) ?? 0, SYNONYM_QUALITY));
      if (bySpeaker) {
        for (const match of named) if (match.speaker.id === speakerId) for (const i of match.covered) covered.set(i, 1);
      }
      if (halfCounted) covered.set(countedGroup, covered.get(countedGroup)! / 2);
      let coverage = 0;
      for (const [group, quality] of covered) coverage += (weights[group] ?? 0) * quality;
      coverage += this.nearPredicates(predicates, covered, weights, hit.entry, needed * total - coverage);
      coverage /= total;
      if (coverage < needed) continue;
      // `how many` and `how much` are answered by an amount; a sentence with none does not answer them.
      // (An ordinal on the counted noun gives a count so far: `its third hearing`.)
      if (
        reading.wantsAmount &&
        !AMOUNT.test(countsThings ? this.analysedUncounted(hit.entry) : this.analysedUndated(hit.entry)) &&
        !(reading.countsSoFar && countPhrase?.test(this.analysedText(hit.entry)))
      ) {
        // …but it may state what is asked, the amount in the sentence after it (amountAfter): one naming what is
        // counted, and each name the question gives.
        const counts =
          countedGroup < 0 ||
          this.analysedText(hit.entry)
            .split(' ')
            .some((term) => countedTerms.has(term));
        if (withoutAmount && counts && words.every((word, group) => !names.has(word) || hit.matchedGroups.has(group)))
          withoutAmount.push({ entry: hit.entry, score: scoreRetrieval({ match: hit.score, coverage, bySpeaker }, this.weights) });
        continue;
      }
      const retrieval: RetrievalFeatures = { match: hit.score, coverage, bySpeaker };
      const score = scoreRetrieval(retrieval, this.weights);
      answers.push({ entry: hit.entry, score, retrieval, bySpeaker, groups: hit.matchedGroups });
      // Hits come best first. Once RERANK_DEPTH candidates beat anything a later hit could still score,
      // the rest could only fill the unranked tail: stop (common words can match thousands of entries).
      if (namedIds.size === 0 || bySpeaker) {
        const at = topScores.findIndex((s) => s < score);
        topScores.splice(at < 0 ? topScores.length : at, 0, score);
        if (topScores.length > RERANK_DEPTH) topScores.pop();
      }
      if (topScores.length === RERANK_DEPTH && hit.score * bound < topScores[RERANK_DEPTH - 1]!) break;
    }
    answers.sort((a, b) => b.score - a.score);
    // The best candidates described fully and scored by the one function.
    for (let i = 0; i < Math.min(RERANK_DEPTH, answers.length); i++) {
      const answer = answers[i]!;
      answer.score = scoreCandidate(
        describeCandidate(answer.entry, this.analysedText(answer.entry), answer.retrieval, checks),
        this.weights,
      );
    }
    // A question about what a named speaker said (`what did Trump say…`) is answered from their words when
    // they have any; one about what they did (`how many strikes has Trump ordered`) from any sentence.
    const aboutTheirWords = reading.aboutTheirWords;
    // Arrays below are filled by push, not made by map or filter: what those give differs (in the engine's
    // representation) between optimised and unoptimised code, and code reading both deoptimised again and again.
    // Their words are what they said: their quotes before sentences that report them.
    const theirs: typeof answers = [];
    if (aboutTheirWords) {
      for (const answer of answers) {
        if (answer.bySpeaker) theirs.push(isQuote(answer.entry) ? { ...answer, score: answer.score * this.weights.ownWords } : answer);
      }
    }
    // `What did Santos say about the lawsuit?`: their words on that topic, or nothing; not their words on another.
    const topicGroups: number[] = [];
    for (const word of queryWords(ABOUT_TOPIC.exec(question)?.[1] ?? '')) {
      const group = words.indexOf(word);
      if (group >= 0 && !speakerWords.has(group)) topicGroups.push(group);
    }
    if (theirs.length > 0 && topicGroups.length > 0 && kind === undefined) {
      const onTopic = theirs.filter((answer) => topicGroups.some((group) => answer.groups.has(group)));
      if (onTopic.length === 0) return [];
      theirs.splice(0, theirs.length, ...onTopic);
    }
    const chosen = theirs.length > 0 ? theirs : answers;
    const results: Answer[] = [];
    // Nothing asked but what they said (`what did the governor say?`): their words as `/quote` gives them.
    if (theirs.length > 0 && words.every((_, i) => speakerWords.has(i))) {
      // …unless it asks when they spoke: then the sentence that says when.
      const rank = (entry: Entry): number => (reading.wantsTime && findWhen(entry.text) ? -1 : isQuote(entry) ? Number(entry.partial) : 2);
      let ceiling = Number.POSITIVE_INFINITY;
      theirs.sort((a, b) => rank(a.entry) - rank(b.entry) || a.entry.paragraph - b.entry.paragraph || b.score - a.score);
      for (const { entry, score } of theirs) {
        ceiling = Math.min(ceiling, score);
        results.push({ entry, score: ceiling });
      }
      return results;
    }
    for (const { entry, score } of chosen) results.push({ entry, score });
    return results.sort((a, b) => b.score - a.score);
  }

  /**
   * The question's lower-case words that an entry matches only as a common word inside a coined name (`medicine` by
   * `Editas Medicine`, in its sentence, its attribution or its speaker's name), the question naming none of that
   * name's other words: the common noun asked about is not there. A word matched only in the sentence before is left
   * alone.
   */
  private nameWordsOf(entry: Entry, matched: ReadonlyMap<number, number>, common: CommonWords): number[] {
    let parts = this.nameParts.get(entry);
    if (parts === undefined) {
      const speaker = entry.speaker;
      const described = speaker ? [speaker.role ?? '', ...(speaker.descriptions ?? [])] : [];
      const texts = [entry.text, entry.lead, ...described];
      // Most entries hold no name of two capitalised words at all, and most speakers' names no common word: nothing
      // to read then (the texts' words could only take a speaker's name's words out of names).
      parts =
        texts.some((text) => TWO_CAPITALISED.test(text)) || (speaker !== null && this.nameHoldsCommonWord(speaker.name))
          ? namePartsOf(texts, speaker ? [speaker.name] : [], this.isCommonWord)
          : NO_NAME_PARTS;
      this.nameParts.set(entry, parts);
    }
    const { inNames, seen } = parts;
    if (inNames.size === 0) return [];
    const groups: number[] = [];
    for (const group of matched.keys()) {
      const held = (common.terms.get(group) ?? []).filter((term) => seen.has(term));
      // Another word of the question in the same name (`editas medicine`): the question names the name.
      const namesIt = (mate: string): boolean => {
        for (const [other, term] of common.own) if (other !== group && term === mate) return true;
        return false;
      };
      const onlyInNames = held.every((term) => {
        const mates = inNames.get(term);
        return mates !== undefined && ![...mates].some(namesIt);
      });
      if (held.length > 0 && onlyInNames) groups.push(group);
    }
    return groups;
  }

  /** Whether a speaker's name alone holds a common word inside a coined name (see nameWordsOf); remembered by name. */
  private nameHoldsCommonWord(name: string): boolean {
    let holds = this.namesWithCommonWords.get(name);
    if (holds === undefined) {
      holds = /\s/u.test(name) && namePartsOf([], [name], this.isCommonWord).inNames.size > 0;
      if (this.namesWithCommonWords.size >= REMEMBERED_NAMES) this.namesWithCommonWords.clear();
      this.namesWithCommonWords.set(name, holds);
    }
    return holds;
  }

  /** The names each article entry of the server's view refers to by a definite head alone (definiteReference.ts). */
  private referencesOf(options: AnswerOptions): ReadonlyMap<Entry, ReadonlySet<string>> {
    const view = this.view(options);
    const thesaurus = this.thesaurus;
    if (!thesaurus) return new Map();
    view.references ??= namesReferredTo(view.entries, {
      isCommonNoun: (word) => thesaurus.isNoun(word) && !thesaurus.isInstance(word),
      isCommonWord: this.isCommonWord,
    });
    return view.references;
  }

  /**
   * The question's words that name a thing the entry speaks of only by its head noun (`the home` for the Lindenhof
   * care home named before it; see definiteReference.ts), and that it does not match as well already.
   */
  private referredGroups(terms: ReadonlySet<string> | undefined, words: readonly string[], matched: ReadonlyMap<number, number>): number[] {
    if (!terms) return [];
    const groups: number[] = [];
    words.forEach((word, group) => {
      const term = termOf(word);
      if (term && terms.has(term) && (matched.get(group) ?? 0) < SYNONYM_QUALITY) groups.push(group);
    });
    return groups;
  }

  /**
   * What the candidate's words near in meaning to the question's predicates add to its coverage (in weight, not
   * yet a share): nothing when even full nearness could not lift it by `needed`, which spares the vector work.
   */
  private nearPredicates(predicates: Predicate[], covered: Map<number, number>, weights: number[], entry: Entry, needed: number): number {
    const factor = this.weights.nearPredicate;
    // Plain loops, no copies: this runs for every hit of every question.
    let open = 0;
    let most = 0;
    for (const { group } of predicates) {
      if ((covered.get(group) ?? 0) < factor) {
        open++;
        most += (weights[group] ?? 0) * factor;
      }
    }
    if (open === 0 || most < needed) return 0;
    let added = 0;
    for (const { group, nearness } of predicates) {
      const had = covered.get(group) ?? 0;
      if (!(had < factor)) continue;
      const near = nearness(entry) * factor;
      if (near > had) added += (weights[group] ?? 0) * (near - had);
    }
    return added;
  }

  /** "Did you mean" for the server's view: its speakers' names and its words of four letters or more, made once. */
  private suggest(words: string[], options: AnswerOptions): string[] {
    const view = this.view(options);
    view.speakerParts ??= view.speakers.map((s) => ({ name: s.name, parts: nameKey(s.name).split(' ') }));
    view.vocabulary ??= [...new Set(view.entries.flatMap((e) => wordsOfText(e)).filter((w) => w.length >= 4 && !STOP_WORDS.has(w)))];
    return didYouMean(words, view.vocabulary, view.speakerParts, (term) => this.index.has(term));
  }
}
