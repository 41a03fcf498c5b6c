import { describe, expect, it } from 'vitest';
import { buildKnowledge, loadKnowledge } from '../../src/knowledge.js';
import { PORT_STRIKE } from '../paths.js';
import { storyOf } from '../story/passage.js';

/** The silence stage of /ask: each rule gives its reason, so a reader (and the eval) sees which one decided. */
describe('silence and its reason', () => {
  const { answerer } = loadKnowledge(PORT_STRIKE);
  const silence = (query: string) => answerer.answer('ask', query).silence;

  it('GIVEN a name the story never uses THEN silent for an unknown name', () => {
    expect(silence('How much cargo is stranded at the port of Lisbon?')).toBe('unknown name');
  });

  it('GIVEN "what did <a description> say" with no such speaker THEN silent for a speaker without words here', () => {
    expect(silence("What did Valmera's mayor say about the strike?")).toBe('speaker without words here');
  });

  it('GIVEN "what did <a description> say" whose head the story gives as a kind of it (expert: a specialist) THEN no silence', () => {
    const park = buildKnowledge(
      storyOf(
        [
          'Bears at Corran Park woke from hibernation three weeks early, said Dana Roe, a wildlife specialist at the park.',
          '"We have never seen them out in February," Roe said.',
        ].join('\n\n'),
      ),
    ).answerer;
    expect(park.answer('ask', "What did the park's wildlife expert say?").silence).toBeNull();
  });

  it('GIVEN "what did <a name of two words> say" when only a speaker sharing one of them speaks, the other unknown THEN silent', () => {
    const vote = buildKnowledge(
      storyOf(
        [
          'Polls closed across Corran at 8 p.m. on Sunday, and turnout reached 71%, the electoral office said.',
          'The Northern Observers Network said in a statement that the count had been "orderly and open".',
        ].join('\n\n'),
      ),
    ).answerer;
    expect(vote.answer('ask', 'What did the Northern Alliance say about the count?').silence).toBe('speaker without words here');
    expect(vote.answer('ask', 'What did the Northern Observers Network say about the count?').silence).toBeNull();
  });

  it('GIVEN "what was the <noun>" whose noun the story lacks THEN silent; a noun the lexicon does not know at all THEN no silence', () => {
    const match = buildKnowledge(
      storyOf(
        [
          'Corran Rovers sacked their manager on Monday after a 4-0 home defeat by Lunde on Saturday.',
          '"It was the right time," said club chairman Ivo Marsh.',
        ].join('\n\n'),
      ),
    ).answerer;
    expect(match.answer('ask', 'What was the attendance at the game?').silence).toBe('unknown thing asked about');
    // (`scoreline` is no word WordNet holds: what the story calls it cannot be told, so the search decides.)
    expect(match.answer('ask', 'What was the scoreline in the home defeat?').silence).not.toBe('unknown thing asked about');
  });

  it('GIVEN "what is the <noun> expected to cost" whose noun the story lacks THEN not silent for it: the cost is asked, not what it is', () => {
    const homes = buildKnowledge(
      storyOf('Greyford council will build 186 flats on the Market Street car park, a scheme expected to cost £38 million.'),
    ).answerer;
    expect(homes.answer('ask', 'What is the development expected to cost?').silence).not.toBe('unknown thing asked about');
  });

  it('GIVEN "what was the purchase price of <a thing>" when the story gives the sum with no word for price THEN it answers with the sum', () => {
    const mill = buildKnowledge(
      storyOf(
        [
          'A restored watermill at Hobb Lane will open as a bakery next month.',
          'Fenwick Mills bought the derelict mill and its granary from the county for £212,000 in 2023.',
        ].join('\n\n'),
      ),
    ).answerer;
    const answer = mill.answer('ask', 'What was the purchase price of the mill?');
    expect(answer.silence).toBeNull();
    expect(answer.results[0]?.entry.text).toContain('£212,000');
  });

  it('GIVEN "what is the deadline for…" or "what is the reason for…" when the story has no such noun THEN it answers as "when" and "why" do', () => {
    const market = buildKnowledge(
      storyOf(
        [
          'Greyford council will sell the old cattle market on Mill Road, which has stood empty since 2019.',
          'The council is selling the site because repairs would cost more than £2 million, its leader said.',
          'Bids must be in by 5pm on 14 March, and a buyer will be chosen in May.',
        ].join('\n\n'),
      ),
    ).answerer;
    const deadline = market.answer('ask', 'What is the deadline for offers?');
    expect(deadline.results[0]?.entry.text).toContain('by 5pm on 14 March');
    const reason = market.answer('ask', 'What is the reason for selling the market?');
    expect(reason.results[0]?.entry.text).toContain('because repairs would cost');
  });

  it('GIVEN "what was the number of <things>…" when the story never says "number" THEN it is no thing asked about: the count is', () => {
    const depot = buildKnowledge(
      storyOf(
        ['Thirty-eight buses were parked at the Kell Road depot on Saturday after drivers walked out.', 'Talks resume on Monday.'].join(
          '\n\n',
        ),
      ),
    ).answerer;
    const answer = depot.answer('ask', 'What was the number of buses parked at the depot?');
    expect(answer.silence).toBeNull();
    expect(answer.results[0]?.entry.text).toContain('Thirty-eight buses');
  });

  it('GIVEN "what did <a modifier> <head> say" when only another <head> speaks (the prime minister; the health minister) THEN silent', () => {
    const deal = buildKnowledge(
      storyOf(
        [
          'Corran signed a deal on Monday to buy two million doses of a measles vaccine from Halvern Biologics.',
          '"No child will miss a dose next year," Health Minister Irena Sobota told reporters.',
        ].join('\n\n'),
      ),
    ).answerer;
    expect(deal.answer('ask', 'What did the prime minister say about the vaccine deal?').silence).toBe('speaker without words here');
    expect(deal.answer('ask', 'What did the health minister say about the vaccine deal?').silence).toBeNull();
  });

  it('GIVEN "who <did something>" whose verb the story never uses, nor a word for it THEN silent for an unknown deed', () => {
    const gala = buildKnowledge(
      storyOf(
        [
          'The Corran Film Awards were handed out at the Palace Theatre on Saturday night.',
          'Nadia Osei won best director for "Salt Flats", a drama about two sisters running a ferry.',
          'Mayor Ruth Adair opened the ceremony with a minute of silence for the late projectionist.',
        ].join('\n\n'),
      ),
    ).answerer;
    expect(gala.answer('ask', 'Who hosted the film awards ceremony?').silence).toBe('unknown deed asked about');
    expect(gala.answer('ask', 'Who opened the film awards ceremony?').silence).toBeNull();
  });

  it('GIVEN "who <verb> <particle>" whose verb alone the story lacks THEN a word for the phrase (stood up for: defended) is no unknown deed', () => {
    const gala = buildKnowledge(
      storyOf(
        [
          'The Corran Film Awards were handed out at the Palace Theatre on Saturday night.',
          'Critics panned "Salt Flats", a drama about two sisters running a ferry, but Nadia Osei defended the film on the red carpet.',
        ].join('\n\n'),
      ),
    ).answerer;
    expect(gala.answer('ask', 'Who stood up for the film?').silence).toBeNull();
    expect(gala.answer('ask', 'Who stood up at the ceremony?').silence).toBe('unknown deed asked about');
  });

  it('GIVEN "how much did it cost" and no sum of money on it THEN silent for no answer of the kind asked', () => {
    expect(silence('How much did the governor pay to end the strike?')).toBe('no answer of the kind asked');
  });

  it('GIVEN "how many <noun>" when the story has no word for the noun, only a broader one (women: people) THEN silent', () => {
    const trial = buildKnowledge(
      storyOf(
        [
          'About 1,200 people with arthritis took part in the trial at the Corran clinic, its doctors said.',
          'Patients who swam twice a week reported less pain after six months.',
        ].join('\n\n'),
      ),
    ).answerer;
    expect(trial.answer('ask', 'How many women took part in the trial?').silence).toBe('unknown thing asked about');
    expect(trial.answer('ask', 'How many patients took part in the trial?').silence).toBeNull();
  });

  it('GIVEN "how many <noun>" when the story has a form of it (settlers: settled) THEN no silence', () => {
    const valley = buildKnowledge(
      storyOf('More than 4,000 families have settled in the hills above the Corran valley since 2010, the council said.'),
    ).answerer;
    expect(valley.answer('ask', 'How many settlers live above the valley?').silence).toBeNull();
  });

  it('GIVEN "which <noun>" when the story has no word for the noun (which prison, in a story of a sentence served) THEN silent', () => {
    const court = buildKnowledge(
      storyOf(
        [
          'A builder who faked safety certificates was sentenced to six years on Monday at Corran Crown Court.',
          'He must serve at least half of the sentence before he can be released, the judge said.',
        ].join('\n\n'),
      ),
    ).answerer;
    expect(court.answer('ask', 'Which prison will the builder serve his sentence in?').silence).toBe('unknown thing asked about');
    expect(court.answer('ask', 'Which court sentenced the builder?').silence).toBeNull();
  });

  it('GIVEN "is there a <noun>" when the story has no word for the thing, only words near it (vaccine: a virus) THEN silent', () => {
    const flock = buildKnowledge(
      storyOf(
        [
          'A strain of avian influenza has killed at least 300 geese on the Corran estuary since October, wardens said.',
          'The virus spreads fastest where the birds roost in dense flocks, said Ada Voss, a vet at the reserve.',
          'No medicine for the geese exists yet, she said.',
        ].join('\n\n'),
      ),
    ).answerer;
    expect(flock.answer('ask', 'Is there a vaccine that could protect the geese?').silence).toBe('unknown thing asked about');
    expect(flock.answer('ask', 'Is there a drug that could help the geese?').silence).toBeNull();
  });

  it('GIVEN a question the story answers THEN no silence', () => {
    expect(silence('How much cargo is stranded at the port of Valmera?')).toBeNull();
  });
  describe('a yes/no question about a thing the story never speaks of', () => {
    const pool = buildKnowledge(
      storyOf(
        [
          'The Corran swimming pool closed on Monday after inspectors found cracks in its roof, the town council said.',
          'Lifeguards at the pool said they had warned the council about leaks for two years.',
          'The council revised its rules for public buildings last spring.',
        ].join('\n\n'),
      ),
    ).answerer;
    const silence = (query: string) => pool.answer('ask', query).silence;

    it('GIVEN a noun the story never uses, nor a word near it THEN silent for an unknown thing asked about', () => {
      // The story shares the lifeguards and the council, but says nothing of any lawsuit: it cannot say whether.
      expect(silence('Have the lifeguards filed a lawsuit against the council?')).toBe('unknown thing asked about');
    });

    it('GIVEN a word the lexicon also knows as a verb ("updated") THEN no silence: the story may say it in other words', () => {
      expect(silence('Has the council updated its rules for public buildings?')).toBeNull();
    });

    it('GIVEN the unknown noun only after a preposition ("to reporters") THEN no silence: it says to whom, not what', () => {
      expect(silence('Did the lifeguards speak to reporters about the roof?')).toBeNull();
    });

    it('GIVEN a noun that says when ("next year") THEN it is no thing asked about', () => {
      expect(silence('Will the pool reopen next year?')).toBeNull();
    });
  });
});
