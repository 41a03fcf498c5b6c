import { describe, expect, it } from 'vitest';
import { storyOf } from './passage.js';

/** Small passages of news prose, one attribution pattern each. */
function speakerOf(text: string, words: string): string | null {
  const story = storyOf(text);
  const quote = story.entries.find((e) => e.kind === 'quote' && e.text.includes(words));
  if (!quote) throw new Error(`no quote with "${words}"`);
  return quote.speaker?.name ?? null;
}

describe('attribution patterns', () => {
  it('GIVEN a phrase quoted beside a direct quote ("…," Rao said, adding that Canada remained "open to talks") THEN both are his', () => {
    const text =
      '\u201CDoing nothing was not an option,\u201D Rao said, adding that Canada remained \u201Copen to talks at any time.\u201D';
    expect(speakerOf(text, 'Doing nothing')).toBe('Rao');
    const partial = storyOf(text).entries.find((e) => e.kind === 'quote' && e.partial);
    expect(partial?.text).toBe('Canada remained \u201Copen to talks at any time.\u201D');
    expect(partial?.speaker?.name).toBe('Rao');
  });

  it('GIVEN an age between commas ("…," Sam Rivera, 45, said) THEN the person before it, not the last speaker', () => {
    const text =
      '\u201CNobody likes it,\u201D said Jane Doe.\n\u201CWe are not going to back down,\u201D Sam Rivera, 45, said outside City Hall.';
    expect(speakerOf(text, 'back down')).toBe('Sam Rivera');
  });

  it('GIVEN a description of a word or two with no one so titled ("…," the retired teacher said) THEN the person just speaking', () => {
    const text =
      'Mona Reyes, the council leader, backed the plan.\n\nEllen Marsh, 67, who lives on Tanner Row, welcomed the homes but said she worried about the noise. \u201CI have lived beside that car park for forty years,\u201D the retired teacher said.';
    expect(speakerOf(text, 'forty years')).toBe('Ellen Marsh');
  });

  it('GIVEN a measure among the appositives (Bernard Whitlow, 71, from Fennick, 30 kilometres from the hospital, said) THEN the name before them speaks', () => {
    const story = storyOf(
      'Bernard Whitlow, 71, from the village of Fennick, 30 kilometres from the hospital, said he had driven in for nothing.',
    );
    expect(story.entries[0]?.speaker?.name).toBe('Bernard Whitlow');
  });

  it('GIVEN a number with a thousands comma in the appositive (who represents 3,000 drivers) THEN the name before it', () => {
    const text = 'Transit union president Gloria Stein, who represents 3,000 drivers, said her members would \u201Chold the line.\u201D';
    expect(speakerOf(text, 'hold the line')).toBe('Gloria Stein');
  });

  it('GIVEN "said Dr. Helen Cho, a structural engineer…" THEN Helen Cho, her appositive her role', () => {
    const story = storyOf('\u201CI would not call it finished,\u201D said Dr. Helen Cho, a structural engineer at Brookfield University.');
    expect(story.entries[0]?.speaker?.name).toBe('Helen Cho');
    expect(story.entries[0]?.speaker?.role).toBe('a structural engineer at Brookfield University');
  });

  it('GIVEN "said Moyo\u2019s deputy, Harjit Singh" THEN the name after the description, the description his role', () => {
    const story = storyOf('Rachel Moyo spoke first.\n\u201CWe will not support it,\u201D said Moyo\u2019s deputy, Harjit Singh.');
    const quote = story.entries.find((e) => e.kind === 'quote');
    expect(quote?.speaker?.name).toBe('Harjit Singh');
    expect(quote?.speaker?.role).toBe('Moyo\u2019s deputy');
  });

  it('GIVEN a party and state after a name (Sen. Maria Cantrell, D-Ohio, said) THEN the senator', () => {
    expect(speakerOf('\u201CThis is greed,\u201D Sen. Maria Cantrell, D-Ohio, said in a statement.', 'greed')).toBe('Maria Cantrell');
  });

  it('GIVEN a surname with an apostrophe (O\u2019Neill) THEN it is the same person as the full name before', () => {
    const text =
      'The union\u2019s president, Frank O\u2019Neill, called the layoffs \u201Ca betrayal.\u201D\n\u201CWe\u2019ll see them in court,\u201D O\u2019Neill said.';
    expect(speakerOf(text, 'in court')).toBe('Frank O\u2019Neill');
  });

  it('GIVEN "warned economist Lisa Park of the University of Michigan" THEN Lisa Park, not the university', () => {
    expect(speakerOf('\u201CThose jobs are gone,\u201D warned economist Lisa Park of the University of Michigan.', 'jobs are gone')).toBe(
      'Lisa Park',
    );
  });

  it('GIVEN "Gov. Ron Whitley" first and "Whitley, speaking to reporters afterward, said" later THEN his role stays Governor', () => {
    const text =
      'Gov. Ron Whitley signed the bill on Friday.\n\u201CWe keep our promise,\u201D Whitley said.\nWhitley, speaking to reporters afterward, said he was open to changes. \u201CIf it needs fixing, we will fix it,\u201D he said.';
    const quotes = storyOf(text).entries.filter((e) => e.kind === 'quote');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Ron Whitley', 'Ron Whitley']);
    expect(quotes[1]?.speaker?.role).toBe('Governor');
  });

  it('GIVEN a participle of speech after a clause (…in the capital, telling reporters that…) THEN the clause\u2019s subject', () => {
    const text =
      'Marquez made the remarks in the capital, telling reporters that the guns had been used in \u201Calmost every massacre\u201D this year.';
    expect(speakerOf(text, 'almost every massacre')).toBe('Marquez');
  });

  it('GIVEN describing words before a full name (Rider advocate James Tull) THEN they are his role', () => {
    const story = storyOf('Rider advocate James Tull called the vote \u201Ca tax on people.\u201D');
    expect(story.entries[0]?.speaker?.name).toBe('James Tull');
    expect(story.entries[0]?.speaker?.role).toBe('Rider advocate');
    expect(speakerOf('Critics of Jane Doe said the plan was \u201Ca mistake.\u201D', 'a mistake')).toBe('critics of Jane Doe');
  });

  it('GIVEN a company with an ampersand (Pacific Gas & Electric) THEN its whole name', () => {
    expect(speakerOf('Pacific Gas & Electric said its line had \u201Cexperienced an outage\u201D before the fire.', 'outage')).toBe(
      'Pacific Gas & Electric',
    );
  });

  it('GIVEN a describing word before a name (Resident Dana Whitaker) THEN it is her role, not part of her name', () => {
    const story = storyOf(
      'Resident Dana Whitaker, 71, said she had ten minutes. \u201CI grabbed the dog,\u201D she said outside the Gilroy shelter.',
    );
    const quote = story.entries.find((e) => e.kind === 'quote');
    expect(quote?.speaker?.name).toBe('Dana Whitaker');
    expect(quote?.speaker?.role).toBe('Resident');
    expect(quote?.where).toBe('outside the Gilroy shelter');
  });

  it('GIVEN an abbreviated title (Gov. Elena Varga) THEN the role is written out', () => {
    const story = storyOf('\u201CThis is an emergency,\u201D Gov. Elena Varga said.');
    expect(story.entries[0]?.speaker?.role).toBe('Governor');
  });

  it('GIVEN "Health officials in Dawson County said…" THEN an unnamed group, not someone named Health', () => {
    const fact = storyOf('Health officials in Dawson County said 14 new cases were confirmed.').entries[0];
    expect(fact?.speaker?.name).toBe('health officials in Dawson County');
  });

  it.each([
    'No deaths have been reported.',
    'She pointed to a 2021 study by the University of Harlow that found the water was falling.',
    'Vaccination rates for kindergartners fell to 81% last year, well below the 95% that experts say is needed.',
  ])('GIVEN a sentence whose subject names no one ("%s") THEN the article is its source', (sentence) => {
    const fact = storyOf(sentence).entries.find((e) => e.kind === 'fact');
    expect(fact?.source.type).toBe('article');
  });

  it('GIVEN a person introduced by a sentence that opens with her name THEN a later "she said" is hers', () => {
    const text = 'The bakery will close.\nJane Smith, 42, has run it for years. \u201CIt is over,\u201D she said.';
    expect(speakerOf(text, 'It is over')).toBe('Jane Smith');
  });

  it('GIVEN a sentence opening with a description, a title and a name set off by a clause THEN a later "he said" is his', () => {
    const text = [
      'Rosa Pell, who chairs the market traders, said the stalls would stay.',
      '\u201CWe are not leaving,\u201D Pell said.',
      'Opposition leader Councillor Owen Tarr, who voted against the sale, accused the cabinet of letting the hall decay.',
      '\u201CThey never fixed the roof,\u201D he said.',
    ].join('\n\n');
    expect(speakerOf(text, 'never fixed the roof')).toBe('Owen Tarr');
  });

  it('GIVEN "X said, “…”" THEN X', () => {
    expect(speakerOf('Asked about the plan, Mayor Ana Ortiz said, \u201CWe will see.\u201D', 'We will see')).toBe('Ana Ortiz');
  });

  it('GIVEN "“…,” said X, the role." THEN X', () => {
    expect(speakerOf('\u201CWe are ready,\u201D said Tom Reyes, the fire chief.', 'We are ready')).toBe('Tom Reyes');
  });

  it('GIVEN a colon introduction THEN the name before the colon', () => {
    expect(speakerOf('Ruiz put it simply: \u201CThis ends that.\u201D', 'This ends that')).toBe('Ruiz');
  });

  it('GIVEN a quote split around its attribution THEN both halves have the speaker', () => {
    const text = '\u201CWe cannot,\u201D Governor Lee Park said, \u201Cand we will not.\u201D';
    expect(speakerOf(text, 'We cannot')).toBe('Lee Park');
    expect(speakerOf(text, 'and we will not')).toBe('Lee Park');
  });

  it('GIVEN "“…,” opposition Sen. Lilly Téllez told The Associated Press." THEN the senator, not the speaker before her', () => {
    const text =
      '\u201CA historic day,\u201D said Senate President Ana Ruiz.\nCritics disagreed. \u201CThey are dismantling the courts,\u201D opposition Sen. Lilly T\u00E9llez told The Associated Press.';
    expect(speakerOf(text, 'dismantling')).toBe('Lilly T\u00E9llez');
  });

  it('GIVEN straight quotation marks THEN the same rules', () => {
    expect(speakerOf('"We are ready," said Tom Reyes, the fire chief.', 'We are ready')).toBe('Tom Reyes');
  });
});
