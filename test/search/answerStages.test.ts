import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWER_WEIGHTS, scoreCandidate, scoreRetrieval } from '../../src/search/answerWeights.js';
import { analyze } from '../../src/search/analyzer.js';
import {
  type CandidateFeatures,
  closeness,
  countsAsked,
  describeCandidate,
  givesReason,
  retrievalOnly,
} from '../../src/search/candidateFeatures.js';
import { COUNT_PHRASE } from '../../src/search/questionShape.js';
import { amountAfter, holdsBareCount } from '../../src/search/amountAfter.js';
import { countAfter } from '../../src/search/countAfter.js';
import { explanationAfter } from '../../src/search/explanationAfter.js';
import { placeBeside } from '../../src/search/placeBeside.js';
import { readQuestion } from '../../src/search/readQuestion.js';
import { queryWords } from '../../src/search/analyzer.js';
import type { Entry } from '../../src/story/types.js';
import { storyOf } from '../story/passage.js';
import { buildKnowledge } from '../../src/knowledge.js';

/** The first entry of a passage of our own prose whose text holds `words`. */
function entryWith(passage: string, words: string): Entry {
  const entry = storyOf(passage).entries.find((e) => e.text.includes(words));
  if (!entry) throw new Error(`no entry with "${words}"`);
  return entry;
}

const read = (question: string) => readQuestion(question, queryWords(question));
const analysed = (entry: Entry): string => ` ${analyze(entry.text).join(' ')} `;
const RETRIEVED = { match: 10, coverage: 0.8, bySpeaker: false };
const features = (question: string, entry: Entry, motive = false): CandidateFeatures =>
  describeCandidate(entry, analysed(entry), RETRIEVED, {
    reading: read(question),
    countPhrase: null,
    people: [],
    motive,
    termGroups: new Map(),
    yesNo: null,
  });

const FERRY =
  'The island council voted 5-2 on Monday to keep the ferry running through the winter.\n\n' +
  'The service was cut in 2019 because fuel prices doubled, the harbour master said.\n\n' +
  'Boats now cross at 14 knots from Port Alder.';

describe('readQuestion: what a question asks for, from its shape', () => {
  it('GIVEN "how fast" THEN a measure with units of speed, and "fast" is not a topic word', () => {
    const reading = read('How fast do the boats cross?');
    expect(reading.measure).toBe('fast');
    expect(reading.words).not.toContain('fast');
    expect(reading.units?.size).toBeGreaterThan(0);
  });

  it('GIVEN "what time did the ferry leave" THEN a time is asked for, and "time" is no word of its topic', () => {
    const reading = read('What time did the ferry leave?');
    expect(reading.wantsTime).toBe(true);
    expect(reading.words).not.toContain('time');
  });

  it('GIVEN "what time" THEN a time of day is asked for; "what time of year" asks for none', () => {
    expect(read('What time did the ferry leave?').wantsClock).toBe(true);
    expect(read('At what hour did the ferry leave?').wantsClock).toBe(true);
    expect(read('What time of year does the ferry stop?').wantsClock).toBe(false);
    expect(read('When did the ferry leave?').wantsClock).toBe(false);
  });

  it('GIVEN "how many suspected smugglers" THEN the counted noun is the plural after the adjective', () => {
    expect(read('How many suspected smugglers were caught?').countedNoun).toBe('smugglers');
  });

  it('GIVEN "who is the harbour master" THEN it asks who holds a role, not for any person', () => {
    const reading = read('Who is the harbour master?');
    expect(reading.asksWhoIs).toBe(true);
    expect(reading.wantsPerson).toBe(false);
  });

  it('GIVEN "who is in charge of" or "who is responsible for" THEN it asks for a person by what they do, not who holds a role', () => {
    expect(read('Who is in charge of the harbour?').wantsPerson).toBe(true);
    expect(read('Who was responsible for the delay?').wantsPerson).toBe(true);
    expect(read('Who is behind the campaign?').asksWhoIs).toBe(false);
  });

  it('GIVEN neighbouring question words THEN their analysed pairs', () => {
    expect(read('ferry service cuts').pairs).toEqual(['ferri servic', 'servic cut']);
  });
});

