import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/story/types.js';
import { storyOf } from './passage.js';

/** The fact whose sentence holds these words. */
function factWith(text: string, words: string): Entry {
  const fact = storyOf(text).entries.find((e) => e.kind === 'fact' && e.text.includes(words));
  if (!fact) throw new Error(`no fact with "${words}"`);
  return fact;
}

/** Who the fact's source is, as /facts shows it: `the article` when no one in the sentence reports it. */
const sourceOf = (text: string, words: string): string => factWith(text, words).source.name;

describe('what is not a speech verb', () => {
  it('GIVEN "turns out" (only "pointed out" is a verb of speech) THEN the sentence is the article\u2019s own', () => {
    const text = 'Lumora is a new gene tool. But if Lumora turns out to be as useful as hoped, its patents could be worth a fortune.';
    expect(sourceOf(text, 'turns out')).toBe('the article');
  });

  it('GIVEN a speech verb capitalised inside a name (the United States) THEN it is not the verb of the sentence', () => {
    expect(sourceOf('The United States faced sharp criticism on Friday over its decision on the treaty.', 'sharp criticism')).toBe(
      'the article',
    );
  });

  it('GIVEN a speech verb inside a clause with "had" (the guard had switched off an alarm that would have warned him) THEN the source after the last comma', () => {
    const text =
      'The train that left the rails last week was going too fast, and the guard had switched off an alarm that would have warned him of the bend, investigators said on Monday.';
    expect(sourceOf(text, 'switched off an alarm')).toBe('investigators');
  });

  it('GIVEN a state\u2019s abbreviation after its town (the Dover, Del., trade group asked) THEN the abbreviation is no source', () => {
    const text = 'On Tuesday, lawyers for the Dover, Del., trade group asked the board to delay the vote on the new rules.';
    expect(sourceOf(text, 'delay the vote')).not.toBe('Del');
  });

  it('GIVEN a speech verb after an article ("an estimated $40") THEN it qualifies the figure, and the speaker after it counts', () => {
    expect(sourceOf('Yearly savings would be an estimated $40 per household, Nora Vance said.', 'Yearly savings')).toBe('Nora Vance');
  });
  it('GIVEN a participle after a particle that qualifies the noun after it ("Wardens put up warning signs") THEN the sentence is the article\u2019s own', () => {
    expect(sourceOf('Wardens put up warning signs at the three beaches by noon on Friday.', 'warning signs')).toBe('the article');
  });

  it('GIVEN a participle of speech after a noun ("issued a statement warning that…") THEN the subject still speaks', () => {
    expect(sourceOf('The harbour board issued a statement warning that the quay would close.', 'quay would close')).toBe('harbour board');
  });

  it('GIVEN a verb and its object before the speech verb ("Outside experts welcomed the results but urged caution") THEN the subject', () => {
    expect(sourceOf('Outside experts welcomed the results but urged caution.', 'urged caution')).toBe('outside experts');
  });

  it('GIVEN a participle set off by commas before the sentence\u2019s own verb ("The fund, called Save the Mill, was launched…") THEN it reports no one\u2019s words', () => {
    const text = 'The fund, called Save the Mill, was launched on 3 May with a target of 90,000 crowns.';
    expect(sourceOf(text, 'was launched')).toBe('the article');
  });

  it('GIVEN a speech verb as such a participle ("The plan, announced in May, has been delayed") THEN the sentence is the article\u2019s own', () => {
    expect(sourceOf('The plan, announced in May by the harbour board, has been delayed again.', 'has been delayed')).toBe('the article');
  });
});

