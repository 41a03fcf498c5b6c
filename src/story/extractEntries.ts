import {
  type Attribution,
  attributeQuote,
  VERB_ALTERNATION,
  type Sentence,
  type SieveContext,
  speakerAfterQuote,
  speechVerbOfSentence,
  relativeClauseSpeaker,
  stanceVerb,
} from './attributionSieves.js';
import { describeSpeakers } from './describeSpeakers.js';
import { findQuoteSpans, type QuoteSpan, spansByParagraph } from './findQuoteSpans.js';
import { CLAUSE_OPENING, roleHeadPhrase, SpeakerRegistry } from './SpeakerRegistry.js';
import { splitSentences } from './splitSentences.js';
import { escapeRegExp, ORGANISATION_WORDS, REPORT_VERBS, TITLE_WORDS } from './speechPatterns.js';
import { findWhen, findWhere, formatIsoDate, resolveWhen } from './whenWhere.js';
import type { Entry, Paragraph, Source, Speaker, StoryMeta } from './types.js';

/**
 * Reads quotes and facts out of cleaned paragraphs by general rules of news prose:
 * a direct quote takes its speaker from `X said` / `said X` / `X said, “…”` / `X: “…”` around it, or from
 * the quote before or after it in the paragraph; a sentence with a quoted phrase inside reported speech
 * is a partial quote of that sentence's subject; every sentence without a direct quote is a fact, sourced
 * to whoever the sentence says reports or claims it, else to the article.
 */

const ARTICLE_SOURCE: Source = { name: 'the article', type: 'article', attribution: null };
const MAX_UNIT = 400;
/** A capitalised run of two or more words at a sentence's start, followed by a comma or a lowercase word. */
const SENTENCE_SUBJECT =
  /^(\p{Lu}[\p{L}\p{M}'\u2019-]+(?:\s+(?:(?:of|for|and|&|de|van|von)\s+)?\p{Lu}[\p{L}\p{M}'\u2019.-]*)+)(?=,|\s+\p{Ll})/u;

/**
 * A sentence opening with a word or two describing a title and the name after it, then its verb or a clause set off by
 * commas (`Fourth-grade teacher Luis Armenta spent`, `Opposition leader Councillor Peter Vance, who voted against the
 * plan, accused`; not `Airline analyst Rachel Kim of Cowen said`, whose role goes on after the name).
 */
const TITLED_SUBJECT =
  /^(\p{Lu}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){1,2})\s+(\p{Lu}[\p{L}\p{M}'\u2019-]+(?:\s+\p{Lu}[\p{L}\p{M}'\u2019-]+)+)(?=,|\s+(?!(?:of|for|at|from|with|in)\s)\p{Ll})/u;

/**
 * A subject put after its verb, the sentence opening with where it stands (`Among the claimants is Colette Anand, 58,
 * a teacher…`, `One of those hurt was Ana Ruiz`): a name in full after `is` or `was`.
 */
const INVERTED_SUBJECT =
  /^(?:Among|One\s+of)\s[^,.;]*?\s(?:is|was|are|were)\s+(\p{Lu}[\p{L}\p{M}'\u2019-]+(?:\s+\p{Lu}[\p{L}\p{M}'\u2019-]+)+)(?=[\s,.;])/u;

/** A passive's agent named in full: `was shared by Dev Malhotra`, `were found by Ana Ruiz,`. */
const PASSIVE_AGENT =
  /\b(?:was|were|been|being|is|are)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn)\s+by\s+(\p{Lu}[\p{L}\p{M}'\u2019-]+(?:\s+\p{Lu}[\p{L}\p{M}'\u2019-]+)+)(?=[\s,.;])/u;

