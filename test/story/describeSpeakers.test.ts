import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/knowledge.js';
import { storyOf } from './passage.js';

const describedAs = (text: string, name: string): string[] => {
  const speaker = storyOf(text).speakers.find((s) => s.name === name);
  return [speaker?.role, ...(speaker?.descriptions ?? [])].filter((d): d is string => Boolean(d));
};

describe('describeSpeakers', () => {
  it('GIVEN describing words before a full name (quarterback Aaron Vale) THEN that description', () => {
    const text =
      'Linebacker Tom Ruud hit quarterback Aaron Vale late in the game.\n\u201CIt was a cheap shot and everyone saw it,\u201D Vale said.';
    expect(describedAs(text, 'Aaron Vale')).toContain('quarterback');
  });

  it('GIVEN an appositive after a full name (Kurt Olsen, former envoy to Oslo,) THEN that description', () => {
    const text =
      'Kurt Olsen, former envoy to Oslo, spoke next.\n\u201CWe should be supporting the talks, not ending them,\u201D Olsen said.';
    expect(describedAs(text, 'Kurt Olsen')).toContain('former envoy to Oslo');
  });

  it('GIVEN an appositive opening with an article (Mila Dorn, a flood specialist at the river board,) THEN that description', () => {
    const text =
      'The panel heard Mila Dorn, a flood specialist at the river board, on Tuesday.\n\u201CThe banks will not hold another winter,\u201D Dorn said.';
    expect(describedAs(text, 'Mila Dorn')).toContain('a flood specialist at the river board');
  });

  it('GIVEN a long appositive going on to where and when THEN what they are, up to the last preposition within the limit', () => {
    const text =
      'Lawmakers heard from Nora Platt, a senior budget aide to Governor Ray Soto on the state\u2019s plan for the river towns after the flood, on Friday.\n\u201CThe money is already spent,\u201D Platt said.';
    expect(describedAs(text, 'Nora Platt')).toContain('a senior budget aide to Governor Ray Soto');
  });

  it('GIVEN a description the name follows (The mayor of Dunmore, Rita Salas,) THEN that description', () => {
    const text = 'The mayor of Dunmore, Rita Salas, met the families.\n\u201CThey belong to all of us now,\u201D she said.';
    expect(describedAs(text, 'Rita Salas')).toContain('mayor of Dunmore');
  });

  it('GIVEN an appositive naming an employer before a title (Lena Ortiz, Harbor County Health Department press officer,) THEN that description', () => {
    const text =
      'The posters did not impress Lena Ortiz, Harbor County Health Department press officer, who said they missed the mark.\n\u201CYou have to know who you are talking to,\u201D Ortiz said.';
    expect(describedAs(text, 'Lena Ortiz')).toContain('Harbor County Health Department press officer');
  });

  it('GIVEN a capitalised appositive without a title (Lena Ortiz, Harbor County,) THEN no description of it', () => {
    const text = 'Lena Ortiz, Harbor County, spoke first.\n\u201CYou have to know who you are talking to,\u201D Ortiz said.';
    expect(describedAs(text, 'Lena Ortiz')).toEqual([]);
  });

  it('GIVEN a sentence saying what the person is, by surname (Okafor is the CEO of Brightline, …) THEN that description', () => {
    const text =
      '\u201CWe saw the risk at once,\u201D said Ruth Okafor.\nOkafor is the CEO of Brightline, the Dunmore design firm behind the campaign.';
    expect(describedAs(text, 'Ruth Okafor')).toContain('the CEO of Brightline');
  });

  it('GIVEN a sentence giving no title (Okafor is a keen sailor) THEN no description of it', () => {
    const text = '\u201CWe saw the risk at once,\u201D said Ruth Okafor.\nOkafor is a keen sailor.';
    expect(describedAs(text, 'Ruth Okafor')).toEqual([]);
  });

  it('GIVEN a time before a name (Later in the day, Kurt Olsen) THEN no description of it', () => {
    const text = 'Later in the day, Kurt Olsen testified.\n\u201CI saw nothing unusual that morning,\u201D Olsen said.';
    expect(describedAs(text, 'Kurt Olsen')).toEqual([]);
  });

  it('GIVEN /quote with a description the article gives only in passing (quarterback) THEN that person\u2019s words', () => {
    const text =
      'Linebacker Tom Ruud hit quarterback Aaron Vale late in the game.\n\u201CIt was a cheap shot and everyone saw it,\u201D Vale said.\n\u201CI was just playing the game,\u201D Ruud said.';
    const { answerer } = buildKnowledge(storyOf(text));
    expect(answerer.answer('quote', 'quarterback').results[0]?.entry.speaker?.name).toBe('Aaron Vale');
  });
});