describe('candidateFeatures: each candidate described the same way for every question', () => {
  it('GIVEN "why" and a sentence giving a cause THEN reason holds; for "when" it does not', () => {
    const cut = entryWith(FERRY, 'fuel prices');
    expect(features('Why was the service cut?', cut).reason).toBe(true);
    expect(features('When was the service cut?', cut).reason).toBe(false);
  });

  it('GIVEN "what time" THEN a clock time holds clock, a day alone holds only time', () => {
    const passage = 'The ferry left Port Alder on Monday. It sailed at 6:40 a.m. in thick fog. The last boat leaves at midnight.';
    expect(features('What time did the ferry sail?', entryWith(passage, '6:40')).clock).toBe(true);
    expect(features('What time did the ferry sail?', entryWith(passage, 'midnight')).clock).toBe(true);
    const day = features('What time did the ferry leave?', entryWith(passage, 'on Monday'));
    expect([day.time, day.clock]).toEqual([true, false]);
    expect(features('When did the ferry sail?', entryWith(passage, '6:40')).clock).toBe(false);
  });

  it('GIVEN "when was…" (the past) THEN a sentence timing what is still to come holds no time; for "when will…" it does', () => {
    const passage = 'The ferry service began in 1958. The council said the new ferry would enter service in May.';
    expect(features('When did the ferry service begin?', entryWith(passage, 'in 1958')).time).toBe(true);
    expect(features('When did the new ferry enter service?', entryWith(passage, 'in May')).time).toBe(false);
    expect(features('When will the new ferry enter service?', entryWith(passage, 'in May')).time).toBe(true);
  });

  it('GIVEN "what time" THEN a race\u2019s time in hours, minutes and seconds (2:09:14) is no time of day', () => {
    const passage = 'Kiprono won the Harbour Marathon in 2:09:14 on Sunday.';
    expect(features('What time did the race start?', entryWith(passage, '2:09:14')).clock).toBe(false);
  });

  it('GIVEN "when" THEN closeness is 1 for the question\'s words side by side, less the farther apart they stand', () => {
    const groups = new Map([
      ['crew', [0]],
      ['leav', [1]],
      ['abandon', [1]],
      ['boat', [2]],
    ]);
    expect(closeness(' crew abandon boat ', groups)).toBe(1);
    expect(closeness(' crew find aliv island thursdai after storm leav boat ', groups)).toBeCloseTo(2 / 8);
    expect(closeness(' crew find aliv ', groups)).toBe(0);
  });

  it('GIVEN "why" and a sentence that attributes a rise to something THEN reason holds', () => {
    const passage = 'Ferry tickets sold out. The harbour master attributed the rush in ticket sales to the closed bridge.';
    expect(features('Why are ticket sales up?', entryWith(passage, 'attributed')).reason).toBe(true);
    expect(features('Why are ticket sales up?', entryWith(passage, 'sold out')).reason).toBe(false);
  });

  it('GIVEN "why" and a sentence giving a purpose ("an effort by the council to") THEN reason holds', () => {
    const passage = 'The winter timetable is an effort by the council to keep the island reachable.';
    expect(features('Why is there a winter timetable?', entryWith(passage, 'effort')).reason).toBe(true);
  });

  it('GIVEN "why" and "because" THEN a cause is stated outright; "after" or "to avoid" give a reason but not that', () => {
    const passage = 'The ferry stopped after the storm. Crews slowed down to avoid the rocks. The ferry stopped because the engine failed.';
    expect(features('Why did the ferry stop?', entryWith(passage, 'engine failed')).cause).toBe(true);
    expect(features('Why did the ferry stop?', entryWith(passage, 'after the storm')).cause).toBe(false);
    expect(features('Why did the ferry stop?', entryWith(passage, 'to avoid')).cause).toBe(false);
    expect(features('When did the ferry stop?', entryWith(passage, 'engine failed')).cause).toBe(false);
  });

  it('GIVEN "why" and after or over a span of time ("after a two-day meeting", "over three years") THEN no reason is given', () => {
    const passage =
      'The harbour board agreed the new timetable after a two-day meeting. The operator offered a 4% raise over three years. ' +
      'Crossings resumed after several weeks. The ferry stopped after the storm.';
    expect(features('Why did the board agree?', entryWith(passage, 'two-day meeting')).reason).toBe(false);
    expect(features('Why did the operator offer a raise?', entryWith(passage, 'over three years')).reason).toBe(false);
    expect(features('Why did crossings resume?', entryWith(passage, 'several weeks')).reason).toBe(false);
    expect(features('Why did the ferry stop?', entryWith(passage, 'after the storm')).reason).toBe(true);
  });

  it('GIVEN "why" and after a meal or a time of day ("after breakfast", "after dark"), or an age "and over" THEN no reason is given', () => {
    const passage =
      'Passengers boarded after breakfast. The last boat left after dark. Travellers aged 65 and over at the quay paid half. ' +
      'The crews walked out over pay.';
    expect(features('Why did passengers board?', entryWith(passage, 'after breakfast')).reason).toBe(false);
    expect(features('Why did the last boat leave?', entryWith(passage, 'after dark')).reason).toBe(false);
    expect(features('Why did travellers pay half?', entryWith(passage, 'and over')).reason).toBe(false);
    expect(features('Why did the crews walk out?', entryWith(passage, 'over pay')).reason).toBe(true);
  });

  it('GIVEN "why" and "given" before what is weighed ("given her record") THEN reason holds; "was given a prize" gives none', () => {
    const passage =
      'The coach may rest Ana Silva on Sunday, but given her long record of knee injuries, nobody is sure. ' +
      'Silva was given a prize by the club in May.';
    expect(features('Why might Silva miss the match?', entryWith(passage, 'knee injuries')).reason).toBe(true);
    expect(features('Why did Silva get a prize?', entryWith(passage, 'was given')).reason).toBe(false);
  });

  it('GIVEN "why" and "on account of", "on the grounds that" or "stems from" THEN a cause is stated outright', () => {
    const passage =
      'The match was called off on account of the frozen pitch. The club refused on the grounds that the stands were unsafe. ' +
      'The delay stems from a shortage of stewards. In light of the ruling, the final was moved.';
    expect(features('Why was the match called off?', entryWith(passage, 'frozen pitch')).cause).toBe(true);
    expect(features('Why did the club refuse?', entryWith(passage, 'stands were unsafe')).cause).toBe(true);
    expect(features('Why is there a delay?', entryWith(passage, 'shortage of stewards')).cause).toBe(true);
    // `in light of`: what was weighed, a reason but not a cause stated outright.
    const moved = features('Why was the final moved?', entryWith(passage, 'In light of'));
    expect([moved.reason, moved.cause]).toEqual([true, false]);
  });

  it('GIVEN "why" and a verb of bringing something about ("triggered", "set off fires") THEN a cause is stated outright', () => {
    const passage =
      'Heavy rain triggered a landslide above the village. Falling branches can set off fires along the power line. ' +
      'The crews set off for the ridge at dawn.';
    expect(features('Why did the hillside collapse?', entryWith(passage, 'triggered')).cause).toBe(true);
    expect(features('What makes the line burn?', entryWith(passage, 'set off fires')).cause).toBe(true);
    // `set off for the ridge`: a journey begun, nothing brought about.
    expect(features('Why did the crews leave?', entryWith(passage, 'for the ridge')).reason).toBe(false);
  });

  it('GIVEN "why" and ", as" opening a clause ("as fuel costs climbed") THEN reason holds, but not a cause stated outright', () => {
    const passage =
      'The bakery raised its bread prices by a fifth, as the cost of flour climbed for a second winter. ' +
      'Its orders fell, as the owner had feared.';
    const raised = features('Why did the bakery charge more for bread?', entryWith(passage, 'cost of flour'));
    expect([raised.reason, raised.cause]).toEqual([true, false]);
  });

  it('GIVEN "why" and ", as" comparing with what was feared, or "as well as" THEN no reason is given', () => {
    const passage =
      'The bakery raised its bread prices by a fifth, as the cost of flour climbed for a second winter. ' +
      'Its orders fell, as the owner had feared. The shop sells rye as well as wheat loaves, and has done so for years.';
    expect(features('Why did orders fall?', entryWith(passage, 'orders fell')).reason).toBe(false);
    expect(features('Why does the shop sell rye?', entryWith(passage, 'as well as')).reason).toBe(false);
  });

  it('GIVEN "why" and someone "quoted as saying" something THEN that is no reason', () => {
    const passage = 'A local paper quoted the owner, Mira Holt, as saying the shop would stay open.';
    expect(features('Why will the shop stay open?', entryWith(passage, 'as saying')).reason).toBe(false);
  });

  it('GIVEN "why" someone acts and a harm they foresee ("would hurt", "could cost jobs") THEN reason holds', () => {
    const passage =
      'The new timetable would hurt shift workers on the early boats, the union warned. ' +
      'Dropping the night crossing could cost jobs at the harbour, its secretary said.';
    expect(features('Why is the union against the timetable?', entryWith(passage, 'would hurt'), true).reason).toBe(true);
    expect(features('Why is the union against the timetable?', entryWith(passage, 'cost jobs'), true).reason).toBe(true);
  });

  it('GIVEN "why" someone takes a stand and the case they argue ("argued that", "objected that") THEN reason holds', () => {
    const passage =
      'Cllr Mabel Ruddock, who sits for the Quay ward, argued that the curfew punished young workers on late shifts. ' +
      'The residents group objected that nobody had asked them.';
    expect(features('Why is the councillor against the curfew?', entryWith(passage, 'argued that'), true).reason).toBe(true);
    expect(features('Why are residents against the curfew?', entryWith(passage, 'objected that'), true).reason).toBe(true);
  });

  it('GIVEN "why" someone takes a stand and a warning of theirs ("warned that") THEN that alone is no case argued', () => {
    const passage = 'Its chief executive, Tomas Varga, has warned that the ferry line may not last the winter.';
    expect(features('Why is the ferry line against the curfew?', entryWith(passage, 'warned that'), true).reason).toBe(false);
  });

  it('GIVEN "why" about an event, not someone\'s act THEN a harm foreseen is no reason for it', () => {
    const passage = 'The merger would hurt travellers on the island routes, regulators said.';
    expect(features('Why did ferry shares fall?', entryWith(passage, 'would hurt'), false).reason).toBe(false);
  });

  it('GIVEN "why" someone acts and a price ("will cost $4 million") THEN that is no harm foreseen', () => {
    const passage = 'The new pier will cost $4 million, the council said.';
    expect(features('Why is the union against the pier?', entryWith(passage, 'will cost'), true).reason).toBe(false);
  });

  it('GIVEN "what made …" or "what caused …" THEN the question asks for a reason', () => {
    expect(read('What made the ferry stop?').wantsReason).toBe(true);
    expect(read('What caused the delay?').wantsReason).toBe(true);
    expect(read('What did the ferry carry?').wantsReason).toBe(false);
  });

  it('GIVEN "what delayed …", "what held up …" or "what prompted …" THEN the question asks for a cause too', () => {
    expect(read('What delayed the new pier?').wantsReason).toBe(true);
    expect(read('What held up the ferry?').wantsReason).toBe(true);
    expect(read('What prompted the review?').wantsReason).toBe(true);
    expect(read('What did the review find?').wantsReason).toBe(false);
  });

  it('GIVEN "how did the council vote" THEN the sentence with the tally has it', () => {
    expect(features('How did the council vote?', entryWith(FERRY, 'voted 5-2')).tally).toBe(true);
  });

  it('GIVEN "how fast" THEN a number in knots is in a unit of the measure', () => {
    expect(features('How fast do the boats cross?', entryWith(FERRY, '14 knots')).unit).toBe(true);
  });

  it('GIVEN question words standing together in the sentence THEN together is their share of pairs', () => {
    expect(features('winter ferry running', entryWith(FERRY, 'ferry running')).together).toBe(0.5);
  });
});

