import type { QuoteSpan } from './findQuoteSpans.js';
import type { SpeakerRegistry } from './SpeakerRegistry.js';
import {
  AUXILIARIES,
  escapeRegExp,
  looksLikeNounPhrase,
  mainSubject,
  SPEAKING_GROUPS,
  SPEECH_VERB_SET,
  SPEECH_VERBS,
  STANCE_VERBS,
  subjectBefore,
  TITLE_WORDS,
  REPORTED_CLAUSE,
} from './speechPatterns.js';
import { splitSentences } from './splitSentences.js';
import type { Paragraph, Speaker } from './types.js';

/**
 * The attribution sieves (after CoreNLP's quote attribution, Muzny et al. 2017): each pattern that can name a
 * quote's speaker, in its own function, tried most precise first. A sieve returns the attribution it found, with
 * its name (its line in the eval's breakdown), or null to let the next sieve try. The conversation sieves that
 * follow these (another quote of the paragraph, the speaker of the paragraph before) need the whole paragraph and
 * live in extractEntries.
 */

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

export interface Attribution {
  speaker: Speaker;
  /** The article's own words for it: `Trump said`, `according to the Government Accountability Office`. */
  phrase: string;
  verb: string;
  tail: string;
  /** Which pattern found it: its line in the eval's breakdown (`npm run eval`). */
  sieve?: AttributionSieve;
}

/** The attribution patterns, most precise first; each quote records the one that settled its speaker. */
export type AttributionSieve =
  | 'speaker after the quote'
  | 'speech verb before the quote'
  | 'colon before the quote'
  | 'speech verb of the sentence'
  | 'stance verb'
  | 'relative clause of speech'
  | 'direct quote beside it'
  | 'another quote of the paragraph'
  | 'speaker of the paragraph before'
  | 'embedded post';

/** What every sieve reads: the article's speakers and its paragraphs. */
export interface SieveContext {
  registry: SpeakerRegistry;
  paragraphs: Paragraph[];
}

export const VERB_ALTERNATION = SPEECH_VERBS.map(escapeRegExp).join('|');
const VERB_AT = new RegExp(`\\b(${VERB_ALTERNATION})\\b`, 'giu');

/**
 * The speech verbs of a text. A capitalised one past its first word is a name's word (`the United States`), and one
 * after an article qualifies a noun (`an estimated $30`, `the reported figure`), as a participle after a particle or a
 * preposition does (`put up warning signs`): none is a verb.
 */
function speechVerbsIn(text: string): RegExpExecArray[] {
  return [...text.matchAll(VERB_AT)].filter((match) => {
    const before = text.slice(0, match.index);
    if (/\b(?:an?|the)\s+$/iu.test(before)) return false;
    // `put up warning signs`, `with warning lights`, `no warning shots`: a participle after a particle, a preposition
    // or a quantifier qualifies the noun after it.
    if (/ing$/iu.test(match[1]!) && /\b(?:up|out|down|off|with|without|of|for|no|any|some|more|new|its|their|his|her)\s+$/iu.test(before))
      return false;
    return !/^\p{Lu}/u.test(match[0]) || !/\S/u.test(before);
  });
}
const STANCE_AT = new RegExp(`\\b(${STANCE_VERBS.map(escapeRegExp).join('|')})\\b`, 'giu');
/**
 * The period of a title or an initial before a name (`Dr. Lena Haraldsen`, `John F. Kelly`, `K.S. Rao`, initials run
 * together): no sentence ends there.
 */
