import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/story/types.js';
import { storyOf } from './passage.js';

function quoteWith(text: string, words: string): Entry {
  const quote = storyOf(text).entries.find((e) => e.kind === 'quote' && e.text.includes(words));
  if (!quote) throw new Error(`no quote with "${words}"`);
  return quote;
}

const speakerOf = (text: string, words: string): string | null => quoteWith(text, words).speaker?.name ?? null;

describe('quotation marks of published news', () => {
  it('GIVEN a quotation in single curly marks (the British convention) THEN a quote with its speaker', () => {
    const text = '\u2018We will appeal the ruling as soon as we can,\u2019 said Marta Quill, the club\u2019s lawyer.';
    expect(speakerOf(text, 'We will appeal the ruling')).toBe('Marta Quill');
  });

  it('GIVEN apostrophes inside a single-marked quotation (don\u2019t, club\u2019s) THEN the quotation runs to its closing mark', () => {
    const text = 'Marta Quill said: \u2018We don\u2019t accept the club\u2019s view of the contract at all.\u2019';
    expect(quoteWith(text, 'accept the club').text).toBe('We don\u2019t accept the club\u2019s view of the contract at all.');
  });

  it('GIVEN a short quotation closed by a comma inside its marks THEN its text is exactly what stands inside them, the comma too', () => {
    const text = '\u201CWe did not take the decision lightly,\u201D said Marta Quill, the club\u2019s lawyer.';
    expect(quoteWith(text, 'did not take').text).toBe('We did not take the decision lightly,');
  });

  it('GIVEN a quotation in single marks left open at its paragraph\u2019s end, the next re-opening with \u2018 THEN one quotation, its speaker the one before the colon', () => {
    const text =
      'Councillor Ada Brill said: \u2018For years the ferry has run late and nobody has answered for it.\n' +
      '\u2018From today that changes, and the blame will be mine.\u2019';
    expect(speakerOf(text, 'For years the ferry')).toBe('Ada Brill');
  });

  it('GIVEN a stray \u2018 that no later paragraph re-opens THEN no quotation', () => {
    const story = storyOf('Fans still talk of the \u201990s and the \u2018golden years of the club.\nThe club was sold in May.');
    expect(story.entries.filter((e) => e.kind === 'quote')).toEqual([]);
  });

  it('GIVEN a quotation closed by two single marks (\u2019\u2019) THEN it closes there, and the speaker after it is found', () => {
    const text =
      '\u201CIt was a plain attempt to confuse buyers,\u2019\u2019 Omar Fenn, head of the Consumer Panel, told the radio station.';
    expect(speakerOf(text, 'plain attempt to confuse')).toBe('Omar Fenn');
  });
});

describe('names and the person they stand for', () => {
  it('GIVEN "Mr Hale\u2019s widow, Rosa, said" THEN Rosa Hale, the given name with the surname of the one she is family of', () => {
    const text =
      'Ivan Hale, 41, died at the scene.\nIn a statement, Mr Hale\u2019s widow, Rosa, said he had been \u201Ca gentle father who loved the sea\u201D.';
    expect(speakerOf(text, 'a gentle father who loved the sea')).toBe('Rosa Hale');
  });

  it('GIVEN a body first named with a plural possessive (Harwick Laboratories\u2019 plant) THEN "Harwick said" is the body, without the apostrophe', () => {
    const text =
      'The shortage began when Harwick Laboratories\u2019 plant in Dayton shut in March.\n\u201CWe expect to restart the line before the summer,\u201D Harwick said in a statement.';
    expect(speakerOf(text, 'restart the line')).toBe('Harwick Laboratories');
  });

  it('GIVEN letters after a name (Helen Okoye KC) THEN the speaker is the person without them, and "Ms Okoye said" is her', () => {
    const text =
      'Opening the case, Helen Okoye KC told the jury the firm had been failing for years.\n\u201CEvery new order paid for the last one,\u201D Ms Okoye said.';
    expect(speakerOf(text, 'Every new order paid')).toBe('Helen Okoye');
  });

  it('GIVEN a body whose name holds a title word (the Dunmore Residents Association) THEN the whole name is the speaker, with no role', () => {
    const quote = quoteWith('\u201CThe road must stay open,\u201D the Dunmore Residents Association said.', 'must stay open');
    expect(quote.speaker?.name).toBe('Dunmore Residents Association');
    expect(quote.speaker?.role ?? null).toBeNull();
  });

  it('GIVEN two people named together (Lena Hart and Piet Volk) and later one by surname THEN that one person, named in full', () => {
    const text = 'Chemists Lena Hart and Piet Volk shared the award.\n\u201CWe never expected the prize this early,\u201D Volk said.';
    expect(speakerOf(text, 'never expected the prize')).toBe('Piet Volk');
  });

  it('GIVEN a surname of two words (Lucia De Santis, then De Santis said) THEN the full name', () => {
    const text =
      '\u201CThe rules were written for another century,\u201D said Lucia De Santis, who leads the tenants\u2019 group.\nDe Santis said the group would go to court. \u201CWe have waited long enough for this,\u201D De Santis said.';
    expect(speakerOf(text, 'waited long enough')).toBe('Lucia De Santis');
  });

  it('GIVEN a hyphenated surname (Ana Ruiz-Tomas, then Ruiz-Tomas said) THEN the full name', () => {
    const text = 'Ana Ruiz-Tomas runs the shelter.\n\u201CWe are full every single night now,\u201D Ruiz-Tomas said.';
    expect(speakerOf(text, 'full every single night')).toBe('Ana Ruiz-Tomas');
  });

  it('GIVEN a name run on into where the person is from (Lukas Brenner of Ostmark) and later the surname THEN the person named in full', () => {
    const text =
      'In the men\u2019s final, Lukas Brenner of Ostmark beat the top seed in three sets.\n\u201CI stopped thinking about the score after the first set,\u201D Brenner said.';
    expect(speakerOf(text, 'stopped thinking')).toBe('Lukas Brenner');
  });

  it("GIVEN a name after a place's possessive (Ostmark's Rosa Vinter) and later the surname THEN the person, without the place", () => {
    const text =
      'The title went to a rider one second ahead of Ostmark\u2019s Rosa Vinter.\nVinter, 27, said she would race again in May. \u201CI gave it all on the last climb,\u201D she said.';
    expect(speakerOf(text, 'gave it all')).toBe('Rosa Vinter');
  });

  it('GIVEN an office with "of" before a name (Secretary of Commerce Dana Whitby) THEN Dana Whitby, the office her role', () => {
    const text = 'Secretary of Commerce Dana Whitby visited the plant.\n\u201CThese jobs are staying right here,\u201D Whitby said.';
    const quote = quoteWith(text, 'jobs are staying');
    expect(quote.speaker?.name).toBe('Dana Whitby');
    expect(quote.speaker?.role).toBe('Secretary of Commerce');
  });

  it('GIVEN a headline opening with a capitalised word before a surname (Late Keane goal…) THEN the surname is the person named where no sentence starts', () => {
    const text =
      'Late Keane goal lifts Harrow into the final\nA header from substitute Aoife Keane won the match in stoppage time.\nKeane, who came on in the 80th minute, ran to the fans. \u201CI just wanted to get my head on it,\u201D Keane said.';
    expect(speakerOf(text, 'get my head on it')).toBe('Aoife Keane');
  });

  it('GIVEN a describing word before a surname at a sentence start (Realtor Ghulam) THEN the person named in full earlier', () => {
    const text =
      'In the suburbs, realtor Omar Ghulam has seen prices fall.\nRealtor Ghulam said sellers were nervous. \u201CThey want last spring\u2019s prices back,\u201D Ghulam said.';
    expect(speakerOf(text, 'last spring')).toBe('Omar Ghulam');
  });

  it('GIVEN "Some Marlow fans" at a sentence start and later "Marlow said" THEN the body named in full (Marlow Albion), not "Some Marlow"', () => {
    const text =
      'The striker left Marlow Albion on Friday.\nSome Marlow fans booed the news outside the ground.\nMarlow said in a statement that the player was \u201Cnever for sale at any price at all.\u201D';
    expect(speakerOf(text, 'never for sale')).toBe('Marlow Albion');
  });

  it('GIVEN a body named in full (Halden Care Group) and later "Halden said" THEN the body in full, not "Halden"', () => {
    const text =
      'The home, which is run by Halden Care Group, was rated good in 2021.\nHalden said in a statement that it was \u201Cdeeply sorry for the distress this has caused to families.\u201D';
    expect(speakerOf(text, 'deeply sorry')).toBe('Halden Care Group');
  });

  it('GIVEN a word used alone before the body it starts is named (Ostria, then Ostria Rail Group) THEN the word alone is not the body', () => {
    const text =
      'Ostria has long argued for the line, which Ostria Rail Group would run.\nOstria said in a statement that the line was \u201Cthe most important project of the whole decade.\u201D';
    expect(speakerOf(text, 'most important')).toBe('Ostria');
  });

  it('GIVEN a capitalised preposition before a speech word (Despite reports…) THEN no speaker is made of it', () => {
    const story = storyOf('Despite new reports urging reform, the council made no changes.');
    expect(story.speakers).toEqual([]);
  });
});