describe('the subject before a speech verb', () => {
  it('GIVEN a focusing adverb before the subject ("Even the city’s own manual notes…") THEN the source is the subject without it', () => {
    const text = 'Even the city’s own road manual notes that the junction needs a second crossing.';
    expect(sourceOf(text, 'second crossing')).toBe('the city’s own road manual');
  });

  it('GIVEN a description after a relative clause ending on a name ("…to Kevin Hale, who heads the agency, and Ana Ruiz, the health secretary, said") THEN the description is that name’s, not a speaker', () => {
    const text =
      'The clinic wrote to two officials last week. In a letter to Kevin Hale, who heads the port agency and Ana Ruiz, the health secretary, said they would send 40 nurses to the port.';
    expect(sourceOf(text, '40 nurses')).toBe('the article');
  });

  it('GIVEN "she said" right after a name and its appositive (\u2026 to Ana Ruiz, the county\u2019s press officer, she said) THEN that person, not one named before', () => {
    const text =
      'Mila Dorn said the posters had worked.\nWhile the slogan did not appeal to Ana Ruiz, the county\u2019s press officer, she said it could still reach young drivers.';
    expect(sourceOf(text, 'young drivers')).toBe('Ana Ruiz');
  });

  it('GIVEN words before the verb that make a clause ("The payoff could be big for owners, said Ken Ito") THEN the speaker named after the verb', () => {
    expect(sourceOf('The payoff could be big for owners, said Ken Ito, a planning engineer.', 'payoff could be big')).toBe('Ken Ito');
  });

  it('GIVEN a verb after a comma with a name after it ("…, says Okoro.") THEN that name, not the clause before the comma', () => {
    const text =
      'Ada Okoro leads the survey. No comet has been found that way, but the array\u2019s ability to spot faint, cold bodies might change that, says Okoro.';
    expect(sourceOf(text, 'No comet')).toBe('Ada Okoro');
  });

  it('GIVEN a verb after a comma followed by its own object ("…, called the plan \u201Ca gamble\u201D") THEN the subject before it', () => {
    const text =
      'Councillor Ivo Brandt, one of three members who voted against it, called the plan \u201Ca gamble with public money.\u201D';
    expect(factWith(text, 'called the plan').speaker?.name ?? storyOf(text).entries[0]!.speaker?.name).toBe('Ivo Brandt');
  });

  it('GIVEN an adverb between subject and verb ("The coast guard initially said") THEN the subject without it', () => {
    expect(sourceOf('The coast guard initially said 12 people had been rescued.', '12 people')).toBe('coast guard');
  });

  it('GIVEN a word in -ly that is a noun ("The Ortiz family said") THEN the family is the speaker', () => {
    expect(sourceOf('The Ortiz family said they were grateful for the help.', 'grateful')).toBe('Ortiz family');
  });

  it('GIVEN a verb that takes another before the speech verb ("Brightwell declined to say") THEN Brightwell', () => {
    expect(sourceOf('Brightwell Clinic was hacked in May. Brightwell declined to say whether it would pay.', 'whether it would pay')).toBe(
      'Brightwell Clinic',
    );
  });

  it('GIVEN a speech verb inside a relative clause ("Varga, who denies the charge, has left") THEN the sentence is not Varga\u2019s claim', () => {
    const text = 'Tomas Varga was charged in March. Varga, who denies the charge, has left the country for six months.';
    expect(sourceOf(text, 'has left the country')).toBe('the article');
  });

  it('GIVEN a capitalised title as the appositive ("Rui Sato, Head of Research at Kestrel Bank, pointed out") THEN Rui Sato, with that role', () => {
    const fact = factWith('Rui Sato, Head of Research at Kestrel Bank, pointed out that rates had peaked.', 'rates had peaked');
    expect(fact.speaker?.name).toBe('Rui Sato');
    expect(fact.speaker?.role).toBe('Head of Research at Kestrel Bank');
  });

  it('GIVEN "Farmers, who use most of the water, will lose a third of it, the department said" THEN the department named before', () => {
    const text =
      'The Corran Department of Water announced the cuts on Monday. Farmers, who use most of the valley\u2019s water, will see their share cut by a third, the department said.';
    expect(sourceOf(text, 'see their share cut')).toBe('Corran Department of Water');
  });
});

describe('names that open a sentence', () => {
  it('GIVEN a clause opened before a body\u2019s initialism ("Although DLA\u2019s rules…") THEN the body is DLA, not "Although DLA"', () => {
    const text =
      'Although DLA\u2019s rules limit stays to three days, many stay longer. In May, DLA announced it would build two more shelters.';
    expect(sourceOf(text, 'build two more shelters')).toBe('DLA');
  });

  it('GIVEN an initialism that also starts a longer run (the DLA Harbor office) THEN the initialism alone is the body', () => {
    const text = 'An outbreak at the DLA Harbor office closed it for a week. DLA announced it would build two more shelters.';
    expect(sourceOf(text, 'build two more shelters')).toBe('DLA');
  });
});

describe('groups named by a capitalised word and a plural', () => {
  it('GIVEN a people\u2019s adjective before a plural ("Norwegian fishermen said") THEN the group, not "Norwegian"', () => {
    expect(sourceOf('Norwegian fishermen, however, have said the quota is too low.', 'quota')).toBe('Norwegian fishermen');
  });

  it('GIVEN a common word capitalised at the start, also part of a name elsewhere ("Health care workers have protested") THEN the group', () => {
    const text =
      'The Health and Safety Board met on Monday. Health care workers have protested the longer shifts. The health of staff matters.';
    expect(sourceOf(text, 'longer shifts')).toBe('health care workers');
  });

  it('GIVEN a people\u2019s adjective before a group word ("Estonian officials said") THEN the group keeps its capital', () => {
    expect(sourceOf('Estonian officials said the border would stay open.', 'border')).toBe('Estonian officials');
  });

  it('GIVEN a clause after the verb that follows a comma ("…, said the change paved the way") THEN not a speaker named "change…"', () => {
    const text = 'Norwegian fishermen, who make up most of the port, said the change paved the way for bigger boats.';
    expect(sourceOf(text, 'bigger boats')).toBe('Norwegian fishermen');
  });
});

describe('names across clauses and lines', () => {
  it('GIVEN "The chairman of the Harbour Party described…" THEN the chairman speaks, not the party', () => {
    expect(sourceOf('The chairman of the Harbour Party described the video as satire.', 'as satire')).toBe('chairman of the Harbour Party');
  });

  it('GIVEN ", and this week the startup announced" THEN the startup of that clause, not the name before the comma', () => {
    const text = 'Lena Hart cofounded Quillon Labs, and this week the startup announced a new licence.';
    expect(sourceOf(text, 'new licence')).toBe('startup');
  });
});
