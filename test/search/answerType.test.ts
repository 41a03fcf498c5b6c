import { describe, expect, it } from 'vitest';
import { buildKnowledge, loadKnowledge } from '../../src/knowledge.js';
import { answerKind, holdsAnswerKind, withoutDates, withoutSums } from '../../src/search/answerType.js';
import { EntryStore } from '../../src/store/EntryStore.js';
import { PORT_STRIKE } from '../paths.js';
import { storyOf } from '../story/passage.js';

/** What kind of words an answer must hold, by the question's shape; and the silence that follows from it. */
describe('answerKind', () => {
  it('GIVEN a "when" question THEN only a text with a time answers it', () => {
    const kind = answerKind('When will talks resume?');
    expect(holdsAnswerKind('Talks will resume on Monday.', kind)).toBe(true);
    expect(holdsAnswerKind('Talks will resume once both sides agree to meet in Nov. 4 week.', kind)).toBe(true);
    expect(holdsAnswerKind('Lawyers are expected to mount a challenge in court.', kind)).toBe(false);
  });

  it('GIVEN "when will…" THEN a time of something to come answers it, not the time of what happened', () => {
    const kind = answerKind('When will the ferry sail again?');
    expect(holdsAnswerKind('The ferry is expected to sail again on Monday.', kind)).toBe(true);
    expect(holdsAnswerKind('The ferry last sailed on Monday.', kind)).toBe(false);
    expect(holdsAnswerKind('The ferry last sailed on Monday.', answerKind('When did the ferry last sail?'))).toBe(true);
    expect(holdsAnswerKind('The ferry last sailed on Monday.', answerKind('How soon could the ferry sail?'))).toBe(false);
  });

  it('GIVEN "how long" THEN only a length of time or way answers it: six weeks, an hourlong talk, decades, since a year', () => {
    const kind = answerKind('How long was the bridge closed?');
    expect(holdsAnswerKind('The bridge was closed for six weeks.', kind)).toBe(true);
    expect(holdsAnswerKind('Repairs followed a weeklong inspection.', kind)).toBe(true);
    expect(holdsAnswerKind('The bridge had been neglected for decades.', kind)).toBe(true);
    expect(holdsAnswerKind('The bridge has been closed since 2021.', kind)).toBe(true);
    expect(holdsAnswerKind('The bridge was closed after cracks were found in a pillar.', kind)).toBe(false);
  });

  it('GIVEN "how long ago" THEN no length is asked: it asks when', () => {
    expect(answerKind('How long ago did the bridge close?').length).toBe(false);
  });

  it('GIVEN dates and clock times THEN withoutDates takes their numbers out, and leaves a count', () => {
    expect(withoutDates('at the festival on Feb. 9, 2025 at 6 p.m. with 4,000 guests')).not.toMatch(/\b(?:9|2025|6)\b/u);
    expect(withoutDates('at the festival on Feb. 9 with 4,000 guests')).toContain('4,000 guests');
  });

  it('GIVEN "how many" and a sentence whose only number is a date THEN it is not an answer', () => {
    const festival = buildKnowledge(
      storyOf(
        [
          'The ferry film festival opens on Feb. 9 at the harbour hall, the organisers said.',
          'Several of the films in the festival were not nominated for any award in 2025.',
          'The festival sold 4,000 tickets last year.',
        ].join('\n\n'),
      ),
    ).answerer;
    expect(festival.answer('ask', 'How many award nominations did the festival films get?').results).toEqual([]);
    expect(festival.answer('ask', 'How many tickets did the festival sell?').results[0]?.entry.text).toContain('4,000 tickets');
  });

  it('GIVEN "how many secondary schools" and a sentence counting only primary schools THEN it is not an answer', () => {
    const province = buildKnowledge(
      storyOf(
        [
          'The free lunch scheme runs in the province\u2019s 410 primary schools, the ministry said.',
          'Teachers at the schools said pupils were more alert in the afternoon.',
        ].join('\n\n'),
      ),
    ).answerer;
    expect(province.answer('ask', 'How many secondary schools are in the province?').results).toEqual([]);
    expect(province.answer('ask', 'How many primary schools are in the province?').results[0]?.entry.text).toContain('410 primary');
  });

  it('GIVEN "when will…" and a quote of the future said on a given day THEN the day it was said is not when it will happen', () => {
    const ferry = buildKnowledge(
      storyOf(
        [
          'The island ferry stopped running on Saturday after a storm damaged the harbour wall.',
          '\u201CThe ferry will sail again, and we will be ready,\u201D the captain, Ola Berg, said on Monday.',
          'Repairs to the wall are expected to finish on Dec. 4, the council said.',
        ].join('\n\n'),
      ),
    ).answerer;
    expect(ferry.answer('ask', 'When will the ferry sail again?').results).toEqual([]);
    expect(ferry.answer('ask', 'When will the wall repairs finish?').results[0]?.entry.text).toContain('Dec. 4');
  });

  it('GIVEN "when will it open" THEN a plan set for a month (`to begin in March`) answers it, with no word of the future', () => {
    const kind = answerKind('When will the new library open?');
    expect(holdsAnswerKind('The vote clears the way for building to begin in March.', kind)).toBe(true);
    expect(holdsAnswerKind('The old library opened in March 1974.', kind)).toBe(false);
  });

  it('GIVEN "when was it closed" THEN a sentence whose only time is still to come (next year) does not answer it', () => {
    const kind = answerKind('When was the bottling line closed?');
    expect(holdsAnswerKind('She expects the line to restart in the second quarter of next year.', kind)).toBe(false);
    expect(holdsAnswerKind('The line was shut on March 3, and she expects it to restart next year.', kind)).toBe(true);
    expect(holdsAnswerKind('The line was shut in March after inspectors found bacteria.', kind)).toBe(true);
  });

  it('GIVEN "when was it evacuated" THEN a sentence of the future whose only time is a deadline (by Friday) does not answer it', () => {
    const kind = answerKind('When was the village evacuated?');
    expect(holdsAnswerKind('A decision on whether to evacuate the village is expected by Friday.', kind)).toBe(false);
    expect(holdsAnswerKind('The village was evacuated by Friday, the council said.', kind)).toBe(true);
  });

  it('GIVEN "when…" THEN a word that begins like a month (in decline, by market) is no time', () => {
    const kind = answerKind('When did the mill close?');
    expect(holdsAnswerKind('The mill closed as trade was in decline.', kind)).toBe(false);
    expect(holdsAnswerKind('The mill closed in Dec. after the flood.', kind)).toBe(true);
    expect(holdsAnswerKind('The mill closed in September.', kind)).toBe(true);
  });

  it('GIVEN "how much did it cost" THEN only a sum of money answers it', () => {
    const kind = answerKind('How much did the new bridge cost?');
    expect(holdsAnswerKind('The bridge cost $48 million.', kind)).toBe(true);
    expect(holdsAnswerKind('The bridge was finished in six months.', kind)).toBe(false);
  });

  it('GIVEN "how much" with a long subject before "cost" (the new sports hall in Brayford) THEN only a sum of money answers it', () => {
    const kind = answerKind('How much will the new sports hall in Brayford cost to build?');
    expect(kind.money).toBe(true);
    expect(holdsAnswerKind('The new sports hall in Brayford will open in 2029, paid for with money from the land sale.', kind)).toBe(false);
  });

  it('GIVEN a sum in a currency written by name (crowns, zlotys, pence) THEN it is a sum of money', () => {
    const kind = answerKind('How much will the new runway cost?');
    expect(holdsAnswerKind('The work is budgeted at 63 million crowns.', kind)).toBe(true);
    expect(holdsAnswerKind('The contract is worth 4.1 million zlotys.', kind)).toBe(true);
    expect(holdsAnswerKind('The shares closed at 318p.', kind)).toBe(true);
    expect(holdsAnswerKind('The runway is 2,400 metres long.', kind)).toBe(false);
  });

  it('GIVEN "how much prize money" (a word before money) THEN only a sum of money answers it, not a score', () => {
    const kind = answerKind('How much prize money goes to the league winners?');
    expect(holdsAnswerKind('The winners take home \u00a3250,000.', kind)).toBe(true);
    expect(holdsAnswerKind('Marsh Rovers beat Eddington 4-2 in the other semifinal.', kind)).toBe(false);
  });

  it('GIVEN "how much did they offer" or "sell for" (a deal) THEN only a sum of money answers it, not a count', () => {
    const kind = answerKind('How much did the brewery offer for the mill?');
    expect(kind.money).toBe(true);
    expect(holdsAnswerKind('The brewery offered \u00a31.2 million for the mill.', kind)).toBe(true);
    expect(holdsAnswerKind('The mill had been empty for two winters.', kind)).toBe(false);
    expect(answerKind('How much did the painting sell for?').money).toBe(true);
  });

  it('GIVEN "how much compensation" or "how much ransom" (a sum by name) THEN only a sum of money answers it', () => {
    expect(answerKind('How much compensation will the families get?').money).toBe(true);
    expect(answerKind('How much ransom did the gang demand?').money).toBe(true);
    expect(answerKind('How much ferry revenue could the line lose this winter?').money).toBe(true);
    expect(answerKind('How much rain fell overnight?').money).toBe(false);
  });

  it('GIVEN "what fine", "what will she be paid" or "what is it worth" THEN only a sum of money answers it', () => {
    const kind = answerKind('What fine did the council impose on the quarry?');
    expect(kind.money).toBe(true);
    expect(holdsAnswerKind('The council fined the quarry \u00a312,000.', kind)).toBe(true);
    expect(holdsAnswerKind('The quarry was ordered to close for 14 days.', kind)).toBe(false);
    expect(answerKind('What will the new chief executive be paid?').money).toBe(true);
    expect(answerKind('What is the stolen painting worth?').money).toBe(true);
    expect(answerKind('What will it cost to rebuild the pier?').money).toBe(true);
  });

  it('GIVEN "what was its net profit" or "what revenue" (a sum by name) THEN only a sum of money answers it', () => {
    const kind = answerKind("What was the brewery's net profit last year?");
    expect(kind.money).toBe(true);
    expect(holdsAnswerKind('The brewery made a net profit of 2.1 million euros last year.', kind)).toBe(true);
    expect(holdsAnswerKind('The brewery cut its profit forecast for the year.', kind)).toBe(false);
    expect(answerKind('What revenue did the ferry line report?').money).toBe(true);
    expect(answerKind('What did the trust pay to buy the mill?').money).toBe(true);
    expect(answerKind('What did the pupils learn about paying taxes?').money).toBe(false);
  });

  it('GIVEN "what would it cost each year to…" THEN a sum of money answers it, as "cost to…" does', () => {
    expect(answerKind('What would it cost each year to keep the night bus running?').money).toBe(true);
    expect(answerKind('What does it cost nurses to park at the clinic?').money).toBe(true);
  });

  it('GIVEN "what did the closure cost the village" THEN it may ask a cost in other things: no sum of money is required', () => {
    expect(answerKind('What did the closure cost the village?').money).toBe(false);
  });

  it('GIVEN "how much did prices go up" THEN a share answers it too: it asks no sum of money', () => {
    expect(answerKind('How much did steel prices go up?').money).toBe(false);
    expect(answerKind('How much would the demands raise labor costs?').money).toBe(false);
  });
});