describe('the subject of the speech verb', () => {
  it('GIVEN "…the Prime Minister, Ian Hale, who promised to restore \u201C…\u201D" THEN the phrase is his words', () => {
    const text =
      'Her exit deepens the pressure on the Prime Minister, Ian Hale, who promised on taking office to restore \u201Chonesty and order to public life\u201D.';
    expect(speakerOf(text, 'honesty and order to public life')).toBe('Ian Hale');
  });

  it('GIVEN "\u201C…,\u201D fire service spokeswoman Captain Mara Lind told reporters" THEN Mara Lind, a description and her rank before her name', () => {
    const text =
      'Officials said 900 people had left their homes.\n\u201CThe next two days will decide whether we hold the line,\u201D fire service spokeswoman Captain Mara Lind told reporters in Ostra.';
    expect(speakerOf(text, 'next two days will decide')).toBe('Mara Lind');
  });

  it('GIVEN "The spinner Ivan Drozd took five wickets, in what he called \u201C…\u201D" after another speaker THEN the words are Drozd\u2019s', () => {
    const text =
      '\u201CWe were second best for a whole day,\u201D said Mia Laird, the coach.\nThe spinner Ivan Drozd took five wickets, in what he called \u201Cthe best night of my whole career so far\u201D.';
    expect(speakerOf(text, 'the best night of my whole career')).toBe('Ivan Drozd');
  });

  it('GIVEN an appositive between the name and the verb (Tom Hale, Acme\u2019s chief executive, said) THEN the person', () => {
    const text = '\u201CWe will not close the plant,\u201D Tom Hale, Acme\u2019s chief executive, said on Friday.';
    expect(speakerOf(text, 'not close the plant')).toBe('Tom Hale');
  });

  it('GIVEN a description through another person before the name (said her lawyer, Tomas Reyes) THEN the named person, not the last one quoted', () => {
    const text =
      'Ilse Varga said she would appeal. \u201CI did nothing wrong,\u201D she said.\n\u201CThe court never heard the second witness,\u201D said her lawyer, Tomas Reyes.';
    const quote = quoteWith(text, 'second witness');
    expect(quote.speaker?.name).toBe('Tomas Reyes');
    expect(quote.speaker?.role).toBe('her lawyer');
  });

  it('GIVEN a quote split around a verb-first attribution with an appositive (said Tomas Reyes, her lawyer, \u201Cwhich\u2026) THEN its second half is his direct quote', () => {
    const text =
      'Ilse Varga said she would appeal.\n\u201CThe court never heard the second witness,\u201D said Tomas Reyes, her lawyer, \u201Cwhich is reason enough for a new trial.\u201D';
    const quote = quoteWith(text, 'reason enough');
    expect(quote.text).toBe('which is reason enough for a new trial.');
    expect(quote.speaker?.name).toBe('Tomas Reyes');
  });

  it('GIVEN "Its general secretary, Mette Lind, said" after a union is named THEN her role is the union\u2019s', () => {
    const text =
      'The Harbour Pilots\u2019 Union said crews were stretched too thin. Its general secretary, Mette Lind, said shifts ran to 12 hours.\n\u201CNobody listened to us,\u201D Lind said.';
    expect(quoteWith(text, 'Nobody listened').speaker?.role).toBe('general secretary of Harbour Pilots\u2019 Union');
  });

  it('GIVEN "Harlow Foods\u2019s chief executive, Nadia Brent, said" THEN her role is the company\u2019s chief executive, and "the chief executive said" is her', () => {
    const text =
      'Harlow Foods\u2019s chief executive, Nadia Brent, apologised on Monday and said every shop would reopen.\nThe chief executive said the recall was \u201Cthe hardest week in our history.\u201D';
    const quote = quoteWith(text, 'hardest week');
    expect(quote.speaker?.name).toBe('Nadia Brent');
    expect(quote.speaker?.role).toBe('Harlow Foods\u2019s chief executive');
  });

  it('GIVEN a person described by a relative clause naming a company (Marlin, who joined the bank in 2021, said) THEN still a person: "he said" later is him', () => {
    const text =
      'Tobias Marlin apologised on Tuesday.\nOwner Samir Okafor said takings had halved.\n\u201CI had a queue and no way to pay,\u201D Okafor said.\nMarlin, who joined the bank in 2021, said a review would follow.\nAsked about job losses, he said it was \u201Ctoo early to talk about individuals.\u201D';
    expect(speakerOf(text, 'too early')).toBe('Tobias Marlin');
  });

  it('GIVEN "His lawyer, Ana Ruiz, said" after a person is named THEN her role is his lawyer, named', () => {
    const text =
      'Tomas Berg was jailed on Friday. His lawyer, Ana Ruiz, said he would appeal.\n\u201CThe jury never heard the alibi,\u201D Ruiz said.';
    expect(quoteWith(text, 'never heard').speaker?.role).toBe('Tomas Berg\u2019s lawyer');
  });

  it('GIVEN two verbs of one subject (Vale thanked Marlow\u2019s supporters and said\u2026) THEN the person, not the words before "and"', () => {
    const story = storyOf(
      'The club signed striker Idris Vale from Marlow Albion on Friday.\nAt his first news conference, Vale thanked Marlow\u2019s supporters and said he had never felt so welcome.',
    );
    const fact = story.entries.find((e) => e.kind === 'fact' && e.text.includes('never felt so welcome'));
    expect(fact?.speaker?.name).toBe('Idris Vale');
  });

  it('GIVEN a name with a clause of "which" (Vestra Airports, which owns Millrace, said) THEN a body: "the company said" after it is that body', () => {
    const text = [
      'Millrace Airport will close its only runway for six weeks from March, its operator said on Monday.',
      'Flights will move to Dunley for the closure, Vestra Airports, which owns Millrace, said in a statement.',
      '\u201CNo passenger will pay more to reach Dunley than to reach Millrace,\u201D the company said.',
    ].join('\n');
    expect(speakerOf(text, 'No passenger will pay more')).toBe('Vestra Airports');
  });

  it('GIVEN a relative clause between a body and its verb (The Harbour Traders Association, which represents\u2026, said) THEN the body', () => {
    const text =
      'The Harbour Traders Association, which represents about 300 shops, said the new parking fee \u201Cwill empty the high street by spring.\u201D';
    expect(speakerOf(text, 'empty the high street')).toBe('Harbour Traders Association');
  });

  it('GIVEN an appositive after a body named with "the" (The Harbour Traders Association, a trade group, said) THEN the body', () => {
    const text =
      'The Harbour Traders Association, a trade group, said the new parking fee \u201Cwill empty the high street by spring.\u201D';
    expect(speakerOf(text, 'empty the high street')).toBe('Harbour Traders Association');
  });

  it('GIVEN an age before the name after the verb (\u201C\u2026,\u201D said 9-year-old Nia Okoro, holding\u2026) THEN that person, with no age for a role', () => {
    const text =
      'The county office said the bridge would reopen in May.\n\u201CI walk the long way round every single day now,\u201D said 9-year-old Nia Okoro, holding her scooter.';
    const quote = quoteWith(text, 'long way round');
    expect(quote.speaker?.name).toBe('Nia Okoro');
    expect(quote.speaker?.role ?? null).toBeNull();
  });

  it('GIVEN a sentence opening with a title and a full name (Night-shift nurse Omar Reyes worked\u2026) THEN "he said" after it is that person', () => {
    const text = [
      '\u201CWe kept the generators running all night,\u201D said Dana Holt, the hospital director.',
      'Night-shift nurse Omar Reyes worked through the storm in the emergency ward.',
      '\u201CWe moved every patient upstairs by torchlight and nobody panicked,\u201D he said.',
    ].join('\n');
    const quote = quoteWith(text, 'by torchlight');
    expect(quote.speaker?.name).toBe('Omar Reyes');
    expect(quote.speaker?.role).toBe('Night-shift nurse');
  });

  it('GIVEN an office of the courts or the police before a full name (Senior coroner Ann Pryce) THEN "she said" after it is that person', () => {
    const text = [
      'Tomas Vell, 41, died at the scene after his van was hit by a train at the crossing.',
      'Senior coroner Ann Pryce recorded a conclusion of accidental death on Friday.',
      '\u201CThe barriers at this crossing have failed three times in a year,\u201D she said.',
    ].join('\n');
    const quote = quoteWith(text, 'barriers at this crossing');
    expect(quote.speaker?.name).toBe('Ann Pryce');
    expect(quote.speaker?.role).toBe('Senior coroner');
  });

  it('GIVEN a rank before a name (PC Iris Dole) and later the rank and surname (PC Dole said) THEN the person named in full', () => {
    const text = [
      'Collision investigator PC Iris Dole told the court the train had been travelling at 60mph.',
      '\u201CThe driver had no chance of stopping in that distance,\u201D PC Dole said.',
    ].join('\n');
    expect(speakerOf(text, 'no chance of stopping')).toBe('Iris Dole');
  });

  it('GIVEN "after a judge said" in the opening sentence and Judge Ines Varro named later THEN her words', () => {
    const text = [
      'A builder who faked safety certificates was jailed for six years on Monday, after a judge said he had treated buyers \u201Cas nothing more than a way to get paid.\u201D',
      'Judge Ines Varro told the court the homes had been unsafe from the day they were sold.',
    ].join('\n');
    expect(speakerOf(text, 'a way to get paid')).toBe('Ines Varro');
  });

  it('GIVEN an appositive that opens with an article (Dr. Ana Ruiz, a member of the board, told reporters) THEN the person', () => {
    const text =
      '\u201CThis is how shortages begin,\u201D Dr. Ana Ruiz, a member of the board and a signatory to the letter, told reporters.';
    expect(speakerOf(text, 'how shortages begin')).toBe('Ana Ruiz');
  });

  it('GIVEN a verb in a clause of its own (Residents laughed when he told them, \u201C\u2026\u201D) THEN the clause\u2019s subject, the person before', () => {
    const text =
      'Mayor Ben Ostrow defended the budget.\nResidents laughed when he told them, \u201CLook what I promised and look what I built.\u201D';
    expect(speakerOf(text, 'Look what I promised')).toBe('Ben Ostrow');
  });

  it('GIVEN a participle before the pronoun (Speaking through an interpreter he added) THEN the person, not the participle', () => {
    const text =
      'Director Kim Soo-yeon said the award was a surprise.\nSpeaking through an interpreter he added; \u201CThe whole crew earned this night together.\u201D';
    expect(speakerOf(text, 'whole crew earned')).toBe('Kim Soo-yeon');
  });

  it('GIVEN a participle of speech far from its subject (the council, which…, issued a statement warning that \u201C\u2026\u201D) THEN the council', () => {
    const text =
      'In a sign of strain, the Harbor Council, which runs the docks, issued a statement warning that \u201Cthe port cannot absorb more delays this winter.\u201D';
    expect(speakerOf(text, 'absorb more delays')).toBe('Harbor Council');
  });

  it('GIVEN a phrase quoted inside a sentence and a speaker right after it ("\u2026," Mr. Ortiz said) THEN him, not others the sentence names', () => {
    const text =
      'Engineer Luis Ortiz studied the covers.\nTo cut the risk, officials said, the city added lids that vent gas, \u201Cso pressure cannot build up underground,\u201D Mr. Ortiz said.';
    expect(speakerOf(text, 'pressure cannot build')).toBe('Luis Ortiz');
  });
});

