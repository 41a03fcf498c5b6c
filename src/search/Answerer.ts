import { nameKey } from '../story/normalize.js';
import type { Entry, EntryKind, Speaker } from '../story/types.js';
import { findWhen } from '../story/whenWhere.js';
import { analyze, queryWords, STOP_WORDS, termOf, tokenize } from './analyzer.js';
import { wordsOfText } from './entryWords.js';
import { answerKind, asksForKind, givesAgeOf, holdsAnswerKind, withoutDates, withoutSums } from './answerType.js';
import { ANSWER_WEIGHTS, type AnswerWeights, scoreCandidate } from './answerWeights.js';
import { deedCoverage } from './deedStated.js';
import { didYouMean } from './didYouMean.js';
import { countsAsked, countsOnlyRoughly, describeCandidate, namesPlaceAsked } from './candidateFeatures.js';
import { namesReferredTo } from './definiteReference.js';
import { explanationAfter, theirWordsAfter } from './explanationAfter.js';
import { placeBeside } from './placeBeside.js';
import { countAfter } from './countAfter.js';
import { doerOfDeed } from './doerOfDeed.js';
import { namedDoerFirst } from './namedDoer.js';
import { amountAfter, holdsBareCount } from './amountAfter.js';
import { focusNoun, type SilenceReason, silenceAfterRanking, silenceBeforeSearch, silenceOnCount } from './decideSilence.js';
import { oneAnswerPerSentence } from './oneAnswerPerSentence.js';
import { matchSpeakers, wordMatches } from './matchSpeakers.js';
import { speakersByRoleHead } from './roleHead.js';
import { describedHead, describedPerson } from './describedPerson.js';
import { holdingFirst } from './holdingFirst.js';
import { ABOUT_TOPIC, CLOCK_TIME, escapeRegExp, namesIn, WHEN_QUESTION, WHERE_QUESTION, WHY_QUESTION } from './questionShape.js';
import { type NameWords, namePartsOf } from './nameWords.js';
import { findInitialisms, type Initialism } from './initialisms.js';
import { givenNamesOf } from './givenNames.js';
import { wordsCounted } from './countedKinds.js';
import { QuestionExpander, SYNONYM_QUALITY } from './QuestionExpander.js';
import { type CommonWords, type Predicate, type QuestionPlan, QuestionPlanner } from './planQuestion.js';
import type { SearchView } from './SearchView.js';
import type { Thesaurus } from './Thesaurus.js';
import { type EntryTexts, RERANK_DEPTH, retrieveCandidates } from './retrieveCandidates.js';
import { subjectWords } from './sentenceSubject.js';
import { countedQualifier, countsOppositeKind } from './otherKindCounted.js';
import { SoftCoverage } from './softCoverage.js';
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
  /** A noun whose commonest sense is a made thing or a place (`cafe`, `bridge`, `park`): what a name ending in it is. */
  private readonly namesStructure = (word: string): boolean => this.thesaurus?.namesStructure(word) === true;
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

  /** Analysed terms of an entry's text without its dates, clock times, sums of money and shares: whether it counts things. */
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
    // `utility president`: a role word as the query's head names its holder (roleHead), unless the rule above already
    // picks a speaker by that word; a name matching a word before it (`Public Utility Commission`) does not count.
    const [holder, ...others] = picksSpeaker && best.covered.has(words.length - 1) ? [] : speakersByRoleHead(words, speakers);
    if (holder && others.length === 0)
      return quotes
        .filter((q) => q.speaker?.id === holder.id)
        .sort(order)
        .map((entry) => ({ entry, score: 1 }));
    let unnamedGroup: Answer[] = [];
    if (best && picksSpeaker) {
      const top = matches.filter((m) => m.score === best.score);
      const ids = new Set(top.map((m) => m.speaker.id));
      const theirs = quotes.filter((q) => q.speaker && ids.has(q.speaker.id));
      const rest = words.filter((_, i) => !best.covered.has(i));
      if (rest.length === 0) return theirs.sort(order).map((entry) => ({ entry, score: best.score }));
      // The speaker and a topic: their quotes on it first, then their others. A partial quote is on it when its quoted
      // words are (`Coastline Buses' managing director … told the radio the decision had been “agonising”` says
      // nothing of the company in his words).
      const restTerms = new Set(rest.flatMap((word) => termOf(word) ?? []));
      const onTopic = this.topic(rest, rest.join(' '), 'quote', options, 0).filter(
        (a) =>
          a.entry.speaker && ids.has(a.entry.speaker.id) && (!a.entry.partial || quotedTerms(a.entry.text).some((t) => restTerms.has(t))),
      );
      const shown = new Set(onTopic.map((a) => a.entry.id));
      const answers = [
        ...onTopic,
        ...theirs
          .filter((q) => !shown.has(q.id))
          .sort(order)
          .map((entry) => ({ entry, score: 0 })),
      ];
      // A group the article names by a common noun (`residents of more than 20 villages`) is named by that noun, but
      // `Little Brampton resident` asks for someone of Little Brampton: when none of the group's words say the rest, the
      // people described so come first (below), the group's words only failing them.
      const unnamed = top.every((m) => m.speaker.kind === 'organisation' && /^\p{Ll}/u.test(m.speaker.name));
      if (onTopic.length > 0 || !unnamed) return answers;
      unnamedGroup = answers;
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
    if (unnamedGroup.length > 0) {
      const described = this.quotesOfDescribed(words, quotes, order, options);
      return described.length > 0 ? described : unnamedGroup;
    }
    // `bus driver`, a kind of person, best met by a sentence that says it of its speaker outside the few words it quotes
    // (`Paul Nkemelu, who has driven for Cotswold Red for 19 years, said staff had been given ‘very little information’`):
    // the query describes that speaker, whose words come first, whole quotes before partial ones.
    const describedSpeaker = this.describedByPartial(words, onTopic[0], terms);
    if (describedSpeaker) {
      const theirs = quotes.filter((q) => q.speaker?.id === describedSpeaker.id).sort(order);
      return [
        ...theirs.map((entry) => ({ entry, score: onTopic[0]!.score })),
        ...onTopic.filter((answer) => answer.entry.speaker?.id !== describedSpeaker.id),
      ];
    }
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

  /** The speaker of the best answer to a query naming a kind of person, when only its sentence, not its quoted words, says it. */
  private describedByPartial(words: string[], best: Answer | undefined, terms: ReadonlySet<string>): Speaker | null {
    const head = words.at(-1);
    const speaker = best?.entry.speaker;
    if (!best || !speaker || !best.entry.partial || !head || this.thesaurus?.namesPerson(head) !== true) return null;
    return quotedTerms(best.entry.text).some((term) => terms.has(term)) ? null : speaker;
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
   * party claims: `/facts` asks what is known. With no fact on it, the quotes on it.
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
    const found = this.topic(words, query, 'fact', options);
    // A topic that only the speakers speak of (`business rate relief`, promised in a quote): their words, each shown as
    // its speaker's, rather than nothing.
    if (found.length === 0) return this.topic(words, query, 'quote', options);
    return found
      .map((answer) => {
        let score = answer.score;
        if (answer.entry.source.type === 'claim') score *= this.weights.claim;
        if (aside(answer.entry)) score *= this.weights.topicAfterVerb;
        return { ...answer, score };
      })
      .sort((a, b) => b.score - a.score);
  }

  /**
   * `/ask`, stage by stage: silence before search (decideSilence), the plan (planQuestion), candidates retrieved and
   * scored (topic), those holding the kind of answer asked, a sentence beside the best that gives what it lacks
   * (answerBeside), silence after ranking (decideSilence), each sentence once (oneAnswerPerSentence).
   */
  private ask(words: string[], query: string, options: AnswerOptions): { results: Answer[]; silence: SilenceReason | null } {
    const silence = this.silenceBefore(query, options);
    if (silence) return { results: [], silence };
    const plan = this.planOf(words, query, undefined, options);
    const { reading, countedInStory, countPhrase } = plan;
    const uncounted = silenceOnCount(query, reading.countedNoun, countedInStory);
    if (uncounted) return { results: [], silence: uncounted };
    // `When…`, `how much did it cost…`: only an entry holding a time, or a sum of money, answers. `When will…` asks
    // when something is to happen: the entry's own words must say it, not when they were said (its `when`).
    const kind = answerKind(query);
    const withoutAmount: Answer[] = [];
    const topical = this.topic(words, query, undefined, options, this.weights.minCoverage, withoutAmount);
    // `How old is Maureen Okafor?`: an age of hers, not of someone named beside her.
    const agedNames = kind.age ? namesIn(query) : new Set<string>();
    const ranked = asksForKind(kind)
      ? topical.filter(
          (answer) =>
            holdsAnswerKind(
              kind.future ? answer.entry.text : `${answer.entry.text} ${answer.entry.lead} ${answer.entry.when ?? ''}`,
              kind,
            ) &&
            (!kind.age || givesAgeOf(answer.entry.text, agedNames)),
        )
      : topical;
    // `How much would a closure cost?`: the sentence that states what is asked holds no amount; the one after it gives it.
    const stating = withoutAmount.sort((a, b) => b.score - a.score)[0];
    const amount = stating
      ? amountAfter(
          stating,
          ranked[0]?.score ?? 0,
          this.view(options).entries,
          this.weights,
          (entry) =>
            (!asksForKind(kind) || holdsAnswerKind(entry.text, kind)) &&
            // `How many…`: a count of what is asked, or one whose noun is left out; not a count of something else.
            (countPhrase === null || countPhrase.test(this.analysedText(entry)) || holdsBareCount(entry.text)),
        )
      : null;
    if (amount) ranked.unshift(amount);
    if (ranked.length === 0 && asksForKind({ ...kind, future: false })) return { results: [], silence: 'no answer of the kind asked' };
    // `What time did…`: a sentence that gives a time of day answers before any that gives only the day; `where…`, one
    // that names a place before those naming none.
    if (reading.wantsClock) ranked.splice(0, ranked.length, ...holdingFirst(ranked, (text) => CLOCK_TIME.test(text)));
    if (reading.wantsPlace) ranked.splice(0, ranked.length, ...holdingFirst(ranked, (text) => namesPlaceAsked(text, reading)));
    // `How many fish were killed?`: a sentence giving the figure (`6,000 dead fish`) answers before one that counts them
    // only roughly (`killing thousands of fish`), when it scores at least `countAfter` of it.
    const roughly = countPhrase !== null && ranked[0] !== undefined && countsOnlyRoughly(this.analysedText(ranked[0].entry), countPhrase);
    if (roughly) {
      const top = ranked[0]!.score;
      const figure = ranked.find((answer) => {
        const text = this.analysedText(answer.entry);
        return answer.score >= top * this.weights.countAfter && countPhrase!.test(text) && !countsOnlyRoughly(text, countPhrase!);
      });
      if (figure) ranked.splice(0, ranked.length, { ...figure, score: top }, ...ranked.filter((answer) => answer !== figure));
    }
    // `How many secondary schools…`: not a sentence counting only the opposite kind (`410 primary schools`).
    const qualifier = countedQualifier(query, reading.countedNoun);
    const opposites = qualifier ? (this.thesaurus?.antonyms(qualifier) ?? []) : [];
    if (opposites.length > 0) {
      const kept = ranked.filter((answer) => !countsOppositeKind(answer.entry.text, reading.countedNoun!, qualifier!, opposites));
      ranked.splice(0, ranked.length, ...kept);
    }
    const beside = ranked[0] ? this.answerBeside(ranked, plan, words, query, options) : null;
    if (beside) ranked.unshift(beside);
    // Silence after ranking: the best answers say something near the question but not what it asks.
    const standing = silenceAfterRanking(query, ranked, {
      searched: () => new Set([...plan.query.terms, ...analyze(query)]),
      motive: plan.checks.motive,
      aboutTheirWords: reading.aboutTheirWords,
      theirWordsAfter: (entry) => theirWordsAfter(entry, this.view(options).entries),
      hasVerbSense: this.hasVerbSense,
      deedUnsaid: (entry) => this.deedUnsaid(plan, entry, query),
    });
    if (standing.silence) return { results: [], silence: standing.silence };
    return { results: oneAnswerPerSentence(standing.ranked, options.limit ?? 25, this.weights.partialBesideDirect), silence: null };
  }

  /** Silence before search (decideSilence): the question names what the story does not hold. */
  private silenceBefore(query: string, options: AnswerOptions): SilenceReason | null {
    const thesaurus = this.thesaurus;
    const asksSum = answerKind(query).money;
    const focus = focusNoun(
      query,
      (word) => !thesaurus || thesaurus.isNoun(word) || !thesaurus.knows(word),
      (word) => asksSum && thesaurus?.namesSum(word) === true,
    );
    return silenceBeforeSearch(query, focus, {
      knowsNoun: (word, withKinds) => this.expander.knowsNoun(word, withKinds),
      linksToStory: (word, withNextSenses, forName) => this.expander.linksToStory(word, withNextSenses, forName),
      linksPhrasal: (verb, particle, after) => this.expander.linksPhrasal(verb, particle, after),
      derived: (word) => thesaurus?.derived(word) ?? [],
      inLexicon: (word) => thesaurus?.knows(word) === true,
      onlyNoun: (word) => thesaurus?.isNoun(word) === true && !thesaurus.isVerb(word) && !thesaurus.isAdjective(word),
      speakers: this.speakers(options),
    });
  }

  /**
   * The best candidate (`ranked[0]`) lacks what the question's shape asks for; a sentence beside it, or a later
   * candidate, that gives it answers first. The first of these rules that finds one decides:
   * - `Why…`: the best states the event and gives no reason; the sentence a little after it that gives one (explanationAfter).
   * - `Where…`: the best names no place; the sentence beside it in its paragraph that names one (placeBeside).
   * - `How many…`: the best holds no count of what is asked; the sentence after it that holds one (countAfter).
   * - `Who voted against the increase?`: the best names no one; a later one names the doer of the deed alone (doerOfDeed).
   * - `Who scored the winner?`: the best names no one; the first after it that names someone (namedDoer).
   */
  private answerBeside(ranked: Answer[], plan: QuestionPlan, words: string[], query: string, options: AnswerOptions): Answer | null {
    const best = ranked[0]!;
    const { reading, countPhrase, deed, checks } = plan;
    const entries = this.view(options).entries;
    const described = this.describedPersonOf(query, options);
    if (described) return described === best.entry ? null : { entry: described, score: best.score };
    if (WHY_QUESTION.test(query)) {
      const explanation = this.explanationOf(best, words, query, options);
      if (explanation) return explanation;
    }
    if (WHERE_QUESTION.test(query)) {
      const place = placeBeside(best, entries, this.weights);
      if (place) return place;
    }
    if (countPhrase) {
      const counted = countAfter(best, entries, this.weights, (entry) => countsAsked(entry.text, this.analysedText(entry), countPhrase));
      if (counted) return counted;
    }
    if (deed) {
      // (A body the question's deed lets answer, `the council` of a vote, is not the one of its members who did it.)
      const people = checks.people.filter((speaker) => speaker.kind === 'person');
      const doer = doerOfDeed(ranked, deed.verb, people, RERANK_DEPTH);
      if (doer) return doer;
    }
    return reading.wantsPerson ? namedDoerFirst(ranked, this.speakers(options), reading.aboutTheirWords, NAMED_DOER_DEPTH) : null;
  }

  /** `Who is the boss of Calloway?`: the sentence naming the one person the description fits (describedPerson). */
  private describedPersonOf(query: string, options: AnswerOptions): Entry | null {
    const described = describedHead(query);
    if (!described) return null;
    const { head, others } = described;
    const heads = [head, ...(this.thesaurus?.synonyms(head, 'noun') ?? []), ...(this.thesaurus?.derived(head) ?? [])];
    return describedPerson(heads, others, this.speakers(options), this.view(options).entries);
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
   * A yes/no or `when` question naming a speaker, and an entry that says too little of what it asks they did: its deed coverage
   * (see deedCoverage) below `minDeedCoverage`. A word counts as held by its term or a lexicon word for it in the entry
   * (a quote's own sentence too: `asked whether he would…` says what its words answer), or by a word near in meaning.
   */
  private deedUnsaid(plan: QuestionPlan, entry: Entry, question: string): boolean {
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
    // `When did Wren become managing director?`: a general verb (`become`) is near too many words for its nearness to
    // say the deed; the time of a sentence that does not say it is the time of something else.
    const when = WHEN_QUESTION.test(question);
    const nearness = (group: number): number => {
      const word = words[group]!;
      return !this.soft || (when && this.soft.isGeneral(word)) ? 0 : this.soft.nearnessOf(word)(entry);
    };
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
    const plan = this.planOf(askedWords, question, kind, options);
    const { reading, words, speakerWords, query, checks } = plan;
    const answers = retrieveCandidates(
      this.index.query(query, { kind, guildId: options.guildId ?? null }),
      plan,
      question,
      this.entryTexts(options),
      this.weights,
      minCoverage,
      withoutAmount,
    );
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
          ? namePartsOf(texts, speaker ? [speaker.name] : [], this.isCommonWord, this.namesStructure)
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

  /** What retrieval reads of the view's entries beyond the index's hits (see retrieveCandidates), each made once and kept. */
  private entryTexts(options: AnswerOptions): EntryTexts {
    // Made once a server view, read for each hit.
    const references = this.referencesOf(options);
    return {
      analysed: (entry) => this.analysedText(entry),
      analysedUndated: (entry) => this.analysedUndated(entry),
      analysedUncounted: (entry) => this.analysedUncounted(entry),
      namesOnly: (entry, matched, common) => this.nameWordsOf(entry, matched, common),
      referredGroups: (entry, words, matched) => this.referredGroups(references.get(entry), words, matched),
      nearPredicates: (predicates, covered, weights, entry, needed) => this.nearPredicates(predicates, covered, weights, entry, needed),
    };
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
