import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/knowledge.js';
import { namedThings, namesReferredTo } from '../../src/search/definiteReference.js';
import { storyOf } from '../story/passage.js';

const NOUNS = new Set(['sawmill', 'bridge', 'care', 'home', 'shed', 'chief', 'executive', 'prices', 'lease', 'rowing', 'club']);
const nouns = { isCommonNoun: (word: string) => NOUNS.has(word), isCommonWord: (word: string) => NOUNS.has(word) };

describe('namedThings: a thing named in full, with the head noun that names it later', () => {
  it('GIVEN a name followed by a common noun ("the Brackwater sawmill on…") THEN the sawmill, named Brackwater', () => {
    expect(namedThings('Crews reached the Brackwater sawmill on Hollis Lane.', nouns)).toContainEqual({
      heads: ['sawmill'],
      terms: ['brackwat'],
    });
  });

  it('GIVEN a name of two nouns ("Lindgren care home") THEN both the head and the pair name it', () => {
    expect(namedThings('Staff at the Lindgren care home stayed.', nouns)).toContainEqual({
      heads: ['home', 'care home'],
      terms: ['lindgren'],
    });
  });

  it('GIVEN a name ending in a common noun ("the Marlow Bridge") THEN the bridge, named Marlow', () => {
    expect(namedThings('Traffic on the Marlow Bridge was stopped.', nouns)).toContainEqual({ heads: ['bridge'], terms: ['marlow'] });
  });

  it('GIVEN a company named with its legal ending ("Brightwell Paper Co.") THEN the company, or the firm, named Brightwell Paper', () => {
    expect(namedThings('Brightwell Paper Co. cut 40 jobs on Monday.', nouns)).toContainEqual({
      heads: ['company', 'firm'],
      terms: ['brightwel', 'paper'],
    });
  });

  it('GIVEN a name joining capitalised words with "and" ("the Tollan Rowing and Canoe Club") THEN the club, named by all of them', () => {
    expect(namedThings('The Tollan Rowing and Canoe Club was wound up on Monday.', nouns)).toContainEqual({
      heads: ['club'],
      terms: ['tollan', 'row', 'cano'],
    });
  });

  it('GIVEN a possessive name ("Ostby Timber\'s chief executive") THEN no thing: it names the owner', () => {
    expect(namedThings("Ostby Timber's chief executive spoke.", nouns)).toEqual([]);
  });

  it('GIVEN a common word capitalised to start the sentence ("Lease prices rose") THEN no name', () => {
    expect(namedThings('Lease prices rose again.', nouns)).toEqual([]);
  });

  it('GIVEN a sentence opening with a name whose first word is common too (Harrier) and the article writes it capitalised within a sentence THEN the whole name', () => {
    const birds = { isCommonNoun: (word: string) => word === 'harrier', isCommonWord: (word: string) => word === 'harrier' };
    expect(namedThings('Harrier Logistics Ltd shares fell on Tuesday.', birds, new Set(['harrier']))).toContainEqual({
      heads: ['company', 'firm'],
      terms: ['harrier', 'logist'],
    });
    expect(namedThings('Harrier Logistics Ltd shares fell on Tuesday.', birds)).toContainEqual({
      heads: ['company', 'firm'],
      terms: ['logist'],
    });
  });
});

describe('namesReferredTo: "the <head>" speaks of the thing named last with that head', () => {
  const entries = storyOf(
    [
      'A fire broke out at the Brackwater sawmill on Tuesday.',
      'Last year a fire closed the Fenwick sawmill for a month.',
      'None of the sawmill’s workers were hurt, the owner said.',
    ].join('\n\n'),
  ).entries;

  it('GIVEN two sawmills named before "the sawmill" THEN the nearer one', () => {
    const last = entries.find((entry) => entry.text.startsWith('None'))!;
    expect([...(namesReferredTo(entries, nouns).get(last) ?? [])]).toEqual(['fenwick']);
  });

  it('GIVEN a sentence naming the thing itself THEN nothing added', () => {
    const first = entries.find((entry) => entry.text.startsWith('A fire'))!;
    expect(namesReferredTo(entries, nouns).has(first)).toBe(false);
  });
});

describe('/ask: a question naming a thing finds the sentence that calls it by its head noun alone', () => {
  it('GIVEN a sentence opening with a name joined by "and" and then "The Hardwick-based club has…" THEN the club is that whole name', () => {
    const opened = storyOf(
      [
        'Tollan Rowing and Canoe Club, one of the oldest clubs on the river, lost its lease.',
        'The Hardwick-based club has 180 members.',
      ].join('\n\n'),
    ).entries;
    const second = opened.find((entry) => entry.text.startsWith('The Hardwick'))!;
    expect([...(namesReferredTo(opened, nouns).get(second) ?? [])]).toEqual(expect.arrayContaining(['tollan', 'cano']));
  });

  it('GIVEN "Were any of the Brackwater workers hurt?" and "None of the sawmill\'s workers were hurt" after the sawmill is named THEN that sentence', () => {
    const { answerer } = buildKnowledge(
      storyOf(
        [
          'A fire broke out at the Brackwater sawmill on Hollis Lane shortly after midnight on Tuesday, and neighbours feared that workers of the night shift had been hurt.',
          'The blaze spread from a drying shed to two warehouses before it was put out.',
          'None of the sawmill’s workers were hurt, the owner, Priya Lendl, said, but 40 of them will be without work for weeks.',
        ].join('\n\n'),
      ),
    );
    expect(answerer.answer('ask', 'Were any of the Brackwater workers hurt?').results[0]?.entry.text).toMatch(/^None of the sawmill/u);
  });

  it('GIVEN "the company" after the story\u2019s company is named often and a rival once THEN the story\u2019s company: "Is Harrier scrapping its dividend?" is answered by it', () => {
    const { answerer } = buildKnowledge(
      storyOf(
        [
          'Shares in Harrier Logistics Ltd fell 12% on Tuesday after the freight group cut its forecast for the year.',
          'Analysts said Harrier had been hurt by weaker orders from retailers, and Harrier itself blamed the warm autumn.',
          'Its rival Osprey Freight Inc reported steady orders last month.',
          'The company said it would keep its dividend unchanged.',
        ].join('\n\n'),
      ),
    );
    expect(answerer.answer('ask', 'Is Harrier scrapping its dividend?').results[0]?.entry.text).toMatch(/^The company said it would keep/u);
  });

  it('GIVEN "How many people rowed for Tollan last year?" and "The club fielded … 180 registered rowers" after the Tollan Rowing and Canoe Club is named THEN that sentence', () => {
    const { answerer } = buildKnowledge(
      storyOf(
        [
          'The Tollan Rowing and Canoe Club, founded in 1921, was wound up by the High Court on Monday after it failed to pay a tax bill of $90,000.',
          'Members said the decision had come as a shock. The club fielded four crews last season, with about 180 registered rowers.',
          'A spokesperson for the regional rowing association said other clubs had offered to take the rowers.',
        ].join('\n\n'),
      ),
    );
    expect(answerer.answer('ask', 'How many people rowed for Tollan last year?').results[0]?.entry.text).toMatch(/180 registered rowers/u);
  });
});