describe('candidateFeatures: a reason', () => {
  it('GIVEN "since" opening a clause THEN a reason; "had since borrowed" (an adverb: later) THEN none', () => {
    expect(givesReason('The bridge shut because the river rose.', false)).toBe(true);
    expect(givesReason('Fares went up since the subsidy was cut.', false)).toBe(true);
    expect(givesReason('She said the couple had since borrowed money from their daughter.', false)).toBe(false);
    expect(givesReason('The mill has since been sold to a developer.', false)).toBe(false);
  });
});

describe('candidateFeatures: a count of what is asked', () => {
  const boats = COUNT_PHRASE(new Set(['narrowboat']));
  const counts = (text: string): boolean => countsAsked(text, ` ${analyze(text).join(' ')} `, boats);

  it('GIVEN a number before the counted noun ("9 narrowboats") THEN it counts them', () => {
    expect(counts('The drained stretch left 9 narrowboats resting on the mud.')).toBe(true);
  });

  it('GIVEN an age set off by commas after a name ("Peter Vance, 58, who lives aboard his narrowboat") THEN it counts none', () => {
    expect(counts('Boat owner Peter Vance, 58, who lives aboard his narrowboat, said the water fell in an hour.')).toBe(false);
  });
});

describe('answerWeights: one score from the features', () => {
  it('GIVEN what retrieval knows of a candidate THEN scoreRetrieval is exactly the score of it with the finer features unset', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        (match, coverage, bySpeaker) => {
          const retrieval = { match, coverage, bySpeaker };
          expect(scoreRetrieval(retrieval)).toBe(scoreCandidate(retrievalOnly(retrieval)));
        },
      ),
    );
  });

  it('GIVEN no coverage THEN no score', () => {
    expect(scoreCandidate(retrievalOnly({ match: 10, coverage: 0, bySpeaker: false }))).toBe(0);
  });

  it('GIVEN a feature of the asked shape holding THEN the score rises by its weight', () => {
    const plain = retrievalOnly(RETRIEVED);
    expect(scoreCandidate({ ...plain, reason: true })).toBeCloseTo(scoreCandidate(plain) * ANSWER_WEIGHTS.reason);
  });

  it('GIVEN more coverage THEN a higher score, all else equal', () => {
    const low = scoreCandidate(retrievalOnly({ ...RETRIEVED, coverage: 0.6 }));
    expect(scoreCandidate(retrievalOnly({ ...RETRIEVED, coverage: 0.9 }))).toBeGreaterThan(low);
  });
});

describe('readQuestion: the counted noun of a longer noun phrase', () => {
  it('GIVEN "how many real estate agents" THEN the plural ending the phrase is counted', () => {
    expect(read('How many real estate agents work here?').countedNoun).toBe('agents');
  });

  it('GIVEN "how many kinds of" THEN the noun the kinds are of is counted, not the word for a kind', () => {
    expect(read('How many kinds of garden birds were seen?').countedNoun).toBe('birds');
    expect(read('How many different types of cheese does the shop sell?').countedNoun).toBe('cheese');
    expect(read('How many kinds are there?').countedNoun).toBe('kinds');
  });

  it('GIVEN "how many kinds of" THEN the sentence naming the things hands over to the next, which counts them', () => {
    // The second sentence names the reef builders and holds no number; the third gives the count of kinds without
    // repeating what it counts, so only through the sentence before it does it answer.
    const { answerer } = buildKnowledge(
      storyOf(
        'HARLOW BAY — Divers who surveyed the northern reef this autumn found it in better health than scientists had feared, the marine institute said on Monday.\n\n' +
          'Hard corals are the builders of the reef.\n\n' +
          'Of the 42 recorded by the divers, 30 had not been seen on the reef before, according to the institute.',
      ),
    );
    expect(answerer.answer('ask', 'How many kinds of reef builders are on the reef?').results[0]?.entry.text).toContain('Of the 42');
  });
});

describe('readQuestion: a count so far', () => {
  it('GIVEN "how many … so far" THEN a count up to now, and "far" is no word of its topic', () => {
    const reading = read('How many public meetings have there been so far?');
    expect(reading.countsSoFar).toBe(true);
    expect(reading.words).not.toContain('far');
  });

  it('GIVEN "how many … are stuck" THEN no count so far: a count at one time', () => {
    expect(read('How many ships are stuck?').countsSoFar).toBe(false);
  });
});

describe('how many so far: an ordinal on the counted noun gives the count', () => {
  const story = storyOf(
    'The harbour board held its fourth public meeting on the new marina on Thursday, and residents again filled the hall.\n\n' +
      'Board members said the meetings had been useful but that no decision would come before spring. Another meeting is planned for May.\n\n' +
      'The marina would add 300 berths and keep the beach open to swimmers.',
  );

  it('GIVEN "how many public meetings have there been so far" THEN the sentence on the fourth one answers', () => {
    const { answerer } = buildKnowledge(story);
    expect(answerer.answer('ask', 'How many public meetings have there been so far?').results[0]?.entry.text).toContain(
      'fourth public meeting',
    );
  });

  it('GIVEN "when will manufacturing start up again" THEN the sentence saying when the line will restart answers', () => {
    const { answerer } = buildKnowledge(
      storyOf(
        'DENHOLM — A sweet factory that was closed after a fire in its packing hall will not make chocolate again this year.\n\n' +
          'The owners said insurers had agreed to pay for new ovens and a new packing line.\n\n' +
          'The company will replace every oven before production resumes. The managing director expects the line to restart in the second quarter of next year.',
      ),
    );
    expect(answerer.answer('ask', 'When will manufacturing start up again?').results[0]?.entry.text).toContain('restart');
  });

  it('GIVEN "how many open meetings…" THEN "public" stands for "open", the adjective it is a shade of', () => {
    // The story uses `open` in another sense (the beach open to swimmers): only the lexicon links it to `public`.
    const { answerer } = buildKnowledge(story);
    expect(answerer.answer('ask', 'How many open meetings have there been so far?').results[0]?.entry.text).toContain(
      'fourth public meeting',
    );
  });
});

describe('how big is the thing: its size is a count of it or a measure in its units', () => {
  const story = storyOf(
    'The regatta drew a 6,200 crowd to the harbour wall on Sunday, the organisers said.\n\n' +
      'The home crew crossed the line first in the last race of the day, shown on a big screen in the square.\n\n' +
      'A grass fire near the course burned about 40 acres before crews put it out.',
  );

  it('GIVEN "how big was the crowd at the race" THEN the crowd is what is counted', () => {
    expect(read('How big was the crowd at the race?').countedNoun).toBe('crowd');
  });

  it('GIVEN "how big was the crowd at the race" THEN the sentence that counts the crowd answers, not one that names the race', () => {
    const { answerer } = buildKnowledge(story);
    expect(answerer.answer('ask', 'How big was the crowd at the race?').results[0]?.entry.text).toContain('6,200 crowd');
  });

  it('GIVEN "how big was the fire" THEN a measure in acres answers, as a count of the fire would', () => {
    const { answerer } = buildKnowledge(story);
    expect(answerer.answer('ask', 'How big was the fire?').results[0]?.entry.text).toContain('40 acres');
  });
});

