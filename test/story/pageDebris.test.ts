import { describe, expect, it } from 'vitest';
import { debrisReason } from '../../src/story/pageDebris.js';

const context = { title: 'Alder Bay ferry to run through winter', byline: 'Maya Okafor and Tom Reyes' };
const reason = (text: string, linkDensity = 0) => debrisReason({ text, linkDensity, furniture: null }, context);

describe('pageDebris: paragraphs of a page that are not article text, each told by one rule', () => {
  it.each([
    ['--', 'no words'],
    ['___', 'no words'],
    ['22', 'no words'],
    ['Harbour parking fees to rise in spring', 'link list', 1],
    ['for-phone-onlyfor-tablet-portrait-upfor-desktop-up', 'one long token'],
    ['reporter@courier.example.com', 'one long token'],
    ['Advertisement', 'label'],
    ['Related Coverage', 'label'],
    ['You may also like', 'label'],
    ['Image', 'label'],
    ['4 Min Read', 'label'],
    ['Slideshow ( 12 images )', 'label'],
    ['Loading content ...', 'label'],
    ['Alder Bay ferry to run through winter', 'headline'],
    ['By Maya Okafor and Tom Reyes', 'byline'],
    ['By Hana Lee, Staff Writer', 'byline'],
    ['Maya Okafor and Tom Reyes', 'byline'],
    ['Lena Fischer, Courier harbour correspondent', 'byline'],
    ['Maya Okafor is a reporter covering the islands for the Courier.', 'author bio'],
    ['Nov. 3, 2025 9:40 PM PST', 'dateline'],
    ['Published November 3rd, 2025 - 21:40 GMT', 'dateline'],
    ['ALDER BAY, Kestrel Island Mon Nov 3, 2025 9:40pm GMT', 'dateline'],
    ['Updated: 3 November 2025', 'dateline'],
    ['(Additional reporting by Tom Reyes; Editing by Hana Lee)', 'credit'],
    ['Reporting by Tom Reyes; Writing by Maya Okafor', 'credit'],
    ['Photo: Sam Whitley / The Alder Bay Courier', 'credit'],
    ['Image copyright Harbour Authority', 'credit'],
    ['Media caption The mayor speaks at the dock', 'credit'],
    ['\u00A9 Sam Whitley The ferry at dawn.', 'credit'],
    ['Copyright 2025 The Alder Bay Courier.', 'credit'],
    ['Disclaimer: The views expressed are the author\u2019s own.', 'credit'],
    ['This article has been adapted from its original source.', 'credit'],
    ['Read more: Breakwater repairs delayed again', 'prompt'],
    ['Sign up for the Courier\u2019s morning newsletter.', 'prompt'],
    ['Follow the Courier on Facebook, Twitter and Instagram.', 'prompt'],
    ['[Get the morning briefing in your inbox.]', 'prompt'],
    ['The Courier may earn a commission if you buy through links in this article.', 'affiliate note'],
    ['[Editor\u2019s note: an earlier version misspelled a name.]', 'editor note in brackets'],
  ])('GIVEN %j THEN left out as %s', (text, expected, linkDensity = 0) => {
    expect(reason(text, linkDensity)).toBe(expected);
  });

  it.each([
    'ALDER BAY \u2014 The passenger ferry will keep sailing through the winter.',
    'By Tuesday night the council had voted 6-3 to fund two extra crews.',
    'The first winter sailing is scheduled for Dec. 1.',
    'On Nov. 3, 2025, the council voted to fund the service.',
    'SEARCHING THROUGH THE NIGHT',
    'How the service will be paid for',
    '\u201CWe have waited a decade for somebody to say yes,\u201D said Irene Castell.',
    '\u2014 Lena Fischer November 3, 2025',
    '\u2014 Lena Fischer (@MayorFischer) November 3, 2025',
    'Half will come from a rise in the parking fee, according to the report, which is online at the town\u2019s website.',
    'Weekdays: six return sailings',
    'Maya Okafor contributed reporting from Kestrel Island and spoke to a dozen residents.',
    'Subscribers to the ferry pass will pay less, the mayor said.',
  ])('GIVEN the article sentence %j THEN it stays', (text) => {
    expect(reason(text, 0.3)).toBeNull();
  });
});
