import { lookupTable } from './lookupTable.js';
import { commaNamesBeforeInitialisms } from './spelledOut.js';

/**
 * General patterns of attribution in English news prose: the verbs that introduce speech or a report,
 * the words that make a role, and how to find the subject that stands before a verb.
 */

/** Verbs that attribute words to a speaker (`said`, `told reporters`, `added`). */
export const SPEECH_VERBS: string[] = (
  'said says say added adds told tells asked asks explained explains noted notes wrote writes posted tweeted ' +
  'stated states declared declares argued argues claimed claims insisted insists warned warns called calls ' +
  'described describes announced announces replied replies responded responds continued continues confirmed ' +
  'confirms denied denies acknowledged acknowledges suggested suggests urged urges vowed vows promised promises ' +
  'predicted predicts recalled recalls testified commented remarked spoke speaks discussed discusses reported ' +
  'reports estimated estimates found finds concluded concludes maintained maintains admitted admits answered ' +
  'answers cautioned cautions pledged pledges threatened threatens stressed stresses emphasized emphasised ' +
  'emphasizes observed observes quipped joked boasted complained complains lamented laments asserted asserts ' +
  'contended contends recounted reiterated reiterates retorted revealed reveals disclosed advised demanded ' +
  'demands pleaded hinted speculated wondered questioned objected protested agreed agrees disagreed mentioned ' +
  'shouted yelled whispered murmured texted emailed conceded concedes countered counters informed assured ' +
  'reassured elaborated clarified reflected ' +
  'pointed_out points_out ' +
  // Participles that carry the speech of the clause's subject (`Marquez spoke in the capital, telling reporters that…`).
  'telling saying adding noting arguing warning insisting explaining stressing calling writing'
)
  .split(' ')
  // A verb of two words is written with `_` above (`pointed_out`): `out` alone reports no one's words.
  .map((verb) => verb.replace('_', ' '));
/** The same verbs, to look one up. */
export const SPEECH_VERB_SET: ReadonlySet<string> = new Set(SPEECH_VERBS);

/** Verbs by which a body reports a finding rather than makes a claim of its own. */
export const REPORT_VERBS = new Set(['reported', 'reports', 'estimated', 'estimates', 'found', 'finds', 'concluded', 'concludes']);

/** A company's legal form after its name, as news writes it (`Kestrel Microsystems NV`, `Calloway Drug Co`, `Halden plc`). */
export const COMPANY_LEGAL_FORMS = ['NV', 'AG', 'Inc', 'Ltd', 'plc', 'PLC', 'LLC', 'Co', 'Corp', 'SA', 'GmbH', 'BV', 'SpA', 'Pty'] as const;

/** Titles and offices that, standing before a name, make its role (`Mexican President Claudia Sheinbaum`). */
export const TITLE_WORDS = new Set(
  (
    'president vice mayor governor gov senator sen representative rep congressman congresswoman councilmember head ' +
    'councilman councilwoman councillor councilor alderman secretary minister chancellor premier prime chief ' +
    'director commissioner chairman chairwoman chair chairperson judge justice sheriff officer general gen admiral ' +
    'colonel col captain capt lieutenant lt sergeant sgt ambassador speaker leader attorney deputy spokesperson ' +
    'spokesman spokeswoman king queen prince princess pope bishop cardinal rabbi imam reverend rev professor prof ' +
    'coach ceo superintendent principal dean treasurer auditor inspector comptroller administrator manager ' +
    'engineer economist analyst founder executive chancellor emperor sultan sheikh president-elect clerk marshal ' +
    'trustee supervisor delegate envoy commander resident residents farmer rancher grower teacher nurse doctor student ' +
    'driver owner homeowner neighbor neighbour activist volunteer firefighter veteran retiree lawyer author artist pastor ' +
    'scientist researcher historian voter protester witness survivor patient tenant landlord businessman businesswoman ' +
    'entrepreneur fisherman shopkeeper chef priest evacuee member physician surgeon pharmacist epidemiologist astronomer ' +
    'physicist biologist chemist geologist psychologist psychiatrist economist strategist consultant investor banker ' +
    'broker trader realtor agent official officer spokesperson diplomat negotiator prosecutor lawmaker legislator ' +
    'politician candidate player athlete quarterback pitcher actor actress director producer singer writer journalist ' +
    'reporter editor coroner constable pc detective det cllr magistrate solicitor barrister counsel paramedic curator ' +
    'warden ranger headteacher headmaster headmistress vicar chaplain midwife dentist veterinarian referee umpire ' +
    'goalkeeper midfielder mp mep msp assemblyman assemblywoman ombudsman registrar surveyor architect lecturer ' +
    'campaigner organiser organizer coordinator investigator pathologist zookeeper archbishop trooper ' +
    'substitute striker defender winger fullback skipper batsman bowler jockey sprinter cyclist swimmer golfer boxer'
  ).split(' '),
);

