import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/knowledge.js';
import { storyOf } from '../story/passage.js';

/** Answers `/ask` on a passage of our own prose (paragraphs given as lines). */
function askOf(paragraphs: string[]): (question: string) => string | undefined {
  const { answerer } = buildKnowledge(storyOf(paragraphs.join('\n\n')));
  return (question) => answerer.answer('ask', question).results[0]?.entry.text;
}

describe('yes/no questions: the sentence that affirms or denies what is asked', () => {
  it('GIVEN "already" THEN a sentence saying "not yet" denies it', () => {
    const ask = askOf([
      'Crews working on the Wren River footbridge already finished the north ramp in March.',
      'The footbridge has not opened yet, the council said.',
      'The council said the river path would stay closed to cyclists until May.',
    ]);
    // Only the second sentence says whether it has opened; the first shares `already` and `footbridge` alone.
    expect(ask('Has the footbridge already opened?')).toBe('The footbridge has not opened yet, the council said.');
  });

  it('GIVEN a word the story says only in other words (mayday: a distress signal) THEN the sentence saying those words', () => {
    const ask = askOf([
      'The trawler Morning Tern sank off Pellow Point on Friday with six crew aboard.',
      'The trawler, which did not send a distress signal, vanished from radar shortly after midnight, the coastguard said.',
      'Lifeboat crews searched the bay until dawn, the coastguard said.',
    ]);
    // The story never says `mayday`; the lexicon names it a distress signal, and only the second sentence says one.
    expect(ask('Did the trawler send a mayday?')).toBe(
      'The trawler, which did not send a distress signal, vanished from radar shortly after midnight, the coastguard said.',
    );
  });

  it('GIVEN a denial only of a word the lexicon gives in another sense (stays for arrest) THEN it is no denial of the question', () => {
    const ask = askOf([
      'Sheriff Nora Quill said deputies had gone door to door in the valley overnight.',
      '\u201CWe knocked on every door we could reach. But we cannot rescue everyone who stays,\u201D Quill said.',
      'The fire had burned 4,000 acres by Saturday morning, the forestry service said.',
    ]);
    // `stay` is a word for `arrest` only in another sense (to stay an execution): the quote denies nothing asked.
    expect(ask('Has Sheriff Nora Quill arrested anyone?') ?? '').not.toContain('cannot rescue');
  });

  it('GIVEN "ever" THEN a sentence saying "never" denies it', () => {
    const ask = askOf([
      'Ever since the storm, the Harbor Gulls have trained indoors.',
      'The Harbor Gulls have never won, the club said.',
      'The club said the league final would be played in Alder Park.',
    ]);
    // The first sentence shares `ever` and the team; only the second says whether they have won.
    expect(ask('Have the Harbor Gulls ever won?')).toBe('The Harbor Gulls have never won, the club said.');
  });

  it('GIVEN "has <person> said anything" and a sentence reporting no comment from them THEN that sentence, not others\' words about them', () => {
    const ask = askOf([
      'Grace Okafor, the chief executive of Lanford Mills, said in May that both mills would stay open.',
      '"We regret that Grace Okafor ignored the union\'s vote on the merger," the union said in a statement.',
      '"The merger vote was a clear rebuke to Okafor," said Tom Hale, a shop steward.',
      'There was no comment from Okafor on the merger, but the company said talks would go on.',
    ]);
    expect(ask('Has Okafor said anything about the merger?')).toBe(
      'There was no comment from Okafor on the merger, but the company said talks would go on.',
    );
  });

  it('GIVEN "did <person> say…" and a sentence saying they declined to comment THEN that sentence', () => {
    const ask = askOf([
      'Grace Okafor, the chief executive of Lanford Mills, said in May that both mills would stay open.',
      '"We regret that Grace Okafor ignored the strike," the union said in a statement.',
      '"The strike is a clear rebuke to Okafor," said Tom Hale, a shop steward.',
      'Okafor declined to comment on the strike.',
    ]);
    expect(ask('Did Okafor say anything about the strike?')).toBe('Okafor declined to comment on the strike.');
  });

  it('GIVEN "the mayor\'s adviser" THEN the one asked about is the adviser, not the mayor', () => {
    const ask = askOf([
      'Mayor Ruth Adler said on Monday that the Kell Street bridge would reopen in June.',
      '"The bridge is safe, and it will be open for the summer," Adler said.',
      'Dana Cole, a transport aide at City Hall who advises the mayor, said the bridge was not yet safe for trucks.',
    ]);
    // The mayor's own words share `bridge` and `safe`, but the question asks what her adviser thinks.
    expect(ask("Did the mayor's adviser think the bridge was safe?")).toContain('Dana Cole');
  });

  it('GIVEN a sentence denying what is asked (no nurses would lose their jobs) THEN it, before one that only mentions the same people', () => {
    const ask = askOf([
      'Harlow General Hospital will close two of its wards next month to save money, its board said on Friday.',
      'Nurses marched outside the hospital on Saturday to protest against the closures.',
      "The hospital's chief executive said no nurses would lose their jobs.",
    ]);
    // Both name the nurses; only the third says whether they lose their jobs, and it says so as a denial.
    expect(ask('Will nurses be laid off?')).toBe("The hospital's chief executive said no nurses would lose their jobs.");
  });

  it('GIVEN a denial that says the predicate in its own words (not considering any limits) THEN it answers, though it shares fewer words', () => {
    const ask = askOf([
      'The Orvell central bank raised its main interest rate to 9% on Thursday to defend the falling krona.',
      'Governor Lena Brask said the bank was not considering any limits on moving savings out of the country.',
      'Savers have moved billions of krona into euro accounts since the spring, the bank said.',
    ]);
    // The question's `stop` and `abroad` are `limits` and `out of the country` here: a denial needs less of its words.
    expect(ask('Will Orvell stop people moving their savings abroad?')).toBe(
      'Governor Lena Brask said the bank was not considering any limits on moving savings out of the country.',
    );
  });

  it('GIVEN "will…" and a sentence saying what will happen in its own words (would hold public meetings) THEN that sentence', () => {
    const ask = askOf([
      'The Dunmore city council approved a $40 million tram line on Tuesday that would link the station to the hospital.',
      'Shop owners along Mill Lane say trams are noisy, and a petition against the line has 800 signatures.',
      'Deputy mayor Ana Ruiz said work would start in April. She added that the city would hold public meetings on the final route before any contract is signed.',
      'Residents of the Eastfield estate have asked for a stop near the school.',
    ]);
    // `get a say` is `public meetings`; the sentence says what the city would do, which answers what will happen.
    expect(ask('Will residents get a say on the route?')).toBe(
      'She added that the city would hold public meetings on the final route before any contract is signed.',
    );
  });

  it('GIVEN "any <people>" and a sentence saying nobody was there THEN that sentence answers for them', () => {
    const ask = askOf([
      'Part of the roof of the Brook Lane library fell in during a storm on Tuesday night, the fire service said.',
      'Nobody was inside the library at the time, but a parked van outside was crushed.',
      'The council said the library would stay shut for at least a month while engineers checked the walls.',
      'Its Saturday reading club for children will meet at the town hall instead.',
    ]);
    // `nobody` says it of everyone, so of children too; the last sentence names children but not whether any were inside.
    expect(ask('Were any children in the library?')).toBe(
      'Nobody was inside the library at the time, but a parked van outside was crushed.',
    );
  });

  it('GIVEN "could…" and a sentence saying how likely it is THEN that sentence, before one that only shares its words', () => {
    const ask = askOf([
      'The Tidewell ferry crosses the strait twelve times a day in summer.',
      'In winter the crossing is often rough, and the old ferry stayed in port for 40 days last year.',
      'The new ferry is likely to sail through most winter storms, the company said.',
    ]);
    // `could` asks whether it is possible; `likely` says how possible, which the first sentence does not.
    expect(ask('Could the new ferry cross the strait in winter?')).toBe(
      'The new ferry is likely to sail through most winter storms, the company said.',
    );
  });

  it('GIVEN "the mayor\'s adviser" and a sentence denying something of the mayor THEN that is no denial of what is asked', () => {
    const ask = askOf([
      'Mayor Ruth Adler said on Monday that the Kell Street bridge would reopen in June.',
      'Dana Cole, a transport aide who advises the mayor, said she thought the bridge was unsafe for trucks.',
      'Council member Ed Roy said he could not speak for the mayor, but he thought the bridge was safe.',
    ]);
    // `could not speak for the mayor` denies something of the mayor, whom the question names only as the adviser's.
    expect(ask("Did the mayor's adviser think the bridge was safe?")).toContain('Dana Cole');
  });
});
