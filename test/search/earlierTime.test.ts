import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/knowledge.js';
import { asksIfBefore, speaksOfEarlierTime } from '../../src/search/earlierTime.js';
import { storyOf } from '../story/passage.js';

/** `Has it happened before?` is answered by a sentence that speaks of an earlier time, not by one of the story's own events. */
describe('questions asking whether something happened before', () => {
  it('GIVEN a yes/no question ending on "before", or with "previously" THEN it asks about an earlier time', () => {
    expect(asksIfBefore('Has the ferry line been hit by a strike before?')).toBe(true);
    expect(asksIfBefore('Had the mayor previously lost an election?')).toBe(true);
    expect(asksIfBefore('Is there any sign that life ever existed there?')).toBe(false);
    expect(asksIfBefore('When did the strike begin?')).toBe(false);
    expect(asksIfBefore('Did the crews strike on Monday?')).toBe(false);
    expect(asksIfBefore('Did the crews strike before the vote?')).toBe(false);
  });

  it('GIVEN sentences naming an earlier year, a time ago or a first since THEN they speak of an earlier time', () => {
    expect(speaksOfEarlierTime('It is the first stoppage on the line since 1998.')).toBe(true);
    expect(speaksOfEarlierTime('The crews last struck three years ago.')).toBe(true);
    expect(speaksOfEarlierTime('The mayor had previously lost a vote on the budget.')).toBe(true);
    expect(speaksOfEarlierTime('About 300 crew members walked off the job on Tuesday.')).toBe(false);
  });

  const FERRIES = buildKnowledge(
    storyOf(
      [
        'About 300 ferry crew members walked out on Tuesday, halting sailings between Corran and Kell Island, the union said.',
        'Crew members voted in October to strike over pay after talks with the ferry line broke down.',
        'It is the first strike on the line since 1998, when a four-day stoppage left islanders without supplies.',
      ].join('\n\n'),
    ),
  ).answerer;

  it('GIVEN "has the ferry line been hit by a strike before" THEN the sentence of the earlier strike answers, not the vote to strike', () => {
    expect(FERRIES.answer('ask', 'Has the ferry line been hit by a strike before?').results[0]?.entry.text).toContain('since 1998');
  });

  it('GIVEN "has it happened before" when no sentence speaks of an earlier time THEN silent, with its reason', () => {
    const storm = buildKnowledge(
      storyOf(
        [
          'A storm flooded the harbour at Corran on Tuesday, sinking two fishing boats, the harbour master said.',
          'Crews pumped water from the harbour offices through the night, the council said.',
        ].join('\n\n'),
      ),
    ).answerer;
    expect(storm.answer('ask', 'Has the harbour flooded before?').silence).toBe('no earlier time');
  });
});

/** `When was it last done?` asks for a time before the story's events, as `has it happened before?` asks whether there was one. */
describe('when-questions asking the last time something happened', () => {
  it('GIVEN "when … last <verb>" or "when was the last <noun>" THEN it asks about an earlier time; "last year" does not', () => {
    expect(asksIfBefore('When was the pier last repaired?')).toBe(true);
    expect(asksIfBefore('When was the last strike on the line?')).toBe(true);
    expect(asksIfBefore('When did the river flood last year?')).toBe(false);
  });

  it('GIVEN "when was the pier last repaired" and a story of today\'s closure only THEN silent: no earlier time', () => {
    const pier = buildKnowledge(
      storyOf(
        [
          'Corran council closed the town pier on Monday after engineers found cracks in two of its supports.',
          'Repairs will start in May and are expected to take six weeks, the council said.',
        ].join('\n\n'),
      ),
    ).answerer;
    expect(pier.answer('ask', 'When was the pier last repaired?').silence).toBe('no earlier time');
  });

  it('GIVEN a sentence naming the earlier year THEN it answers', () => {
    const pier = buildKnowledge(
      storyOf(
        [
          'Corran council closed the town pier on Monday after engineers found cracks in two of its supports.',
          'The pier was last repaired in 2011, when storms tore away part of its deck.',
        ].join('\n\n'),
      ),
    ).answerer;
    expect(pier.answer('ask', 'When was the pier last repaired?').results[0]?.entry.text).toContain('in 2011');
  });
});
