import type { Entry, EntryKind, Speaker } from '../story/types.js';
import { termOf, tokenize } from './analyzer.js';
import type { FinerChecks } from './candidateFeatures.js';
import { deedAsked } from './elidedObject.js';
import type { Initialism } from './initialisms.js';
import { matchSpeakers, type SpeakerMatch } from './matchSpeakers.js';
import { commonWordsOfCoinedName } from './nameWords.js';
import { kindCountPattern, kindsCounted } from './countedKinds.js';
import { type QuestionExpander, SPEAKER_WORD_BOOST, SYNONYM_BOOST, SYNONYM_QUALITY } from './QuestionExpander.js';
import {
  COUNT_PHRASE,
  complementsIn,
  escapeRegExp,
  judgedComplements,
  lightVerbObjects,
  namesIn,
  possessivesIn,
  verbsIn,
  YES_NO_QUESTION,
} from './questionShape.js';
import { type QuestionReading, readQuestion } from './readQuestion.js';
import type { SearchView } from './SearchView.js';
import type { SoftCoverage } from './softCoverage.js';
import type { TermQuery } from './StoryIndex.js';
import type { Thesaurus } from './Thesaurus.js';
import { anyNounGroup, asksWhatWillHappen, type YesNoChecks } from './yesNoAnswer.js';

/**
 * The first stage of answering: a question read against the story and the server's speakers into a plan: what it
 * asks (readQuestion), the speakers it names, its term query and each word's weight for coverage, what `how many`
 * counts, the words that say what happens (predicates) and the deed a `who…` asks about. Retrieval and scoring
 * (Answerer) work from the plan alone.
 */

export interface Predicate {
  group: number;
  nearness: (entry: Entry) => number;
}

/**
 * The question's lower-case words, each with its terms (its own and the lexicon's), and the question's own terms:
 * for telling a word matched only inside a name (see Answerer.nameWordsOf).
 */
export interface CommonWords {
  terms: Map<number, string[]>;
  own: Map<number, string>;
}

/** What a question asks, and how the index is searched for it and its hits weighed (see QuestionPlanner.plan). */
export interface QuestionPlan {
  reading: QuestionReading;
  /** The question's words (after reading it): the groups of the term query. */
  words: string[];
  countedGroup: number;
  /** Speakers the question names, the first named only. */
  named: SpeakerMatch[];
  speakerWords: Set<number>;
  query: TermQuery;
  /** How much each word counts towards coverage; `total` their sum. */
  weights: number[];
  total: number;
  namedIds: Set<string>;
  countPhrase: RegExp | null;
  /** What `how many` counts as index terms: the counted noun's own, its synonyms and its kinds. */
  countedTerms: ReadonlySet<string>;
  /** `How many people…`: a number right before a word the story counts that names a kind of the counted noun (`7,000 patients`). */
  kindCount: RegExp | null;
  checks: FinerChecks;
  predicates: Predicate[];
  /** Common words of the question found in the story only inside coined names (nameWords). */
  commonWords: CommonWords;
  /**
   * The story has what `how many` counts, as far as can be told: the noun, a form or a word the lexicon gives for it,
   * or a kind of it; or the noun is no word the lexicon knows.
   */
  countedInStory: boolean;
  /** `Who is investigating the attack?`: the deed's verb and its object's words, as groups (see elidedObject). */
  deed: { verb: string; group: number; objectGroups: number[] } | null;
}

/** The counted noun of `how many <noun>` weighs this much more than the question's other words: it is what is asked. */
const COUNTED_WEIGHT = 2;
/** How many senses down the lexicon may file a word the story counts for it to be a kind of what `how many` counts. */
const KIND_STEPS = 3;
/** `Who did Trump call…`: `who` as the object; the one named after it is the subject, who may be a speaker. */
const WHO_OBJECT = /\bwho(?:m)?\s+(?:did|does|do)\b/iu;
/** `Which doctor…`: the noun `which` asks for, before its verb. */
const WHICH_NOUN = /^\s*which\s+([\p{L}-]+)\s+(?!of\b)/iu;

export class QuestionPlanner {
  private readonly isCommonWord = (word: string): boolean => this.thesaurus?.knows(word) === true && !this.thesaurus.isInstance(word);

