import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Knowledge, loadKnowledge } from '../../src/knowledge.js';
import { EntryDesk } from '../../src/store/EntryDesk.js';
import { EntryStore } from '../../src/store/EntryStore.js';
import { rebuildStory, StoryDesk } from '../../src/store/StoryDesk.js';
import { StoryStore } from '../../src/store/StoryStore.js';
import { readStoryFromFile } from '../../src/story/readStory.js';
import { ROOT, STORY } from '../paths.js';
import { PageServer } from '../web/PageServer.js';

/**
 * The moderators' stories on a real SQLite file, read from our own pages served on 127.0.0.1 by a real HTTP server
 * (the loopback range allowed as the test-only setting allows it).
 */

const PAGES = join(ROOT, 'test', 'fixtures', 'pages');
const FERRY = readFileSync(join(PAGES, 'ferry-winter.html'), 'utf8');
const MARKET = readFileSync(join(PAGES, 'market-hall-minified.html'), 'utf8');
const SIGN_IN = readFileSync(join(PAGES, 'sign-in.html'), 'utf8');
/** The ferry page a day later: a paragraph added before Irene Castell's, so every id after it moves. */
const FERRY_UPDATED = FERRY.replace(
  '<p>The decision ends',
  '<p>The council confirmed the vote on Tuesday morning, and the operator said tickets would go on sale next week.</p>\n<p>The decision ends',
);

let ferryPage = FERRY;
function html(response: ServerResponse, body: string, type = 'text/html; charset=utf-8'): void {
  response.writeHead(200, { 'content-type': type });
  response.end(body);
}
const server = new PageServer({
  '/ferry': (_, response) => html(response, ferryPage),
  '/market': (_, response) => html(response, MARKET),
  '/sign-in': (_, response) => html(response, SIGN_IN),
  '/image': (_, response) => html(response, 'PNG', 'image/png'),
  '/missing': (_, response) => {
    response.writeHead(404, { 'content-type': 'text/html' });
    response.end('gone');
  },
  '/to-private': (_, response) => {
    response.writeHead(302, { location: 'http://10.0.0.1/admin' });
    response.end();
  },
  '/huge': (_, response) => {
    // No Content-Length: the cap is met while streaming.
    response.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const more = (): void => {
      while (sent < 3 * 1024 * 1024 && !response.destroyed) {
        sent += chunk.length;
        if (!response.write(chunk)) return void response.once('drain', more);
      }
      response.end();
    };
    more();
  },
  '/silent': () => {},
  '/loop': (_, response) => {
    response.writeHead(302, { location: '/loop' });
    response.end();
  },
});
beforeAll(() => server.start());
afterAll(() => server.stop());

let path: string;
let entries: EntryStore;
let shipped: Knowledge;
let stories: StoryDesk;
let desk: EntryDesk;
let clock: Date;

function open(options: { rate?: number; most?: number; loopback?: boolean } = {}): void {
  entries = EntryStore.open(path);
  shipped = loadKnowledge(STORY, entries);
  stories = new StoryDesk(entries, shipped, {
    ratePerMinute: options.rate ?? 30,
    maxStoriesPerServer: options.most ?? 20,
    fetch: { allowLoopback: options.loopback ?? true, timeoutMs: 1000 },
    now: () => clock,
  });
  desk = new EntryDesk(entries, shipped, {
    ratePerMinute: options.rate ?? 30,
    now: () => clock,
    knowledgeOf: (guildId) => stories.knowledgeFor(guildId) ?? shipped,
    storyKnowledge: (story) => stories.knowledgeOfStory(story),
    hasStory: (guildId, story) => stories.hasStory(guildId, story),
  });
}

beforeEach(() => {
  clock = new Date('2026-01-01T12:00:00Z');
  ferryPage = FERRY;
  path = join(mkdtempSync(join(tmpdir(), 'storydesk-stories-')), 'bot.db');
  open();
});
afterEach(() => entries.close());