describe('how many: things counted, not sums of money', () => {
  it('GIVEN a text with sums of money THEN they are taken out, and its counts of things are left', () => {
    expect(withoutSums('Visitors spend about $48 million a year at 30 guest houses.')).not.toMatch(/48/u);
    expect(withoutSums('Visitors spend about $48 million a year at 30 guest houses.')).toContain('30 guest houses');
    expect(withoutSums('A 25-cent rise and fines of 40 euros.')).not.toMatch(/\d/u);
  });

  it('GIVEN "how many" and a story whose only amount near the topic is a sum of money THEN silence', () => {
    const { answerer } = buildKnowledge(
      storyOf(
        'The harbour board agreed on Monday to limit holiday lets in the old town of Wexley.\n\n' +
          'Tourists who stay in the old town spend about $30 million a year in Wexley, most of it at hotels and cafes, the board said.',
      ),
    );
    // The second sentence names the hotels and Wexley, but `$30 million` is what tourists spend, no count of anything:
    // the story does not say how many hotels there are.
    expect(answerer.answer('ask', 'How many hotels are there in Wexley?').results).toEqual([]);
    expect(answerer.answer('ask', 'How much do tourists spend in the old town?').results[0]?.entry.text).toContain('$30 million');
  });
});

describe('how much does it cost: sums of money, not shares', () => {
  it('GIVEN "per cent" THEN no sum of money; "25 cents" is one', () => {
    const kind = answerKind('How much does a check-up cost?');
    expect(holdsAnswerKind('Fees under the contract rose by 6 per cent.', kind)).toBe(false);
    expect(holdsAnswerKind('A call costs 25 cents.', kind)).toBe(true);
  });

  it('GIVEN "how much would it cost" and a sentence of fees risen "6 per cent" beside a price THEN the price', () => {
    const { answerer } = buildKnowledge(
      storyOf(
        [
          'The Harlow Road surgery will stop NHS treatment in March.',
          "The surgery's principal dentist, Dr Mina Oduya, said the decision followed two years in which it had failed to recruit.",
          'She said the fees under the NHS contract had risen by 4 per cent since 2019, while its costs for staff and materials had gone up by about 30 per cent.',
          '"I have had the same dentist for thirty years and now I am told to go private or go without," said Peter Lunn, a patient. "Private is £70 for a check-up."',
        ].join('\n\n'),
      ),
    );
    expect(answerer.answer('ask', 'How much would it cost to see a dentist privately?').results[0]?.entry.text).toBe(
      'Private is £70 for a check-up.',
    );
  });
});