describe('where … leave from: the verb of going asks for the place', () => {
  it('GIVEN "where did it leave from" THEN "leave" is no word of its topic', () => {
    expect(read('Where did the ferry leave from?').words).toEqual(['ferry']);
    expect(read('Why did the ferry leave early?').words).toContain('leave');
  });

  it('GIVEN "where did the ferry leave from" THEN the sentence naming where its crossing ran from answers, not one that says leave', () => {
    // The second sentence says `leave` (the cars left on board); only the first says where the ferry came from.
    const { answerer } = buildKnowledge(
      storyOf(
        'A passenger ferry ran aground on Saturday evening on a crossing from Kessel to Port Alder, the coast guard said.\n\n' +
          'All 212 passengers reached the shore in lifeboats but had to leave their cars on the ferry.\n\n' +
          'The operator said the vessel would stay in place until the tide turned.',
      ),
    );
    expect(answerer.answer('ask', 'Where did the ferry leave from?').results[0]?.entry.text).toContain('from Kessel to Port Alder');
  });

  it('GIVEN "where did the elk come from" and a sentence saying they came "from forests to the north", no place named THEN that sentence', () => {
    // News often says where something came from without a name; only that sentence says it at all.
    const { answerer } = buildKnowledge(
      storyOf(
        'A herd of elk has settled in the valley for the first time in a century, and the elk are thriving, rangers said on Monday.\n\n' +
          'Ranger Ida Moss said the elk had probably walked in from forests to the north over the winter.\n\n' +
          '\u201CWe are not going to choose between the elk and the farmers,\u201D said Tom Becker, the county\u2019s farm officer.',
      ),
    );
    expect(answerer.answer('ask', 'Where did the elk come from?').results[0]?.entry.text).toContain('from forests to the north');
  });

  it('GIVEN "where will the X be moved to" and a sentence saying they go "to the hospital", no place named THEN that sentence', () => {
    // …and where something goes, likewise (not `to the end of June`, a time).
    const { answerer } = buildKnowledge(
      storyOf(
        'Greyford will lose half of its bus shelters this year, and the shelters on Mill Lane are the first to go, the council said.\n\n' +
          'The shelters are too few where people live, Ada Brook, who runs the bus company, said on Monday.\n\n' +
          'Brook said the company would move 12 shelters by the end of June, mostly to the hospital and the railway station.',
      ),
    );
    expect(answerer.answer('ask', 'Where will the shelters be moved to?').results[0]?.entry.text).toContain('to the hospital');
  });
});

describe('a question about what is to come', () => {
  it('GIVEN "what will it cost to fix the bridge" THEN the sentence saying what repairs will cost, not what it cost before', () => {
    const { answerer } = buildKnowledge(
      storyOf(
        'A lorry struck the Marlow Bridge on Tuesday and damaged two of its stone arches, the county said.\n\n' +
          'Engineers estimate that repairs to the bridge will cost between £3 million and £4 million.\n\n' +
          'The bridge was repaired in 2015 at a cost of £1.2 million.',
      ),
    );
    expect(answerer.answer('ask', 'What will it cost to fix the damaged bridge?').results[0]?.entry.text).toContain('will cost');
  });
});

describe('compounds of the question: next senses of a three-word compound', () => {
  it('GIVEN "how many real estate agents" and a story that counts "realtors" THEN that count answers', () => {
    const { answerer } = buildKnowledge(
      storyOf(
        'The county board met on Tuesday to discuss the new housing levy.\n\n' +
          'Some 4,000 realtors work in the county, and their association opposes the levy.\n\n' +
          'The levy would raise money for road repairs.',
      ),
    );
    expect(answerer.answer('ask', 'How many real estate agents work in the county?').results[0]?.entry.text).toContain('realtors');
  });
});

describe('compounds of the question: a kind of the thing asked about is that thing', () => {
  const story = storyOf(
    'Home sales in the province fell by a third in October, the provincial housing association said on Friday.\n\n' +
      'The group, which represents more than 12,000 realtors across the province, said buyers were waiting for lower rates.\n\n' +
      'Prices fell for a fourth month in a row.',
  );

  it('GIVEN "how many real estate agents" THEN a count of realtors, a kind of real estate agent, answers', () => {
    const { answerer } = buildKnowledge(story);
    expect(answerer.answer('ask', 'How many real estate agents does the association represent?').results[0]?.entry.text).toContain(
      '12,000 realtors',
    );
  });
});

describe('terms of the question: a kind of the noun counted is that noun', () => {
  it('GIVEN "how many vessels" THEN a count of boats, a kind of vessel, answers before a sentence naming vessels without counting them', () => {
    // The navy sentence says `vessels` itself but counts sailors; the other counts boats, which the lexicon has as a
    // kind of vessel and the vectors as near it: eleven boats are eleven vessels.
    const { answerer } = buildKnowledge(
      storyOf(
        'A fishing crew was reported missing off the cape on Sunday night.\n\n' +
          'Eleven boats and two helicopters joined the hunt for the crew on Monday.\n\n' +
          'The hunt was joined by vessels of the navy, which sent 40 sailors.',
      ),
    );
    expect(answerer.answer('ask', 'How many vessels joined the hunt?').results[0]?.entry.text).toContain('Eleven boats');
  });

  it('GIVEN "how many boats" and a story counting "9 narrowboats" THEN that sentence answers', () => {
    // `narrowboat` is a kind of boat in the lexicon that the vectors do not know: its own last word says what it is.
    const { answerer } = buildKnowledge(
      storyOf(
        'A stretch of the Hollin Canal drained overnight on Sunday, leaving 9 narrowboats stuck on the mud.\n\n' +
          'Boat owner Peter Vance, 58, who lives aboard his narrowboat at the marina, said the water fell in an hour.\n\n' +
          'The trust expects to refill the canal by Friday.',
      ),
    );
    expect(answerer.answer('ask', 'How many boats were caught?').results[0]?.entry.text).toContain('9 narrowboats');
  });
});

describe('terms of the question: a sense two steps broader, when the story uses it for the thing', () => {
  it('GIVEN "who is going to operate the ferry" (a deed bodies do) THEN the company named as doing it answers, not the mayor', () => {
    const answerer = buildKnowledge(
      storyOf(
        'HOLM, Vestmark - Mayor Ana Lind said on Monday that the new ferry to Holm Island would start sailing in May.\n\n' +
          '\u201CPeople on the island have waited a decade for this,\u201D Lind said.\n\n' +
          'Fjordline Transport, which won the contract, will run the ferry, the council said.',
      ),
    ).answerer;
    expect(answerer.answer('ask', 'Who is going to operate the new ferry?').results[0]?.entry.text).toContain('Fjordline Transport');
  });

  it('GIVEN "how many planes" and a story calling them "aircraft" THEN that sentence answers', () => {
    // The story says `plane` too (of another flight), so `planes` weighs fully and has no neighbours by vectors; the
    // lexicon has `aircraft` two steps above `plane` (through `heavier-than-air craft`).
    const { answerer } = buildKnowledge(
      storyOf(
        'A plane carrying the defence minister landed at the base on Monday.\n\n' +
          'Six military aircraft arrived at the base on Tuesday for the exercise.\n\n' +
          'The base opened in 1990.',
      ),
    );
    expect(answerer.answer('ask', 'How many planes arrived for the exercise?').results[0]?.entry.text).toContain('Six military aircraft');
  });

  it('GIVEN "the new lifeboat" asked about and a story calling it "the 12-metre boat" THEN that sentence answers', () => {
    // `boat` is two steps above `lifeboat` in the lexicon, and the word's own last part: a compound's head names it.
    const { answerer } = buildKnowledge(
      storyOf(
        'The new lifeboat arrived at the Kessby station on Monday after a two-day voyage from the yard.\n\n' +
          'The 12-metre boat cost 1.8 million crowns and can reach 25 knots, the rescue charity said.',
      ),
    );
    expect(answerer.answer('ask', 'What did the new lifeboat cost?').results[0]?.entry.text).toContain('1.8 million crowns');
  });
});

describe('common words inside names: a name ending in what the thing is', () => {
  it('GIVEN "the cafe" asked about and a story naming "the Gullrock Cafe" THEN that sentence answers', () => {
    // `Gullrock` is no common word, so the name is coined; but a cafe is a made thing, and a name ending in one is one.
    const { answerer } = buildKnowledge(
      storyOf(
        "Three businesses on Quay Street will close this spring, the traders' association said.\n\n" +
          'Mina Doyle said the Gullrock Cafe would shut in May.\n\n' +
          'The bakery next door will shut in June.',
      ),
    );
    expect(answerer.answer('ask', 'When will the cafe shut?').results[0]?.entry.text).toContain('Gullrock Cafe');
  });
});

describe('terms of the question: an adjective\u2019s degree', () => {
  it('GIVEN "the biggest donation" and a story giving "the largest single gift" THEN that sentence answers', () => {
    // `biggest` is `big` in the superlative: its synonyms answer in the superlative too.
    const { answerer } = buildKnowledge(
      storyOf(
        'Gifts to the lifeboat appeal have come from across the island.\n\n' +
          'The largest single gift, 9,000 crowns, came from a retired fisherman, Arne Dahl.\n\n' +
          'Donations can be left at the harbour office or the post office.',
      ),
    );
    expect(answerer.answer('ask', 'Who gave the biggest donation?').results[0]?.entry.text).toContain('Arne Dahl');
  });
});

