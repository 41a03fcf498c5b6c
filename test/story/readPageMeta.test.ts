import { describe, expect, it } from 'vitest';
import { cleanByline } from '../../src/story/cleanByline.js';
import { parsePage } from '../../src/story/pageDom.js';
import { readJsonLdArticle } from '../../src/story/readJsonLdArticle.js';
import { dateInAddress, pageAddress, readPageMeta } from '../../src/story/readPageMeta.js';
import { toIsoDate } from '../../src/story/toIsoDate.js';

const head = (inside: string) => parsePage(`<html><head>${inside}</head><body><p>Text.</p></body></html>`);
const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readJsonLdArticle', () => {
  it('GIVEN a NewsArticle inside @graph beside a WebPage THEN its headline, authors, date and publisher', () => {
    const page = head(
      jsonLd({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', name: 'Not the headline' },
          {
            '@type': 'NewsArticle',
            headline: ' Ferry  to run ',
            datePublished: '2025-11-03T21:40:00-08:00',
            author: [{ '@type': 'Person', name: 'Maya Okafor' }, { name: 'Tom Reyes' }, { name: 'Hana Lee' }],
            publisher: { '@type': 'Organization', name: 'The Alder Bay Courier' },
          },
        ],
      }),
    );
    expect(readJsonLdArticle(page)).toEqual({
      headline: 'Ferry to run',
      author: 'Maya Okafor, Tom Reyes and Hana Lee',
      datePublished: '2025-11-03T21:40:00-08:00',
      publisher: 'The Alder Bay Courier',
    });
  });

  it('GIVEN an array of objects and a type list ["ReportageNewsArticle"] THEN that article', () => {
    const page = head(jsonLd([{ '@type': 'BreadcrumbList' }, { '@type': ['ReportageNewsArticle'], headline: 'A', author: 'Jane Doe' }]));
    expect(readJsonLdArticle(page)?.author).toBe('Jane Doe');
  });

  it('GIVEN a script that is not valid JSON, then one that is THEN the valid one is read', () => {
    const page = head(
      `<script type="application/ld+json">{ "@type": "NewsArticle", </script>${jsonLd({ '@type': 'Article', headline: 'B' })}`,
    );
    expect(readJsonLdArticle(page)?.headline).toBe('B');
  });

  it('GIVEN a raw line break inside a string THEN it is read as a space', () => {
    const page = head('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Two\nlines"}</script>');
    expect(readJsonLdArticle(page)?.headline).toBe('Two lines');
  });

  it('GIVEN fields of the wrong kind (a number for the headline) THEN those are null and the others read', () => {
    const page = head(jsonLd({ '@type': 'NewsArticle', headline: 42, datePublished: '2024-01-02' }));
    expect(readJsonLdArticle(page)).toEqual({ headline: null, author: null, datePublished: '2024-01-02', publisher: null });
  });

  it('GIVEN no article type THEN null', () => {
    expect(readJsonLdArticle(head(jsonLd({ '@type': 'Organization', name: 'Courier' })))).toBeNull();
  });
});

describe('readPageMeta', () => {
  it('GIVEN only og: and article: tags THEN they are the title, date, byline and outlet', () => {
    const page = head(
      '<meta property="og:title" content="Market hall reopens"><meta property="og:site_name" content="Millbrook Evening Post">' +
        '<meta property="article:published_time" content="2024-03-15T18:05:00Z"><meta name="author" content="By Hana Lee">',
    );
    expect(readPageMeta(page)).toEqual({
      title: 'Market hall reopens',
      byline: 'Hana Lee',
      published: '2024-03-15',
      outlet: 'Millbrook Evening Post',
    });
  });

  it('GIVEN JSON-LD and tags that disagree THEN JSON-LD wins', () => {
    const page = head(`<meta property="og:title" content="Share title">${jsonLd({ '@type': 'NewsArticle', headline: 'The headline' })}`);
    expect(readPageMeta(page).title).toBe('The headline');
  });

  it('GIVEN article:author as an address THEN it is no byline', () => {
    expect(readPageMeta(head('<meta property="article:author" content="https://social.example/hanalee">')).byline).toBeNull();
  });

  it('GIVEN no date in the head but a <time datetime> in the body THEN that date', () => {
    const page = parsePage('<html><body><time datetime="2023-07-08T10:00">July 8</time><p>Text.</p></body></html>');
    expect(readPageMeta(page).published).toBe('2023-07-08');
  });

  it('GIVEN Parse.ly\u2019s parsely-page tag only THEN its author and date', () => {
    const page = head(
      `<meta name="parsely-page" content='{"title": "T", "author": "Kim Lo | klo@example.com", "pub_date": "2014-12-29T02:16:05Z"}'>`,
    );
    expect(readPageMeta(page)).toEqual({ title: 'T', byline: 'Kim Lo', published: '2014-12-29', outlet: null });
  });

  it('GIVEN nothing THEN every field null', () => {
    expect(readPageMeta(head(''))).toEqual({ title: null, byline: null, published: null, outlet: null });
  });

  it('GIVEN og:url or a canonical link THEN the page address', () => {
    expect(pageAddress(head('<link rel="canonical" href="https://news.example/a">'))).toBe('https://news.example/a');
    expect(pageAddress(head('<meta property="og:url" content="/relative">'))).toBeNull();
  });
});

describe('dateInAddress', () => {
  it.each([
    ['https://news.example/2019/02/21/nyregion/story.html', '2019-02-21'],
    ['http://articles.example.com/2009/oct/14/business/story', '2009-10-14'],
    ['https://news.example/news/story-123', null],
    [null, null],
  ])('GIVEN %s THEN %s', (address, expected) => {
    expect(dateInAddress(address)).toBe(expected);
  });
});

describe('toIsoDate: the date as the page writes it', () => {
  it.each([
    ['2019-11-19T22:50:00-05:00', '2019-11-19'],
    ['2019-11-20T03:50:00Z', '2019-11-20'],
    ['20190221', '2019-02-21'],
    ['November 19, 2019', '2019-11-19'],
    ['Nov. 19th, 2019 5:30 pm', '2019-11-19'],
    ['Sept 9, 2024', '2024-09-09'],
    ['19 Nov 2019', '2019-11-19'],
    ['Tue, 19 Nov 2019 22:50:00 GMT', '2019-11-19'],
    ['Sunday, December 28, 2014, 9:10 PM', '2014-12-28'],
    ['2019-02-30', null],
    ['Marching 3, 2020', null],
    ['last Tuesday', null],
    ['', null],
  ])('GIVEN %j THEN %s', (text, expected) => {
    expect(toIsoDate(text)).toBe(expected);
  });
});

describe('cleanByline: the names alone', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['BY JANE DOE', 'JANE DOE'],
    ['Jane Doe on December 4, 2014', 'Jane Doe'],
    ['Jane Doe \u2014 November 18, 2019', 'Jane Doe'],
    ['October 14, 2009|Jane Doe', 'Jane Doe'],
    ['Jane Doe | jdoe@example.com', 'Jane Doe'],
    ['Jane Doe \u00B7 News \u00B7 Posted: Oct 14, 2022 9:27 AM ET', 'Jane Doe'],
    ['Jane Doe and John Roe', 'Jane Doe and John Roe'],
    ['https://social.example/jane', null],
    ['@janedoe', null],
    ['October 14, 2009', null],
    [null, null],
  ])('GIVEN %j THEN %j', (text, expected) => {
    expect(cleanByline(text)).toBe(expected);
  });
});