describe('bodies, groups and documents', () => {
  it('GIVEN "X said it \u201Cdeeply regretted\u201D…" then \u201C…,\u201D the company said THEN X, not a body named before', () => {
    const text =
      'Save the Lune, a campaign group, said the fine was too small.\nIn a statement, Lune Valley Water said it \u201Cdeeply regretted\u201D the spill. \u201CWe let our customers down and we are sorry,\u201D the company said.';
    expect(speakerOf(text, 'let our customers down')).toBe('Lune Valley Water');
  });

  it('GIVEN "Norway\u2019s Road Safety Office said…" then "the office said" THEN the office, named without whose it is', () => {
    const text =
      'Norway\u2019s Road Safety Office said in a statement that it had been told of the fault in May. \u201CThe maker has done everything the law asks of it,\u201D the office said.';
    expect(speakerOf(text, 'done everything the law asks')).toBe('Road Safety Office');
  });

  it('GIVEN "The Data Protection Authority confirmed…" then "A spokeswoman for the regulator said:" THEN the authority', () => {
    const text =
      'The Data Protection Authority confirmed it had received a report from the firm. A spokeswoman for the regulator said: \u201CWe are making enquiries and will decide what to do next.\u201D';
    expect(speakerOf(text, 'We are making enquiries')).toBe('Data Protection Authority');
  });

  it('GIVEN "A spokeswoman for the Lyle Carers Network said: \u201C…\u201D" THEN the network, not a body called "… said"', () => {
    const text = 'A spokeswoman for the Lyle Carers Network said: \u201CEvery family deserves the same help wherever they live.\u201D';
    expect(speakerOf(text, 'Every family deserves')).toBe('Lyle Carers Network');
  });

  it('GIVEN "A Ministry of Justice spokesman said" beside a shadow justice secretary THEN the ministry, not the secretary', () => {
    const text =
      'Ola Brandt, the shadow justice secretary, called the deal a scandal.\nA Ministry of Justice spokesman said the deal stood. \u201CThe contract passed every check we have,\u201D the spokesman said.';
    expect(speakerOf(text, 'passed every check')).toBe('Ministry of Justice');
  });

  it('GIVEN "…in the capital, Velmora, the foreign ministry said" THEN the ministry, not the capital named before it', () => {
    const text =
      'In a statement issued in the capital, Velmora, the foreign ministry said the country \u201Cwill not give up an inch of its border\u201D.';
    expect(speakerOf(text, 'will not give up an inch')).toBe('foreign ministry');
  });

  it('GIVEN "the ministry said" where the article names the Velmoran foreign ministry THEN that ministry, by its fullest name', () => {
    const text =
      'The Velmoran foreign ministry summoned the ambassador on Monday. The ministry said the talks had \u201Cfailed through no fault of ours at all\u201D.';
    expect(speakerOf(text, 'failed through no fault')).toBe('Velmoran foreign ministry');
  });

  it('GIVEN "Norland\u2019s foreign ministry said" beside the Velmoran foreign ministry THEN Norland\u2019s, not the other', () => {
    const text =
      'The Velmoran foreign ministry summoned the ambassador on Monday. Norland\u2019s foreign ministry said the move was \u201Ca provocation we will answer in time\u201D.';
    expect(speakerOf(text, 'a provocation we will answer')).not.toBe('Velmoran foreign ministry');
  });

  it('GIVEN "The Corran Union of Head Teachers said" THEN the union, not a person called Teachers', () => {
    const text =
      'The Corran Union of Head Teachers said in a statement that it would study the plan. \u201CNo school can change its hours in a single term,\u201D the statement said.';
    expect(speakerOf(text, 'No school can change its hours')).toBe('Corran Union of Head Teachers');
  });

  it('GIVEN "A spokeswoman for the Friends of Hale Park, a volunteer group, said" THEN the Friends, described as a volunteer group', () => {
    const quote = quoteWith(
      'A spokeswoman for the Friends of Hale Park, a volunteer group, said members were \u201Cangry and let down by the council\u201D.',
      'angry and let down',
    );
    expect(quote.speaker?.name).toBe('Friends of Hale Park');
  });

  it('GIVEN a spokeswoman for a body, then \u201C…,\u201D she said THEN the body\u2019s words, not the person named before', () => {
    const text =
      'Councillor Ravi Dunn said the plan was the easy option.\nA spokeswoman for the Friends of Hale Park said members were upset. \u201CWe were promised only last year that the park was safe,\u201D she said.';
    expect(speakerOf(text, 'We were promised only last year')).toBe('Friends of Hale Park');
  });

  it('GIVEN "the nurses" after the article names Nurses for Safe Staffing THEN that body', () => {
    const text =
      'The nurses, members of a new group Nurses for Safe Staffing, wrote to the hospital.\n\u201CWe cannot cover every ward with this staff,\u201D the nurses stated.';
    expect(speakerOf(text, 'cover every ward')).toBe('Nurses for Safe Staffing');
  });

  it('GIVEN "the letter signed by nine nurses" after the nurses were found to be a body THEN the same body', () => {
    const text =
      'The nurses, members of a new group Nurses for Safe Staffing, wrote to the hospital.\n\u201CPatients are waiting hours for basic care,\u201D says the letter signed by nine nurses.';
    expect(speakerOf(text, 'waiting hours')).toBe('Nurses for Safe Staffing');
  });

  it('GIVEN "said a report from Halden Capital" THEN Halden Capital, the report\u2019s author', () => {
    const text = '\u201CThe rally has run ahead of earnings by a wide margin,\u201D said a report from Halden Capital.';
    expect(speakerOf(text, 'run ahead of earnings')).toBe('Halden Capital');
  });

  it('GIVEN an unnamed spokesperson after a body is the subject THEN the body', () => {
    const text =
      'Valmera Transit, part of the regional authority, did not reply. A spokesperson who asked not to be named said the agency was reviewing the plan.\n\u201CWe have no further comment at this time,\u201D the spokesperson said.';
    expect(speakerOf(text, 'no further comment')).toBe('Valmera Transit');
  });

  it('GIVEN "the league said" after the article names the Coastal Rowing League THEN that body, named in full', () => {
    const text =
      'The Coastal Rowing League, which sets the racing calendar, met on Friday.\n\u201CNo crew will race until the river is safe,\u201D the league said in a statement.';
    expect(speakerOf(text, 'No crew will race')).toBe('Coastal Rowing League');
  });

  it('GIVEN "A monitoring mission from the Baltic Voters League said" THEN the body that sent the mission speaks', () => {
    const text =
      'A monitoring mission from the Baltic Voters League said the count had been \u201Cslow but honest in every district.\u201D';
    expect(speakerOf(text, 'slow but honest')).toBe('Baltic Voters League');
  });

  it('GIVEN "Corvane Mills said it would close" THEN "the company said" later is Corvane Mills, a body that speaks of itself as it', () => {
    const text =
      'Corvane Mills said on Monday it would close its weaving plant in Ardley.\nWorkers gathered outside the gates on Tuesday.\n\u201CWe looked at every other option before this one,\u201D the company said.';
    expect(speakerOf(text, 'every other option')).toBe('Corvane Mills');
  });

  it('GIVEN companies in their legal form, one named again and again, a rival once THEN "the Leeds-based company said" and "the company said" are that one, not an index the article calls "its"', () => {
    const text = [
      'Shares in Harrier Logistics Ltd fell 12% on Tuesday after Harrier cut its forecast for the year.',
      'Rivals Osprey Freight Inc and Kite Haulage plc slid, dragging the Stoxx Transport Index to its lowest level since May.',
      'Harrier now expects profit of £60 million, the Leeds-based company said in a statement.',
      '\u201CWe are not cutting corners on safety to save money,\u201D the company said.',
    ].join('\n');
    expect(speakerOf(text, 'not cutting corners')).toBe('Harrier Logistics Ltd');
    const fact = storyOf(text).entries.find((e) => e.kind === 'fact' && e.text.includes('Leeds-based'));
    expect(fact?.speaker?.name).toBe('Harrier Logistics Ltd');
  });

  it('GIVEN "according to Dr. Ines Marlow, the club\u2019s doctor" THEN the source is the doctor named in full, not "Dr"', () => {
    const story = storyOf('Nine players were treated for cramp after the match, according to Dr. Ines Marlow, the club\u2019s doctor.');
    const fact = story.entries.find((e) => e.kind === 'fact' && e.text.includes('cramp'));
    expect(fact?.source).toMatchObject({ type: 'report', name: 'Dr. Ines Marlow' });
  });

  it('GIVEN a person named only after "according to" THEN a "she said" after it is hers', () => {
    const text =
      '\u201CWe trained for the heat all spring,\u201D said Tomas Berg, the coach.\nNine players were treated for cramp, according to Dr. Ines Marlow, the club\u2019s doctor. None needed a hospital, she said.';
    const fact = storyOf(text).entries.find((e) => e.kind === 'fact' && e.text.includes('None needed'));
    expect(fact?.speaker?.name).toBe('Ines Marlow');
  });

  it('GIVEN a body with a role that is no person\u2019s title (The operator, Varn Rail, said \u2026 that it) THEN "the company said" later is that body', () => {
    const text =
      'The operator, Varn Rail, said in a statement that it had checked every signal on the line.\n\u201COur thoughts are with the families of those who died,\u201D the company said.';
    expect(speakerOf(text, 'Our thoughts')).toBe('Varn Rail');
  });

  it('GIVEN one company the article introduces as such (the food company Ostra) THEN "the company said" is it', () => {
    const text =
      'A regulator fined the food company Ostra 12 million euros on Friday.\nThe company said in a statement that it \u201Cdisagrees with every part of the decision.\u201D';
    expect(speakerOf(text, 'every part of the decision')).toBe('Ostra');
  });

  it('GIVEN no company introduced as one, and one name its own clause calls "its" (Velmar Textiles … its mill) THEN "the company said" is it', () => {
    const text =
      'The largest employer in town, Velmar Textiles, closed its mill in Dunhope for a week after a boiler failed.\nThe company said in a statement that the mill would reopen \u201Conce every boiler has passed a full inspection.\u201D';
    expect(speakerOf(text, 'every boiler has passed')).toBe('Velmar Textiles');
  });

  it('GIVEN two names their clauses call "its" THEN "the company said" is neither: it stays a description', () => {
    const text =
      'Velmar Textiles closed its mill in Dunhope for a week. Orrin Dyeworks shut its works too.\nThe company said in a statement that the mill would reopen \u201Conce every boiler has passed a full inspection.\u201D';
    expect(speakerOf(text, 'every boiler has passed')).not.toMatch(/Velmar|Orrin/u);
  });

  it('GIVEN one company introduced by another word for one (budget carrier Skyvale) THEN "the airline said" is it', () => {
    const text =
      'Searchers found wreckage of the plane on Monday.\nThe airline said families would be met by \u201Ca team of care workers assigned to each of them.\u201D\nThe budget carrier Skyvale has flown the route since 2009.';
    expect(speakerOf(text, 'care workers')).toBe('Skyvale');
  });

  it('GIVEN one company introduced as an operator (bus operator Hallow Coaches) THEN "the company said" is it', () => {
    const text =
      'Bus operator Hallow Coaches said its routes had slowed by a fifth.\nIn a statement, the company said the plan would \u201Cgive riders a faster trip into town.\u201D';
    expect(speakerOf(text, 'faster trip into town')).toBe('Hallow Coaches');
  });

  it('GIVEN "the handler said" after a named person spoke earlier in the paragraph THEN that person, as no one else is the handler', () => {
    const text =
      'The pup arrived at the centre in June, said Ines Talbot, who runs its rescue programme.\nTalbot said the pup had settled well. \u201CHe eats twice what his brother does, and he sleeps through the night,\u201D the handler said.';
    expect(speakerOf(text, 'eats twice what')).toBe('Ines Talbot');
  });

  it('GIVEN "Tarn Crest\u2019s administrator, the restructuring firm Ostby Marsh, said" and then "the firm said" THEN Ostby Marsh, a body', () => {
    const text =
      "Tarn Crest's court-appointed administrator, the restructuring firm Ostby Marsh, said in a statement that it was talking to two buyers. \u201COur priority is to see every creditor repaid,\u201D the firm said.";
    const quote = quoteWith(text, 'every creditor repaid');
    expect(quote.speaker?.name).toBe('Ostby Marsh');
    expect(quote.speaker?.kind).toBe('organisation');
  });

  it('GIVEN "Norra Optics said in a statement that its new lens had passed" and then "the company said" THEN Norra Optics', () => {
    const text =
      'The footage will be stored by the data company Vestro, the ministry said.\n' +
      'Norra Optics said in a statement that its new lens had passed every safety test. \u201CNo image will leave the country, and no one here can see it,\u201D the company said.';
    expect(speakerOf(text, 'No image will leave')).toBe('Norra Optics');
  });

  it('GIVEN a paragraph opening with a quote by "the baker" after a paragraph where a named person spoke THEN that person', () => {
    const text =
      'Omar Reyes, who runs a bakery on Mill Lane, said the rent rise would close small shops.\n\u201CNobody can sell bread at a loss for long, not on this street,\u201D the baker said.';
    expect(speakerOf(text, 'sell bread at a loss')).toBe('Omar Reyes');
  });

  it('GIVEN "the handler said" with no one named speaking before it in the paragraph THEN it stays a description', () => {
    const text =
      'The pup arrived at the centre in June.\n\u201CHe eats twice what his brother does, and he sleeps well,\u201D the handler said.';
    expect(speakerOf(text, 'eats twice what')).toBe('handler');
  });

  it('GIVEN two companies introduced as such THEN "the company said" stays a description, no guess between them', () => {
    const text =
      'The tech company Ostra and the food company Pellor settled on Friday.\n\u201CWe are glad this is behind us at last,\u201D the company said.';
    expect(speakerOf(text, 'glad this is behind us')).toBe('company');
  });

  it('GIVEN someone who "said in a statement" THEN "the statement said" later is theirs', () => {
    const text =
      'Pellor Bank said in a statement that it would appeal the fine.\n\u201CWe have always kept our customers\u2019 data safe and private,\u201D the statement said.';
    expect(speakerOf(text, 'always kept')).toBe('Pellor Bank');
  });

  it('GIVEN "Among the claimants is <full name>, …" after another speaker THEN "she told reporters" is the one named there', () => {
    const text = [
      '\u201CThe fault was fixed within a week,\u201D said Tomas Reiter, the firm\u2019s lawyer.',
      'Among the claimants is Mirela Dunst, 44, a bus driver from Harwick, who says the device failed while she was driving.',
      '\u201CI could not hear the traffic around me for an hour,\u201D she told reporters outside the court.',
    ].join('\n\n');
    expect(speakerOf(text, 'could not hear the traffic')).toBe('Mirela Dunst');
  });

  it('GIVEN "In a statement, X said…" (the document before its speaker) THEN "the statement said" later is X\u2019s', () => {
    const text =
      'In a statement, Pellor Bank said it had hired auditors to check every account.\n\u201CWe will pay back every customer who lost money,\u201D the statement said.';
    expect(speakerOf(text, 'pay back every customer')).toBe('Pellor Bank');
  });

  it('GIVEN a body described as a company in an appositive (Morrow Hale Underwriters, the gallery\u2019s insurers) THEN "the firm said" later is that body', () => {
    const text =
      'The gallery\u2019s insurers, Morrow Hale Underwriters, said on Tuesday that they would pay for the repairs.\nThe firm said the cover was \u201Cnever in doubt, whatever the police find.\u201D';
    expect(speakerOf(text, 'never in doubt')).toBe('Morrow Hale Underwriters');
  });

  it('GIVEN a person with a role who "said it would…" THEN she stays a person: "the company said" is not her', () => {
    const text =
      'Ines Tarrow, the plant manager, said on Monday it would take weeks to move the looms.\n\u201CWe looked at every other option before this one,\u201D the company said.';
    expect(speakerOf(text, 'every other option')).not.toBe('Ines Tarrow');
  });

  it('GIVEN "the playhouse said" when the article names one thing so (the Brightwater Playhouse) THEN that thing speaks', () => {
    const text =
      'Fire crews fought a blaze at the Brightwater Playhouse on Tuesday night.\nThe Friends of Brightwater Playhouse set up a fundraising page.\nThe playhouse said in a statement that \u201Cevery ticket holder will be paid back within a fortnight.\u201D';
    expect(speakerOf(text, 'every ticket holder')).toBe('Brightwater Playhouse');
  });

  it('GIVEN a sentence opening with a surname and a clause set off by commas (Garvie, closing up the shop, was calm.) THEN a "she said" after it is hers', () => {
    const text = [
      'Jonah Pike, the harbour master, said the last boat had left. Nell Garvie runs the harbour shop.',
      'Pike said he would help.',
      'Garvie, closing up the shop, was calm. \u201CWe have been through storms before and we always get through,\u201D she said.',
    ].join('\n\n');
    expect(speakerOf(text, 'through storms before')).toBe('Nell Garvie');
  });

  it('GIVEN "Outside court, Vance\u2019s brother, Piotr Vance, read a statement" THEN a "he said" after it is his', () => {
    const text = [
      'Detective Sergeant Omar Lind, who led the inquiry, said the case was a warning. \u201CSafety is not paperwork,\u201D he said.',
      'Outside court, Vance\u2019s brother, Piotr Vance, read a statement. \u201CThey went to sleep in a home they paid for,\u201D he said.',
    ].join('\n\n');
    expect(speakerOf(text, 'went to sleep in a home')).toBe('Piotr Vance');
  });

  it('GIVEN a passive naming its agent (That view was shared by Dev Okoro) THEN a "he said" after it is his', () => {
    const story = storyOf(
      'Councillor Ana Beck said the theatre was the heart of the street.\nThat view was shared by Dev Okoro, who runs the bakery next door.\nOn show nights, he said, takings are double those of other nights.',
    );
    const fact = story.entries.find((e) => e.kind === 'fact' && e.text.includes('takings are double'));
    expect(fact?.speaker?.name).toBe('Dev Okoro');
  });

  it('GIVEN "the college said" when the article names two colleges THEN the description, not a guess between them', () => {
    const text =
      'Students of Harlow College and of Brennan College marched on Friday.\n\u201CWe will meet the students next week,\u201D the college said.';
    expect(speakerOf(text, 'meet the students')).toBe('college');
  });

  it('GIVEN "“…,” the agency said" after a named body spoke (the Rowing Integrity Board) THEN that body, the article naming no agency', () => {
    const text =
      'The Rowing Integrity Board, which had asked for a longer ban, said it accepted the ruling. \u201CEvery rower answers for what they take,\u201D the agency said.';
    expect(speakerOf(text, 'Every rower answers')).toBe('Rowing Integrity Board');
  });

  it('GIVEN a body speaking by its initialism (RIB) that the article spells out (the Rowing Integrity Board) THEN the name spelled out', () => {
    const text =
      'A panel of the Rowing Integrity Board banned Lena Vos in March.\n\u201CWe will not appeal a ruling we asked for,\u201D RIB said on Friday.';
    expect(speakerOf(text, 'We will not appeal')).toBe('Rowing Integrity Board');
  });

  it('GIVEN a body described with its article (The French trade ministry said) THEN it is named without it', () => {
    const text = 'The French trade ministry said it \u201Cregrets any decision that harms open markets.\u201D';
    expect(speakerOf(text, 'regrets any decision')).toBe('French trade ministry');
  });
});