/** Abbreviated titles and their words, so a role reads and matches as written out (`Gov.` is `Governor`). */
export const TITLE_ABBREVIATIONS = lookupTable<string>({
  gov: 'Governor',
  sen: 'Senator',
  rep: 'Representative',
  lt: 'Lieutenant',
  gen: 'General',
  col: 'Colonel',
  capt: 'Captain',
  sgt: 'Sergeant',
  rev: 'Reverend',
  prof: 'Professor',
  supt: 'Superintendent',
  atty: 'Attorney',
  adm: 'Admiral',
  cmdr: 'Commander',
  maj: 'Major',
  insp: 'Inspector',
  ch: 'Chief',
  det: 'Detective',
  cllr: 'Councillor',
  sec: 'Secretary',
  pres: 'President',
});

/** Honorifics dropped from a name (`Dr. Ana Ortiz` is `Ana Ortiz`). */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame']);

/**
 * Letters written after a name for a rank, an honour or a degree (`Helen Adeyemi KC`, `Tom Hale MP`, `Ada Lee OBE`):
 * they say what she is, not who, and the name is the same without them.
 */
export const POST_NOMINALS = new Set([
  'KC',
  'QC',
  'SC',
  'MP',
  'MSP',
  'MS',
  'MEP',
  'AM',
  'MLA',
  'OBE',
  'MBE',
  'CBE',
  'KBE',
  'DBE',
  'FRS',
  'PhD',
  'MD',
]);

/** Head nouns that make a capitalised name an organisation (`Government Accountability Office`). */
export const ORGANISATION_WORDS = new Set(
  (
    'office department agency council committee commission chamber ministry news times post press party ' +
    'administration government university college bureau service services association court congress senate house ' +
    'company corp corporation inc group bank fund board institute center centre organization organisation police ' +
    'army navy force forces authority network journal tribune herald foundation union federation league club ' +
    'council assembly parliament cabinet reuters media broadcasting radio television tv guard patrol coalition ' +
    'alliance society trust hospital school district county city state states nations'
  ).split(' '),
);

/**
 * Verbs of stance that, with a quoted phrase as their object, attribute the phrase to their subject
 * (`Peñasco rejected the offer as “an insult…”`). Used for partial quotes only: without quotation marks
 * such a sentence reports an act, not words.
 */
export const STANCE_VERBS: string[] = (
  'rejected rejects dismissed dismisses criticized criticised criticizes praised praises welcomed welcomes ' +
  'defended defends accused accuses blamed blames denounced denounces condemned condemns hailed hails labeled ' +
  'labelled labels branded brands termed terms dubbed dubs slammed slams mocked mocks'
).split(' ');

/** Plural nouns for groups of people who speak unnamed (`port officials said`). */
export const SPEAKING_GROUPS = new Set(
  (
    'officials authorities police experts analysts witnesses residents sources prosecutors investigators ' +
    'researchers scientists doctors economists critics lawmakers leaders organizers organisers workers members ' +
    'spokespeople aides diplomats activists executives observers supporters opponents protesters voters parents ' +
    'teachers students officers groups organizations organisations advocates environmentalists farmers growers ' +
    'businesses companies firms unions families'
  ).split(' '),
);

/** Capitalised at a sentence's start, these stand for no one in particular (`Some warned…`, `Others said…`). */
const QUANTIFIERS = new Set([
  'some',
  'many',
  'others',
  'other',
  'several',
  'few',
  'most',
  'all',
  'both',
  'each',
  'none',
  'one',
  'another',
  'this',
  'that',
  'these',
  'those',
  'nobody',
  'everyone',
  'someone',
  'no',
]);