/** A sentence opening with a description, then the name it describes between commas. */
/** (Or a name's possessive: `Fenwick's chief executive, Daniel Oyelaran, apologised`.) */
const DESCRIBED_SUBJECT =
  /^(The|the|Its|Their|His|Her|\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*){0,3}['\u2019]s)\s+([^,]{3,80}),\s+(\p{Lu}[\p{L}\p{M}'\u2019-]+(?:\s+\p{Lu}[\p{L}\p{M}'\u2019-]+)+),/u;

/** A short phrase of place or time opening a sentence before a capitalised subject: `Outside court, `, `On Monday, `. */
const LEADING_PHRASE = /^\p{Lu}\p{Ll}+(?:\s+\p{L}+){0,3},\s+(?=\p{Lu})/u;

interface PendingQuote {
  entry: Entry;
  sentenceIndex: number;
}

function locateSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let cursor = 0;
  for (const sentence of splitSentences(text)) {
    const start = text.indexOf(sentence, cursor);
    sentences.push({ text: sentence, start, end: start + sentence.length });
    cursor = start + sentence.length;
  }
  return sentences;
}

/** Splits an over-long quotation into units of whole sentences, each short enough to be an answer. */
function answerUnits(text: string): string[] {
  if (text.length <= MAX_UNIT) return [text];
  const units: string[] = [];
  let current = '';
  for (const sentence of text.split(/(?<=[.?!\u2026])\s+(?=\S)/u)) {
    if (current && current.length + sentence.length + 1 > MAX_UNIT - 50) {
      units.push(current);
      current = sentence;
    } else current = current ? `${current} ${sentence}` : sentence;
  }
  if (current) units.push(current);
  return units.flatMap((unit) => (unit.length <= MAX_UNIT ? [unit] : (unit.match(/[\s\S]{1,350}(?:\s|$)/gu) ?? [unit])));
}

/**
 * A title or a name in marks (`“Parasite” director Bong Joon Ho said…`, `“Parasite,” the Korean satire, was…`): a
 * few words with no full stop of their own are no one's words, neither a direct nor a partial quote.
 */
function isTitle(span: QuoteSpan): boolean {
  const text = span.text.trim().replace(/,$/u, '');
  const words = text.split(/\s+/u);
  const titleCase = words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && /^(?:of|the|a|an|in|on|and|for|to)$/u.test(w)));
  return words.length <= 6 && titleCase && !/[.!?\u2026]$/u.test(text);
}

function isDirect(span: QuoteSpan, sentenceText: string, startInSentence: number): boolean {
  const before = sentenceText.slice(0, Math.max(0, startInSentence - 1)).trimEnd();
  const firstLetter = /\p{L}/u.exec(span.text)?.[0] ?? '';
  const capital = firstLetter !== '' && firstLetter === firstLetter.toUpperCase();
  // A title or a name in marks (`“Parasite” director Bong Joon Ho said…`): a few words with no closing
  // punctuation, the sentence running on after them, are no one's words.
  if (isTitle(span)) return false;
  if (before === '' || /^[.\s]*@\w+:$/u.test(before)) return true;
  // The second half of a quote split around its attribution: `“We cannot,” X said, “and we will not.”`, also when
  // the speaker after the verb has an appositive (`said his coach, Erik Solvang, “which…`; `said Mia Lund, the coach,`).
  if (new RegExp(`\\b(?:${VERB_ALTERNATION})[^,\u201C\u201D"]*,$`, 'iu').test(before)) return true;
  if (new RegExp(`[\u201D"]\\s*(?:${VERB_ALTERNATION})\\s+[^,\u201C\u201D"]{1,60},(?:[^,\u201C\u201D"]{1,60},){1,2}$`, 'iu').test(before))
    return true;
  if (!capital) return false;
  return /[,:\u2014]$/u.test(before) || new RegExp(`\\b(?:${VERB_ALTERNATION})$`, 'iu').test(before);
}

export class EntryExtractor {
  private readonly registry: SpeakerRegistry;
  /** What the attribution sieves read. */
  private readonly sieveContext: SieveContext;
  private readonly entries: Entry[] = [];
  private readonly sessions = new Map<string, { when: string | null; where: string | null }>();
  private lastQuoteSpeaker: Speaker | null = null;
  /** The last sentence of the paragraph read before: what a paragraph's first sentence follows. */
  private lastSentence = '';
  private counter = 0;

  constructor(
    private readonly paragraphs: Paragraph[],
    private readonly meta: StoryMeta,
  ) {
    this.registry = new SpeakerRegistry(paragraphs.map((p) => p.text).join('\n'));
    this.sieveContext = { registry: this.registry, paragraphs };
  }