describe('quotations with no attribution of their own', () => {
  it('GIVEN a question the article puts (What did Okafor say after the meeting?) and then a quotation THEN Okafor\u2019s words', () => {
    const text =
      'Council member Ruth Okafor voted no.\nWhat did Okafor say after the meeting?\n\u201CWe rushed this, and the residents will pay for it.\u201D';
    expect(speakerOf(text, 'We rushed this')).toBe('Ruth Okafor');
  });

  it('GIVEN a paragraph of quotation alone after reported speech (Okafor said the plan was rushed.) THEN her words', () => {
    const text =
      'Marco Bell praised the plan.\nRuth Okafor said the plan was rushed and would cost more than promised.\n\u201CNobody read the final draft before the vote.\u201D';
    expect(speakerOf(text, 'Nobody read the final draft')).toBe('Ruth Okafor');
  });
});

describe('which pattern settled each quote', () => {
  it('GIVEN "“…,” X said", then a quote after it in the same paragraph, then a paragraph of quotation alone THEN each its pattern', () => {
    const story = storyOf(
      'Ruth Okafor chairs the board.\n\u201CWe rushed this vote badly,\u201D Okafor said. \u201CNobody read the draft.\u201D\n\u201CIt will cost us for years.\u201D',
    );
    const by = (words: string) => story.entries.find((e) => e.kind === 'quote' && e.text.includes(words))?.attributedBy;
    expect(by('rushed this vote')).toBe('speaker after the quote');
    expect(by('Nobody read')).toBe('another quote of the paragraph');
    expect(by('cost us for years')).toBe('speaker of the paragraph before');
  });
});