/** A word that, at a sentence's start, says how many of a group (`Some Feldmark fans`) and is no part of a name. */
export const QUANTIFIER_OPENING = /^(?:Some|Many|Several|Few|Most|All|Both|Each|Other|Others|Another)\s+(?=\p{Lu})/u;

/** Words that stand for a person or body named earlier. */
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/** Intermediaries whose words belong to the body they speak for (`a spokesperson for the Department of X`). */
export const INTERMEDIARY =
  /^(?:an?|the)\s+(?:(?:spokesperson|spokesman|spokeswoman|representative|official|statement|source|aide|lawyer|attorney|office)s?|(?:\p{Ll}+\s+)?(?:mission|delegation))\s+(?:for|from|of|at|with)\s+(.+)$/iu;

// Auxiliaries and adverbs between a subject and its verb (`The navy initially said`, `The founder always argued`);
// a word in -ly only where it cannot be a noun (`the family said`, `an ally said`); a verb that takes another
// (`Northgate declined to say`, `She plans to announce`).
const TRAILING_AUXILIARIES =
  /(?:\s+(?:\p{Ll}+(?:ed|s)\s+to|also|later|then|has|had|have|previously|again|earlier|repeatedly|reportedly|once|already|further|first|last|simply|only|always|never|often|still|now|even|too|did|does|would|will|(?!(?:family|ally|assembly|rally|supply|monopoly|anomaly|bully|belly|jelly|lily|folly|homily|fly)\b)\p{Ll}{3,}ly))+\s*$/u;
const LEADING_CONJUNCTIONS = /^(?:and|but|while|as|when|then|so|yet|or)\s+/iu;
/** A focusing adverb before a subject (`Even the policy manual notes…`, `Only the mayor said…`): no part of it. */
const LEADING_FOCUS = /^(?:[Ee]ven|[Oo]nly|[Jj]ust|[Aa]lso|[Ss]till)\s+(?=(?:[Tt]he|[Aa]n?)\s|\p{Lu})/u;
/** A time that opens a clause before its subject (`and this week the startup announced`, `on Monday the council voted`). */
const LEADING_TIME =
  /^(?:(?:this|last|next|that|earlier|later)\s+(?:week|month|year|weekend|morning|afternoon|evening|night|spring|summer|fall|autumn|winter|\p{L}+day)|(?:on|by)\s+\p{Lu}\p{Ll}+day|yesterday|today|tonight)\s+(?=\S+\s)/iu;

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const SPEECH_VERB_PATTERN = new RegExp(`\\b(?:${SPEECH_VERBS.map(escapeRegExp).join('|')})\\b`, 'iu');

/**
 * Words that make a clause of the words before a verb, not a name for its subject: an auxiliary, a modal or a
 * copula in lower case (`The payoff could be big for TV owners, said…`, `Academic labs aren't waiting for the
 * patent claims`; `Will Moy` is a name),
 * or a preposition or article with nothing after it (`…the telescope's performance by`).
 */
/** The auxiliaries and forms of `be`: a word of them makes a clause of the words around it. */
export const AUXILIARIES = 'is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|can|could|may|might|shall|should|must';
const CLAUSE_WORD = new RegExp(`\\b(?:${AUXILIARIES})\\b|n['\u2019]t\\b`, 'u');
const DANGLING_END = /\s(?:by|of|to|for|with|from|in|on|at|into|about|the|a|an)$/iu;
/**
 * A verb's past form and its object inside a phrase (`The harbour board issued a statement`): a word in -ed before an
 * article, where a noun phrase has a preposition (`the head of a union`) or nothing there.
 */
const VERB_BEFORE_OBJECT = /\s\p{Ll}[\p{Ll}-]*ed\s+(?:a|an|the|its|their)\s/u;
/**
 * A subject, its verb's past form and the verb's object, ending the text before a participle (`The harbour board
 * issued a statement`); a time or a place may follow the object (`issued a statement on Monday`).
 */
const OBJECT_BEFORE_PARTICIPLE =
  /^(.+?)\s+\p{Ll}[\p{Ll}-]*ed\s+(?:a|an|the|its|their|his|her)\s+(?:\S+\s+){0,3}\S+(?:\s+(?:on|in|at|late|early|last)\s+\S+(?:\s+\S+)?)?$/u;