describe('terms of the question: a country and the adjective pertaining to it', () => {
  it('GIVEN a question naming a country THEN a sentence using its adjective answers', () => {
    const { answerer } = buildKnowledge(
      storyOf(
        'The ferry company said on Monday that it would add two routes across the Baltic next summer.\n\n' +
          'Swedish port officials approved the new timetable after a short hearing.\n\n' +
          'Tickets go on sale in March.',
      ),
    );
    expect(answerer.answer('ask', 'Who in Sweden approved the timetable?').results[0]?.entry.text).toContain('Swedish port officials');
  });
});

describe('terms of the question: a modal and the words a story says it in', () => {
  it('GIVEN "can" THEN the modal is among the words before its verb, and stands in no pair', () => {
    const reading = read('How many farms can now apply for grants?');
    expect(reading.words).toEqual(['farms', 'can', 'apply', 'grants']);
    expect(reading.pairs).toEqual(['appli grant']);
  });

  it('GIVEN "how many … can now apply" THEN the sentence saying they are eligible to, over one that only names them', () => {
    const { answerer } = buildKnowledge(
      storyOf(
        'The county board announced on Tuesday that it was adding four farms to the hedge grant scheme, which pays growers to plant hedges beside their fields.\n\n' +
          'All 12 farms are now eligible to apply for grants.\n\n' +
          'The board said the grants would cover half the cost of planting.',
      ),
    );
    // The first sentence also has `hedge` and a count of farms; only the second says how many may apply.
    expect(answerer.answer('ask', 'How many farms can now apply for the hedge grants?').results[0]?.entry.text).toBe(
      'All 12 farms are now eligible to apply for grants.',
    );
  });
});

describe('terms of the question: "had to" and the words a story says an obligation in', () => {
  it('GIVEN "had to", "has to" or "must" THEN one modal, must, before its verb', () => {
    expect(read('How many families had to leave?').words).toEqual(['families', 'must', 'leave']);
    expect(read('Who has to sign the order?').words).toEqual(['must', 'sign', 'order']);
    expect(read('Must drivers pay the toll?').words).toEqual(['must', 'drivers', 'pay', 'toll']);
  });

  it('GIVEN "how many … had to evacuate" THEN the sentence saying they were ordered to go, over one that only counts them', () => {
    const { answerer } = buildKnowledge(
      storyOf(
        'Flood water rose through the night in Marden, where the river burst its banks after three days of rain.\n\n' +
          'About 800 residents of the lower town, many of them elderly, were ordered to leave their homes on Sunday as the water kept rising.\n\n' +
          'About 150 residents stayed at a shelter.',
      ),
    );
    // Neither sentence says `evacuate`, and both count residents; `shelter` is as near to it in meaning as `leave`, and
    // the second sentence is the shorter. Only the first says they had to go, in the words a story says it in (`ordered to`).
    expect(answerer.answer('ask', 'How many residents had to evacuate?').results[0]?.entry.text).toContain('About 800 residents');
  });
});

describe('terms of the question: a capitalised word for a kind of people', () => {
  it('GIVEN "the Tories" and a story that says "the Conservatives" THEN the nearest word in meaning answers for it', () => {
    const { answerer } = buildKnowledge(
      storyOf(
        'The council will vote on the new bus lanes on Thursday, officials said.\n\n' +
          'The Conservatives on the council want the lanes moved off the high street, where shop owners fear losing trade.\n\n' +
          'The lanes would cost about \u00A32 million.',
      ),
    );
    expect(answerer.answer('ask', 'What do the Tories want?').results[0]?.entry.text).toContain('The Conservatives on the council');
  });
});

describe('why asks for a cause: one stated outright before a purpose', () => {
  it('GIVEN "why was it refused" THEN the sentence saying "because" comes before one giving a purpose ("to avoid") of something else', () => {
    // All three sentences say the festival was refused a permit; the first gives no reason, the second a purpose
    // (applying early to avoid another refusal), the third the cause (roadworks). The second matches the question
    // about as well as the third: the cause stated outright puts the third first.
    const { answerer } = buildKnowledge(
      storyOf(
        'The council refused the street festival a permit on Tuesday, and its organisers said they would appeal.\n\n' +
          'The festival was refused a permit last spring as well, and this year its organisers applied early to avoid another refusal.\n\n' +
          'A permit for the festival was refused because of roadworks planned on Mill Street for the same week, officials said.\n\n' +
          'The festival drew 8,000 people last year.',
      ),
    );
    expect(answerer.answer('ask', 'Why was the festival refused a permit?').results[0]?.entry.text).toContain('because of roadworks');
  });

  it('GIVEN "why" and a sentence giving a reason that shares only half the question\'s words THEN it answers', () => {
    // The second sentence names the cause (an attempt to make the state pay) and of the event only the county and the
    // river; the first restates the event (the bridge closed) with as few of the question's words and no reason.
    // Half the question's words are too few for an answer to `what`; for `why`, the answer's own words name the cause.
    const { answerer } = buildKnowledge(
      storyOf(
        'Drivers found the bridge on Route 9 closed with concrete blocks on Friday morning.\n\n' +
          'The county decision was widely seen as an attempt to force the state to pay for river repairs, which it has refused for a decade.\n\n' +
          'Drivers from Millbrook now face a 20-minute detour.\n\n' +
          'The state transport office said it would study the matter.',
      ),
    );
    const results = answerer.answer('ask', 'Why did the county close the river bridge?').results;
    expect(results[0]?.entry.text).toContain('an attempt to force the state');
    expect(results.map((result) => result.entry.text)).not.toContain(
      'Drivers found the bridge on Route 9 closed with concrete blocks on Friday morning.',
    );
  });
});

describe("why: someone's reason may be a harm they foresee", () => {
  const TIMETABLE =
    'The island council approved a new winter timetable for the Port Alder ferry on Monday, cutting the night crossing from March.\n\n' +
    'The ferry workers\u2019 union has come out against the timetable.\n\n' +
    'Dropping the night crossing would hurt shift workers at the fish plant, who have no other way home, the union secretary, Ana Reis, warned.\n\n' +
    'The council said the change would save about $300,000 a year.';

  it('GIVEN "why is the union against…" and the union\'s warning that it "would hurt" workers THEN the warning answers', () => {
    // The second sentence restates the union's stance best but gives no reason; the third, by the union's secretary,
    // says what harm the change would do: the union's reason for opposing it.
    const { answerer } = buildKnowledge(storyOf(TIMETABLE));
    expect(answerer.answer('ask', 'Why is the ferry union against the timetable?').results[0]?.entry.text).toContain(
      'would hurt shift workers',
    );
  });

  it('GIVEN a best match giving a harm foreseen, for why someone acts THEN the sentence after it is not put first', () => {
    const entries = storyOf(TIMETABLE).entries;
    const warning = entries.find((entry) => entry.text.includes('would hurt'))!;
    expect(explanationAfter({ entry: warning, score: 10 }, entries, ANSWER_WEIGHTS, true)).toBeNull();
  });
});

