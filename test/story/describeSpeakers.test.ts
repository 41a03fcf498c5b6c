import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/knowledge.js';
import { storyOf } from './passage.js';

const roleOf = (text: string, name: string): string | null => storyOf(text).speakers.find((s) => s.name === name)?.role ?? null;

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

  it('GIVEN "According to Name, description, the board met…" THEN the description alone, not the clause after it', () => {
    const text =
      'According to Dana Moss, the club\u2019s chief executive, the board met by video call late on Saturday night.\n\u201CWe gave the manager every chance we could,\u201D Moss said.';
    expect(roleOf(text, 'Dana Moss')).toBe('the club\u2019s chief executive');
  });

  it('GIVEN a name before the describing words (against Brightline co-founder Ruth Okafor) THEN whose they are too', () => {
    const text =
      'The suit against Brightline co-founder Ruth Okafor was dropped.\n\u201CI always said the claim was false,\u201D Okafor said.';
    expect(roleOf(text, 'Ruth Okafor')).toBe('Brightline co-founder');
  });

  it('GIVEN a clause ending in an office before a name (…and deepens the pressure on the Prime Minister, Ian Hale,) THEN only the office', () => {
    const text =
      'Her exit makes her the second minister to leave the cabinet since May and deepens the pressure on the Prime Minister, Ian Hale, who is abroad.\nHale replied that she had served \u201Cwith real distinction\u201D.';
    const described = describedAs(text, 'Ian Hale');
    expect(described).toContain('Prime Minister');
    expect(described.some((d) => d.includes('deepens'))).toBe(false);
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

  it('GIVEN a sentence saying what the person is, by surname (Okafor is the CEO of Brightline, …) THEN that description, with what the firm is', () => {
    const text =
      '\u201CWe saw the risk at once,\u201D said Ruth Okafor.\nOkafor is the CEO of Brightline, the Dunmore design firm behind the campaign.';
    expect(describedAs(text, 'Ruth Okafor')).toContain('the CEO of Brightline, the Dunmore design firm');
  });

  it('GIVEN a body described in another sentence with a list of describing words THEN the whole description joined to the person\u2019s', () => {
    const text =
      '\u201CWe saw the risk at once,\u201D said Ruth Okafor, the chief executive of Brightline.\nThe posters were made by Brightline, the Dunmore printing, events and design firm behind the festival.';
    expect(roleOf(text, 'Ruth Okafor')).toBe('the chief executive of Brightline, the Dunmore printing, events and design firm');
  });

  it('GIVEN an appositive after the surname alone (Dorn, a flood specialist at the river board,) THEN that description', () => {
    const text =
      'The banks were studied by engineers Mila Dorn and Piet Volk.\nDorn, a flood specialist at the river board, was the first to warn.\n\u201CThe banks will not hold another winter,\u201D Dorn said.';
    expect(describedAs(text, 'Mila Dorn')).toContain('a flood specialist at the river board');
  });

  it('GIVEN a plural title before two names (engineers Mila Dorn and Piet Volk) THEN each one has it in the singular', () => {
    const text =
      'The banks were studied by engineers Mila Dorn and Piet Volk.\n\u201CThe banks will not hold,\u201D Dorn said. \u201CWe need a new wall,\u201D Volk said.';
    expect(roleOf(text, 'Mila Dorn')).toBe('engineer');
    expect(roleOf(text, 'Piet Volk')).toBe('engineer');
  });

  it('GIVEN only an age after a name (Tom Okafor, a 19-year-old,) THEN no description of it', () => {
    const text = '\u201CI just ran,\u201D said Tom Okafor, a 19-year-old, after the final.';
    expect(describedAs(text, 'Tom Okafor')).toEqual([]);
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

describe('what a relative clause beside a name says the speaker is', () => {
  it('GIVEN a person who heads a body (Ivo Brandt, who heads the Potato Growers Federation) THEN head of that body is her role', () => {
    const text = '\u201CThe levy will close farms across the north,\u201D said Ivo Brandt, who heads the Potato Growers Federation.';
    expect(roleOf(text, 'Ivo Brandt')).toBe('head of the Potato Growers Federation');
  });

  it('GIVEN a person who wrote something (Councillor Ivo Brandt, who wrote the bill) THEN author of it, and /quote author finds his words', () => {
    const text =
      '\u201CThe bill protects tenants first,\u201D said Councillor Ivo Brandt, who wrote the bill.\n\u201CIt will cost us all,\u201D said Councillor Mara Lind.';
    expect(describedAs(text, 'Ivo Brandt')).toContain('author of the bill');
    const { answerer } = buildKnowledge(storyOf(text));
    expect(answerer.answer('quote', 'author').results[0]?.entry.speaker?.name).toBe('Ivo Brandt');
  });

  it('GIVEN a clause going on to another verb (who owns two bakeries on Mill Lane and sells to caf\u00E9s) THEN what she owns, without the rest', () => {
    const text =
      'Rosa Pell, who owns two bakeries on Mill Lane and sells bread to caf\u00E9s, said the rent had doubled. \u201CI cannot pass that on,\u201D she said.';
    expect(roleOf(text, 'Rosa Pell')).toBe('owner of two bakeries on Mill Lane');
  });

  it('GIVEN a body that operates something (Tarn Buses, which operates the night routes) THEN operator of it is its role', () => {
    const text = 'Tarn Buses, which operates the night routes, said it would \u201Cstudy the plan closely.\u201D';
    expect(roleOf(text, 'Tarn Buses')).toBe('operator of the night routes');
  });

  it('GIVEN a clause that tells what a person did or has (who has lived on Mill Lane for years, whose sons play for the club) THEN no role', () => {
    const lived =
      'Greta Holm, who has lived on Mill Lane for 30 years, said the noise never stops. \u201CNot one quiet night,\u201D she said.';
    const sons = '\u201CWe were never asked,\u201D said Pia Lund, whose two sons play for the club.';
    expect(roleOf(lived, 'Greta Holm')).toBeNull();
    expect(roleOf(sons, 'Pia Lund')).toBeNull();
  });

  it('GIVEN a body that says something of itself (which says it speaks for 400 landlords) THEN no role', () => {
    const text = 'The Dunmore Landlords Association, which says it speaks for 400 landlords, said the rule was \u201Cunworkable.\u201D';
    expect(roleOf(text, 'Dunmore Landlords Association')).toBeNull();
  });

  it('GIVEN a body that runs something (the Coast League, which runs the cup) THEN no role: a body is not the head of what it runs', () => {
    const text = 'The Coast League, which runs the cup, said the final would \u201Cgo ahead as planned.\u201D';
    expect(roleOf(text, 'Coast League')).toBeNull();
  });

  it('GIVEN a description, then a clause (the lawyer who argued the case) THEN the description alone', () => {
    const text = 'Mira Soto, the lawyer who argued the case for the tenants, said the ruling was overdue. \u201CFinally,\u201D she said.';
    expect(roleOf(text, 'Mira Soto')).toBe('the lawyer');
  });
});

describe('words beside a name that say nothing of what the person is', () => {
  it('GIVEN a connective between commas (Kurt Olsen, however, said) THEN no description of it', () => {
    const text = 'Prime Minister Kurt Olsen, however, said he was \u201Cdeeply moved\u201D by the decision.';
    expect(describedAs(text, 'Kurt Olsen')).toEqual(['Prime Minister']);
  });

  it('GIVEN a verb of speech before a name (\u201C\u2026,\u201D wrote Nora Platt) THEN no description of it', () => {
    const text = '\u201CThe rise is a blip, not a trend,\u201D wrote Nora Platt, a bond analyst at Kessel Bank, in a note.';
    expect(describedAs(text, 'Nora Platt')).toEqual(['a bond analyst at Kessel Bank']);
  });

  it('GIVEN a clause saying what someone is doing (who is leading the search) THEN no description of it', () => {
    const text = '\u201CWe will keep looking all night,\u201D said Captain Ivo Brandt, who is leading the search.';
    expect(describedAs(text, 'Ivo Brandt')).toEqual(['Captain']);
  });

  it('GIVEN a verb after a name and a comma (His agent, Rafa Moll, is reported to\u2026) THEN the description before the name, not the verb', () => {
    const text =
      'His agent, Rafa Moll, is reported to be taking a large fee. \u201CI work for the player, not for the clubs,\u201D Moll said.';
    expect(roleOf(text, 'Rafa Moll')).toBe('agent');
  });

  it('GIVEN a name ending a phrase with "by" (Unity, led by Premier Kurt Olsen, won 40 seats) THEN what follows is the verb, no description', () => {
    const text =
      'Unity, led by Premier Kurt Olsen, won 40 seats with a third of the vote.\n\u201CWe will talk to everyone,\u201D Olsen said.';
    expect(describedAs(text, 'Kurt Olsen')).toEqual(['Premier']);
  });

  it('GIVEN a phrase of manner or place between commas (Ana Ruiz, for her part, said) THEN no role', () => {
    const text = 'Ana Ruiz, for her part, said the clinic would stay open. \u201CWe are not going anywhere,\u201D she said.';
    expect(roleOf(text, 'Ana Ruiz')).toBeNull();
  });
});