describe('how many: things counted, not shares', () => {
  it('GIVEN a text with shares THEN they are taken out, and its counts of things are left', () => {
    expect(withoutSums('Staff fell 12 per cent, fees rose 6% and 40 nurses left.')).not.toMatch(/12|6/u);
    expect(withoutSums('Staff fell 12 per cent, fees rose 6% and 40 nurses left.')).toContain('40 nurses');
  });

  it('GIVEN "how many nurses" and a sentence on the clinic\'s staff whose only amount is a share THEN silence', () => {
    const { answerer } = buildKnowledge(
      storyOf(
        'Nurses at the Orrin clinic in Tallow say they are stretched. Staff numbers at the clinic have fallen 12 per cent since 2022, ' +
          "while the number of patients has grown by a fifth, the nurses' union said.\n\nThe clinic opened in 1998.",
      ),
    );
    expect(answerer.answer('ask', 'How many nurses work at the Orrin clinic?').results).toEqual([]);
  });
});

describe('silence on questions about what the story does not hold', () => {
  const { answerer } = loadKnowledge(PORT_STRIKE);
  const ask = (query: string) => answerer.answer('ask', query).results;

  it('GIVEN a name the story never uses (the port of Lisbon) THEN nothing, whatever words it shares', () => {
    expect(ask('How much cargo is stranded at the port of Lisbon?')).toEqual([]);
    expect(ask('How much cargo is stranded at the port of Valmera?')[0]?.entry.text).toContain('$30 million');
  });

  it('GIVEN "what did <a description> say" whose head the story lacks (the mayor\u2019s deputy) THEN nothing', () => {
    expect(ask("What did Valmera's mayor say about the strike?")).toEqual([]);
  });

  it('GIVEN a "how much did it cost" question and no sum of money on it THEN nothing', () => {
    expect(ask('How much did the governor pay to end the strike?')).toEqual([]);
  });
});

