import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NoArticleError, readArticlePage, withoutSiteName } from '../../src/story/readArticlePage.js';
import { decodePage } from '../../src/web/decodePage.js';
import { ROOT } from '../paths.js';

/** Pages we wrote ourselves, in the markup news sites use: navigation, captions, related links, JSON-LD. */
function page(name: string): string {
  return readFileSync(join(ROOT, 'test', 'fixtures', 'pages', name), 'utf8');
}

const FERRY_PARAGRAPHS = [
  'ALDER BAY \u2014 The passenger ferry between Alder Bay and Kestrel Island will keep sailing through the winter for the first time in eleven years, after the town council voted 6-3 on Monday night to fund two extra crews.',
  'The decision ends a long campaign by island residents, who said the four-month gap in service left them cut off from the mainland\u2019s clinic, schools and grocery stores.',
  '\u201CWe have waited a decade for somebody to say yes,\u201D said Irene Castell, who chairs the Kestrel Island Residents\u2019 Association. \u201CTonight somebody finally did.\u201D',
  'How the service will be paid for',
  'The extra sailings will cost about $1.4 million a year, according to a report by the town\u2019s finance department. Half will come from a rise in the parking fee at the mainland terminal, and the rest from the harbour reserve fund.',
  'Councillor Dev Anand, who voted against the plan, said the reserve fund was meant for repairs to the breakwater. \u201CWe are spending the money we put aside for the next storm,\u201D he said.',
  'Winter timetable:',
  'Weekdays: six return sailings',
  'Weekends: four return sailings',
  'Mayor Lena Fischer said the ferry operator, Bayline Marine, had agreed to hire local deckhands first. The first winter sailing is scheduled for Dec. 1.',
  'The winter ferry is funded. See you on the dock, Kestrel Island.',
  '\u2014 Lena Fischer (@MayorFischer) November 3, 2025',
  'Island resident Paul Mendes, 71, said he would believe it when he saw the boat at the dock in January.',
];

describe('readArticlePage on a whole news page', () => {
  const ferry = readArticlePage(page('ferry-winter.html'));

  it('GIVEN a page with navigation, a header, captions, share buttons, related links and a footer THEN exactly the article paragraphs, in order', () => {
    expect(ferry.paragraphs).toEqual(FERRY_PARAGRAPHS);
  });

  it('GIVEN JSON-LD with two authors and og: tags THEN the headline, the byline, the date as written and the outlet', () => {
    expect(ferry.meta).toEqual({
      title: 'Alder Bay ferry to run through winter after council vote',
      byline: 'Maya Okafor and Tom Reyes',
      published: '2025-11-03',
      outlet: 'The Alder Bay Courier',
    });
    expect(ferry.problems).toEqual([]);
  });

  it('GIVEN the photo caption, its credit, the "Read more" link, the newsletter prompt and the author bio THEN each is left out, saying why', () => {
    const reasonOf = (start: string) => ferry.leftOut.find((l) => l.text.startsWith(start))?.reason;
    expect(reasonOf('The ferry Kestrel Star leaves')).toBe('<figure>');
    expect(reasonOf('Photo: Sam Whitley')).toBe('class "credit"');
    expect(reasonOf('Read more: Breakwater')).toBe('prompt');
    expect(reasonOf('Sign up for the Courier')).toBe('prompt');
    expect(reasonOf('Maya Okafor is a reporter')).toBe('author bio');
    expect(reasonOf('Islanders have asked')).toBe('<header>');
    expect(reasonOf('Home')).toBe('<nav>');
  });

  it('GIVEN a no-break space inside a quote THEN one ordinary space', () => {
    expect(ferry.paragraphs.join(' ')).not.toMatch(/\u00A0/u);
  });

  it('GIVEN the same page with every line break inside the text turned into a space THEN the same paragraphs', () => {
    expect(readArticlePage(page('ferry-winter.html').replace(/\n\s*/gu, ' ')).paragraphs).toEqual(FERRY_PARAGRAPHS);
  });
});