/** A verb's past form, which a `that` after it makes report a clause (`heard that`, `was told that`). */
const PAST_FORM = String.raw`(?:[\p{L}-]+ed|heard|told|said|found|knew|thought|felt|saw|wrote|learned|learnt|understood|meant)`;
/** The first relative word of a phrase is a `that` right after a verb's past form. */
const REPORTED_THAT = new RegExp(String.raw`^(?:(?!\b(?:who|whom|which|that)\b).)*?\b${PAST_FORM}\s+that\s`, 'iu');
/** The last clause a verb's past form reports, to the end of the text (`heard that Mrs Hale had written a letter, `). */
export const REPORTED_CLAUSE = new RegExp(String.raw`\b${PAST_FORM}\s+that\s+((?:(?!\bthat\b).)*)$`, 'iu');

/** A phrase that can name a speaker: a capitalised name, a pronoun, or a determiner + noun phrase. */
export function looksLikeNounPhrase(phrase: string): boolean {
  const words = phrase.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > 12) return false;
  if (/["\u201C\u201D;:]/u.test(phrase)) return false;
  // A relative clause may hold a verb of its own (`a man who was at the scene`); the rest may not. A `that` after a verb
  // opens what the verb reports (`The court heard that Mrs Hale had written…`): a clause, not a noun's.
  if (REPORTED_THAT.test(phrase)) return false;
  const head = phrase.replace(/\s+(?:who|whom|which|that)\s.*$/iu, '');
  if (CLAUSE_WORD.test(head) || DANGLING_END.test(head) || VERB_BEFORE_OBJECT.test(head)) return false;
  const first = words[0]!;
  if (QUANTIFIERS.has(first.toLowerCase())) return false;
  if (PRONOUNS.has(first.toLowerCase()) && words.length === 1) return true;
  if (/^[.]?@\w+$/u.test(first)) return true;
  if (/^(?:the|a|an)$/iu.test(first)) return words.length > 1;
  if (words.length <= 4 && SPEAKING_GROUPS.has(words.at(-1)!.toLowerCase()) && words.every((w) => /^[\p{Ll}'\u2019-]+$/u.test(w)))
    return true;
  // `police chief Maria Gomez`: lowercase titles or bodies, then a name.
  const firstCapital = words.findIndex((w) => /^\p{Lu}/u.test(w));
  // `opposition Sen. Lilly Téllez`: a word or two describing a title.
  if (firstCapital > 0 && firstCapital <= 2 && TITLE_WORDS.has(words[firstCapital]!.toLowerCase().replace(/\.$/u, ''))) return true;
  if (
    firstCapital > 0 &&
    firstCapital <= 3 &&
    words.slice(0, firstCapital).every((w) => TITLE_WORDS.has(w.toLowerCase()) || ORGANISATION_WORDS.has(w.toLowerCase()))
  ) {
    return true;
  }
  // `fire service spokeswoman Ioanna Marinaki`: a few describing words ending in a title, then a full name.
  if (
    firstCapital > 0 &&
    firstCapital <= 3 &&
    TITLE_WORDS.has(words[firstCapital - 1]!.toLowerCase()) &&
    words.slice(0, firstCapital).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w)) &&
    words.length - firstCapital >= 2 &&
    words.slice(firstCapital).every((w) => /^\p{Lu}/u.test(w))
  )
    return true;
  // `realtor Shaun Ghulam`: a describing word or two before a full name.
  if (
    firstCapital > 0 &&
    firstCapital <= 2 &&
    words.length - firstCapital >= 2 &&
    words.slice(firstCapital).every((w) => /^\p{Lu}/u.test(w))
  )
    return true;
  // `She pointed to a study…` is a clause, not a name.
  if (PRONOUNS.has(first.toLowerCase())) return false;
  return /^\p{Lu}/u.test(first);
}

/** Words after which a new clause begins: the subject of a later verb stands after them. */
const CLAUSE_OPENERS = /^(?:when|where|while|as|after|before|because|since|that|which|if|but|though|although|so|until|once)$/iu;

/** A chunk that names someone by a capitalised name (`Dr. Luz Contreras Arroyo`), not a phrase that opens a sentence (`In a letter`). */
function isNameChunk(chunk: string): boolean {
  const words = chunk.split(/\s+/u).filter(Boolean);
  const first = words[0] ?? '';
  if (
    !/^\p{Lu}/u.test(first) ||
    /^(?:the|a|an|in|on|at|by|for|from|with|after|before|during|as|when|while|if|but|and|despite|although|though|since|because|last|this|that|these|those|it|its|there|here)$/iu.test(
      first,
    )
  )
    return false;
  if (PRONOUNS.has(first.toLowerCase())) return false;
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length <= 6 && capitals * 2 >= words.length && looksLikeNounPhrase(chunk);
}

/**
 * A body after `the`, by its capitalised name (`The Brennock Hosts Association`), which isNameChunk leaves to other
 * rules, or by a few words ending in a body's word (`The county council`, before `, which runs…, said`).
 */
function isBodyNameChunk(chunk: string): boolean {
  return (
    /^(?:the|The)(?:\s+\p{Lu}[\p{L}'\u2019&.-]*)+$|^(?:the|The)(?:\s+[\p{L}-]+){1,3}$/u.test(chunk) &&
    ORGANISATION_WORDS.has(chunk.split(/\s+/u).at(-1)!.toLowerCase())
  );
}

/** A chunk that describes rather than names: `a member of the group`, `chief executive of Full Fact`, `the company's COO`. */
function isDescriptionChunk(chunk: string): boolean {
  const words = chunk.split(/\s+/u);
  // `which represents 600 owners` describes the body before it, as `who…` does a person; `which Trump said…` opens a
  // clause of its own.
  const relative = /^which$/iu.test(words[0] ?? '') && /^\p{Ll}/u.test(words[1] ?? '');
  if ((CLAUSE_OPENERS.test(words[0] ?? '') && !relative) || words.length < 2) return false;
  // `Acme's chief executive`: a body's possessive before a lower-case role describes too, and so does a title
  // written with capitals (`Head of Research at Kotak`, `Director of Communications`).
  return (
    /^(?:an?|the)\s/iu.test(chunk) ||
    /^\p{Ll}/u.test(chunk) ||
    // `Bernard Whitlow, 71, from the village of Fennick, 30 kilometres from the hospital, said`: a measure describes too.
    /^\d[\d.,]*\s+\p{Ll}/u.test(chunk) ||
    /^\p{Lu}[\p{L}-]*['\u2019]s\s+\p{Ll}/u.test(chunk) ||
    (TITLE_WORDS.has(words[0]!.toLowerCase()) && /^\S+\s+(?:of|at|for)\s/u.test(chunk))
  );
}

/**
 * A noun phrase of one noun, then a second noun phrase right after it: one opened by a determiner (`a decision the
 * company`), or after a singular `a` a bare plural (`a move critics`) or a name (`a decision Halden`). The second is
 * the subject of a clause that describes the first, its `that` left out.
 */
const REDUCED_RELATIVE =
  /^(?:[Aa]n?|[Tt]he)\s+[\p{Ll}-]+\s+(?:the|an?|its|their|his|her)\s+\p{Ll}|^[Aa]n?\s+[\p{Ll}-]+\s+(?:\p{Ll}[\p{Ll}-]*s$|\p{Lu})/u;

/** Stands for a comma inside a name while a phrase is parted at its commas. */
const NAME_COMMA = '\u0000';

/**
 * The subject that stands right before a verb: `Asked if …, Trump said` → `Trump`;
 * `Councilmember David Okafor, one of the two members who voted no, called` → `Councilmember David Okafor`;
 * `Audience members laughed when he urged` → `he` (a new clause begins at `when`).
 * Returns the subject and, where an appositive stood between it and the verb, that appositive.
 */
export function subjectBefore(textBeforeVerb: string): { subject: string; appositive: string | null } | null {
  const afterLastQuote = textBeforeVerb.split(/[\u201C\u201D"]/u).at(-1) ?? '';
  const trimmed = afterLastQuote.replace(TRAILING_AUXILIARIES, '').replace(/[\s,]+$/u, '');
  // Commas part the phrase (`Priya Nair, the city's chief engineer`), but not inside a number (`3,000 drivers`);
  // an age alone between commas (`Sam Rivera, 45, said`) says nothing of who speaks.
  // (…nor inside a name spelled out before its initialism: `the Department for Culture, Media and Sport (DCMS)`.)
  const named = commaNamesBeforeInitialisms(trimmed).reduce(
    (text, name) => text.split(name).join(name.replaceAll(',', NAME_COMMA)),
    trimmed,
  );
  const parts = named.split(/,(?!\d{3}\b)\s*|\s+[\u2014\u2013]\s+/u).map((part) => part.replaceAll(NAME_COMMA, ','));
  // `Zhang cofounded Editas, and this week the startup announced`: a conjunction after the last comma opens a
  // clause of its own, whose subject is in it; what comes before is no name with an appositive.
  const ownClause = parts.length > 1 && LEADING_CONJUNCTIONS.test(parts.at(-1)!.trim());
  const chunks = (ownClause ? parts.slice(-1) : parts)
    .map((chunk) =>
      chunk
        .trim()
        .replace(/^[\u201D"']\s*/u, '')
        .replace(LEADING_CONJUNCTIONS, '')
        .replace(LEADING_TIME, '')
        .replace(LEADING_FOCUS, '')
        .trim(),
    )
    // …nor a party and state (`Sen. Maria Cantrell, D-Ohio, said`), nor a state's abbreviation after its town
    // (`the Arlington, Va., trade group`).
    .filter((chunk) => !/^\d{1,3}$/u.test(chunk) && !/^[DRI]-\p{Lu}[\p{L}.]*$/u.test(chunk) && !/^\p{Lu}\p{Ll}{0,4}\.$/u.test(chunk));
  // `Assange, who denies the accusation, has avoided…`: a verb of a relative clause says nothing of the sentence.
  if (/^(?:who|whom|which|that)$/iu.test(chunks.at(-1) ?? '')) return null;
  // `Will Moy, chief executive of Full Fact, told`; `Jeff Sanborn, president of X, a Spokane agency, said`:
  // descriptions between a name and its verb are the name's appositive.
  // (`…in the capital, Velmora, the foreign ministry said`: a body described by its head noun that the verb follows with
  // no comma closing it is the subject itself, the name before it another phrase's appositive.)
  const body = /^the\s+(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)$/u.exec(chunks.at(-1) ?? '')?.[1];
  const unclosed =
    body !== undefined && ORGANISATION_WORDS.has(body) && !/,\s*$/u.test(afterLastQuote.replace(TRAILING_AUXILIARIES, '').trimEnd());
  for (let back = 2; back <= Math.min(4, chunks.length) && !unclosed; back++) {
    const descriptions = chunks.slice(chunks.length - back + 1);
    if (!descriptions.every(isDescriptionChunk)) break;
    const name = chunks[chunks.length - back]!;
    // (`A spokeswoman for the Friends of Brackenfield Library, a volunteer group, said`: the body she speaks for, described.)
    if (isNameChunk(name) || isBodyNameChunk(name) || INTERMEDIARY.test(name)) return { subject: name, appositive: descriptions[0]! };
  }
  // `In a letter to Kevin Hale, who heads the agency, and Ana Ruiz, the health secretary, said…`: a description after a
  // relative clause that ends on a name is that name's appositive, and the name belongs to the clause (or to the phrase
  // the clause hangs on), not to the sentence: no subject stands here.
  const relative = chunks.at(-2);
  if (
    chunks.length >= 3 &&
    relative &&
    /^(?:who|whom|whose|which)\s/iu.test(relative) &&
    /\s\p{Lu}[\p{L}'’-]*$/u.test(relative) &&
    isDescriptionChunk(chunks.at(-1)!)
  )
    return null;
  let last = chunks.at(-1) ?? '';
  // Within the last chunk, the subject follows the last word that opens a clause (`…, where realtor Shaun Ghulam`).
  const tokens = last.split(/\s+/u);
  // (`…, a decision the company warns…`, `a move critics say…`: a noun phrase, then a second with no `that` between
  // them, opens a clause just as `that` would; `a move` cannot head the plural `critics`.)
  const reduced = REDUCED_RELATIVE.test(last) ? 1 : -1;
  const opener = Math.max(
    reduced,
    tokens.findLastIndex((token) => CLAUSE_OPENERS.test(token)),
  );
  if (opener >= 0 && opener < tokens.length - 1) {
    // …a person or a pronoun, that is: `the 95% that experts say is needed` reports no one's words.
    const clauseSubject = tokens.slice(opener + 1).join(' ');
    // (…or someone described by a title: `after a judge said`.)
    const titled = /^(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)$/u.exec(clauseSubject)?.[1];
    if (!/\p{Lu}/u.test(clauseSubject) && !PRONOUNS.has(clauseSubject.toLowerCase()) && !(titled && TITLE_WORDS.has(titled))) return null;
    last = clauseSubject;
  }
  // `The harbour board issued a statement warning…`: a participle right after a verb's object speaks for that verb's
  // subject.
  const object = OBJECT_BEFORE_PARTICIPLE.exec(last);
  if (object && looksLikeNounPhrase(object[1]!)) last = object[1]!;
  // Two verbs of one subject (`Brandvold thanked the fans and said`): the subject is the name before the first verb.
  const coordinated = /^((?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’-]*)\s+\p{Ll}+(?:ed|s)\s.*\sand$/u.exec(last);
  if (coordinated) last = coordinated[1]!;
  // A pronoun right before the verb is its subject (`Speaking through an interpreter he added`).
  const lastWord = last.split(/\s+/u).at(-1) ?? '';
  if (PRONOUNS.has(lastWord.toLowerCase()) && last.includes(' ')) return { subject: lastWord, appositive: null };
  if (looksLikeNounPhrase(last) && !SPEECH_VERB_PATTERN.test(last)) {
    // `The port authority's director, Martin Albrecht,`, `Coastline Buses' managing director, Paul Ridley,`: the
    // description before a name is its role.
    const before = chunks.at(-2);
    const described =
      before &&
      (/^the\s+\p{Ll}/iu.test(before) || BODY_POSSESSIVE_ROLE.test(before)) &&
      /^\p{Lu}/u.test(last) &&
      !/^the\b/iu.test(last) &&
      before.split(/\s+/u).length <= 8;
    return { subject: last, appositive: described ? before.replace(/^the\s+/iu, 'the ') : null };
  }
  // An appositive between subject and verb: the subject is the chunk before it.
  const previous = chunks.at(-2);
  if (previous && last && /^\p{Ll}/u.test(last) && looksLikeNounPhrase(previous) && !SPEECH_VERB_PATTERN.test(previous)) {
    return { subject: previous, appositive: last };
  }
  return null;
}

/** A named body's possessive, then a role in lower case: `Acme's chief executive`, `Coastline Buses' managing director`. */
const BODY_POSSESSIVE_ROLE = /^(?:\p{Lu}[\p{L}&.-]*\s+){0,4}\p{Lu}[\p{L}&.-]*(?:['\u2019]s|(?<=s)['\u2019])(?:\s+\p{Ll}[\p{Ll}-]*){1,4}$/u;

/** Phrases that open a sentence before its subject: `In a reflection of the confusion,`, `Separately,`, `On Monday,`. */
const ADVERBIAL_OPENING =
  /^(?:in|on|at|by|for|from|with|after|before|during|as|when|while|if|despite|although|though|since|because|last|this|earlier|later|meanwhile|however|separately|still|yet|also|\p{L}+ly)\b/iu;

/**
 * The subject of a sentence's main clause, for a participle of speech far from it:
 * `In a reflection of the confusion, the Electoral Commission, which regulates campaign finances, issued a
 * statement warning that…` → `the Electoral Commission`.
 */
export function mainSubject(textBeforeVerb: string): { subject: string; appositive: string | null } | null {
  const chunks = (textBeforeVerb.split(/[\u201C\u201D"]/u)[0] ?? '')
    .split(/,(?!\d{3}\b)\s*/u)
    .map((chunk) => chunk.trim())
    .filter(Boolean);
  const first = chunks.findIndex((chunk) => !ADVERBIAL_OPENING.test(chunk));
  if (first < 0 || first === chunks.length - 1) return null;
  const subject = chunks[first]!;
  if (!looksLikeNounPhrase(subject) || PRONOUNS.has(subject.toLowerCase())) return null;
  const next = chunks[first + 1];
  return { subject, appositive: next && isDescriptionChunk(next) && !/^which\b/iu.test(next) ? next : null };
}