describe('what is no quotation and no fact', () => {
  it('GIVEN a title in marks before a role (\u201CHarbor Lights\u201D director Ana Mori said\u2026) THEN no quote of the title', () => {
    const story = storyOf('\u201CHarbor Lights\u201D director Ana Mori said the award came as a surprise to the whole crew.');
    expect(story.entries.filter((e) => e.kind === 'quote')).toEqual([]);
  });

  it('GIVEN a phrase in lower case in marks (the chamber \u201Cstrongly supports\u201D the plan) THEN still a partial quote', () => {
    const story = storyOf('The Dunmore Chamber of Commerce said in a statement that it \u201Cstrongly supports\u201D the plan.');
    expect(story.entries.some((e) => e.kind === 'quote' && e.partial)).toBe(true);
  });

  it('GIVEN a subhead (Rental market is hot) or a question the article puts THEN neither is a fact', () => {
    const story = storyOf('Prices fell again in May.\nRental market is hot\nWhat did the landlords say?\nRents rose by 8% over the year.');
    const facts = story.entries.filter((e) => e.kind === 'fact').map((e) => e.text);
    expect(facts).toEqual(['Prices fell again in May.', 'Rents rose by 8% over the year.']);
  });
});

describe('who a pronoun and a bare description point back to', () => {
  it('GIVEN "She said" after Mr Tarrant spoke and Ms Okonjo was named before him THEN Ms Okonjo, the last person "she" agrees with', () => {
    const text =
      '\u201CWe waited four hours at the terminal and nobody came to help us,\u201D Ms Okonjo said.\n' +
      '\u201CPolicies bought after the storm was named will not pay out at all,\u201D Mr Tarrant said.\n' +
      'For Ms Okonjo, a flight home through Lisbon was too dear.\n' +
      '\u201CWe will stay put and wait for the ferry to run again next week,\u201D she said.';
    const story = `Grace Okonjo, a Leeds mother of two, was stranded with her family. Paul Tarrant, who runs a travel agency, gave advice.\n${text}`;
    expect(speakerOf(story, 'We will stay put')).toBe('Grace Okonjo');
  });

  it('GIVEN "he said" after the airline\u2019s chairwoman, and a Perth father named before her THEN him, the last person "he" agrees with', () => {
    const text =
      '\u201CThe board went blank and nobody told us a thing,\u201D said Liam Doyle, a Perth father of three.\nAna Prieto, the airline\u2019s chairwoman, apologised to passengers.\n' +
      '\u201CWe have been sleeping on the airport floor since Tuesday night,\u201D he said.';
    expect(speakerOf(text, 'sleeping on the airport floor')).toBe('Liam Doyle');
  });

  it('GIVEN "“…,” the spokesperson said" after "A Skylane spokesperson said" THEN Skylane, not the body named before it', () => {
    const text =
      'The Civil Aviation Safety Authority grounded the fleet on Monday.\n' +
      'A Skylane spokesperson said flights would resume on Friday.\n' +
      '\u201CThe safety of our passengers comes before any timetable we publish,\u201D the spokesperson said.';
    expect(speakerOf(text, 'safety of our passengers')).toBe('Skylane');
  });
});

