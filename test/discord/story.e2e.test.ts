import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../paths.js';
import { PageServer } from '../web/PageServer.js';
import { BotProcess } from './BotProcess.js';
import { autocomplete, buttonClick, GUILD_ID, MODERATOR, modalSubmit, slashCommand, snowflake, subcommand, type Who } from './payloads.js';
import { type Callback, EPHEMERAL, useBotRig } from './rig.js';

/**
 * /story through the real bot, with our own pages served on 127.0.0.1 (the test-only loopback setting on): a
 * moderator adds a story from a page, members of that server are answered from it while another server keeps the
 * shipped article; a story from an attached file; refusals; refresh; a restart with the page server down answers
 * from the saved text; /story use s0 switches back; remove is confirmed.
 */

const OTHER_GUILD = '1200000000000000078';
const FILE_GUILD = '1200000000000000079';
const moderator = { ...MODERATOR, userId: '1200000000000000030' };
const PAGES = join(ROOT, 'test', 'fixtures', 'pages');
const FERRY = readFileSync(join(PAGES, 'ferry-winter.html'), 'utf8');
const MARKET = readFileSync(join(PAGES, 'market-hall-minified.html'), 'utf8');
const COST = 'How much will the extra sailings cost?';

let ferryPage = FERRY;
function html(response: ServerResponse, body: string): void {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end(body);
}
const pages = new PageServer({
  '/ferry': (_, response) => html(response, ferryPage),
  '/to-private': (_, response) => {
    response.writeHead(302, { location: 'http://192.168.1.1/' });
    response.end();
  },
});
beforeAll(() => pages.start());
afterAll(() => pages.stop());

const env = { ALLOW_LOOPBACK_FETCH_FOR_TESTS: 'true' };
const rig = useBotRig(env);
const { standIn, interact } = rig;

/** A deferred command: the callback (type 5), then the edit that replaces it. */
async function deferred(payload: Record<string, unknown>): Promise<{ callback: Callback; edit: Callback['data'] }> {
  await standIn.waitForSession();
  const { id, token } = standIn.dispatchInteraction(payload);
  const callback = (await standIn.callbackFor(id)).body as Callback;
  const edit = await standIn.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(token), 20_000);
  return { callback, edit: edit.body as Callback['data'] };
}

function addFromPage(address: string, who: Who = moderator) {
  return deferred(subcommand('story', 'add', [{ name: 'address', value: address }], who));
}

/** The first answer's text to a member's command, or the reply's content when there is none. */
async function memberAsks(command: 'ask' | 'quote', option: string, value: string, guildId = GUILD_ID): Promise<string> {
  const reply = await interact(slashCommand(command, [{ name: option, value }], { guildId }));
  return reply.data!.embeds?.[0]?.description ?? reply.data!.content ?? '';
}