describe('why: the sentence after the event may explain it', () => {
  const FERRY_STRIKE =
    'Ferry crews in Port Alder walked off the job on Monday, leaving hundreds of passengers stranded on the quay.\n\n' +
    'The stoppage began hours after talks between the crews and the operator broke down over pay and rosters.\n\n' +
    'The operator said it hoped to restore a reduced timetable by Wednesday.';

  it('GIVEN "why" and a best match that only states the event THEN the next sentence, which gives a reason, answers', () => {
    // The first sentence matches the question best (crews, walked off) but says nothing of why; the second, matching
    // it less well (the stoppage), says the talks broke down over pay: the explanation of the event just stated.
    const { answerer } = buildKnowledge(storyOf(FERRY_STRIKE));
    expect(answerer.answer('ask', 'Why did the ferry crews walk out?').results[0]?.entry.text).toContain('broke down over pay');
  });

  it('GIVEN a best match that gives a reason itself THEN the sentence after it is not put first', () => {
    const entries = storyOf(FERRY_STRIKE).entries;
    const explains = entries.find((entry) => entry.text.includes('broke down'))!;
    expect(explanationAfter({ entry: explains, score: 10 }, entries, ANSWER_WEIGHTS)).toBeNull();
    const event = entries.find((entry) => entry.text.includes('walked off'))!;
    expect(explanationAfter({ entry: event, score: 10 }, entries, ANSWER_WEIGHTS)?.entry).toBe(explains);
  });

  const POOL =
    'The town council voted on Tuesday to close the Elm Park swimming pool at the end of the summer.\n\n' +
    'The council split 6-3 after a two-hour debate, with the mayor casting the first vote.\n\n' +
    '“Nobody on this council wanted to do this,” the mayor said. “But the repairs would cost twice as much as a new pool.”\n\n' +
    'Swimmers will be offered passes to the leisure centre in Brookfield.';

  it('GIVEN sentences after the event that go on reporting it THEN the first after them that gives a reason answers', () => {
    // The first sentence states the closure; the tally and the mayor's regret name the council but give no reason;
    // the mayor's next words (a harm foreseen: the repairs would cost twice as much) are the council's reason.
    const { answerer } = buildKnowledge(storyOf(POOL));
    expect(answerer.answer('ask', 'Why did the council close the pool?').results[0]?.entry.text).toContain('repairs would cost');
  });

  it("GIVEN a sentence after the event that names none of the question's words THEN the explanation is not looked for past it", () => {
    const entries = storyOf(POOL).entries;
    const event = entries.find((entry) => entry.text.includes('voted on Tuesday'))!;
    const onEvent = (entry: Entry): boolean => /council/u.test(entry.text);
    expect(explanationAfter({ entry: event, score: 10 }, entries, ANSWER_WEIGHTS, true, onEvent)?.entry.text).toContain('repairs');
    expect(explanationAfter({ entry: event, score: 10 }, entries, ANSWER_WEIGHTS, true, () => false)).toBeNull();
  });

  it('GIVEN a sentence past the next one whose "after" may only say when THEN it is not taken for the explanation', () => {
    const story = (last: string) =>
      storyOf(`The city closed the Elm Street bridge on Monday.\n\nThe bridge carries 20,000 cars a day.\n\n${last}`).entries;
    const onEvent = (entry: Entry): boolean => /bridge/u.test(entry.text);
    const explained = (entries: Entry[]) =>
      explanationAfter({ entry: entries[0]!, score: 10 }, entries, ANSWER_WEIGHTS, false, onEvent)?.entry.text ?? null;
    expect(explained(story('Drivers were told to use the ring road after the closure.'))).toBeNull();
    expect(explained(story('Engineers had found cracks in its piers, and it was shut because it was unsafe.'))).toContain('unsafe');
  });

  it('GIVEN a next sentence whose since, after or over only says when (since the summer) THEN it gives no reason', () => {
    const entries = storyOf(
      'Ferry crews in Port Alder walked off the job on Monday, leaving hundreds of passengers stranded on the quay.\n\n' +
        'Crossings have fallen by a third since the summer, and by half over the past year.',
    ).entries;
    const event = entries.find((entry) => entry.text.includes('walked off'))!;
    expect(explanationAfter({ entry: event, score: 10 }, entries, ANSWER_WEIGHTS)).toBeNull();
  });
});

describe('how many: the sentence after the best match may give the count', () => {
  const TOWN_VOTE =
    'ALDERTON (AP) — The Green Harbour party won the most seats in the town council election on Sunday, ending 20 years of rule by the Farmers League, according to results released on Monday.\n\n' +
    'With every ballot counted, Green Harbour took 14 of the 31 seats on the council, the election office said.\n\n' +
    'The Farmers League leader, Ida Moss, conceded defeat.';
  const holdsSeatCount = (entry: Entry): boolean => /\s\d+(?:\s\S+){0,2}?\sseat\s/u.test(analysed(entry));

  it('GIVEN "how many" and an opening sentence with no count of what is asked THEN the next sentence, which counts it, answers', () => {
    // The opening sentence matches the question best (party, won, seats) but says only `the most seats`; the next
    // says `took` where the question says `win`, and gives the number.
    const { answerer } = buildKnowledge(storyOf(TOWN_VOTE));
    expect(answerer.answer('ask', 'How many seats did the Green Harbour party win?').results[0]?.entry.text).toContain(
      '14 of the 31 seats',
    );
  });

  it('GIVEN a best match that holds the count itself, or a next sentence that holds none THEN nothing is put first', () => {
    const entries = storyOf(TOWN_VOTE).entries;
    const opening = entries.find((entry) => entry.text.includes('the most seats'))!;
    const count = entries.find((entry) => entry.text.includes('14 of the 31'))!;
    expect(countAfter({ entry: opening, score: 10 }, entries, ANSWER_WEIGHTS, holdsSeatCount)?.entry).toBe(count);
    expect(countAfter({ entry: count, score: 10 }, entries, ANSWER_WEIGHTS, holdsSeatCount)).toBeNull();
    const withoutCount = storyOf(TOWN_VOTE.replace('14 of the 31 seats', 'a majority of seats')).entries;
    const first = withoutCount.find((entry) => entry.text.includes('the most seats'))!;
    expect(countAfter({ entry: first, score: 10 }, withoutCount, ANSWER_WEIGHTS, holdsSeatCount)).toBeNull();
  });
});

describe('how much: the sentence after one that states what is asked may give the amount', () => {
  const CANAL_REPAIR =
    'WESTBRIDGE — Engineers warned on Thursday that draining the old canal for repairs would be expensive for the towns along it.\n\n' +
    'The water board put the bill at £40 million over three years.\n\n' +
    'Boat owners have asked to be told before any work begins.';

  it('GIVEN "how much" and the sentence naming what is asked with no amount THEN the next sentence, which holds one, answers', () => {
    // Only the first sentence says `draining` and `canal`; it says `expensive`, not what it would cost. The sum is in
    // the sentence after it, which shares no word with the question.
    const { answerer } = buildKnowledge(storyOf(CANAL_REPAIR));
    expect(answerer.answer('ask', 'How much would draining the canal cost?').results[0]?.entry.text).toContain('£40 million');
  });

  it('GIVEN a next sentence with only a year or no amount, or a better answer THEN nothing is put first', () => {
    const stating = (passage: string) => {
      const entries = storyOf(passage).entries;
      return { entries, entry: entries.find((entry) => entry.text.includes('draining the old canal'))! };
    };
    const yes = () => true;
    const { entries, entry } = stating(CANAL_REPAIR);
    expect(amountAfter({ entry, score: 10 }, 0, entries, ANSWER_WEIGHTS, yes)?.entry.text).toContain('£40 million');
    expect(amountAfter({ entry, score: 10 }, 100, entries, ANSWER_WEIGHTS, yes)).toBeNull();
    const year = stating(CANAL_REPAIR.replace('£40 million over three years', 'a sum not seen since 1987'));
    expect(amountAfter({ entry: year.entry, score: 10 }, 0, year.entries, ANSWER_WEIGHTS, yes)).toBeNull();
  });

  it('GIVEN a count whose noun is left out THEN it is a bare count; a count of a named thing is none', () => {
    expect(holdsBareCount('Of the 42 recorded by the divers, 30 had not been seen before.')).toBe(true);
    expect(holdsBareCount('The party took 14 of the 31.')).toBe(true);
    expect(holdsBareCount('The festival sold 4,000 tickets last year.')).toBe(false);
    expect(holdsBareCount('The hall was built in 1987.')).toBe(false);
  });

  it('GIVEN a part of a named whole (`212 of its 640 pharmacies`) THEN it counts what the whole names: no bare count', () => {
    expect(holdsBareCount('According to the guild, 212 of its 640 member pharmacies had run out.')).toBe(false);
    expect(holdsBareCount('The party took 14 of the 31 seats.')).toBe(false);
    expect(holdsBareCount('Of the 31 seats, the party took 14.')).toBe(true);
  });
});