describe('a body and a clause about it before the verb', () => {
  it('GIVEN "The county council, which runs 40 routes, said in a statement: \u2018\u2026\u2019" THEN the county council, not the last person quoted', () => {
    const text =
      '\u2018The bus never came and I was stood there in the rain,\u2019 said Maud Tibbs.\n' +
      'The county council, which runs 40 routes at a cost of \u00A36m a year, said in a statement: \u2018We will keep every village connected during the handover.\u2019';
    expect(speakerOf(text, 'keep every village')).toBe('county council');
  });
});

describe('a name spelled out with commas before its initialism', () => {
  it('GIVEN "A spokesperson for the Department for Rivers, Canals and Ports (DRCP) said: \u201C\u2026\u201D" THEN the department, commas and all', () => {
    const text =
      'A spokesperson for the Department for Rivers, Canals and Ports (DRCP) said: \u201CDecisions about single moorings are for the local boards to take.\u201D';
    expect(speakerOf(text, 'single moorings')).toBe('Department for Rivers, Canals and Ports');
  });

  it('GIVEN "the Department for Rivers, Canals and Ports (DRCP) said" THEN the department too', () => {
    const text =
      '\u201CEvery lock on the canal will be checked before the spring,\u201D the Department for Rivers, Canals and Ports (DRCP) said in a statement.';
    expect(speakerOf(text, 'Every lock')).toBe('Department for Rivers, Canals and Ports');
  });

  it('GIVEN the initialism written as a word ("the Department for Rivers, Canals and Ports (Drcap) said") THEN the department, commas kept', () => {
    const text =
      '\u201CEvery lock on the canal will be checked before the spring,\u201D the Department for Rivers, Canals and Ports (Drcap) said in a statement.';
    expect(speakerOf(text, 'Every lock')).toBe('Department for Rivers, Canals and Ports');
  });
});