  constructor(
    private readonly index: SearchView,
    private readonly thesaurus: Thesaurus | null,
    private readonly expander: QuestionExpander,
    private readonly soft: SoftCoverage | null,
    /** The answer weight for a predicate's nearness (AnswerWeights.nearPredicate): none are read at 0. */
    private readonly nearPredicate: number,
  ) {}

  /**
   * Reads a question against the story: `speakers` are the server's, `initialisms` gives the initialisms its
   * entries use and spell out (found the first time a question needs them), `givenNames` each surname's given name
   * that its entries use alone (see givenNames.ts; found the first time a question names someone), `countedWords` the
   * words its entries put a number before (see countedKinds.ts; found the first time a question asks `how many`).
   */
  plan(
    askedWords: string[],
    question: string,
    kind: EntryKind | undefined,
    speakers: Speaker[],
    initialisms: () => Initialism[],
    givenNames: () => ReadonlyMap<string, string> = () => new Map(),
    countedWords: () => readonly string[] = () => [],
  ): QuestionPlan {
    const thesaurus = this.thesaurus;
    const read = readQuestion(question, askedWords, kind === 'quote');
    // `Which doctor treated the girl?`, `which performers won?`: a kind of person asked for by `which` asks who, as `who` does.
    const whichNoun = WHICH_NOUN.exec(question)?.[1]?.toLowerCase();
    const reading = !read.wantsPerson && whichNoun && thesaurus?.namesPerson(whichNoun) ? { ...read, wantsPerson: true } : read;
    const { words, countedGroup } = reading;
    const matches = matchSpeakers(words, speakers, {
      rolesOnly: reading.asksWhoIs,
      kindsOf: thesaurus ? (word) => thesaurus.narrower(word, 'noun') : undefined,
    });
    // Of speakers named equally well, the question is about the one it names first: its subject
    // (`did Trump say he would get Mexico's approval` asks about Trump).
    const firstWord = (m: SpeakerMatch): number => Math.min(...m.covered);
    const names = namesIn(question);
    // A lower-case common word of a coined name alone (`a medicine` for `Editas Medicine`) does not name it.
    const namesIt = (m: SpeakerMatch): boolean => {
      const common = commonWordsOfCoinedName(m.speaker.name, this.isCommonWord);
      return [...m.covered].some((i) => names.has(words[i]!) || !common.includes(termOf(words[i]!) ?? ''));
    };
    // `the vice president's adviser` is the adviser: a speaker named only as the possessor of a person is not the one asked about.
    const possessors = this.possessorsOfPeople(question);
    const onlyWhose = (m: SpeakerMatch): boolean => [...m.covered].every((i) => possessors.has(words[i]!.toLowerCase()));
    // `Who stood up for the Conservatives?`: the person asked about is the `who`; one named after it is not the speaker.
    const named = (reading.wantsPerson && !WHO_OBJECT.test(question) ? [] : matches.filter((m) => !onlyWhose(m)))
      // `the Halden chief`: the company named Halden is named by one word of the two that name its chief executive,
      // who is the one asked about, however the name alone scores.
      .filter((m) => m.score >= 0.75 && (m.score >= matches[0]!.score - 0.5 || coversMore(m.covered, matches[0]!.covered)) && namesIt(m))
      .filter((m, _i, all) => !all.some((other) => other !== m && coversMore(other.covered, m.covered)))
      .sort((a, b) => firstWord(a) - firstWord(b))
      .filter((m, _i, all) => firstWord(m) === firstWord(all[0]!));
    const speakerWords = new Set(named.flatMap((m) => [...m.covered]));
    // `the mayor of Brennan`: words after a speaker's role and `of` say which one, not what about.
    const lowered = ` ${tokenize(question).join(' ')} `;
    for (const covered of [...speakerWords]) {
      const place = new RegExp(`\\s${escapeRegExp(words[covered]!.toLowerCase())}\\s(?:of|from|in)\\s(?:the\\s)?(\\S+)\\s`, 'u').exec(
        lowered,
      )?.[1];
      const index = place ? words.findIndex((word) => word.toLowerCase() === place) : -1;
      // Only a place the story knows: `the mayor of Chicago` is not this story's mayor.
      if (index >= 0 && names.has(place!) && this.index.has(termOf(place!) ?? place!)) speakerWords.add(index);
    }
    const verbs = verbsIn(question);
    const { query, weights, kinds } = this.expander.termQuery(words, speakerWords, question, names, verbs, initialisms());
    if (countedGroup >= 0) weights[countedGroup]! *= COUNTED_WEIGHT;
    // `gave evidence`, `took the top honours`: a light verb's meaning lies in its noun (`testified`, `named best`), so
    // its weight goes to that noun: a candidate covers the verb as fully as it covers the noun.
    // …and where the lexicon has a verb for the two as one (`take part` is to participate), the noun says what happens,
    // as that verb would: a word near the verb in meaning covers part of it (see predicatesOf).
    const sayWhatHappens = new Map([...complementsIn(question)].map((word) => [word, word]));
    for (const { verb, object } of lightVerbObjects(question)) {
      const [verbGroup, objectGroup] = [words.indexOf(verb), words.indexOf(object)];
      if (verbGroup < 0 || objectGroup < 0 || names.has(object) || speakerWords.has(objectGroup) || !thesaurus?.isNoun(object)) continue;
      weights[objectGroup]! += weights[verbGroup]!;
      weights[verbGroup] = 0;
      const meaning = this.verbForPhrase(verb, object);
      if (meaning) sayWhatHappens.set(object, meaning);
    }
    // `if found guilty`, `declared dead`: a verb of judging means what the adjective after it says.
    for (const { verb, complement } of judgedComplements(question)) {
      const [verbGroup, complementGroup] = [words.indexOf(verb), words.indexOf(complement)];
      if (verbGroup < 0 || complementGroup < 0 || speakerWords.has(complementGroup) || !thesaurus?.isAdjective(complement)) continue;
      weights[complementGroup]! += weights[verbGroup]!;
      weights[verbGroup] = 0;
    }
    // A speaker named by a word the index lacks (`ceo` for a chief executive): their name finds their entries.
    for (const match of named) {
      const group = Math.min(...match.covered);
      for (const word of tokenize(match.speaker.name)) {
        const term = termOf(word);
        if (term && !query.terms.includes(term)) {
          query.terms.push(term);
          query.boosts.push(SPEAKER_WORD_BOOST);
          query.groups.push(group);
          query.qualities?.push(SYNONYM_QUALITY);
        }
      }
    }
    // `Liddle`, whom the story calls `Aaron` in a quote: the given name finds those words of them too, as fully.
    words.forEach((word, group) => {
      if (!names.has(word) || speakerWords.has(group)) return;
      const given = givenNames().get(word.toLowerCase());
      const term = given ? termOf(given) : null;
      if (term && this.index.has(term) && !query.terms.includes(term)) {
        query.terms.push(term);
        query.boosts.push(SYNONYM_BOOST);
        query.groups.push(group);
        query.qualities?.push(1);
      }
    });
    // `How many people…` in a story that counts `1,200 workers`: a word it counts that names a kind of the counted noun.
    const kindsOfCounted = new Set<string>();
    if (countedGroup >= 0 && thesaurus) {
      const noun = words[countedGroup]!;
      for (const word of kindsCounted(noun, countedWords(), (kind, broader) => thesaurus.isKindOf(kind, broader, KIND_STEPS))) {
        const term = termOf(word);
        if (term && this.index.has(term)) kindsOfCounted.add(term);
      }
    }
    const total = weights.reduce((sum, w) => sum + w, 0) || 1;
    const namedIds = new Set(named.map((m) => m.speaker.id));
    // The counted noun, its synonyms and its kinds (`155,000 realtors` counts real estate agents), not its broader senses.
    const counted = new Set(
      query.terms.filter((_, i) => query.groups[i] === countedGroup && (query.boosts[i]! >= SYNONYM_BOOST || kinds.has(i))),
    );
    // The size of a thing (`how big is the fire`) is given by a count of it or by a measure in its units (`9,000 acres`).
    const countedOrUnits = new Set([...counted, ...(counted.size > 0 ? (reading.units ?? []) : [])]);
    const countPhrase = counted.size > 0 ? COUNT_PHRASE(countedOrUnits, (term) => this.index.has(term), reading.countsSoFar) : null;
    // …and, for the count feature alone, a kind counted right after its number (`1,200 workers`, not `Local 418, which
    // represents the workers`): it ranks a count of a kind of what is asked above sentences that count nothing asked.
    const ofKinds = kindsOfCounted.size > 0 ? kindCountPattern(kindsOfCounted) : null;
    const countsAsked = countPhrase && ofKinds ? new RegExp(`${countPhrase.source}|${ofKinds.source}`, 'u') : (countPhrase ?? ofKinds);
    // For closeness: each term with the words of substance it stands for (not a speaker's: who said it is no part of the event).
    const termGroups = new Map<string, number[]>();
    query.terms.forEach((term, i) => {
      const group = query.groups[i]!;
      if (speakerWords.has(group) || (weights[group] ?? 0) <= 0) return;
      const known = termGroups.get(term) ?? [];
      if (!known.includes(group)) termGroups.set(term, [...known, group]);
    });
    const bodiesDo = reading.wantsPerson && this.deedOfBodies(question);
    const checks: FinerChecks = {
      yesNo: kind === undefined && YES_NO_QUESTION.test(question) ? this.yesNoChecks(question, words, query, weights) : null,
      termGroups,
      reading,
      countPhrase: countsAsked,
      // (`Who will operate the trams?`: a body too, for a deed bodies do; see deedOfBodies.)
      people: reading.wantsPerson ? speakers.filter((speaker) => speaker.kind === 'person' || bodiesDo) : [],
      // `Why is the industry group against the ban?`: why someone acts, named by a word for a person or a group.
      motive: reading.wantsReason && words.some((word) => !names.has(word) && thesaurus?.namesActor(word) === true),
    };

    const predicates = this.predicatesOf(words, speakerWords, names, verbs, sayWhatHappens);
    const commonWords = this.commonWordsOf(words, names, query);
    const asked = reading.wantsPerson ? deedAsked(question) : null;
    const verbGroup = asked ? words.findIndex((word) => termOf(word) === asked.verb) : -1;
    const objectGroups = asked
      ? asked.objectWords.map((word) => words.indexOf(word)).filter((group) => group >= 0 && group !== verbGroup)
      : [];
    // A light verb's object is what it means (`gave evidence`): it is never the one left out.
    const deed =
      asked && verbGroup >= 0 && objectGroups.length > 0 && weights[verbGroup]! > 0
        ? { verb: asked.verb, group: verbGroup, objectGroups }
        : null;
    return {
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
      countedTerms: counted,
      kindCount: kindsOfCounted.size > 0 ? kindCountPattern(kindsOfCounted, true) : null,
      checks,
      predicates,
      commonWords,
      countedInStory:
        countedGroup >= 0 &&
        (this.index.has(termOf(words[countedGroup]!) ?? '') ||
          [...counted].some((term) => this.index.has(term)) ||
          // …a kind of it it counts (`1,400 patients` for `how many people`)…
          kindsOfCounted.size > 0 ||
          this.expander.knowsNoun(words[countedGroup]!, true) ||
          // …or may have it: a word no lexicon knows may be a typo (`firefigters`), which fuzzy search finds.
          this.thesaurus?.knows(words[countedGroup]!) !== true),
      deed,
    };
  }

