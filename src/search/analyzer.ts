import { stemmer } from 'stemmer';
import { foldDiacritics, straightenQuotes } from '../story/normalize.js';
import { lookupTable } from '../story/lookupTable.js';
import { boundedMemo } from './boundedMemo.js';

/**
 * How text becomes search terms, for documents and queries alike: straight quotes, no diacritics, lower
 * case; `85%` → `85 percent`; number words → digits; irregular verb forms → their base; Porter stems.
 * General rules of English only.
 */

export const STOP_WORDS = new Set(
  (
    'a an the and or but if then else of to in on at by for with from into onto over under about as is are was were be ' +
    "been being am do does did doing have has had having it its it's this that these those there here i me my we our " +
    'you your he him his she her they them their what which who whom whose when where why how would could should will ' +
    'shall may might must can not no nor so than too very just also only own same such both each few more most other some ' +
    'any all up down out off again further once s t don just now get got gets getting let lets into through during before ' +
    'after above below between because until while against per via yes first like ' +
    'across along among around behind beneath beside beyond except inside near outside past since till toward towards upon within without ' +
    'go goes going gone went come comes coming came anyone anybody everyone everybody everything nobody try tries tried trying ' +
    // Contracted negations as the tokenizer leaves them (`won't` → `wont`, not a habit): auxiliaries, like the others.
    'dont doesnt didnt isnt arent wasnt werent wont wouldnt cant couldnt shouldnt hasnt havent hadnt mustnt neednt aint'
  ).split(/\s+/u),
);

/** Words that ask rather than name a topic: dropped from queries only. */
export const QUESTION_WORDS = new Set(
  (
    'what who whom whose which when where why how many much did does do is are was were say says said tell told telling ' +
    'think thinks thought feel feels stance position view views opinion opinions happen happened happening mean means ' +
    'according know known anything something someone somebody people write writes wrote written post posts posted tweet tweeted'
  ).split(/\s+/u),
);

const NUMBER_WORDS = lookupTable<string>({
  zero: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  thirteen: '13',
  fourteen: '14',
  fifteen: '15',
  sixteen: '16',
  seventeen: '17',
  eighteen: '18',
  nineteen: '19',
  twenty: '20',
  thirty: '30',
  forty: '40',
  fifty: '50',
  sixty: '60',
  seventy: '70',
  eighty: '80',
  ninety: '90',
  hundred: '100',
  thousand: '1000',
  million: 'million',
  billion: 'billion',
  percent: 'percent',
  pct: 'percent',
});

/** Irregular English verb forms, past and participle, to their base (a general grammar table). */
const IRREGULAR = lookupTable<string>(
  Object.fromEntries(
    (
      'arose:arise arisen:arise awoke:awake was:be were:be been:be bore:bear born:bear beat:beat became:become began:begin begun:begin ' +
      'bent:bend bet:bet bit:bite bitten:bite bled:bleed blew:blow blown:blow broke:break broken:break brought:bring built:build ' +
      'burnt:burn bought:buy caught:catch chose:choose chosen:choose came:come cost:cost crept:creep cut:cut dealt:deal dug:dig ' +
      'did:do done:do drew:draw drawn:draw drank:drink drunk:drink drove:drive driven:drive ate:eat eaten:eat fell:fall fallen:fall ' +
      'fed:feed felt:feel fought:fight found:find fled:flee flew:fly flown:fly forbade:forbid forgot:forget forgotten:forget ' +
      'froze:freeze frozen:freeze got:get gotten:get gave:give given:give went:go gone:go grew:grow grown:grow hung:hang had:have ' +
      'heard:hear hid:hide hidden:hide hit:hit held:hold hurt:hurt kept:keep knew:know known:know laid:lay led:lead left:leave ' +
      'lent:lend lay:lie lain:lie lit:light lost:lose made:make meant:mean met:meet paid:pay put:put quit:quit ran:run rang:ring ' +
      'rung:ring rose:rise risen:rise said:say saw:see seen:see sought:seek sold:sell sent:send set:set shook:shake shaken:shake ' +
      'shot:shoot shut:shut sang:sing sung:sing sank:sink sunk:sink sat:sit slept:sleep slid:slide spoke:speak spoken:speak ' +
      'spent:spend spun:spin split:split spread:spread sprang:spring stood:stand stole:steal stolen:steal stuck:stick stung:sting ' +
      'struck:strike stricken:strike swore:swear sworn:swear swept:sweep swam:swim swum:swim swung:swing took:take taken:take ' +
      'taught:teach tore:tear torn:tear told:tell thought:think threw:throw thrown:throw understood:understand woke:wake ' +
      'woken:wake wore:wear worn:wear won:win wound:wind wrote:write written:write snuck:sneak sneaked:sneak died:die dying:die ' +
      'lied:lie lying:lie children:child men:man women:woman people:person feet:foot teeth:tooth mice:mouse'
    )
      .split(/\s+/u)
      .map((pair) => pair.split(':') as [string, string]),
  ),
);

const NOT_ASCII = /[^\u0000-\u007F]/u;
/**
 * The same patterns for text that is plain ASCII (most of it), where a letter is [A-Za-z] and a digit [0-9]: quicker
 * than their Unicode forms, with the same matches there.
 */