describe('the nearest passage, when nothing answers', () => {
  const { answerer } = loadKnowledge(PORT_STRIKE);

  it('GIVEN a question the story does not answer THEN no results, and the nearest passage apart, marked as not an answer', () => {
    const set = answerer.answer('ask', 'How much cargo is stranded at the port of Lisbon?');
    expect(set.results).toEqual([]);
    expect(set.nearest?.entry.text).toContain('cargo');
  });

  it('GIVEN a question the story answers THEN no nearest passage: the answer is there', () => {
    const set = answerer.answer('ask', 'How much cargo is stranded at the port of Valmera?');
    expect(set.results.length).toBeGreaterThan(0);
    expect(set.nearest).toBeNull();
  });
});

describe('the nearest passage among a server’s own entries', () => {
  it('GIVEN a server’s entry sharing words with a question nothing answers THEN it is the nearest passage there', () => {
    const store = EntryStore.open(':memory:');
    try {
      store.add('g1', 'mod', {
        kind: 'fact',
        text: 'Lisbon dockers stopped work for two days last spring.',
        speakerName: null,
        speakerRole: null,
        when: null,
        where: null,
        sourceName: 'Harbour Gazette',
        sourceUrl: null,
        claimBy: null,
        corrects: null,
      });
      const set = loadKnowledge(PORT_STRIKE, store).answererFor('g1').answer('ask', 'Why did Lisbon dockers stop work?', { guildId: 'g1' });
      expect(set.results).toEqual([]);
      expect(set.nearest?.entry.text).toBe('Lisbon dockers stopped work for two days last spring.');
    } finally {
      store.close();
    }
  });
});