describe('titles the article itself uses as nouns', () => {
  it('GIVEN "Grandmaster Daniel Osei" in an article that speaks of "grandmasters" THEN the speaker is Daniel Osei, Grandmaster his role', () => {
    const text =
      'Three grandmasters withdrew from the open.\nGrandmaster Daniel Osei of Accra said he had seen it coming.\n' +
      '\u201CHe would leave the hall after every single move and come back smiling,\u201D said Osei.';
    const quote = quoteWith(text, 'leave the hall');
    expect([quote.speaker?.name, quote.speaker?.role]).toEqual(['Daniel Osei', 'Grandmaster of Accra']);
  });

  it('GIVEN "Rose Ann Tully" in an article where prices "rose" THEN the whole name (a singular lower-case use makes no title)', () => {
    const text =
      'Prices rose again in May.\nThe bakery is run by Rose Ann Tully.\n\u201CWe cannot pass the cost on to anyone at all,\u201D said Tully.';
    expect(speakerOf(text, 'pass the cost')).toBe('Rose Ann Tully');
  });
});

describe('what a written thing reads', () => {
  it('GIVEN "A handwritten sign taped to the door read: \u201C\u2026\u201D" THEN the words are the sign\u2019s, not a clause\u2019s with its verb', () => {
    const quote = quoteWith('A handwritten sign taped to the door read: \u201CNo ferries until further notice, sorry.\u201D', 'No ferries');
    expect(quote.speaker?.name).toBe('a handwritten sign');
  });
});

describe('a clause whose "that" is left out', () => {
  it('GIVEN "…, a move critics say amounts to a tax" THEN no source named "a move critics": the sentence is no one\u2019s words', () => {
    const story = storyOf('The trust began charging $18 a day to park, a move critics say amounts to a tax on the sick.');
    expect(story.entries[0]!.speaker?.name ?? null).toBeNull();
  });

  it('GIVEN "…, a decision Brackwater says will cost jobs" THEN the words are Brackwater\u2019s', () => {
    const story = storyOf('Brackwater Cruising runs 62 boats.\nThe council refused the plan, a decision Brackwater says will cost jobs.');
    expect(story.entries[1]!.speaker?.name).toBe('Brackwater Cruising');
  });
});

describe('a participle after a comma', () => {
  it('GIVEN "She declined to say when the ferry would be ready, saying…" THEN the sentence\u2019s subject says it, not the clause before', () => {
    const story = storyOf(
      '\u201CThe hull is finished and the engines arrive in spring,\u201D said Ada Brill, head of the Kestrel shipyard.\n' +
        'She declined to say when the ferry would be ready for Harbor Line crossings, saying it would depend on the sea trials.',
    );
    const fact = story.entries.find((e) => e.kind === 'fact' && e.text.startsWith('She declined'));
    expect(fact?.speaker?.name).toBe('Ada Brill');
  });

  it('GIVEN "The inquest heard that Dr Ivo Marsh had sent an email, warning that…" THEN the words are his, not the inquest\u2019s', () => {
    const text =
      'The inquest heard that Dr Ivo Marsh had sent an email to the trust, warning that the ward was \u201Cone bad night away from a tragedy\u201D.';
    expect(speakerOf(text, 'one bad night away')).toBe('Ivo Marsh');
  });

  it('GIVEN "…that Mrs Hale had written a letter, explaining that…" and two Hales named in full THEN neither is given the words', () => {
    const text =
      'Ada Hale left the farm to a neighbour. Her son, Tom Hale, said he would appeal.\nThe court heard that Mrs Hale had written a letter, explaining that her children visited \u201Conce or twice in ten years\u201D.';
    const speakers = storyOf(text)
      .entries.filter((e) => e.kind === 'quote' && e.text.includes('once or twice'))
      .map((e) => e.speaker?.name);
    expect(speakers).not.toContain('Tom Hale');
  });
});

describe('bodies and titles as British and union copy write them', () => {
  it('GIVEN "the Amalgamated Harbour Pilots union" and then "Pilots, she said," THEN the words are the person last named, not the union', () => {
    const text =
      'Nell Arkwright, who leads the Amalgamated Harbour Pilots union, spoke at the quay.\n' +
      'Arkwright rejected that. Pilots, she said, were being told \u201Cto work longer shifts for the same pay.\u201D';
    expect(speakerOf(text, 'to work longer shifts')).toBe('Nell Arkwright');
  });

  it('GIVEN "the Tom Brady administration" THEN the name stays a person\u2019s (a body named after its leader)', () => {
    const text =
      'Officials of the Tom Brady administration met on Monday.\n' +
      'Tom Brady said: \u201CWe will not cut the ferry service this winter.\u201D';
    expect(speakerOf(text, 'not cut the ferry')).toBe('Tom Brady');
  });

  it('GIVEN a title abbreviated without a full stop ("Det Insp Mara Quinn") THEN the speaker is Mara Quinn, her role the title', () => {
    const quote = quoteWith('Det Insp Mara Quinn told reporters: \u201CWe are keeping an open mind about the cause.\u201D', 'open mind');
    expect(quote.speaker?.name).toBe('Mara Quinn');
    expect(quote.speaker?.role).toBe('Det Insp');
  });

  it('GIVEN an initialism written as a word in brackets after its name ("(Cefas)") THEN "a Cefas spokesperson" speaks for the body named in full', () => {
    const text =
      'The Centre for Environment, Fisheries and Aquaculture Science (Cefas) tested the water on Monday.\n' +
      'A Cefas spokesperson said: \u201CThe samples show no sign of the toxin so far.\u201D';
    expect(speakerOf(text, 'no sign of the toxin')).toBe('Centre for Environment, Fisheries and Aquaculture Science');
  });

  it('GIVEN a word whose letters happen to begin a body\u2019s words, never given in brackets after it THEN it is not that body', () => {
    const text =
      'The Centre for Environment, Fisheries and Aquaculture Science tested the water on Monday.\n' +
      'Cefas said: \u201CThe samples show no sign of the toxin so far.\u201D';
    expect(speakerOf(text, 'no sign of the toxin')).toBe('Cefas');
  });
});