const TITLE_PERIOD = String.raw`(?<=\b(?:Dr|Mr|Mrs|Ms|Gov|Sen|Rep|Lt|Gen|Col|Capt|Sgt|Rev|Prof|Supt|Jr|Sr|St)|[\s.]\p{L})\.(?=\s\p{Lu}|\p{Lu}\.)`;
// The speaker after the verb runs to the sentence's end, past the period of a title or an initial (`Dr.`, `F.`).
const VERB_FIRST = new RegExp(`^\\s*(?:${VERB_ALTERNATION})\\s+(?<np>(?:[^.;!?\\u201C"]|${TITLE_PERIOD})+)`, 'iu');
// The source after `according to` runs to the next comma or the sentence's end, past those periods too.
const ACCORDING_TO = new RegExp(
  `\\baccording to\\s+(?<src>(?:[^,;.\\u201C"]|${TITLE_PERIOD})+(?:\\.\\p{Lu}\\.(?:[^,;.\\u201C"]|${TITLE_PERIOD})*)?)`,
  'iu',
);
// (`a report from Kotak`: `from` after a document names its author, not a place.)
const PLACE_OR_TIME_TAIL =
  /(?<!\b(?:statement|report|letter|release|note|filing|memo|study|analysis|e-?mail|post|tweet|notice))\s+(?:in|on|at|after|before|during|outside|inside|from|last|this|earlier|later|to|when|while)\s.*$/u;

/**
 * What follows a speaker named after the verb, where when and where may stand: `Mayor X in Ottawa` → `in Ottawa`;
 * `Leah Park, an economist at Northbridge Capital, in a note` → `in a note` (the appositive is not a place).
 */
function tailAfterSpeaker(np: string): string {
  const parts = np.split(',');
  if (parts.length > 1) return parts.slice(2).join(',');
  return PLACE_OR_TIME_TAIL.exec(np)?.[0] ?? '';
}