describe('readArticlePage on a minified page whose paragraphs are divs', () => {
  const market = readArticlePage(page('market-hall-minified.html'));

  it('GIVEN no line break anywhere THEN one paragraph per div, per <br><br> and per table cell', () => {
    expect(market.paragraphs).toEqual([
      'The Riverside market hall will reopen to traders on April 2, seven months after a storm tore away part of its roof, the city\u2019s property office said on Friday.',
      'Forty-two of the hall\u2019s fifty stalls have been taken again, most of them by traders who sold there before the storm. The other eight will be offered to new businesses at half the usual rent for a year.',
      '\u201CPeople kept asking us when they could buy their fish and bread in the old place again,\u201D said Nadia Brennan, who runs the property office. \u201CThe answer is the second of April.\u201D',
      'The repairs cost 1.8 million pounds, of which the city\u2019s insurer paid most.',
      'The cellar, which flooded during the storm, stays closed until the summer.',
      'Opening hours will be longer on Saturdays, from 7 a.m. to 4 p.m., and the hall will open on Sundays for the first time.',
      'Trader Omar Haddad, who sells spices, said he had spent the winter at a street market two miles away. \u201CWe survived, but only just,\u201D he said.',
    ]);
  });

  it('GIVEN a caption in a div whose class says so (which Readability would turn into a bare paragraph) THEN it is left out', () => {
    expect(market.leftOut).toContainEqual({ reason: 'class "caption"', text: 'The market hall in the 1950s. (Millbrook Archive)' });
  });

  it('GIVEN JSON-LD with a one-string author "By Hana Lee" THEN the byline is the name', () => {
    expect(market.meta).toEqual({
      title: 'Riverside market hall to reopen after roof repairs',
      byline: 'Hana Lee',
      published: '2024-03-15',
      outlet: 'Millbrook Evening Post',
    });
  });
});

describe('readArticlePage on a page that leaves out the optional tags', () => {
  it('GIVEN no <html>, <head> or <body> tag THEN the title and the paragraphs are read as from a whole page', () => {
    const whole = readArticlePage(page('library-hours.html'));
    const bare = page('library-hours.html').replace(/<\/?(?:html|head|body)>/gu, '');
    expect(readArticlePage(bare)).toEqual(whole);
  });
});

describe('readArticlePage on a page saved in windows-1252', () => {
  it('GIVEN the library page re-encoded in windows-1252 with curly quotes, and decoded by its <meta charset> THEN the quotes as written', () => {
    const quoted = page('library-hours.html')
      .replace('<head>', '<head><meta charset="windows-1252">')
      .replace('Reading groups', '\u201CWe listened,\u201D the board\u2019s chair said. Reading groups');
    const bytes = Buffer.from(
      quoted
        .replace(/\u201C/gu, '\x93')
        .replace(/\u201D/gu, '\x94')
        .replace(/\u2019/gu, '\x92'),
      'latin1',
    );
    const { text, charset } = decodePage(bytes, 'text/html');
    expect(charset).toBe('windows-1252');
    expect(readArticlePage(text).paragraphs[2]).toBe(
      '\u201CWe listened,\u201D the board\u2019s chair said. Reading groups, homework help and the Saturday story hour for children will continue as before.',
    );
  });
});

describe('readArticlePage on a page with no metadata', () => {
  it('GIVEN only a <title> and the address THEN the outlet is its host, the date the one in its path, and the byline a problem', () => {
    const library = readArticlePage(page('library-hours.html'), 'https://www.news.example.org/2024/05/06/library-hours/');
    expect(library.meta).toEqual({ title: 'Library hours', byline: null, published: '2024-05-06', outlet: 'news.example.org' });
    expect(library.problems).toEqual(['no byline on the page']);
    expect(library.paragraphs).toHaveLength(3);
  });

  it('GIVEN no address either THEN no date and no outlet, each said in problems', () => {
    expect(readArticlePage(page('library-hours.html')).problems).toEqual([
      'no publication date on the page',
      'no byline on the page',
      'no outlet named on the page',
    ]);
  });
});

describe('readArticlePage on a page with no article', () => {
  it('GIVEN a sign-in form THEN NoArticleError, whose message is the line a moderator sees', () => {
    expect(() => readArticlePage(page('sign-in.html'))).toThrow(NoArticleError);
    expect(() => readArticlePage(page('sign-in.html'))).toThrow('no article found on that page');
  });

  it('GIVEN an empty string THEN NoArticleError', () => {
    expect(() => readArticlePage('')).toThrow(NoArticleError);
  });
});

describe('withoutSiteName', () => {
  it.each([
    ['Ferry to run through winter | The Alder Bay Courier', 'The Alder Bay Courier', 'Ferry to run through winter'],
    ['Market hall reopens - Millbrook Evening Post', 'Millbrook Evening Post', 'Market hall reopens'],
    ['Council votes 6-3 - and the island celebrates', 'The Alder Bay Courier', 'Council votes 6-3 - and the island celebrates'],
    ['Library hours', null, 'Library hours'],
  ])('GIVEN %j THEN %j', (title, outlet, expected) => {
    expect(withoutSiteName(title, outlet)).toBe(expected);
  });
});