describe('names, ages and offices as regional and wire copy write them', () => {
  it('GIVEN initials run together before a surname ("said K.S. Ramappa, president of…") THEN the speaker is K.S. Ramappa, not "K"', () => {
    const text =
      '\u201CWe have waited eight long months for our money,\u201D said K.S. Ramappa, president of the growers\u2019 association.';
    expect(speakerOf(text, 'eight long months')).toBe('K.S. Ramappa');
  });

  it('GIVEN "the 17-year-old said" after a paragraph that names a student THEN the words are the student\u2019s', () => {
    const text =
      'Ivo Pettit, a sixth-form student from Harwell, said about 40 pupils took the bus each morning.\n' +
      '\u201CSome of my friends will have to leave the college if it goes,\u201D the 17-year-old said.';
    expect(speakerOf(text, 'leave the college')).toBe('Ivo Pettit');
  });

  it('GIVEN "the office of the Fisheries Commissioner said" beside a Deputy Commissioner THEN the office speaks, not the deputy', () => {
    const text =
      'Deputy Commissioner Mira Soll met the boat owners on Monday.\n' +
      'The office of the Fisheries Commissioner said it had \u201Cordered the harbour board to publish its accounts\u201D by May.';
    expect(speakerOf(text, 'ordered the harbour board')).toBe('Fisheries Commissioner');
  });

  it('GIVEN a company\u2019s plural possessive before a role, then the name ("Harbour Lines\u2019 managing director, Jo Pike,") THEN the role is kept', () => {
    const text =
      'Harbour Lines\u2019 managing director, Jo Pike, told the radio station: \u201CWe ran these ferries at a loss for years.\u201D';
    const quote = quoteWith(text, 'at a loss');
    expect(quote.speaker?.name).toBe('Jo Pike');
    expect(quote.speaker?.role).toBe('Harbour Lines\u2019 managing director');
  });
});

describe('a title word that is also a given name', () => {
  it('GIVEN "Inspector Dean Moretti" and later "Inspector Moretti" THEN the speaker is Dean Moretti, an inspector', () => {
    const text =
      'Inspector Dean Moretti said officers had been called to the road four times.\n' +
      '\u201CIf someone ends up in that gully, we are risking the lives of the rescuers too,\u201D Inspector Moretti said.';
    const quote = quoteWith(text, 'ends up in that gully');
    expect(quote.speaker?.name).toBe('Dean Moretti');
    expect(quote.speaker?.role).toBe('Inspector');
  });

  it('GIVEN "Chief Inspector Moretti" alone THEN Chief Inspector stays the title', () => {
    const text = '\u201CWe are risking the lives of the rescuers too,\u201D Chief Inspector Moretti said.';
    expect(quoteWith(text, 'risking the lives').speaker?.role).toBe('Chief Inspector');
  });
});

describe('sport, politics and wire copy', () => {
  it('GIVEN "Substitute Rory Pask sealed the win" and later "said Pask" THEN the speaker is Rory Pask, a substitute', () => {
    const text =
      'Substitute Rory Pask sealed the win with a tap-in three minutes from time.\n' +
      '\u201CI was only on the pitch for ten minutes, but I will take that goal,\u201D said Pask, who had been out injured.';
    const quote = quoteWith(text, 'only on the pitch');
    expect(quote.speaker?.name).toBe('Rory Pask');
    expect(quote.speaker?.role).toBe('Substitute');
  });

  it('GIVEN "…, writing on X that the spring was \u201C…\u201D" THEN the quoted words are the writer\u2019s', () => {
    const text =
      'Oliver Brandt, the shadow housing secretary, criticised the delay on Monday.\n' +
      'Brandt later returned to the attack, writing on X that the spring was \u201Cwhen the heating goes off anyway\u201D and that ministers had run out of excuses.';
    expect(speakerOf(text, 'heating goes off')).toBe('Oliver Brandt');
  });

  it('GIVEN "\u2026, according to a transcript of his remarks" after "Ardan told the broadcaster" THEN the words are Ardan\u2019s, not the transcript\u2019s', () => {
    const text =
      'Foreign Minister Pavel Ardan told the state broadcaster late on Friday that his government wanted \u201Ca ceasefire that is watched, not just promised\u201D, according to a transcript of his remarks.';
    expect(speakerOf(text, 'a ceasefire that is watched')).toBe('Pavel Ardan');
  });

  it('GIVEN "Analysis by the Hearthstone Institute, a thinktank, suggests\u2026" then "Its director, Nadia Fenwick," THEN she directs the institute, not the analysis', () => {
    const text =
      'Analysis by the Hearthstone Institute, a thinktank that studies fuel poverty, suggests the delay will cost households \u00A3310 a year.\n' +
      'Its director, Nadia Fenwick, said: \u201CThe government is right to worry about quality but wrong to wait.\u201D';
    const quote = quoteWith(text, 'right to worry');
    expect(quote.speaker?.name).toBe('Nadia Fenwick');
    expect(quote.speaker?.role).toContain('director of Hearthstone Institute');
  });
});

describe('a possessive after an honorific', () => {
  it('GIVEN "Mrs Ellery\u2019s family described her as \u2018…\u2019" THEN the family speaks, not a person called "Ellery\u2019s"', () => {
    const text = 'Mrs Ellery\u2019s family described her as \u201Cthe centre of everything we ever did together\u201D.';
    expect(speakerOf(text, 'centre of everything')).toBe('Mrs Ellery\u2019s family');
  });
});

describe('an unnamed source introduced with "a"', () => {
  it('GIVEN "A Western diplomat familiar with the talks told reporters…" then "…, the diplomat said" THEN one speaker, the diplomat first introduced', () => {
    const text =
      'A Western diplomat familiar with the talks told reporters the two sides remained far apart.\n' +
      'The artillery question was \u201Cthe easy part of the whole negotiation\u201D, the diplomat said.';
    expect(speakerOf(text, 'the easy part')).toBe('a Western diplomat familiar with the talks');
  });
});

describe('an age before what someone is', () => {
  it('GIVEN "Angela Torres, 61, a medical billing clerk who rides the train," THEN her role is what she is, without her age', () => {
    const text =
      'Angela Torres, 61, a medical billing clerk who rides the train from Parma, waited for a ride.\n' +
      '\u201CI have never seen the platform this empty in twenty years,\u201D Torres said.';
    expect(quoteWith(text, 'platform this empty').speaker?.role).toBe('a medical billing clerk');
  });
});

describe('a full name only inside a possessive', () => {
  it('GIVEN "Prime Minister Tomas Veldre\u2019s party" and then "Veldre said" THEN the speaker is Tomas Veldre, named in full', () => {
    const text =
      'The vote ended eight years of rule by Prime Minister Tomas Veldre\u2019s Social Democratic Union.\n' +
      'Veldre, 58, conceded defeat, saying his party would \u201Crespect the will of the voters without reservation\u201D.';
    expect(speakerOf(text, 'respect the will')).toBe('Tomas Veldre');
  });
});

describe('a company known by its chief executive', () => {
  it('GIVEN "Lune Water said…" and later "Lune Water\u2019s chief executive" THEN "the company said" is Lune Water', () => {
    const text =
      'Lune Water said in a statement that the failure had been caused by an electrical fault.\n' +
      'The company said it had sent tankers to the site and was \u201Ccarrying out water quality tests downstream\u201D.\n' +
      'A councillor wrote to Lune Water\u2019s chief executive, Martin Greaves, to ask for a meeting.';
    expect(speakerOf(text, 'carrying out water quality')).toBe('Lune Water');
  });
});

describe('counsel in British court reports', () => {
  it('GIVEN "Jeremy Lambeth, defending, said" THEN he is defence counsel', () => {
    const text =
      'In mitigation, Jeremy Lambeth, defending, said his client was \u201Cgenuinely and profoundly remorseful for the harm\u201D.';
    expect(quoteWith(text, 'profoundly remorseful').speaker?.role).toBe('defence counsel');
  });
});

describe('an assembly member titled by an initialism', () => {
  it('GIVEN "Kelvedon Ward MCA Ruth Njeri" THEN Ruth Njeri, her role the ward and the initialism', () => {
    const text = [
      'Kelvedon Ward MCA Ruth Njeri, who chaired the meeting, said she would write to the ministry.',
      '\u201CThese families have waited three years for a clinic and they will not wait another,\u201D said Ms Njeri.',
    ].join('\n\n');
    const quote = quoteWith(text, 'waited three years');
    expect(quote.speaker?.name).toBe('Ruth Njeri');
    expect(quote.speaker?.role).toBe('Kelvedon Ward MCA');
  });
});