/** The first answer to a command in a server, from the server's current story. */
function firstAnswer(guildId: string, command: 'quote' | 'facts' | 'ask', query: string): string | undefined {
  return stories.knowledgeFor(guildId)?.answererFor(guildId).answer(command, query, { guildId }).results[0]?.entry.text;
}

describe('adding a story', () => {
  it('GIVEN a news page THEN the summary has its headline, date, outlet, byline, counts and speakers, and it answers that server only', async () => {
    const added = await stories.add('g1', 'mod', { kind: 'url', address: server.url('/ferry') });
    expect(added.ok && added.value).toMatchObject({
      id: 's1',
      headline: 'Alder Bay ferry to run through winter after council vote',
      published: '2025-11-03',
      outlet: 'The Alder Bay Courier',
      byline: 'Maya Okafor and Tom Reyes',
      sourceKind: 'url',
      quotes: 3,
      facts: 11,
      speakers: ['Irene Castell', 'Dev Anand'],
      problems: [],
      current: true,
    });
    expect(firstAnswer('g1', 'quote', 'Irene Castell')).toBe('We have waited a decade for somebody to say yes,');
    // Another server still follows the shipped article, which has no Irene Castell.
    expect(firstAnswer('g2', 'quote', 'Irene Castell')).toBeUndefined();
    expect(firstAnswer('g2', 'quote', 'Sheinbaum')).toBeDefined();
  });

  it('GIVEN a story added THEN after a restart it answers the same, rebuilt from the saved text without fetching again', async () => {
    const added = await stories.add('g1', 'mod', { kind: 'url', address: server.url('/ferry') });
    const before = stories.knowledgeFor('g1')!.story.entries;
    entries.close();
    const fetched = server.requests.length;
    open();
    expect(stories.knowledgeFor('g1')!.story.entries).toEqual(before);
    expect(firstAnswer('g1', 'facts', 'extra sailings cost')).toContain('$1.4 million');
    expect(server.requests.length).toBe(fetched);
    expect(stories.list('g1').map((s) => [s.id, s.current])).toEqual([
      ['s0', false],
      [added.ok ? added.value.id : '?', true],
    ]);
  });

  it('GIVEN an attached .html file THEN it is read as the same page would be', async () => {
    const added = await stories.add('g1', 'mod', { kind: 'file', name: 'market.html', bytes: Buffer.from(MARKET) });
    expect(added.ok && added.value).toMatchObject({ headline: 'Riverside market hall to reopen after roof repairs', sourceKind: 'file' });
    expect(firstAnswer('g1', 'quote', 'Omar Haddad')).toBe('We survived, but only just,');
  });

  it('GIVEN a Markdown file THEN its leading heading is the headline and no paragraph; a text file without a date says so', async () => {
    const text =
      '# Harbour wall to be rebuilt\n\nThe harbour wall will be rebuilt next spring, the council said on Monday.\n\n\u201CIt has stood for a century,\u201D said Mayor Lena Fischer.\n';
    const md = await stories.add('g1', 'mod', { kind: 'file', name: 'harbour.md', bytes: Buffer.from(text) });
    expect(md.ok && md.value).toMatchObject({ headline: 'Harbour wall to be rebuilt', quotes: 1, speakers: ['Lena Fischer'] });
    expect(stories.knowledgeFor('g1')!.story.paragraphs.map((p) => p.text)).not.toContain('# Harbour wall to be rebuilt');
    const txt = await stories.add('g1', 'mod', { kind: 'file', name: 'harbour.txt', bytes: Buffer.from(text.replace(/^# /u, '')) });
    expect(txt.ok && txt.value.problems).toEqual(['no publication date']);
    expect(txt.ok && txt.value.headline).toBe('Harbour wall to be rebuilt');
  });

  it.each([
    ['a page with no article', { kind: 'url', address: '/sign-in' }, 'no article found on that page'],
    ['a redirect to a private address', { kind: 'url', address: '/to-private' }, 'that address is on a private network'],
    ['a page that grows past the cap while streaming', { kind: 'url', address: '/huge' }, 'the page is larger than 2 MB'],
    ['an image', { kind: 'url', address: '/image' }, 'that is not a web page (image/png)'],
    ['a page that is not there', { kind: 'url', address: '/missing' }, 'the page answered 404'],
    ['a page that never answers', { kind: 'url', address: '/silent' }, 'the page did not answer within 1 second'],
    ['an ftp address', { kind: 'url', address: 'ftp://files.example.com/a.html' }, 'only http and https addresses can be read'],
    ['no address at all', { kind: 'url', address: 'http://' }, 'that is not a web address'],
    ['a page that redirects to itself', { kind: 'url', address: '/loop' }, 'the page redirected more than 5 times'],
    ['a port nothing listens on', { kind: 'url', address: 'http://127.0.0.1:1/story' }, 'the site could not be reached (ECONNREFUSED)'],
    ['a PDF file', { kind: 'file', name: 'story.pdf', bytes: Buffer.from('%PDF-1.4') }, 'only .txt, .md and .html files can be read'],
    ['a binary file named .txt', { kind: 'file', name: 'story.txt', bytes: Buffer.from([1, 0, 2, 0]) }, 'that file is not text'],
    [
      'a file over 2 MB',
      { kind: 'file', name: 'story.txt', bytes: Buffer.alloc(2 * 1024 * 1024 + 1, 'a') },
      'the file is larger than 2 MB',
    ],
    ['an empty file', { kind: 'file', name: 'story.txt', bytes: Buffer.from('  \n\n ') }, 'the article is empty'],
  ] as const)('GIVEN %s THEN it is refused with one line, and nothing is saved', async (_, source, message) => {
    const input = source.kind === 'url' && source.address.startsWith('/') ? { ...source, address: server.url(source.address) } : source;
    const result = await stories.add('g1', 'mod', input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toBe(message);
    expect(stories.list('g1').map((s) => s.id)).toEqual(['s0']);
    expect(stories.knowledgeFor('g1')).toBe(shipped);
  });

  it('GIVEN loopback not allowed (the default) THEN a page on 127.0.0.1 is on a private network', async () => {
    entries.close();
    open({ loopback: false });
    const result = await stories.add('g1', 'mod', { kind: 'url', address: server.url('/ferry') });
    expect(!result.ok && result.message).toBe('that address is on a private network');
    expect(!result.ok && result.why.code).toBe('fetch-private');
  });
});

describe('limits', () => {
  it('GIVEN a server at MAX_STORIES_PER_SERVER THEN another add is refused before anything is fetched; a removed story makes room', async () => {
    entries.close();
    open({ most: 1 });
    const first = await stories.add('g1', 'mod', { kind: 'url', address: server.url('/market') });
    const fetched = server.requests.length;
    const refused = await stories.add('g1', 'mod', { kind: 'url', address: server.url('/ferry') });
    expect(!refused.ok && refused.message).toBe('this server already has 1 story, the most it may (1); remove one first');
    expect(server.requests.length).toBe(fetched);
    expect((await stories.add('g2', 'mod', { kind: 'url', address: server.url('/ferry') })).ok).toBe(true);
    stories.remove('g1', 'mod', first.ok ? first.value.id : '?');
    expect((await stories.add('g1', 'mod', { kind: 'url', address: server.url('/ferry') })).ok).toBe(true);
  });

  it("GIVEN a moderator's entry changes and story changes THEN they share one per-minute limit", async () => {
    entries.close();
    open({ rate: 3 });
    desk.add('g1', 'mod', { kind: 'fact', text: 'The ferry timetable is posted at the terminal.' });
    await stories.add('g1', 'mod', { kind: 'url', address: server.url('/ferry') });
    expect(stories.use('g1', 'mod', 's0').ok).toBe(true);
    const refused = stories.use('g1', 'mod', 's1');
    expect(!refused.ok && refused.message).toBe('you can make at most 3 changes a minute; please wait a moment');
    expect(desk.add('g1', 'mod', { kind: 'fact', text: 'Another fact about the ferry service.' }).ok).toBe(false);
    expect(stories.use('g1', 'other-mod', 's1').ok).toBe(true);
    clock = new Date(clock.getTime() + 61_000);
    expect(stories.use('g1', 'mod', 's0').ok).toBe(true);
  });
});

describe('use, show, remove, restore', () => {
  it('GIVEN two stories THEN use switches what members are answered from, and back to the shipped article with s0', async () => {
    await stories.add('g1', 'mod', { kind: 'url', address: server.url('/ferry') });
    await stories.add('g1', 'mod', { kind: 'url', address: server.url('/market') });
    expect(firstAnswer('g1', 'quote', 'Irene Castell')).toBeUndefined();
    expect(stories.use('g1', 'mod', 's1').ok).toBe(true);
    expect(firstAnswer('g1', 'quote', 'Irene Castell')).toBe('We have waited a decade for somebody to say yes,');
    expect(stories.use('g1', 'mod', 's0').ok).toBe(true);
    expect(stories.knowledgeFor('g1')).toBe(shipped);
    expect(stories.list('g1').map((s) => `${s.id}${s.current ? '*' : ''}`)).toEqual(['s0*', 's1', 's2']);
  });

  it("GIVEN another server's story, or no such id THEN use, show and remove say there is none", async () => {
    await stories.add('g1', 'mod', { kind: 'url', address: server.url('/ferry') });
    expect(stories.show('g2', 's1')).toMatchObject({ ok: false, message: 'there is no story s1 in this server' });
    expect(stories.use('g2', 'mod', '1')).toMatchObject({ ok: false, message: 'there is no story s1 in this server' });
    expect(stories.remove('g2', 'mod', 's1')).toMatchObject({ ok: false, message: 'there is no story s1 in this server' });
    expect(stories.show('g1', 'ferry')).toMatchObject({ ok: false, why: { code: 'story-bad-id' } });
  });

  it('GIVEN the current story removed THEN members are answered from the shipped article; restored, it can be used again', async () => {
    await stories.add('g1', 'mod', { kind: 'url', address: server.url('/ferry') });
    expect(stories.remove('g1', 'mod', 's1')).toMatchObject({ ok: true, value: { removed: true, current: false } });
    expect(stories.knowledgeFor('g1')).toBe(shipped);
    expect(stories.show('g1', 's1')).toMatchObject({ ok: true, value: { removed: true } });
    expect(stories.restore('g1', 'mod', 's1')).toMatchObject({ ok: true, value: { removed: false, current: false } });
    expect(stories.restore('g1', 'mod', 's1')).toMatchObject({ ok: false, message: 'there is no removed story s1 in this server' });
    expect(stories.use('g1', 'mod', 's1').ok).toBe(true);
    expect(firstAnswer('g1', 'quote', 'Irene Castell')).toBeDefined();
  });

  it('GIVEN the shipped article removed in a server with no other story THEN that server follows none; the others keep it', () => {
    expect(stories.remove('g1', 'mod', 's0').ok).toBe(true);
    expect(stories.knowledgeFor('g1')).toBeNull();
    expect(stories.list('g1')).toEqual([]);
    expect(stories.knowledgeFor('g2')).toBe(shipped);
    expect(stories.restore('g1', 'mod', 's0').ok).toBe(true);
    expect(stories.use('g1', 'mod', 's0').ok).toBe(true);
    expect(stories.knowledgeFor('g1')).toBe(shipped);
  });
});

describe('refresh', () => {
  it('GIVEN the page changed THEN refresh saves what it says now, and a correction stays on the words it corrects', async () => {
    await stories.add('g1', 'mod', { kind: 'url', address: server.url('/ferry') });
    const irene = stories.knowledgeFor('g1')!.story.entries.find((e) => e.text.startsWith('We have waited'))!;
    const correction = desk.add('g1', 'mod', {
      kind: 'quote',
      text: 'We have waited eleven years for somebody to say yes',
      speakerName: 'Irene Castell',
      corrects: irene.id,
    });
    expect(correction.ok).toBe(true);

    ferryPage = FERRY_UPDATED;
    const refreshed = await stories.refresh('g1', 'mod', 's1');
    expect(refreshed.ok && refreshed.value.facts).toBe(12);
    const moved = stories.knowledgeFor('g1')!.story.entries.find((e) => e.text.startsWith('We have waited'))!;
    expect(moved.id).not.toBe(irene.id);
    const stored = desk.get('g1', correction.ok ? correction.value.id : '?');
    expect(stored.ok && desk.correctionOf(stored.value)).toMatchObject({ attached: true, original: { id: moved.id } });
    // Members see the correction in place of the words it corrects.
    expect(firstAnswer('g1', 'quote', 'Irene Castell waited')).toBe('We have waited eleven years for somebody to say yes');
  });

  it('GIVEN a story from a file, or the shipped article THEN refresh says why it cannot', async () => {
    await stories.add('g1', 'mod', { kind: 'file', name: 'market.html', bytes: Buffer.from(MARKET) });
    expect(await stories.refresh('g1', 'mod', 's1')).toMatchObject({
      ok: false,
      message: 's1 was read from an attached file, not a web page; attach it again with /story add',
    });
    expect(await stories.refresh('g1', 'mod', 's0')).toMatchObject({ ok: false, why: { code: 'story-shipped-refresh' } });
  });

  it('GIVEN the page gone when refreshing THEN the saved story is kept as it was', async () => {
    await stories.add('g1', 'mod', { kind: 'url', address: server.url('/ferry') });
    // The page moved away since it was added.
    entries.connection.prepare('UPDATE stories SET source = ? WHERE id = 1').run(server.url('/missing'));
    expect(await stories.refresh('g1', 'mod', 's1')).toMatchObject({ ok: false, message: 'the page answered 404' });
    expect(firstAnswer('g1', 'quote', 'Irene Castell')).toBe('We have waited a decade for somebody to say yes,');
    expect(new StoryStore(entries).history('g1', 1).map((r) => r.action)).toEqual(['add']);
  });
});

describe("a moderator's entries belong to a story", () => {
  /** Every answer's text in a server, from the server's current story. */
  function answers(guildId: string, command: 'quote' | 'facts' | 'ask', query: string): string[] {
    return (stories.knowledgeFor(guildId)?.answererFor(guildId).answer(command, query, { guildId }).results ?? []).map((r) => r.entry.text);
  }
  const TICKETS = 'Ferry tickets for islanders will cost two dollars.';
  const TARIFFS = 'Sheinbaum said the tariffs would be answered within a week.';

  it('GIVEN an entry added while s1 is current THEN it is answered in s1 and not in s0, back and forth', async () => {
    await stories.add('g1', 'mod', { kind: 'url', address: server.url('/ferry') });
    const added = desk.add('g1', 'mod', { kind: 'fact', text: TICKETS });
    expect(added.ok && desk.get('g1', added.value.id)).toMatchObject({ ok: true, value: { story: 1 } });
    expect(firstAnswer('g1', 'facts', 'ferry tickets islanders')).toBe(TICKETS);
    stories.use('g1', 'mod', 's0');
    expect(answers('g1', 'facts', 'ferry tickets islanders')).not.toContain(TICKETS);
    stories.use('g1', 'mod', 's1');
    expect(firstAnswer('g1', 'facts', 'ferry tickets islanders')).toBe(TICKETS);
  });

  it('GIVEN an entry added while s0 is current THEN it is answered in s0 and not in s1, and each stays so after a restart', async () => {
    expect(desk.add('g1', 'mod', { kind: 'fact', text: TARIFFS }).ok).toBe(true);
    expect(answers('g1', 'facts', 'tariffs answered week')).toContain(TARIFFS);
    await stories.add('g1', 'mod', { kind: 'url', address: server.url('/ferry') });
    expect(answers('g1', 'facts', 'tariffs answered week')).not.toContain(TARIFFS);
    expect(desk.add('g1', 'mod', { kind: 'fact', text: TICKETS }).ok).toBe(true);

    entries.close();
    open();
    expect(answers('g1', 'facts', 'tariffs answered week')).not.toContain(TARIFFS);
    expect(firstAnswer('g1', 'facts', 'ferry tickets islanders')).toBe(TICKETS);
    stories.use('g1', 'mod', 's0');
    expect(answers('g1', 'facts', 'tariffs answered week')).toContain(TARIFFS);
    expect(answers('g1', 'facts', 'ferry tickets islanders')).not.toContain(TICKETS);
  });

  it("GIVEN an entry of s1 edited, removed and restored while s0 is current THEN it keeps its story, and s0's answers never show it", async () => {
    await stories.add('g1', 'mod', { kind: 'url', address: server.url('/ferry') });
    const added = desk.add('g1', 'mod', { kind: 'fact', text: TICKETS });
    if (!added.ok) throw new Error(added.message);
    stories.use('g1', 'mod', 's0');
    const edited = desk.edit('g1', 'mod', added.value.id, { kind: 'fact', text: 'Ferry tickets for islanders will cost three dollars.' });
    expect(edited.ok).toBe(true);
    expect(desk.remove('g1', 'mod', added.value.id).ok).toBe(true);
    expect(desk.restore('g1', 'mod', added.value.id).ok).toBe(true);
    expect(desk.get('g1', added.value.id)).toMatchObject({ ok: true, value: { story: 1 } });
    expect(answers('g1', 'facts', 'ferry tickets islanders')).toEqual(
      expect.not.arrayContaining(['Ferry tickets for islanders will cost three dollars.']),
    );
    stories.use('g1', 'mod', 's1');
    expect(firstAnswer('g1', 'facts', 'ferry tickets islanders')).toBe('Ferry tickets for islanders will cost three dollars.');
  });

  it('GIVEN a near-duplicate held back in s1 THEN "add anyway" adds it to s1, even after switching to s0', async () => {
    await stories.add('g1', 'mod', { kind: 'url', address: server.url('/ferry') });
    expect(desk.add('g1', 'mod', { kind: 'fact', text: TICKETS }).ok).toBe(true);
    const held = desk.add('g1', 'mod', { kind: 'fact', text: 'Ferry tickets for islanders will cost two dollars each.' });
    if (held.ok || held.reason !== 'duplicate') throw new Error('expected a near-duplicate');
    stories.use('g1', 'mod', 's0');
    const confirmed = desk.confirmPending('g1', 'mod', held.pendingToken);
    expect(confirmed.ok && desk.get('g1', confirmed.value.id)).toMatchObject({ ok: true, value: { story: 1 } });
  });

  it("GIVEN entries in s0 and s1 THEN a moderator's list is of one story when asked, and export names each entry's story", async () => {
    expect(desk.add('g1', 'mod', { kind: 'fact', text: TARIFFS }).ok).toBe(true);
    await stories.add('g1', 'mod', { kind: 'url', address: server.url('/ferry') });
    expect(desk.add('g1', 'mod', { kind: 'fact', text: TICKETS }).ok).toBe(true);
    expect(desk.list('g1', { story: 0 }).map((e) => e.text)).toEqual([TARIFFS]);
    expect(desk.list('g1', { story: 1 }).map((e) => e.text)).toEqual([TICKETS]);
    expect(desk.list('g1').map((e) => e.text)).toEqual([TARIFFS, TICKETS]);
    const exported = JSON.parse(desk.exportJson('g1')) as { entries: Array<{ story: string; text: string }> };
    expect(exported.entries.map((e) => [e.story, e.text])).toEqual([
      ['s0', TARIFFS],
      ['s1', TICKETS],
    ]);
  });

  it('GIVEN an export imported into a server that has the same stories THEN each entry goes to its story, and is answered there only', async () => {
    expect(desk.add('g1', 'mod', { kind: 'fact', text: TARIFFS }).ok).toBe(true);
    await stories.add('g1', 'mod', { kind: 'url', address: server.url('/ferry') });
    expect(desk.add('g1', 'mod', { kind: 'fact', text: TICKETS }).ok).toBe(true);
    const exported = desk.exportJson('g1');

    // g2 brings the same page: its story has another number there, so the export is edited to name it.
    await stories.add('g2', 'mod', { kind: 'url', address: server.url('/market') });
    await stories.add('g2', 'mod', { kind: 'url', address: server.url('/ferry') });
    stories.use('g2', 'mod', 's0');
    const imported = await desk.importJson('g2', 'mod', exported.replace('"story": "s1"', '"story": "s3"'));
    expect(imported).toMatchObject({ ok: true, value: { added: 2, stories: { s0: 1, s3: 1 }, elsewhere: 0, rejected: [] } });
    expect(answers('g2', 'facts', 'tariffs answered week')).toContain(TARIFFS);
    expect(answers('g2', 'facts', 'ferry tickets islanders')).not.toContain(TICKETS);
    stories.use('g2', 'mod', 's3');
    expect(firstAnswer('g2', 'facts', 'ferry tickets islanders')).toBe(TICKETS);
    expect(answers('g2', 'facts', 'tariffs answered week')).not.toContain(TARIFFS);

    // Imported again into the server it came from, nothing changes and nothing moves.
    expect(await desk.importJson('g1', 'mod', exported)).toMatchObject({
      ok: true,
      value: { added: 0, updated: 0, unchanged: 2, stories: { s0: 1, s1: 1 }, elsewhere: 0 },
    });
  });

  it("GIVEN an import naming a story the server lacks, or removed THEN those records go to the server's current story, counted", async () => {
    await stories.add('g1', 'mod', { kind: 'url', address: server.url('/ferry') });
    expect(desk.add('g1', 'mod', { kind: 'fact', text: TICKETS }).ok).toBe(true);
    const exported = desk.exportJson('g1');

    // g2 has no s1: its only stories are s0 and s2, which it follows.
    await stories.add('g2', 'mod', { kind: 'url', address: server.url('/market') });
    const imported = await desk.importJson('g2', 'mod', exported);
    expect(imported).toMatchObject({ ok: true, value: { added: 1, stories: { s2: 1 }, elsewhere: 1 } });
    expect(desk.list('g2').map((e) => e.story)).toEqual([2]);

    // g3 removed the shipped article and follows s3: a record naming s0 goes to s3.
    await stories.add('g3', 'mod', { kind: 'url', address: server.url('/market') });
    stories.remove('g3', 'mod', 's0');
    expect(await desk.importJson('g3', 'mod', exported.replace('"story": "s1"', '"story": "s0"'))).toMatchObject({
      ok: true,
      value: { stories: { s3: 1 }, elsewhere: 1 },
    });
  });

  it('GIVEN an export from before stories (no story named) THEN its records go to the current story', async () => {
    await stories.add('g1', 'mod', { kind: 'url', address: server.url('/ferry') });
    const old = JSON.stringify({ format: 'storydesk-entries', version: 1, entries: [{ kind: 'fact', text: TICKETS }] });
    expect(await desk.importJson('g1', 'mod', old)).toMatchObject({ ok: true, value: { stories: { s1: 1 }, elsewhere: 0 } });
  });
});

describe('reading a page and its saved text', () => {
  it('GIVEN a page read and the text saved from it THEN the story rebuilt from the text has the same entries', () => {
    const read = readStoryFromFile('ferry.html', Buffer.from(FERRY));
    const rebuilt = rebuildStory({
      id: 7,
      text: read.text,
      headline: read.story.meta.title,
      published: read.story.meta.published,
      outlet: read.story.meta.outlet,
    } as Parameters<typeof rebuildStory>[0]);
    expect(rebuilt.entries).toEqual(read.story.entries);
    expect(rebuilt.meta).toEqual(read.story.meta);
  });
});