  /** The words of a question's possessors whose head is a person (`vice`, `president` in `the vice president's adviser`). */
  private possessorsOfPeople(question: string): Set<string> {
    const words = new Set<string>();
    if (!this.thesaurus) return words;
    for (const { possessor, head } of possessivesIn(question))
      if (this.thesaurus.namesPerson(head)) for (const word of possessor) words.add(word);
    return words;
  }

  /**
   * The question's lower-case words (not names; a speaker's too: `medicine` for `Editas Medicine`), each with its terms (its own and the lexicon's),
   * and the question's own terms: for telling a word matched only inside a name (see nameWordsOf).
   */
  private commonWordsOf(words: string[], names: ReadonlySet<string>, query: TermQuery): CommonWords {
    const terms = new Map<number, string[]>();
    query.terms.forEach((term, i) => {
      const group = query.groups[i]!;
      if (!names.has(words[group]!)) terms.set(group, [...(terms.get(group) ?? []), term]);
    });
    const own = new Map<number, string>();
    words.forEach((word, group) => {
      const term = termOf(word);
      if (term !== null) own.set(group, term);
    });
    return { terms, own };
  }

  /**
   * The question's words that say what happens or how (verbs, adjectives, adverbs: `dropped`, `earlier`, `stood`),
   * with their vectors' rows. Journalism says these in its own words (`were down`, `a year ago`, `vouched for`),
   * so a candidate's word near one in meaning covers part of it. Nouns and names are left out: they name the
   * thing asked about, and a story that lacks it does not answer (`the host of the ceremony`). A word the question
   * says something is (`complements`: `the call was normal`, `hearings be held`) is one even where the lexicon
   * knows it as a noun too (`held` as a form of `hold`); so is the noun of a light verb that the lexicon lists with
   * it as one (`took part`), whose nearness is that of the verb for the two (`participate`). `complements` maps each
   * such word to the word whose nearness stands for it.
   */
  private predicatesOf(
    words: string[],
    speakerWords: Set<number>,
    names: ReadonlySet<string>,
    verbs: ReadonlySet<string>,
    complements: ReadonlyMap<string, string>,
  ): Predicate[] {
    if (!this.soft || !this.thesaurus || this.nearPredicate <= 0) return [];
    return words.flatMap((word, group) => {
      const predicate =
        !speakerWords.has(group) &&
        !names.has(word) &&
        !/\d/u.test(word) &&
        this.thesaurus!.knows(word) &&
        (!this.thesaurus!.isNoun(word) || /(?:ed|ing)$/u.test(word) || verbs.has(word) || complements.has(word));
      return predicate ? [{ group, nearness: this.soft!.nearnessOf(complements.get(word) ?? word) }] : [];
    });
  }