describe('where: the sentence beside the best match may name the place', () => {
  const FLOOD_RELIEF =
    'Floodwater closed the coast road north of Dunmore on Tuesday, cutting off three villages.\n\n' +
    'Relief centres have opened at two churches in Dunmore and Ashby. Volunteers served 300 meals at the shelters on Sunday night.\n\n' +
    'The council said the road would stay shut until engineers had inspected the bridge.';

  it('GIVEN "where" and a best match that names no place THEN the sentence before it in its paragraph, which names one, answers', () => {
    // Only the second sentence of the paragraph says `shelters`, and it names no place; the first, which the question
    // shares no word with, says where they are (the centres the shelters are).
    const { answerer } = buildKnowledge(storyOf(FLOOD_RELIEF));
    expect(answerer.answer('ask', 'Where are the shelters?').results[0]?.entry.text).toContain('two churches in Dunmore');
  });

  it('GIVEN a best match that names a place itself THEN no neighbour is put first', () => {
    const entries = storyOf(FLOOD_RELIEF).entries;
    const centres = entries.find((entry) => entry.text.includes('Relief centres'))!;
    expect(placeBeside({ entry: centres, score: 10 }, entries, ANSWER_WEIGHTS)).toBeNull();
    const shelters = entries.find((entry) => entry.text.includes('at the shelters'))!;
    expect(placeBeside({ entry: shelters, score: 10 }, entries, ANSWER_WEIGHTS)?.entry).toBe(centres);
  });

  it('GIVEN neighbours only in other paragraphs THEN none answers', () => {
    const entries = storyOf(FLOOD_RELIEF.replace('Ashby. Volunteers', 'Ashby.\n\nVolunteers')).entries;
    const shelters = entries.find((entry) => entry.text.includes('at the shelters'))!;
    expect(placeBeside({ entry: shelters, score: 10 }, entries, ANSWER_WEIGHTS)).toBeNull();
  });
});

describe('terms of the question: a lower-case word naming a speaker keeps its synonyms', () => {
  it('GIVEN "will teachers sue" and teachers quoted as a group THEN the sentence about the instructors going to court answers', () => {
    // `teachers` names a speaker of the story (the sentence saying what teachers will see), but the question writes it
    // as a common word: its synonym `instructors` is what the answering sentence says.
    const { answerer } = buildKnowledge(
      storyOf(
        'The district froze staff pay for a second year on Monday.\n\n' +
          'Teachers, who make up most of the district\u2019s staff, will see their pay stay at 2024 levels, the district said.\n\n' +
          'The Lakeside Education Union called the freeze unfair. Its president, Ana Ruiz, said many of its members were taking second jobs.\n\n' +
          '\u201CWe will not go quietly,\u201D Ruiz told reporters. She said the instructors would challenge the freeze in court.',
      ),
    );
    expect(answerer.answer('ask', 'Will teachers sue?').results[0]?.entry.text).toContain('instructors would challenge');
  });
});

describe('predicates of the question: the word after a copula', () => {
  it('GIVEN "when will hearings be held" THEN the sentence saying they will be called answers', () => {
    // `held` is a form of `hold`, which the lexicon knows as a noun too, and the story uses `hold` in another sense:
    // only as what the hearings will have done to them does `held` count as covered by `call`, a word near it in meaning.
    const { answerer } = buildKnowledge(
      storyOf(
        'The harbour authority fined the ferry operator 40,000 pounds on Friday after a boat ran aground near Port Alder.\n\n' +
          'Councillor Mira Holt, who chairs the transport committee, said she would call hearings on ferry safety in April. \u201CThese boats hold hundreds of people. They have to be safe,\u201D she said.\n\n' +
          'The operator said it would appeal the fine.',
      ),
    );
    expect(answerer.answer('ask', 'When will hearings be held?').results[0]?.entry.text).toContain(
      'call hearings on ferry safety in April',
    );
  });
});

describe('who asks for the subject: a speaker named after the verb is its object', () => {
  it('GIVEN "who stood up for the guild" THEN the sentence of the one who defended it, not the guild\u2019s own words', () => {
    const { answerer } = buildKnowledge(
      storyOf(
        'The Bakers Guild said on Monday that the new hygiene rules would close a dozen shops in the old town.\n\n' +
          '\u201CWe cannot afford the new ovens, and nobody at the council has asked us what they cost,\u201D the guild said in a statement.\n\n' +
          'Council member Rosa Vey defended the guild, saying the rules were written for factories, not bakeries.\n\n' +
          'The rules take effect in March.',
      ),
    );
    expect(answerer.answer('ask', 'Who stood up for the guild?').results[0]?.entry.text).toContain('Rosa Vey defended the guild');
  });
});

describe('a phrasal verb with no other word for it means what its broader verb does', () => {
  it('GIVEN "which union speaks for the porters" THEN the sentence saying which association represents them', () => {
    // The lexicon has no synonym for `speak for`; its broader sense is `represent`, the story's word for it.
    const { answerer } = buildKnowledge(
      storyOf(
        'Porters at the Kellin depot will walk out on Friday over a new rota, the rail operator said on Tuesday.\n\n' +
          'The Kellin Workers Association, which represents about 400 porters, said the rota cut their breaks.\n\n' +
          'The operator said trains would run to the usual timetable.',
      ),
    );
    expect(answerer.answer('ask', 'Which union speaks for the porters?').results[0]?.entry.text).toContain(
      'which represents about 400 porters',
    );
  });
});

describe('a phrasal verb split by its object means what the phrase does', () => {
  it('GIVEN "why did the council turn the scheme down" THEN the sentence saying it rejected the scheme', () => {
    // `turn` alone reads as `move` or `change`; `turn … down` is `reject`, the story's word.
    const { answerer } = buildKnowledge(
      storyOf(
        'Ostra Energy first put forward a wind farm scheme for Brackley Fell in 2023.\n\n' +
          'The council moved the scheme hearing to May because the chair was ill.\n\n' +
          'Kelmoor District Council rejected the scheme on Tuesday because the turbines would spoil views from the national park.\n\n' +
          'Ostra said it would study the decision.',
      ),
    );
    expect(answerer.answer('ask', 'Why did the council turn the scheme down?').results[0]?.entry.text).toContain('rejected the scheme');
  });
});

describe('light verbs: the meaning of `gave evidence` lies in its noun', () => {
  it('GIVEN "who gave evidence" THEN the sentence of the one who testified, not of one who gave something else', () => {
    // The welcome covers `gave`, `afternoon` and `hearing`; the testimony covers `evidence` (by `testified`, a word for
    // it) and `hearing`. `gave` says little of its own: it weighs as its noun, which only the testimony covers.
    const { answerer } = buildKnowledge(
      storyOf(
        'The inquiry into the collapse of the Wren Street footbridge opened in Port Alder on Tuesday.\n\n' +
          'Mayor Lena Marsh gave a short welcome at the afternoon hearing.\n\n' +
          'Later at the hearing, the foreman Dario Pell testified about cracks he had seen in March.\n\n' +
          'The inquiry resumes next week.',
      ),
    );
    expect(answerer.answer('ask', 'Who gave evidence at the afternoon hearing?').results[0]?.entry.text).toContain('Dario Pell testified');
  });
});

describe('light verbs: the noun of `took part` says what happens, as a verb would', () => {
  it('GIVEN "which ships took part in the rescue" and a story saying they were involved THEN that sentence answers', () => {
    // `took` weighs as `part`, which the story uses elsewhere (`part of a marine reserve`), so it weighs much. The
    // lexicon lists `take part` as one, to participate; `involved` is near that in meaning and covers part of it.
    const { answerer } = buildKnowledge(
      storyOf(
        'A fishing boat sank off the cape, part of a marine reserve, on Sunday night.\n\n' +
          'Two navy ships were involved in the rescue of its crew.\n\n' +
          'The crew were taken to hospital in Port Alder.',
      ),
    );
    expect(answerer.answer('ask', 'Which ships took part in the rescue?').results[0]?.entry.text).toContain('Two navy ships');
  });
});