  run(): { entries: Entry[]; speakers: Speaker[] } {
    const spans = findQuoteSpans(this.paragraphs);
    const byParagraph = spansByParagraph(spans);
    for (const paragraph of this.paragraphs) {
      this.readParagraph(paragraph, byParagraph.opening.get(paragraph.number) ?? [], byParagraph.continuing.has(paragraph.number));
    }
    const used = new Set(this.entries.flatMap((entry) => (entry.speaker ? [entry.speaker.id] : [])));
    const speakers = this.registry.all().filter((s) => used.has(s.id));
    describeSpeakers(this.paragraphs, speakers);
    return { entries: this.entries, speakers };
  }

  private nextId(kind: 'q' | 'f', paragraph: number): string {
    this.counter += 1;
    return `${kind}${paragraph}-${this.counter}`;
  }

  /** `continuing`: a quotation opened in an earlier paragraph runs on into this one. */
  private readParagraph(paragraph: Paragraph, spans: QuoteSpan[], continuing: boolean): void {
    const sentences = locateSentences(paragraph.text);
    const pending: PendingQuote[] = [];
    const attributed: Array<{ sentenceIndex: number; speaker: Speaker }> = [];

    sentences.forEach((sentence, index) => {
      const previous = index > 0 ? sentences[index - 1]!.text : REFERS_BACK.test(sentence.text) ? this.lastSentence : '';
      const inSentence = spans.filter((span) => span.start - 1 >= sentence.start && span.start - 1 < sentence.end);
      const direct = inSentence.filter((span) => isDirect(span, sentence.text, span.start - sentence.start));
      const partial = inSentence.filter((span) => !direct.includes(span) && !isTitle(span));
      this.noteSubject(sentence.text);
      const attribution = speechVerbOfSentence(sentence.text, this.sieveContext);
      if (attribution) {
        const after = textAfterVerb(sentence.text, attribution);
        // (Only of a speaker the article gave no role, or one that is no person's title (`The operator, Estmark Rail,`):
        // a person's `it` is whatever she speaks of.)
        if (after !== null && !hasPersonTitle(attribution.speaker) && SPEAKS_AS_IT.test(after))
          this.registry.noteBodySpeaking(attribution.speaker);
        // `The company said in a statement that…`: `the statement said` later is that company's.
        // (`In a statement, the company said…`: the document named before its speaker.)
        const document = (after !== null ? IN_A_DOCUMENT.exec(after) : null) ?? DOCUMENT_FIRST.exec(sentence.text);
        if (document) this.registry.noteDocument(document[1]!.toLowerCase(), attribution.speaker);
        this.noteSession(attribution);
        this.registry.noteMention(attribution.speaker);
        // `Erekat said it was only the latest move…` then a paragraph of quotation alone: his words.
        if (attribution.verb !== 'according to' && !REPORT_VERBS.has(attribution.verb)) this.lastQuoteSpeaker = attribution.speaker;
      }
      const asked = askedSpeaker(sentence.text, direct.length + partial.length);
      if (asked) {
        const speaker = this.registry.resolve(asked);
        if (speaker) this.lastQuoteSpeaker = speaker;
      }

      let directSpeaker: Speaker | null = null;
      for (const span of direct) {
        const found = attributeQuote(span, sentence, paragraph, this.sieveContext);
        directSpeaker ??= found?.speaker ?? null;
        const speaker = found?.speaker ?? null;
        const lead = sentence.text
          .replace(span.text, ' ')
          .replace(/[\u201C\u201D"]/gu, ' ')
          .replace(/\s+/gu, ' ')
          .trim();
        const entries = this.makeQuotes(span, paragraph, previous, speaker, found?.tail ?? '');
        for (const entry of entries) {
          entry.lead = lead;
          if (speaker) entry.attributedBy = entry.post ? 'embedded post' : (found?.sieve ?? null);
        }
        if (speaker) {
          attributed.push({ sentenceIndex: index, speaker });
          this.registry.noteMention(speaker);
          this.lastQuoteSpeaker = speaker;
        } else for (const entry of entries) pending.push({ entry, sentenceIndex: index });
      }

      // `…, “so they cannot form a combustible amount,” Mr. McHugh said.`: who is named right after the quotation
      // owns it, before whoever else the sentence names.
      const closing = partial.at(-1);
      const quotedBy =
        closing && direct.length === 0
          ? ((/[,?!]$/u.test(closing.text.trim()) ? speakerAfterQuote(closing, sentence, paragraph, this.sieveContext) : null) ??
            attribution ??
            stanceVerb(sentence.text, this.sieveContext) ??
            relativeClauseSpeaker(sentence.text, closing.start - 1 - sentence.start, this.sieveContext))
          : null;
      if (quotedBy) {
        this.registry.noteMention(quotedBy.speaker);
        const entry = this.makeEntry('quote', sentence.text, paragraph, previous, quotedBy.speaker, { partial: true, tail: quotedBy.tail });
        entry.attributedBy = quotedBy.sieve ?? null;
        this.entries.push(entry);
        this.lastQuoteSpeaker = quotedBy.speaker;
      }
      // `“Doing nothing was not an option,” Rao said, adding that Canada remained “open to talks at any time.”`:
      // the phrase quoted beside the direct quote is the same speaker's, shown with the words around it.
      if (partial.length > 0 && direct.length > 0 && directSpeaker) {
        const rest = withoutSpans(sentence.text, direct, sentence.start)
          .replace(ATTRIBUTION_OPENING, '')
          .replace(/^\p{Ll}/u, (c) => c.toUpperCase());
        if (partial.every((span) => rest.includes(span.text))) {
          const entry = this.makeEntry('quote', rest, paragraph, previous, directSpeaker, { partial: true, tail: '' });
          entry.attributedBy = 'direct quote beside it';
          this.entries.push(entry);
        }
      }
      // A subhead (`Rental market is hot`) or a question the article puts (`What did the prosecutors say?`) states nothing.
      const heading = sentences.length === 1 && isHeading(sentence.text);
      if (direct.length === 0 && !heading && !(continuing && index === 0 && /^[\u201C"]/u.test(sentence.text))) {
        const before = index > 0 ? sentences[index - 1]!.text : this.lastSentence;
        this.entries.push(this.makeFact(sentence.text, paragraph, attribution, previous, before));
      }
    });

    for (const item of pending) {
      const nearest =
        attributed.filter((a) => a.sentenceIndex <= item.sentenceIndex).at(-1) ??
        attributed.find((a) => a.sentenceIndex > item.sentenceIndex);
      const speaker = nearest?.speaker ?? this.lastQuoteSpeaker;
      if (speaker) {
        this.setSpeaker(item.entry, speaker, '');
        item.entry.attributedBy = item.entry.post
          ? 'embedded post'
          : nearest
            ? 'another quote of the paragraph'
            : 'speaker of the paragraph before';
      }
    }
    const last = attributed.at(-1);
    if (last) this.lastQuoteSpeaker = last.speaker;
    this.lastSentence = sentences.at(-1)?.text ?? this.lastSentence;
  }

  /**
   * A sentence that opens with a full name (`Jane Smith, 42, has run the bakery…`) introduces that person:
   * a `she said` after it means her, even before she has been quoted.
   */
  private noteSubject(sentence: string): void {
    // `That view was shared by Dev Malhotra, who runs…`: the agent of a passive is who the sentence is about, so a `he
    // said` after it is his (before a subject of its own, which the rules below then note over it).
    const agent = PASSIVE_AGENT.exec(sentence)?.[1];
    const acting = agent ? this.registry.resolve(agent) : null;
    if (acting?.kind === 'person') this.registry.noteMention(acting);
    // `The mayor of Surabaya, Tri Rismaharini, comforted relatives`: the name after the description.
    // `Its general secretary, Mette Krogh, said`: the description is of the body (or person) last spoken of.
    const inverted = INVERTED_SUBJECT.exec(sentence)?.[1];
    const placed = inverted ? this.registry.resolve(inverted) : null;
    if (placed?.kind === 'person') {
      this.registry.noteMention(placed);
      return;
    }
    // (`Outside court, Amankwah's sister, Grace Amankwah, read…`: past a short phrase of place or time.)
    const described = DESCRIBED_SUBJECT.exec(sentence) ?? DESCRIBED_SUBJECT.exec(sentence.replace(LEADING_PHRASE, ''));
    if (described) {
      const [, determiner = '', description = '', name = ''] = described;
      // (Only a body the article names: `according to its filings` names none.)
      const last = this.registry.lastMentioned(/^(?:his|her)$/iu.test(determiner) ? 'person' : 'organisation');
      const owner = last && /^\p{Lu}/u.test(last.name) ? last : null;
      const role = /^the$/iu.test(determiner)
        ? `the ${description}`
        : /['\u2019]s$/u.test(determiner)
          ? `${determiner} ${description}`
          : !owner
            ? description
            : owner.kind === 'person'
              ? `${owner.name}\u2019s ${description}`
              : `${description} of ${owner.name}`;
      const speaker = this.registry.resolve(name, role);
      if (speaker) this.registry.noteMention(speaker);
      return;
    }
    // `Fourth-grade teacher Luis Armenta spent the year…`: a describing word or two and a title before a full name.
    const titled = TITLED_SUBJECT.exec(sentence);
    if (titled && TITLE_WORDS.has(titled[1]!.split(/\s+/u).at(-1)!)) {
      const speaker = this.registry.resolve(titled[2]!, titled[1]!);
      if (speaker) this.registry.noteMention(speaker);
      return;
    }
    // `The seamer Aiden Kowalczyk finished with four for 45, in what he called…`: `the`, a word or two for what someone
    // is, and a person's name in full open the sentence; a `he` after it is that person.
    if (titled && /^The\s/u.test(titled[1]!) && !ORGANISATION_WORDS.has(titled[1]!.split(/\s+/u).at(-1)!)) {
      const speaker = this.registry.resolve(titled[2]!, titled[1]!.replace(/^The/u, 'the'));
      if (speaker?.kind === 'person') {
        this.registry.noteMention(speaker);
        return;
      }
    }
    const opening = SENTENCE_SUBJECT.exec(sentence)?.[1];
    // A sentence may open with a word that leads a clause or a phrase (`Although CBP…`): the name is after it.
    if (!opening || /^(?:The|A|An)\s/u.test(opening) || CLAUSE_OPENING.test(opening)) {
      // `Netanyahu visited the settlement`, `Netanyahu, who…, visited`: a surname alone, of someone the article has
      // named in full.
      const single = /^(\p{Lu}[\p{L}\p{M}'\u2019-]+)(?=,|\s+\p{Ll})/u.exec(sentence)?.[1];
      const known = single ? this.registry.knownPerson(single) : null;
      if (known) this.registry.noteMention(known);
      return;
    }
    const speaker = this.registry.resolve(opening);
    if (speaker) this.registry.noteMention(speaker);
  }

  private noteSession(attribution: Attribution): void {
    const session = this.sessions.get(attribution.speaker.id) ?? { when: null, where: null };
    const clause = attribution.tail.split(/\babout\b/u)[0] ?? '';
    session.when = findWhen(attribution.tail) ?? session.when;
    session.where = findWhere(clause) ?? session.where;
    this.sessions.set(attribution.speaker.id, session);
  }

  private makeQuotes(span: QuoteSpan, paragraph: Paragraph, context: string, speaker: Speaker | null, tail: string): Entry[] {
    const words = span.text.trim();
    return answerUnits(words).map((unit) => {
      const entry = this.makeEntry('quote', unit, paragraph, context, null, { partial: false, tail: '' });
      if (speaker) this.setSpeaker(entry, speaker, tail);
      if (paragraph.post) {
        entry.post = paragraph.post;
        entry.when = paragraph.post.date ? `on ${formatIsoDate(paragraph.post.date)}` : null;
        entry.where = null;
        const by = paragraph.post.handle ? `${paragraph.post.poster} (${paragraph.post.handle})` : paragraph.post.poster;
        entry.source = { name: by, type: 'report', attribution: `posted by ${by}` };
      }
      this.entries.push(entry);
      return entry;
    });
  }

  private setSpeaker(entry: Entry, speaker: Speaker, tail: string): void {
    entry.speaker = speaker;
    if (entry.post) return;
    const session = this.sessions.get(speaker.id);
    const when = findWhen(tail) ?? session?.when ?? null;
    entry.when = when ? resolveWhen(when, this.meta.published) : null;
    entry.where = findWhere(tail.split(/\babout\b/u)[0] ?? '') ?? session?.where ?? null;
  }

  private makeEntry(
    kind: 'quote' | 'fact',
    text: string,
    paragraph: Paragraph,
    context: string,
    speaker: Speaker | null,
    options: { partial: boolean; tail: string },
  ): Entry {
    const entry: Entry = {
      id: this.nextId(kind === 'quote' ? 'q' : 'f', paragraph.number),
      kind,
      text,
      speaker: null,
      source: ARTICLE_SOURCE,
      paragraph: paragraph.number,
      context,
      lead: '',
      when: null,
      where: null,
      partial: options.partial,
      post: null,
      origin: 'article',
      guildId: null,
    };
    if (speaker) this.setSpeaker(entry, speaker, options.tail);
    return entry;
  }

  /**
   * A fact is its own sentence, with no context (the one before would only add noise to its search terms),
   * unless it opens by pointing back to it (`Its level has dropped nine feet`): then the one before says what `its` is.
   * `previous` is the sentence before in the paragraph (or the paragraph before's last when a demonstrative refers
   * back to it); `before` is the sentence read just before, across a paragraph break too.
   */
  private makeFact(sentence: string, paragraph: Paragraph, attribution: Attribution | null, previous: string, before: string): Entry {
    const context = POINTS_BACK.test(sentence) ? previous : opensWithPerson(sentence) ? before : '';
    const entry = this.makeEntry('fact', sentence, paragraph, context, null, { partial: false, tail: '' });
    if (!attribution) return entry;
    const reports = attribution.verb === 'according to' || REPORT_VERBS.has(attribution.verb);
    entry.source = {
      name: attribution.verb === 'according to' ? attribution.phrase.replace(/^according to\s+/u, '') : attribution.speaker.name,
      type: reports ? 'report' : 'claim',
      attribution: attribution.phrase,
    };
    if (!reports) entry.speaker = attribution.speaker;
    return entry;
  }
}

/**
 * `What did Suh say after the play?`, a question the article puts before a quotation that answers it:
 * whom it asks about (a sentence with no quotation of its own).
 */
function askedSpeaker(sentence: string, quotes: number): string | null {
  if (quotes > 0) return null;
  return (
    /^(?:what|how)\s+(?:did|does|do|has|have|would|will|could)\s+(.+?)\s+(?:say|tell|respond|reply|react|think|answer)\b[^?]*\?$/iu.exec(
      sentence.trim(),
    )?.[1] ?? null
  );
}

/** A paragraph that heads what follows rather than states: short with no closing full stop, or a question. */
function isHeading(paragraph: string): boolean {
  const text = paragraph.trim();
  if (/\?$/u.test(text) && !/[\u201C\u201D"]/u.test(text)) return true;
  return text.split(/\s+/u).length <= 10 && !/[.!\u2026:;,]$/u.test(text.replace(/[\u201D"'\u2019)\]]+$/u, ''));
}

/** `Rao said, adding that`: the attribution before the words a partial quote belongs to. */
const ATTRIBUTION_OPENING =
  /^[^\u201C"]*?\b(?:adding|saying|noting|arguing|insisting|explaining|warning|stressing|calling)\b\s+(?:that\s+)?/u;

/** A sentence with its direct quotations cut out, marks and the comma after them too: what is left around them. */
function withoutSpans(sentence: string, spans: QuoteSpan[], sentenceStart: number): string {
  let rest = sentence;
  for (const span of [...spans].sort((a, b) => b.start - a.start)) {
    const from = Math.max(0, span.start - sentenceStart - 1);
    const to = Math.min(rest.length, span.closeAt - sentenceStart);
    rest = rest.slice(0, from) + rest.slice(to).replace(/^[\s,]+/u, ' ');
  }
  return rest
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/**
 * What the sentence says after its speech verb: after the attribution's phrase, or, when an appositive stood between
 * the subject and the verb (`The operator, Estmark Rail, said…`, phrased `Estmark Rail said`), after the verb itself.
 */
function textAfterVerb(sentence: string, attribution: { phrase: string; verb: string }): string | null {
  const at = sentence.indexOf(attribution.phrase);
  if (at >= 0) return sentence.slice(at + attribution.phrase.length);
  const verb = new RegExp(`\\b${escapeRegExp(attribution.verb)}\\b`, 'iu').exec(sentence);
  return verb ? sentence.slice(verb.index + verb[0].length) : null;
}

/** A speaker whose role's head is a person's title (`Acme's chief executive`, `a lawyer for the family`). */
function hasPersonTitle(speaker: Speaker): boolean {
  const head = speaker.role ? roleHeadPhrase(speaker.role.toLowerCase()).split(/\s+/u).at(-1) : undefined;
  return head !== undefined && TITLE_WORDS.has(head);
}

/** After a speech verb, the document it was said in (`said in a statement`, `wrote in a letter to staff`). */
const IN_A_DOCUMENT = /^\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?in\s+(?:a|an|its|their|his|her)\s+(?:[\p{L}-]+\s+)?(statement)\b/u;

/** A sentence opening with the document its speaker said it in (`In a statement, Hallberg Line said…`). */
const DOCUMENT_FIRST = /^\s*in\s+(?:a|an|its|their|his|her)\s+(?:[\p{L}-]+\s+)?(statement)\b[^,]{0,30},/iu;

/**
 * After a speech verb, what is said of the speaker as `it` (`said on Tuesday it would cut`, `said in a statement that it
 * was`), or of what is `its` (`said in a statement that its new model had…`).
 */
const SPEAKS_AS_IT =
  /^(?:\s+(?:on|in|at|late|early|last|this)\b[^,;.\u201C"]{0,40}?)?\s+(?:that\s+)?(?:it|its(?:\s+[\p{Ll}-]+){1,2})\s+(?:would|will|was|is|were|are|has|have|had|could|can|plans|planned|expects|expected)\b|^\s+(?:that\s+)?it\s+[\u201C"]\p{Ll}/u;

/**
 * A demonstrative naming what was said before (`the reason for this decision`), not a time (`this week`): the
 * sentence reads on from the one before it, even across a paragraph break.
 */
const REFERS_BACK =
  /\b(?:[Tt]his|[Tt]hese|[Tt]hose)\s+(?!(?:week|weekend|year|month|morning|afternoon|evening|night|season|spring|summer|fall|autumn|winter|time|days?)\b)\p{Ll}{3,}/u;

/**
 * A sentence that opens with a word pointing back to the one before: `It`, `Its`, `They`, `This`, `The move`; `Both`, or
 * a definite number of what was named (`The two leaders`).
 */
const POINTS_BACK =
  /^(?:It|Its|They|Their|Them|This|That|These|Those|Both|The (?:move|decision|plan|measure|proposal|announcement|order|agency|department|company|group|city|state|utility|body|office)|The (?:two|three|four|five|six|seven|eight|nine|ten) \p{Ll}+s)\b/u;

/**
 * `He declined to say when the lander would be ready.`: a sentence whose subject is a personal pronoun, telling what
 * that person did, names them only in the sentence before, across a paragraph break too (`…,” said Jane Smith, head
 * of planning at Acme.`). A pronoun saying something (`She said…`, `He also noted…`) is not: its sentence is
 * attributed, and the speaker it gets says who the pronoun is.
 */
const PERSON_OPENING = /^(?:He|She|His|Her)\b/u;
const PERSON_SPEAKING = new RegExp(`^(?:He|She)\\s+(?:also\\s+|\\p{Ll}+ly\\s+)?(?:${VERB_ALTERNATION})\\b`, 'u');

/** A short opening phrase before the subject (`If convicted, he could face…`, `On Monday, she…`). */
const OPENING_PHRASE = /^(?:\p{L}+\s+){0,4}\p{L}+,\s+(?=\p{Ll})/u;

function opensWithPerson(sentence: string): boolean {
  const subject = sentence.replace(OPENING_PHRASE, '').replace(/^(?:he|she|his|her)\b/u, (w) => w.charAt(0).toUpperCase() + w.slice(1));
  return PERSON_OPENING.test(subject) && !PERSON_SPEAKING.test(subject);
}

export function extractEntries(paragraphs: Paragraph[], meta: StoryMeta): { entries: Entry[]; speakers: Speaker[] } {
  return new EntryExtractor(paragraphs, meta).run();
}