  /**
   * `Who will manufacture the drug?`, `who is going to operate the trams?`: a deed a body does as often as a person, its
   * verb's commonest sense one of making (WordNet's verb.creation), of having and paying (verb.possession) or of a
   * social act (verb.social, `operate`, `hire`): a company or a council is who does it.
   */
  private deedOfBodies(question: string): boolean {
    const verb = WHO_VERB.exec(question)?.[1];
    return verb !== undefined && this.thesaurus !== null && BODIES_DEEDS.has(this.thesaurus.commonestVerbFile(verb));
  }

  /**
   * A yes/no question's checks: the terms of its words that weigh for coverage, whether it asks what will happen, and
   * the noun it asks whether there is any of (`any pupils`), with whether that names a person.
   */
  private yesNoChecks(question: string, words: string[], query: TermQuery, weights: readonly number[]): YesNoChecks {
    // `the vice president's adviser` asks about the adviser: a denial of the vice president denies nothing asked.
    const possessors = this.possessorsOfPeople(question);
    const asked = new Set<string>();
    query.terms.forEach((term, i) => {
      const group = query.groups[i]!;
      // (A word the lexicon gives in another sense, `stay` for `arrest`, is too loose a match to be what a denial denies.)
      const close = (query.qualities?.[i] ?? 1) > SYNONYM_QUALITY;
      if (close && (weights[group] ?? 0) > 0 && !possessors.has(words[group]!.toLowerCase())) asked.add(term);
    });
    const thesaurus = this.thesaurus;
    const group = thesaurus ? anyNounGroup(question, words, (word) => thesaurus.isNoun(word)) : -1;
    const any = group >= 0 ? { group, person: thesaurus!.namesPerson(words[group]!) } : null;
    return { asked, future: asksWhatWillHappen(question), any };
  }