describe('verbs of judging: the meaning of `found guilty` lies in its adjective', () => {
  it('GIVEN "how long … if found guilty" THEN the sentence saying what a conviction brings answers', () => {
    // The answer says `convicted`, a word for `guilty`, and nothing for `found`: the finding is the verdict, so `found`
    // weighs as `guilty` does, and the sentence covers enough of the question.
    const { answerer } = buildKnowledge(
      storyOf(
        'Prosecutors in Port Alder charged the ferry captain, Ivo Marsh, with manslaughter on Monday over the sinking of the Gull.\n\n' +
          'If convicted, he could spend up to 12 years behind bars.\n\n' +
          'Marsh has been released on bail and must surrender his passport.',
      ),
    );
    expect(answerer.answer('ask', 'How long could the captain be locked up if found guilty?').results[0]?.entry.text).toContain(
      'up to 12 years',
    );
  });
});

describe('quote on a topic: the topic in the quoted words', () => {
  it('GIVEN a partial quote naming the topic only in its attribution THEN a direct quote saying it comes first', () => {
    const { answerer } = buildKnowledge(
      storyOf(
        '\u201CThe buses have run on time for years, the drivers know their routes and the riders are happy, and they all did it without new rules from the council or anyone else,\u201D said Omar Haddad, who leads the drivers\u2019 association.\n\n' +
          'The rules change should bring \u201Cno delays at all,\u201D said Vera Lind of the bus rules project.',
      ),
    );
    expect(answerer.answer('quote', 'rules').results[0]?.entry.speaker?.name).toBe('Omar Haddad');
  });

  it('GIVEN a speaker described by the topic (an author of the petition) THEN a quote said of the topic comes before their words on another', () => {
    // Both quotes name the petition around them; for Kovac it only says who she is, so Reyes's quote is the one about it.
    const { answerer } = buildKnowledge(
      storyOf(
        'Residents of Dunmore asked the county in a petition to close the paper mill.\n\n' +
          '\u201CNobody told us anything until the fish died,\u201D said Maria Kovac, a fisher and an author of the petition.\n\n' +
          '\u201CIt asks for what the law already requires,\u201D Tom Reyes said of the petition.',
      ),
    );
    expect(answerer.answer('quote', 'petition').results[0]?.entry.speaker?.name).toBe('Tom Reyes');
  });

  it('GIVEN a topic whose words are said only in a fact and in a speaker\u2019s role (chair on the fine) THEN that speaker\u2019s quote, not nothing', () => {
    const { answerer } = buildKnowledge(
      storyOf(
        'The Ostrian Data Authority fined Pellor 40 million euros on Monday over the sale of location data.\n\n' +
          '\u201CPeople were told one thing and sold another,\u201D said Ines Varga, chair of the Ostrian Data Authority.\n\n' +
          'Pellor said it would appeal.',
      ),
    );
    // The fine is named only in the fact; the chair only in her role, beside her words.
    expect(answerer.answer('quote', 'chair on the fine').results[0]?.entry.speaker?.name).toBe('Ines Varga');
  });

  it('GIVEN a topic of two words that no quote says in full (risk of flooding) THEN the quote saying part of it, not nothing', () => {
    // The risk is named only in a fact; the engineer's words speak of the flooding.
    const { answerer } = buildKnowledge(
      storyOf(
        'Engineers in Carrow said the risk to the lower town had grown since the levee was last raised in 1994.\n\n' +
          'Work on the new embankment will start in the spring and take two years, the county said.\n\n' +
          '\u201CWe have seen the river reach the church steps twice, and both times the flooding came in at night,\u201D said Petra Lund, the county engineer.',
      ),
    );
    expect(answerer.answer('quote', 'risk of flooding').results[0]?.entry.speaker?.name).toBe('Petra Lund');
  });
});

describe('quote on the words that describe a speaker', () => {
  it('GIVEN no quote on the words and a sentence describing a speaker in them (rents a flat in Brennan) THEN that speaker\u2019s words', () => {
    // \u201CThe couple\u201D continues the sentence that named Ana Ruiz: she is the Brennan renter, though her quote says neither word.
    const { answerer } = buildKnowledge(
      storyOf(
        'Rents in Brennan rose by a fifth last year, the city\u2019s housing office said.\n\n' +
          'Ana Ruiz and her husband, Leo, say they want to buy a home before the summer. The couple rents a two-room flat in central Brennan, and their landlord has raised the rent twice.\n\n' +
          '\u201CWe have saved for six years and we are ready,\u201D Ruiz said.\n\n' +
          '\u201CPrices are still too high for most families,\u201D said Tom Becker, a real estate agent.',
      ),
    );
    expect(answerer.answer('quote', 'Brennan renter').results[0]?.entry.speaker?.name).toBe('Ana Ruiz');
  });

  it('GIVEN a sentence describing a group (Stallholders described…) and the next naming one of them THEN that person\u2019s words', () => {
    const { answerer } = buildKnowledge(
      storyOf(
        'The Carrow market reopened on Saturday after the flood.\n\n' +
          'Stallholders described a slow first morning. At the fruit stall by the gate, owner Rosa Lind said takings were down by half.\n\n' +
          '\u201CPeople came to look, not to buy, and I understand why,\u201D Lind said.\n\n' +
          '\u201CThe market will need a month to recover,\u201D said Tom Becker, the town clerk.',
      ),
    );
    expect(answerer.answer('quote', 'stallholder').results[0]?.entry.speaker?.name).toBe('Rosa Lind');
  });
});

describe('facts on a topic: the sentence it is the subject of', () => {
  it('GIVEN one sentence listing the topic after its verb and one whose subject it is THEN the one whose subject it is comes first', () => {
    // The shorter sentence matches the words as well; but it is about the storms, and the other about the Harbor Line.
    const { answerer } = buildKnowledge(
      storyOf(
        'The city\u2019s two ferry routes both lost money last year, the transport office said.\n\n' +
          'Storms closed the Harbor Line and the Coast Road for a week in January.\n\n' +
          'The Harbor Line, which carries some 9,000 riders on a busy weekday, lost money for the third year running.',
      ),
    );
    expect(answerer.answer('facts', 'Harbor Line').results[0]?.entry.text).toContain('third year running');
  });
});

describe('what is its nickname: a sentence that names it another way answers', () => {
  const BRIDGE = storyOf(
    'The old rail bridge, also known as the Iron Harp, reopened on Monday after two years of repairs.\n\n' +
      'The bridge carries 40,000 cars a day, the city said.\n\n' +
      'Its mayor, Lena Brandt, cut the ribbon.',
  );

  it('GIVEN "what is the bridge\u2019s nickname" THEN the sentence with "also known as" answers', () => {
    const { answerer } = buildKnowledge(BRIDGE);
    expect(answerer.answer('ask', "What is the bridge's nickname?").results[0]?.entry.text).toContain('also known as the Iron Harp');
  });

  it('GIVEN "what is the mayor\u2019s nickname" and no other name given for her THEN nothing', () => {
    const { answerer } = buildKnowledge(BRIDGE);
    expect(answerer.answer('ask', "What is the mayor's nickname?").results).toEqual([]);
  });
});

describe('a word for money: a sum in a currency names it', () => {
  const PRIZE = storyOf(
    'The science academy handed out its yearly awards on Friday at a dinner in the old town hall.\n\n' +
      'Two chemists, Ada Kerr and Tomas Vell, took home a $2 million prize for their work on cheap batteries.\n\n' +
      'Big battery makers have long asked the academy to set up a prize for chemists in their field, the academy said.',
  );

  it('GIVEN "who got the prize money" THEN the sentence giving the prize as "$2 million" answers, not the one naming a prize only', () => {
    // Both name the prize; only the first says how much money it is, which is the money asked about.
    const { answerer } = buildKnowledge(PRIZE);
    expect(answerer.answer('ask', 'Who got the prize money?').results[0]?.entry.text).toContain('Ada Kerr and Tomas Vell');
  });

  it('GIVEN "a big-money prize" THEN the word for money is read as such', () => {
    const reading = read('Which chemists won a big-money prize?');
    expect(reading.words[reading.moneyGroup]).toBe('money');
  });

  it('GIVEN a question of money asking what something costs THEN the word asking the sum (cost) is read as the word for money', () => {
    const reading = read('What does it now cost nurses to use the east garage?');
    expect(reading.words[reading.moneyGroup]).toBe('cost');
  });

  it('GIVEN "cost" in a question that asks no sum of money THEN it is no word for money', () => {
    const reading = read('What did the closure cost the village?');
    expect(reading.moneyGroup).toBe(-1);
  });
});