describe('/story add from a web page', () => {
  it('GIVEN a moderator adds a page THEN a deferred reply summarises it: headline, date, outlet, counts, speakers', async () => {
    const { callback, edit } = await addFromPage(pages.url('/ferry'));
    expect(callback.type).toBe(5);
    expect(callback.data!.flags).toBe(EPHEMERAL);
    expect(edit!.content).toBe('Added story s1. This server\u2019s members are answered from it now.');
    const description = edit!.embeds![0]!.description!;
    expect(description).toContain('Alder Bay ferry to run through winter after council vote');
    expect(description).toContain('The Alder Bay Courier \u00B7 2025-11-03 \u00B7 by Maya Okafor and Tom Reyes');
    expect(description).toContain('3 quotes, 11 facts');
    expect(description).toContain('Quoted: Irene Castell, Dev Anand');
    expect(description).toContain(`Added by <@${moderator.userId}>`);
    expect(edit!.allowed_mentions).toEqual({ parse: [] });
  });

  it("GIVEN the story added THEN that server's members are answered from it, and another server still from the shipped article", async () => {
    expect(await memberAsks('ask', 'question', COST)).toContain('The extra sailings will cost about $1.4 million a year');
    expect(await memberAsks('quote', 'who_or_topic', 'Irene Castell')).toContain('We have waited a decade for somebody to say yes');
    expect(await memberAsks('ask', 'question', COST, OTHER_GUILD)).not.toContain('$1.4 million');
    expect(await memberAsks('quote', 'who_or_topic', 'Sheinbaum', OTHER_GUILD)).toContain('Claudia Sheinbaum');
  });

  it('GIVEN /story list THEN the shipped article and the new story, the current one marked; in Spanish for a Spanish Discord', async () => {
    const list = await interact(subcommand('story', 'list', [], moderator));
    expect(list.data!.flags).toBe(EPHEMERAL);
    const lines = list.data!.embeds![0]!.description!.split('\n');
    expect(lines[0]).toMatch(/^s0 President Donald Trump said/u);
    expect(lines[1]).toMatch(
      /^s1 \u2605 Alder Bay ferry to run through winter after council vote \u2014 The Alder Bay Courier, 2025-11-03/u,
    );
    const spanish = await interact(subcommand('story', 'list', [], { ...moderator, locale: 'es-ES' }));
    expect(spanish.data!.embeds![0]!.title).toBe('Noticias de este servidor');
    expect(spanish.data!.embeds![0]!.description).toContain('3 citas, 11 hechos');
  });

  it('GIVEN a member without Manage Messages THEN /story changes nothing', async () => {
    const refused = await interact(subcommand('story', 'use', [{ name: 'id', value: 's0' }]));
    expect(refused.data!.content).toBe(
      'Only members whose server roles give them Manage Messages can change stories. Nothing was changed.',
    );
    expect(await memberAsks('quote', 'who_or_topic', 'Irene Castell')).toContain('We have waited a decade');
  });

  it('GIVEN a page that redirects to a private address THEN one line says so, and nothing is added', async () => {
    const { edit } = await addFromPage(pages.url('/to-private'));
    expect(edit!.content).toBe('Nothing was added: that address is on a private network.');
    const spanish = await addFromPage(pages.url('/to-private'), { ...moderator, locale: 'es-419' });
    expect(spanish.edit!.content).toBe('No se agreg\u00F3 nada: esa direcci\u00F3n est\u00E1 en una red privada.');
  });
});

describe('/story add from an attached file', () => {
  it('GIVEN a saved page attached THEN that server is answered from it', async () => {
    const attachmentId = snowflake();
    const path = `/attachments/${attachmentId}/market.html`;
    standIn.attachments.set(path, MARKET);
    const url = `http://127.0.0.1:${standIn.port}${path}`;
    const resolved = {
      attachments: {
        [attachmentId]: { id: attachmentId, filename: 'market.html', size: MARKET.length, url, proxy_url: url, content_type: 'text/html' },
      },
    };
    const who = { ...moderator, guildId: FILE_GUILD };
    const { edit } = await deferred(subcommand('story', 'add', [{ name: 'file', value: attachmentId, type: 11 }], who, resolved));
    expect(edit!.content).toBe('Added story s2. This server\u2019s members are answered from it now.');
    expect(edit!.embeds![0]!.description).toContain('Riverside market hall to reopen after roof repairs');
    expect(await memberAsks('quote', 'who_or_topic', 'Omar Haddad', FILE_GUILD)).toContain('We survived, but only just');
  });

  it('GIVEN neither an address nor a file THEN the moderator is told to give one', async () => {
    const reply = await interact(subcommand('story', 'add', [], moderator));
    expect(reply.data!.content).toBe('Give a web address (`address`) or attach a file (`file`): one of the two.');
  });
});

describe('/story refresh', () => {
  it('GIVEN the page changed THEN refresh reads it again, and members get what it says now', async () => {
    ferryPage = FERRY.replace(
      '<p>The decision ends',
      '<p>Tickets for the winter sailings will go on sale on Nov. 20.</p>\n<p>The decision ends',
    );
    const { callback, edit } = await deferred(subcommand('story', 'refresh', [{ name: 'id', value: 's1' }], moderator));
    expect(callback.type).toBe(5);
    expect(edit!.content).toBe('Fetched story s1 again.');
    expect(edit!.embeds![0]!.description).toContain('3 quotes, 12 facts');
    expect(await memberAsks('ask', 'question', 'When do tickets for the winter sailings go on sale?')).toContain('Nov. 20');
  });
});