  /**
   * The verb for what a light verb and its noun mean together, when the lexicon lists the two as one and has a single
   * word for it with a vector (`take part` → `participate`); else none: `gave evidence` is no phrase of the lexicon's,
   * and `evidence` names a thing, not what happens.
   */
  private verbForPhrase(verb: string, object: string): string | undefined {
    const { thesaurus, soft } = this;
    const compound = thesaurus?.compound(verb, object);
    return compound && soft ? thesaurus!.synonyms(compound, 'verb').find((synonym) => soft.knows(synonym)) : undefined;
  }
}

/** WordNet's lexicographer files of verbs a body does as often as a person: verb.creation, verb.possession, verb.social. */
const BODIES_DEEDS = new Set([36, 40, 41]);
/** `Who will manufacture…`, `who is going to operate…`: the verb of a `who` question, after its auxiliaries. */
const WHO_VERB =
  /^\s*who\s+(?:(?:is|are|was|were|has|have|had|will|would|could|can|did|does|do|been|be|going\s+to|set\s+to|expected\s+to|due\s+to)\s+)*([\p{Ll}'’-]+)/iu;

/** Does one match cover every question word the other covers, and more? */
function coversMore(wider: ReadonlySet<number>, narrower: ReadonlySet<number>): boolean {
  return wider.size > narrower.size && [...narrower].every((i) => wider.has(i));
}