const PATTERNS = {
  unicode: { acronym: /\b((?:\p{L}\.){2,})/gu, word: /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu },
  ascii: { acronym: /\b((?:[A-Za-z]\.){2,})/g, word: /[a-z0-9]+(?:'[a-z]+)?/g },
};

/**
 * The version of the analysis here: it changes whenever what `analyze` or `tokenize` gives for some text changes, so
 * that terms and words analysed earlier and stored with an entry (see storedTerms.ts) are not used but analysed
 * again. A test pins it with the analysis of a sample text. (Version 4 stores the words beside the terms.)
 */
export const ANALYSIS_VERSION = 4;

/** Splits text into raw lower-case words and numbers, with the rewrites above but before stemming. */
export function tokenize(text: string): string[] {
  // Plain ASCII has neither diacritics nor curly quotes: most entries skip the Unicode normalisation.
  const unicode = NOT_ASCII.test(text);
  const patterns = unicode ? PATTERNS.unicode : PATTERNS.ascii;
  let prepared = unicode ? foldDiacritics(straightenQuotes(text)) : text;
  // Each rewrite only where its character is there to rewrite.
  if (prepared.includes('.')) prepared = prepared.replace(patterns.acronym, (acronym) => acronym.replace(/\./gu, ''));
  if (prepared.includes('%')) prepared = prepared.replace(/%/gu, ' percent ');
  if (prepared.includes(',')) prepared = prepared.replace(/(\d),(\d{3})/gu, '$1$2');
  prepared = prepared.toLowerCase();
  const words = prepared.match(patterns.word) ?? [];
  const tokens: string[] = [];
  for (const raw of words) {
    const word = raw.includes("'") ? raw.replace(/'s$/u, '').replace(/'/gu, '') : raw;
    tokens.push(NUMBER_WORDS[word] ?? word);
  }
  return tokens;
}

/** The base form of a word before stemming: `rose` → `rise`. */
export function baseForm(word: string): string {
  return IRREGULAR[word] ?? word;
}

/** A single word to its index term, or null for a stop word; remembered: a story's vocabulary is small next to its text. */
export const termOf: (word: string) => string | null = boundedMemo(200_000, (word) => {
  const base = baseForm(word);
  return STOP_WORDS.has(word) ? null : /^\d/u.test(base) ? base : stemmer(base);
});

/**
 * A lexicon word's index terms. A lexicon lists base forms, and a few are also another verb's irregular past: the
 * lexicon's `found` is to establish, never the past of `find`, and text analysed reads `founded` as `found` (but
 * `found` as `find`). Such a word is searched by its own stem, any other by its term.
 */
export function termsOfLemma(lemma: string): string[] {
  const term = termOf(lemma);
  if (term === null) return [];
  return IRREGULAR[lemma] === undefined || IRREGULAR[lemma] === lemma ? [term] : [stemmer(lemma)];
}

export function analyze(text: string): string[] {
  return termsOfWords(tokenize(text));
}

/** The index terms of a text's words (`tokenize`), as `analyze` gives them for the text: stop words have none. */
export function termsOfWords(words: readonly string[]): string[] {
  const terms: string[] = [];
  for (const word of words) {
    const term = termOf(word);
    if (term) terms.push(term);
  }
  return terms;
}

/** The content words of a question: its own words minus stop words and question words, unstemmed. */
export function queryWords(query: string): string[] {
  const tokens = tokenize(query);
  const now = saidNow(tokens);
  return tokens.filter(
    (word, at) =>
      !STOP_WORDS.has(word) && !QUESTION_WORDS.has(word) && !(SMALL_COUNT.test(word) && DEFINITE.has(tokens[at - 1] ?? '')) && !now.has(at),
  );
}

/**
 * Phrases that say `now` (`at the moment`, `at present`, `currently`): like `now`, a stop word, they ask about the
 * present, not about a moment or a present the story speaks of (`for the first time` is no answer to `at the moment`).
 */
const NOW_PHRASES = [
  ['at', 'the', 'moment'],
  ['at', 'present'],
  ['at', 'this', 'time'],
  ['these', 'days'],
  ['currently'],
  ['presently'],
  ['nowadays'],
];

/** The positions of the tokens that belong to a phrase saying `now` (see NOW_PHRASES). */
function saidNow(tokens: readonly string[]): Set<number> {
  const at = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of NOW_PHRASES) {
      // (`at the moment of the vote` says when, not now.)
      if (phrase.every((word, k) => tokens[i + k] === word) && tokens[i + phrase.length] !== 'of')
        for (let k = 0; k < phrase.length; k++) at.add(i + k);
    }
  }
  return at;
}

/**
 * `the two vessels`, `all three councillors`: a small count after a definite word names things the story has told of,
 * as `the vessels` would; it is no part of what is asked, and a sentence need not repeat it (`both ships`).
 */
const SMALL_COUNT = /^(?:[2-9]|1[0-2])$/u;
const DEFINITE = new Set(['the', 'these', 'those', 'both', 'all']);