describe('a restart', () => {
  it('GIVEN the bot restarted with the page server down THEN the story is answered from the saved text, nothing fetched', async () => {
    const fetched = pages.requests.length;
    await pages.stop();
    await rig.bot.stop();
    standIn.dropConnection();
    rig.bot = new BotProcess(standIn.apiBase, env, rig.bot.databasePath);
    rig.bot.start();
    await rig.bot.waitForLog('ready');
    await standIn.waitForSession();
    expect(await memberAsks('ask', 'question', COST)).toContain('The extra sailings will cost about $1.4 million a year');
    expect(await memberAsks('ask', 'question', 'When do tickets for the winter sailings go on sale?')).toContain('Nov. 20');
    expect(await memberAsks('ask', 'question', COST, OTHER_GUILD)).not.toContain('$1.4 million');
    expect(pages.requests.length).toBe(fetched);
  });
});

describe('/story use and remove', () => {
  it('GIVEN /story use id:s0 THEN the server is answered from the shipped article again', async () => {
    const used = await interact(subcommand('story', 'use', [{ name: 'id', value: 's0' }], moderator));
    expect(used.data!.content).toBe('This server\u2019s members are answered from story s0 now.');
    expect(await memberAsks('quote', 'who_or_topic', 'Irene Castell')).not.toContain('We have waited a decade');
    expect(await memberAsks('quote', 'who_or_topic', 'Sheinbaum')).toContain('Claudia Sheinbaum');
  });

  it('GIVEN /story remove THEN a button confirms it; removed, it is out of the list and restore brings it back', async () => {
    const asked = await interact(subcommand('story', 'remove', [{ name: 'id', value: 's1' }], moderator));
    expect(asked.data!.content).toBe('Remove story s1, \u201CAlder Bay ferry to run through winter after council vote\u201D?');
    const button = asked.data!.components![0]!.components[0]!;
    expect(button.custom_id).toBe('story:remove:s1');
    const removed = await interact(buttonClick(button.custom_id, moderator));
    expect(removed.data!.content).toBe('Removed story s1. `/story restore id:s1` brings it back.');
    const list = await interact(subcommand('story', 'list', [], moderator));
    expect(list.data!.embeds![0]!.description).not.toContain('Alder Bay');
    const restored = await interact(subcommand('story', 'restore', [{ name: 'id', value: 's1' }], moderator));
    expect(restored.data!.content).toBe('Restored story s1. `/story use id:s1` makes it the current story.');
  });

  it("GIVEN another server's story id THEN it is not found there", async () => {
    const reply = await interact(subcommand('story', 'use', [{ name: 'id', value: 's1' }], { ...moderator, guildId: OTHER_GUILD }));
    expect(reply.data!.content).toBe('Nothing was changed: there is no story s1 in this server.');
  });
});