export /** The sentence with every quoted passage blanked out, offsets kept: speech verbs inside quotes don't count. */
function maskQuotes(sentence: string): string {
  return sentence.replace(
    /([\u201C"])([^\u201D"]*)([\u201D"]|$)/gu,
    (_m, open: string, inner: string, close: string) => `${open}${' '.repeat(inner.length)}${close}`,
  );
}

/** `X said`, `X has said that`, `…, the county's office reported`, `according to X`. */
/** A full name and its appositive, then a pronoun: `…to Ana Ruiz, the county's press officer, she`. */
const DESCRIBED_THEN_PRONOUN =
  /(?<![\p{L}'\u2019])(\p{Lu}[\p{L}\p{M}'\u2019-]+(?:\s+\p{Lu}[\p{L}\p{M}'\u2019.-]*)+),\s+([^,;]+),\s+(?:[Hh]e|[Ss]he)$/u;
/** A sentence opening with a pronoun as its subject (`He declined…`). */
const OPENING_PRONOUN = /^\s*(He|She|They|We)\s+\p{Ll}/u;

/** A name (a title perhaps before it) opening a clause, before its lower-case verb. */
const CLAUSE_OPENING_NAME = /^((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+)*)\s+\p{Ll}/u;

/**
 * `The court heard that Mrs Hale had written a letter, explaining that…`: the subject of the clause a verb reports, which
 * a participle after it speaks for; none when it is a surname two people of the article share.
 */
function reportedSubject(before: string, registry: SpeakerRegistry): { subject: string; appositive: string | null } | null {
  const reported = REPORTED_CLAUSE.exec(before);
  const named = reported ? CLAUSE_OPENING_NAME.exec(reported[1]!) : null;
  // (A surname two people share, `Mrs Penhallow` beside Graham and Dorothy Penhallow, names neither for certain.)
  return named && !registry.surnameShared(named[1]!) ? { subject: named[1]!, appositive: null } : null;
}

export function speechVerbOfSentence(sentence: string, { registry }: SieveContext): Attribution | null {
  // A question the article puts (`What did Suh say after the play?`) attributes nothing.
  if (
    /\?\s*$/u.test(sentence) &&
    /^(?:what|who|how|why|when|where|did|does|do|has|have|is|are|was|were|will|would|can|could)\b/iu.test(sentence)
  )
    return null;
  const masked = maskQuotes(sentence);
  const according = ACCORDING_TO.exec(masked);
  // `Ardan told the broadcaster that…, according to a transcript of his remarks`: an unnamed document that carries
  // someone's words gives way to the speaker the sentence names.
  let fromDocument: Attribution | null = null;
  if (according?.groups) {
    const name = sentence
      .slice(according.index + according[0].length - according.groups.src!.length, according.index + according[0].length)
      .trim();
    const speaker = registry.resolve(name) ?? null;
    const attribution: Attribution | null = speaker
      ? { speaker, phrase: `according to ${name}`, verb: 'according to', tail: '', sieve: 'speech verb of the sentence' }
      : null;
    if (attribution && !CARRIED_WORDS.test(name)) return attribution;
    fromDocument = attribution;
  }
  const spoken = speechVerbOfClauses(masked, registry);
  return spoken?.speaker.kind === 'person' ? spoken : (fromDocument ?? spoken);
}

/** `a transcript of his remarks`, `a recording of her speech`: a document that only carries someone's words. */
const CARRIED_WORDS = /^an?\s+(?:[\p{Ll}-]+\s+)?(?:transcript|recording|video|copy|translation)\s+of\s+(?:his|her|their)\s/u;

/** The speech verbs of a sentence with quotations masked, the first that names its speaker (see speechVerbOfSentence). */
function speechVerbOfClauses(masked: string, registry: SpeakerRegistry): Attribution | null {
  for (const match of speechVerbsIn(masked)) {
    const verb = match[1]!.toLowerCase();
    const before = masked.slice(0, match.index);
    const after = masked.slice(match.index + match[0].length);
    // `The appeal, called Raise the Roof, was launched…`, `The plan, announced in May, has…`: a participle set off by
    // commas before the sentence's own verb describes its subject; it reports no one's words.
    if (/,\s*$/u.test(before) && PREDICATE_AFTER_COMMA.test(after.split(/[\u201C"]/u)[0]!)) continue;
    // `…, polarized waves might allow it to find the first examples, says Li.`: a verb after a comma with a name
    // after it has its subject there, whatever the clause before it holds.
    if (!/ing$/u.test(verb) && /,\s*$/u.test(before)) {
      const inverted = speakerAfterVerb(match, masked, registry, true);
      if (inverted) return inverted;
    }
    // A participle (`issued a statement warning that…`) carries the words of its sentence's subject.
    // `He declined to say when the lander would be ready, saying…`: a participle after a comma carries the words of
    // the sentence's own subject, not of a clause just before it.
    const opening = /ing$/u.test(verb) && /,\s*$/u.test(before) ? OPENING_PRONOUN.exec(before) : null;
    const subject = opening
      ? { subject: opening[1]!, appositive: null }
      : (subjectBefore(before.replace(/\s+$/u, '')) ??
        (/ing$/u.test(verb) ? (mainSubject(before) ?? reportedSubject(before, registry)) : null));
    if (subject && !/[\u201C\u201D"]/u.test(subject.subject)) {
      // `While the plan did not appeal to Ana Ruiz, the county's press officer, she said…`: a pronoun right after a
      // name and its appositive is that person.
      const described = /^(?:he|she)$/iu.test(subject.subject) ? DESCRIBED_THEN_PRONOUN.exec(before.replace(/\s+$/u, '')) : null;
      const speaker =
        (described && registry.resolve(described[1]!, described[2]!)) || registry.resolve(subject.subject, subject.appositive);
      if (speaker) {
        registry.noteMention(speaker);
        return {
          speaker,
          phrase: `${subject.subject} ${match[1]}`,
          verb,
          tail: after.split(/\bthat\b|[\u201C"]/u)[0] ?? '',
          sieve: 'speech verb of the sentence',
        };
      }
    }
    const inverted = speakerAfterVerb(match, masked, registry);
    if (inverted) return inverted;
  }
  return null;
}

/**
 * `…,” said Priya Nair, the city's chief engineer.`: the speaker named right after a verb that follows a comma or a
 * quote. `wholeClause`: the verb may also be the clause's own (`…, called the plan “a blank check”`), so the name
 * must end the sentence and hold no clause (`…, notes the requirement that…`).
 */
/**
 * After the verb, someone described through another before their name (`said his coach, Erik Solvang`, `said her
 * lawyer, Ana Ruiz`): the name is the speaker, the description their role. Without a name after it (`said his
 * lawyer`) the description alone names no one.
 */
const DESCRIPTION_THEN_NAME =
  /^\s*(?:his|her|their|its)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2},\s*\p{Lu}[\p{L}\p{M}'\u2019-]+(?:\s+\p{Lu}[\p{L}\p{M}'\u2019.-]+){1,3}\s*(?:,|$)/u;

/** A clause's verb after a comma: an auxiliary or a copula opening the rest of a sentence (`, was launched on…`). */
const PREDICATE_AFTER_COMMA = new RegExp(`,\\s*(?:${AUXILIARIES})\\s`, 'iu');

/** An age written before a name (`9-year-old Maya Santos`). */
const AGE_BEFORE_NAME = /^\d{1,3}-year-old\s+(?=\p{Lu})/u;

function speakerAfterVerb(match: RegExpExecArray, masked: string, registry: SpeakerRegistry, wholeClause = false): Attribution | null {
  if (!/[,\u201D"]\s*$/u.test(masked.slice(0, match.index))) return null;
  const found = VERB_FIRST.exec(masked.slice(match.index));
  // `said 9-year-old Maya Santos`: an age before the name describes her, as one between commas does (`Sam Rivera, 45,`).
  const np = found?.groups?.np?.replace(AGE_BEFORE_NAME, '');
  if (!np || !(looksLikeNounPhrase(np.split(',')[0]!.trim()) || DESCRIPTION_THEN_NAME.test(np))) return null;
  if (wholeClause) {
    // A name, or a few words ending in a title or a group (`the officials`, `a staff engineer`); `the change paved
    // the way` is the verb's object, then a clause.
    const first = np.split(',')[0]!.trim();
    const last = first.split(/\s+/u).at(-1)!.toLowerCase();
    const names = /^\p{Lu}/u.test(first) && !/^(?:the|a|an)\s/iu.test(first);
    const describes = first.split(/\s+/u).length <= 5 && (TITLE_WORDS.has(last) || SPEAKING_GROUPS.has(last));
    if (/\bthat\b/u.test(np) || !(names || describes) || !/^[\s.!?]*$/u.test(masked.slice(match.index + found![0].length))) return null;
  }
  const speaker = registry.resolve(np.includes(',') ? np : np.replace(PLACE_OR_TIME_TAIL, ''));
  if (!speaker) return null;
  return {
    speaker,
    phrase: `${match[1]} ${np.trim()}`,
    verb: match[1]!.toLowerCase(),
    tail: tailAfterSpeaker(np),
    sieve: 'speech verb of the sentence',
  };
}

/** A full name, perhaps a description set off after it, then `who` and a verb: `Alastair Greaves, who promised…`. */
const NAME_THEN_WHO =
  /(?<![\p{L}'\u2019-])(\p{Lu}[\p{L}\p{M}'\u2019-]+(?:\s+\p{Lu}[\p{L}\p{M}'\u2019-]+)+),\s+(?:\p{Ll}[^,;]{0,60},\s+)?who\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b[^,;\u201C"]*[\u201C"]?$/u;

/**
 * `…the Prime Minister, Alastair Greaves, who promised on taking office to restore “the highest standards in public
 * life”`: a phrase quoted inside a relative clause whose verb is one of speech is the words of the person the clause
 * is about. `quoteAt`: where the quote's opening mark stands in the sentence.
 */
export function relativeClauseSpeaker(sentence: string, quoteAt: number, { registry }: SieveContext): Attribution | null {
  const found = NAME_THEN_WHO.exec(maskQuotes(sentence.slice(0, quoteAt + 1)));
  if (!found || !SPEECH_VERB_SET.has(found[2]!)) return null;
  const speaker = registry.resolve(found[1]!);
  if (speaker?.kind !== 'person') return null;
  return { speaker, phrase: `${found[1]} ${found[2]}`, verb: found[2]!, tail: '', sieve: 'relative clause of speech' };
}

/** `Peñasco rejected the offer as “an insult…”`: the subject of a stance verb owns the quoted phrase. */
export function stanceVerb(sentence: string, { registry }: SieveContext): Attribution | null {
  const masked = maskQuotes(sentence);
  for (const match of masked.matchAll(STANCE_AT)) {
    const subject = subjectBefore(masked.slice(0, match.index).replace(/\s+$/u, ''));
    const speaker = subject ? registry.resolve(subject.subject, subject.appositive) : null;
    if (speaker)
      return { speaker, phrase: `${subject!.subject} ${match[1]}`, verb: match[1]!.toLowerCase(), tail: '', sieve: 'stance verb' };
  }
  return null;
}

/**
 * The person last named speaking (`Markby said…`) in the paragraph's sentences before this one, if any; for a
 * paragraph's first sentence, in the paragraph before it (a quote set apart after the paragraph introducing its speaker).
 */
function personSpeakingBefore(paragraph: Paragraph, sentence: Sentence, context: SieveContext): Speaker | null {
  const { registry, paragraphs } = context;
  const before = maskQuotes(paragraph.text.slice(0, sentence.start));
  let found: Speaker | null = null;
  if (before.trim() === '') {
    for (const earlier of splitSentences(paragraphs[paragraph.number - 2]?.text ?? '')) {
      const speaker = speechVerbOfSentence(earlier, context)?.speaker;
      if (speaker?.kind === 'person') found = speaker;
    }
    return found;
  }
  for (const match of speechVerbsIn(before)) {
    const subject = subjectBefore(before.slice(0, match.index));
    const speaker = subject ? registry.knownPerson(subject.subject) : null;
    if (speaker) found = speaker;
  }
  return found;
}

/** `“…,” Trump said`, `“…,” said Priya Nair, the city's engineer`, `“…,” according to a statement from X`. */
export function speakerAfterQuote(span: QuoteSpan, sentence: Sentence, paragraph: Paragraph, context: SieveContext): Attribution | null {
  const { registry, paragraphs } = context;
  const lastParagraph = paragraphs[span.paragraphs.at(-1)! - 1]!;
  const afterText =
    lastParagraph.number === paragraph.number
      ? paragraph.text.slice(span.closeAt, sentence.end)
      : (splitSentences(lastParagraph.text.slice(span.closeAt))[0] ?? '');
  const after = maskQuotes(afterText);
  const endsOpen = !/[.]\s*$/u.test(span.text) || /^\s*\p{Ll}/u.test(after);
  // `“…,” according to a statement from the port authority.`
  const according = endsOpen ? /^[\s,]*according to\s+([^,;.\u201C"]+)/iu.exec(after) : null;
  if (according) {
    const speaker = registry.resolve(according[1]!);
    if (speaker) return { speaker, phrase: according[0].trim(), verb: 'according to', tail: '', sieve: 'speaker after the quote' };
  }
  if (endsOpen && after.trim()) {
    const verbFirst = VERB_FIRST.exec(after);
    const np = verbFirst?.groups?.np;
    if (np && (looksLikeNounPhrase(np.split(',')[0]!.trim()) || DESCRIPTION_THEN_NAME.test(np))) {
      const described = registry.resolve(np.includes(',') ? np.trim() : np.trim().replace(PLACE_OR_TIME_TAIL, ''));
      // `Markby said Zuri had been calm. “She raised a calf…,” the keeper said.`: a description naming no one here is
      // the person the paragraph has just had speaking.
      const speaker =
        described && registry.isBareDescription(described) ? (personSpeakingBefore(paragraph, sentence, context) ?? described) : described;
      if (speaker)
        return { speaker, phrase: after.trim(), verb: 'said', tail: tailAfterSpeaker(np.trim()), sieve: 'speaker after the quote' };
    }
    const nextQuote = after.search(/[\u201C"]/u);
    const clause = nextQuote >= 0 ? after.slice(0, nextQuote) : after;
    for (const match of speechVerbsIn(clause)) {
      const subject = subjectBefore(clause.slice(0, match.index));
      if (!subject) continue;
      const described = registry.resolve(subject.subject, subject.appositive);
      const speaker =
        described && registry.isBareDescription(described) ? (personSpeakingBefore(paragraph, sentence, context) ?? described) : described;
      if (speaker)
        return {
          speaker,
          phrase: clause.trim(),
          verb: match[1]!,
          tail: clause.slice(match.index + match[0].length),
          sieve: 'speaker after the quote',
        };
    }
  }
  return null;
}

/** The words of the quote's sentence before its opening mark, quotes masked. */
function beforeQuote(span: QuoteSpan, sentence: Sentence, paragraph: Paragraph): string {
  return maskQuotes(paragraph.text.slice(sentence.start, span.start - 1)).trimEnd();
}

/** `…read:`, `…reads:` ending the words before a colon: what a sign, a letter or a banner says. */
const WRITING_READ = /\s+reads?$/u;
/** `taped to a ticket machine`, `posted on the door`: a participle placing a thing, after its noun. */
const PLACED_PARTICIPLE = /\s+\p{Ll}+ed\s+(?:to|on|in|at|by|outside|inside|near|above|across|along|over|under|onto|beside)\s.*$/u;

/** `X: “…`: a speaker named before a colon that opens the quote. */
export function colonBeforeQuote(
  span: QuoteSpan,
  sentence: Sentence,
  paragraph: Paragraph,
  { registry }: SieveContext,
): Attribution | null {
  const before = beforeQuote(span, sentence, paragraph);
  const colon = /(?:^|[.;]\s*)([^,.;:\u201C\u201D"]+):$/u.exec(before);
  // `A spokeswoman for the Eczema Network said:` holds its verb: the speaker is the verb's subject (speechVerbBeforeQuote),
  // not the words before the colon.
  if (colon && speechVerbsIn(colon[1]!).length > 0) return null;
  // `A handwritten sign taped to a ticket machine read: “…”`: what a written thing reads is its words; the speaker is
  // the thing (`a handwritten sign`), not the clause with its verb.
  const named = colon ? colon[1]!.trim() : '';
  const phrase = WRITING_READ.test(named) ? named.replace(WRITING_READ, '').replace(PLACED_PARTICIPLE, '') : named;
  if (colon && looksLikeNounPhrase(phrase.replace(/^\./u, ''))) {
    const speaker = registry.resolve(phrase);
    if (speaker) return { speaker, phrase, verb: ':', tail: '', sieve: 'colon before the quote' };
  }
  return null;
}

/** `Trump said, “…`, `he urged voters, “…`: a speech verb right before the quote, with few words between. */
export function speechVerbBeforeQuote(
  span: QuoteSpan,
  sentence: Sentence,
  paragraph: Paragraph,
  { registry }: SieveContext,
): Attribution | null {
  const before = beforeQuote(span, sentence, paragraph);
  const verbs = speechVerbsIn(before);
  const lastVerb = verbs.at(-1);
  // Between the verb and the quote, only a few words and no clause of their own (`said in a statement:`).
  const between = lastVerb ? before.slice(lastVerb.index + lastVerb[0].length) : '';
  if (lastVerb && /^[^\u201C\u201D",]*[,:\u2014;]?$/u.test(between) && between.split(/\s+/u).length <= 10) {
    const subject = subjectBefore(before.slice(0, lastVerb.index));
    const speaker = subject ? registry.resolve(subject.subject, subject.appositive) : null;
    if (speaker) {
      return {
        speaker,
        phrase: `${subject!.subject} ${lastVerb[1]}`,
        verb: lastVerb[1]!,
        tail: between,
        sieve: 'speech verb before the quote',
      };
    }
  }
  return null;
}

/** The sieves for a direct quote, most precise first: the speaker after it, a colon before it, a speech verb before it. */
const QUOTE_SIEVES = [speakerAfterQuote, colonBeforeQuote, speechVerbBeforeQuote];

/** The first attribution a direct quote's sieves find, or null. */
export function attributeQuote(span: QuoteSpan, sentence: Sentence, paragraph: Paragraph, context: SieveContext): Attribution | null {
  for (const sieve of QUOTE_SIEVES) {
    const found = sieve(span, sentence, paragraph, context);
    if (found) return found;
  }
  return null;
}