describe('how soon: a time asked for, a span of time an answer', () => {
  it('GIVEN "how soon" THEN a time is wanted, and "in as little as three years" holds one', () => {
    const kind = answerKind('How soon could the ferry sail again?');
    expect(kind.time).toBe(true);
    expect(holdsAnswerKind('The ferry could sail again in as little as three years.', kind)).toBe(true);
    expect(holdsAnswerKind('The ferry could sail again.', kind)).toBe(false);
  });
});

describe('how old: an age asked for', () => {
  it('GIVEN "how old" THEN a sentence with an age answers and one that only names the person does not', () => {
    const kind = answerKind('How old was the pilot of the ferry?');
    expect(kind.age).toBe(true);
    expect(holdsAnswerKind('The pilot, 53, had flown the route for a decade.', kind)).toBe(true);
    expect(holdsAnswerKind('The 53-year-old pilot had flown the route for a decade.', kind)).toBe(true);
    expect(holdsAnswerKind('The pilot said the ferry logs had yet to be recovered.', kind)).toBe(false);
  });

  it('GIVEN "how old" about a thing THEN the year it was built answers', () => {
    expect(holdsAnswerKind('The bridge was built in 1932 and last repaired in 2010.', answerKind('How old is the bridge?'))).toBe(true);
  });

  it('GIVEN "how old" about a made thing THEN the year it was made answers, not the year of something done with it', () => {
    const kind = answerKind('How old is the tenor bell?');
    expect(holdsAnswerKind('The tenor bell weighs two tonnes and was cast in 1702.', kind)).toBe(true);
    expect(holdsAnswerKind('The tenor bell was last rung in 1702.', kind)).toBe(false);
  });

  it('GIVEN "how old" about a group THEN the range of their ages answers, and their average age', () => {
    const kind = answerKind('How old were the volunteers?');
    expect(holdsAnswerKind('Volunteers were aged between 18 and 30 and paid for their time.', kind)).toBe(true);
    expect(holdsAnswerKind('The volunteers had an average age of 27.', kind)).toBe(true);
    expect(holdsAnswerKind('Between 18 and 30 volunteers signed up each week.', kind)).toBe(false);
  });
});