describe("members ask another of the server's stories", () => {
  it('GIVEN the story option (s1) while the current story is s0 THEN the answer comes from s1, its footer names it', async () => {
    const reply = await interact(
      slashCommand('ask', [
        { name: 'question', value: COST },
        { name: 'story', value: 's1' },
      ]),
    );
    const embed = reply.data!.embeds![0]!;
    expect(embed.description).toContain('The extra sailings will cost about $1.4 million a year');
    expect(embed.footer!.text).toMatch(/^Alder Bay ferry to run through winter after council vote \u00B7 Story of /u);
    expect(reply.data!.allowed_mentions).toEqual({ parse: [] });
  });

  it('GIVEN the answer from s1 THEN its Next button reads s1 again, though the current story is s0', async () => {
    const reply = await interact(
      slashCommand('quote', [
        { name: 'who_or_topic', value: 'Irene Castell' },
        { name: 'story', value: 's1' },
      ]),
    );
    const next = reply.data!.components![0]!.components[0]!;
    expect(next.custom_id).toMatch(/^ans:n:q:\d+:s1:Irene Castell$/u);
    const paragraph = reply.data!.components![0]!.components[1]!;
    const shown = await interact(buttonClick(paragraph.custom_id, {}, reply.data!.components));
    expect(shown.data!.embeds?.[0]?.description ?? shown.data!.content).toContain('We have waited a decade');
  });

  it("GIVEN another server's story id, or one that does not exist THEN a private line says so", async () => {
    const reply = await interact(
      slashCommand(
        'ask',
        [
          { name: 'question', value: COST },
          { name: 'story', value: 's1' },
        ],
        { guildId: OTHER_GUILD },
      ),
    );
    expect(reply.data!.flags).toBe(EPHEMERAL);
    expect(reply.data!.content).toBe('This server has no story s1; `/story list` shows its stories.');
  });

  it('GIVEN the story option being typed THEN autocomplete offers the server’s stories by headline', async () => {
    const reply = await interact(autocomplete('facts', 'story', 'ferry'));
    expect(reply.data!.choices).toEqual([{ name: 's1 \u00B7 Alder Bay ferry to run through winter after council vote', value: 's1' }]);
  });

  it('GIVEN /about THEN it lists the server’s stories, the current one marked', async () => {
    const reply = await interact(slashCommand('about', []));
    const field = reply.data!.embeds![0]!.fields!.find((f) => f.name.startsWith('Stories of this server'))!;
    expect(field.value).toMatch(/^s0 \u2605 /u);
    expect(field.value).toContain('s1 Alder Bay ferry');
  });
});

describe("a moderator's entries belong to the story they were added in", () => {
  const FARE = 'Islanders will ride the winter ferry for two dollars a trip.';
  const FARE_QUESTION = 'What will islanders pay for a winter ferry trip?';

  /** Every answer's text to a member's /ask, from the current story or the one named. */
  async function askTexts(story?: string): Promise<string> {
    const reply = await interact(
      slashCommand('ask', [{ name: 'question', value: FARE_QUESTION }, ...(story ? [{ name: 'story', value: story }] : [])]),
    );
    return JSON.stringify(reply.data);
  }

  it('GIVEN an entry added while s1 is current THEN /ask in s1 finds it, and /ask with story:s0 does not', async () => {
    expect((await interact(subcommand('story', 'use', [{ name: 'id', value: 's1' }], moderator))).data!.flags).toBe(EPHEMERAL);
    const saved = await interact(modalSubmit('entry:add:fact:-', { text: FARE, claim_by: '', source: '' }, moderator));
    expect(saved.data!.content).toMatch(/^Saved entry m\d+\./u);

    expect(await askTexts()).toContain(FARE);
    expect(await askTexts('s0')).not.toContain(FARE);
  });

  it("GIVEN /entry list THEN the current story's entries, each with its story; back on s0 the entry is still asked with story:s1", async () => {
    const listed = await interact(subcommand('entry', 'list', [], moderator));
    expect(listed.data!.embeds![0]!.title).toBe('Entries of this server \u00B7 s1');
    expect(listed.data!.embeds![0]!.description).toMatch(/^m\d+ \u00B7 s1 \u00B7 fact \u00B7 Islanders will ride/u);

    await interact(subcommand('story', 'use', [{ name: 'id', value: 's0' }], moderator));
    expect(await askTexts()).not.toContain(FARE);
    expect(await askTexts('s1')).toContain(FARE);
    const onS0 = await interact(subcommand('entry', 'list', [], moderator));
    expect(onS0.data!.embeds![0]!.description).not.toContain('Islanders will ride');
    const all = await interact(subcommand('entry', 'list', [{ name: 'story', value: 'all' }], moderator));
    expect(all.data!.embeds![0]!.description).toContain('\u00B7 s1 \u00B7 fact \u00B7 Islanders will ride');
    // Its page buttons keep the story asked for.
    const next = all.data!.components![0]!.components[1]!;
    expect(next.custom_id).toBe('entry:list:1:-:all:');
    const paged = await interact(buttonClick('entry:list:0:-:s1:', moderator, all.data!.components));
    expect(paged.data!.embeds![0]!.title).toBe('Entries of this server \u00B7 s1');
  });
});