describe('by how much, by what margin: a difference', () => {
  it('GIVEN "by what margin did they win" THEN a sentence giving the margin answers, and one that only says they won does not', () => {
    const kind = answerKind('By what margin did the Rovers win the cup final?');
    expect(kind.difference).toBe(true);
    expect(holdsAnswerKind('The Rovers won the cup by three goals.', kind)).toBe(true);
    expect(holdsAnswerKind('The Rovers beat Ashby 4-1 in the cup final.', kind)).toBe(true);
    expect(holdsAnswerKind('The Rovers won the cup final in front of their own fans.', kind)).toBe(false);
  });

  it('GIVEN "how much did <it> fall" THEN a share, a fraction or a change from one figure to another answers', () => {
    const kind = answerKind('How much did ticket sales fall last year?');
    expect(kind.difference).toBe(true);
    expect(holdsAnswerKind('Ticket sales fell 12% last year.', kind)).toBe(true);
    expect(holdsAnswerKind('Ticket sales fell by more than a third.', kind)).toBe(true);
    expect(holdsAnswerKind('Sales dropped to 9,000 tickets from 14,000.', kind)).toBe(true);
  });

  it('GIVEN "how much will <it> rise" THEN a sentence that says it will rise but not by how much does not answer', () => {
    const kind = answerKind('How much will bus fares rise?');
    expect(holdsAnswerKind('Bus fares will rise after the $40 million contract is signed.', kind)).toBe(false);
  });

  it('GIVEN "how much did <it> lose" THEN a sum is asked, not a difference', () => {
    expect(answerKind('How much did the club lose last season?').difference).toBe(false);
  });
});

describe('how wide, how heavy, how fast: a measure in its units', () => {
  it('GIVEN "how wide" THEN a length in metres or miles answers, and a count of something else does not', () => {
    const kind = answerKind('How wide is the crater?');
    expect(holdsAnswerKind('The crater is about 600 metres across at its rim.', kind)).toBe(true);
    expect(holdsAnswerKind('The crater is two miles wide.', kind)).toBe(true);
    expect(holdsAnswerKind('Researchers found 19 different minerals in the crater.', kind)).toBe(false);
  });

  it('GIVEN "how high" THEN a height in metres or feet answers, and a count of something else does not', () => {
    const kind = answerKind('How high will the new mast be?');
    expect(holdsAnswerKind('The mast would be 42 metres tall.', kind)).toBe(true);
    expect(holdsAnswerKind('Residents sent 212 letters about the mast.', kind)).toBe(false);
  });

  it('GIVEN "how heavy" THEN a weight with a word before its unit (100 metric tons) answers', () => {
    expect(holdsAnswerKind('The lander can carry up to 100 metric tons of cargo.', answerKind('How heavy a load can it carry?'))).toBe(
      true,
    );
  });

  it('GIVEN "how fast" THEN a speed in knots or a multiple of another speed answers', () => {
    const kind = answerKind('How fast was the ferry going?');
    expect(holdsAnswerKind('The ferry was moving at 17 knots.', kind)).toBe(true);
    expect(holdsAnswerKind('The ferry was going nearly twice the speed limit.', kind)).toBe(true);
    expect(
      holdsAnswerKind(
        'Wells are draining the aquifer twice as fast as rain can refill it.',
        answerKind('How fast is the aquifer draining?'),
      ),
    ).toBe(true);
    expect(holdsAnswerKind('The ferry carried 287 passengers.', kind)).toBe(false);
  });

  it('GIVEN "how strong" THEN a scale written before its number (a magnitude 6.9 quake, a Category 4 storm) answers', () => {
    const kind = answerKind('How strong was the earthquake?');
    expect(holdsAnswerKind('The magnitude 6.9 quake struck before dawn.', kind)).toBe(true);
    expect(holdsAnswerKind('The quake struck before dawn and was felt 200 miles away.', answerKind('How strong was the storm?'))).toBe(
      false,
    );
  });
});
