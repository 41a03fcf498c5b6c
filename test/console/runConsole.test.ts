import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type ConsoleSession, handleConsoleLine } from '../../src/console/runConsole.js';
import { loadKnowledge } from '../../src/knowledge.js';
import { EntryDesk } from '../../src/store/EntryDesk.js';
import { EntryStore } from '../../src/store/EntryStore.js';
import { ROOT, STORY } from '../paths.js';

const knowledge = loadKnowledge(STORY);
const session = { knowledge, desk: null };

describe('offline console', () => {
  it('GIVEN /quote sheinbaum THEN her words and the attribution line', async () => {
    const reply = await handleConsoleLine(session, '/quote sheinbaum');
    expect(reply).toContain('We reject any form of intervention');
    expect(reply).toContain('\u2014 Claudia Sheinbaum, Mexican President, in April');
    expect(reply).toContain('(paragraph 11 \u00B7 q11-21)');
  });

  it('GIVEN a quote that closed with a comma before "Mexican President Claudia Sheinbaum said" THEN it is shown without that comma', async () => {
    const reply = await handleConsoleLine(session, '/quote sheinbaum');
    expect(reply).toContain('does not subordinate itself\u201D');
  });

  it('GIVEN /facts fentanyl THEN the fact with its source', async () => {
    expect(await handleConsoleLine(session, '/facts fentanyl')).toContain('according to the Government Accountability Office');
  });

  it('GIVEN an unknown command THEN a polite pointer to /help', async () => {
    expect(await handleConsoleLine(session, '/frobnicate')).toContain('/help');
  });

  it('GIVEN piped input to npm start with no token THEN the answers are printed and the process exits 0', () => {
    const run = spawnSync('npm', ['start', '--silent'], {
      cwd: ROOT,
      input: '/quote sheinbaum\n/ask\n',
      encoding: 'utf8',
      env: { ...process.env, DISCORD_TOKEN: '', DATABASE_PATH: join(mkdtempSync(join(tmpdir(), 'sd-')), 'c.db') },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Claudia Sheinbaum');
    expect(run.stdout).toContain('Please type something');
  });

  it('GIVEN an empty article file THEN start-up stops with one line naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-'));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '  \n');
    const run = spawnSync('npm', ['start', '--silent'], {
      cwd: ROOT,
      input: '',
      encoding: 'utf8',
      env: { ...process.env, DISCORD_TOKEN: '', STORY_PATH: empty },
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`${empty}: the article is empty`);
    expect(existsSync(join(dir, 'never-made.db'))).toBe(false);
  });
});

describe('console paging and moderator fields', () => {
  const store = EntryStore.open(join(mkdtempSync(join(tmpdir(), 'sd-console-')), 'c.db'));
  const withDesk: ConsoleSession = { knowledge, desk: new EntryDesk(store, knowledge, { ratePerMinute: 100 }) };
  afterAll(() => store.close());

  it('GIVEN more results than shown THEN "(N more: type /more)", and /more shows the next ones until all are shown', async () => {
    const first = (await handleConsoleLine(withDesk, '/quote trump'))!;
    const total = knowledge.answererFor('console').answer('quote', 'trump', { guildId: 'console' }).results.length;
    expect(total).toBeGreaterThan(6);
    expect(first).toContain(`(${total - 3} more: type /more)`);
    const second = (await handleConsoleLine(withDesk, '/more'))!;
    expect(second).toContain(`(${total - 6} more: type /more)`);
    expect(second).not.toContain(first.split('\n')[0]!);
    let pages = 2;
    while (!(await handleConsoleLine(withDesk, '/more'))!.startsWith('That was all')) pages++;
    expect(pages).toBe(Math.ceil(total / 3));
  });

  it('GIVEN a misspelt field THEN the line is refused naming the field and the one meant, nothing saved', async () => {
    const reply = await handleConsoleLine(
      withDesk,
      '/entry add kind:fact text:"A fact with a misspelt source." sourse:"NBC https://nbc.example"',
    );
    expect(reply).toMatch(/^Nothing done: sourse is not a field of \/entry add \(did you mean source\?\)/u);
    expect(await handleConsoleLine(withDesk, '/entry list')).toBe('No entries yet.');
  });

  it("GIVEN an action that names Object's own members (/entry __proto__) THEN the moderator commands are listed, nothing thrown", async () => {
    expect(await handleConsoleLine(withDesk, '/entry __proto__ x:1')).toContain('/entry add');
  });

  it('GIVEN words outside quotes THEN refused: they are not silently dropped from the text', async () => {
    const reply = await handleConsoleLine(withDesk, '/entry add kind:fact text:Several words without quotes');
    expect(reply).toContain('\u201Cwords without quotes\u201D is not a field');
    expect(await handleConsoleLine(withDesk, '/entry list')).toBe('No entries yet.');
  });

  it("GIVEN an entry added THEN list and show name its story, and a list of another story's entries has none of it", async () => {
    expect(await handleConsoleLine(withDesk, '/entry add kind:fact text:"The harbour closed for a week in March."')).toMatch(/^Saved/u);
    const listed = (await handleConsoleLine(withDesk, '/entry list'))!;
    expect(listed).toMatch(/^m\d+ \u00B7 s0 \u00B7 fact \u00B7 The harbour closed/u);
    const id = listed.split(' ')[0]!;
    expect(await handleConsoleLine(withDesk, `/entry show id:${id}`)).toContain('\nstory: s0\n');
    expect(await handleConsoleLine(withDesk, '/entry list story:s1')).toBe('No entries yet.');
    expect(await handleConsoleLine(withDesk, '/entry list story:all')).toBe(listed);
    expect(await handleConsoleLine(withDesk, '/entry list story:yesterday')).toBe(
      '\u201Cyesterday\u201D is not a story id: write one like s1, or all.',
    );
    expect(await handleConsoleLine(withDesk, `/entry remove id:${id}`)).toMatch(/^Removed/u);
  });

  it('GIVEN no text THEN "text is missing"', async () => {
    expect(await handleConsoleLine(withDesk, '/entry add kind:fact')).toBe('Not saved: text is missing.');
    expect(await handleConsoleLine(withDesk, '/entry add text:"Which kind is this?"')).toBe('Not saved: kind is missing (quote or fact).');
  });
});

describe('piped console', () => {
  it('GIVEN queries piped to npm start THEN each answer follows its question, echoed', () => {
    const run = spawnSync('npm', ['start', '--silent'], {
      cwd: ROOT,
      input: '/quote sheinbaum\n\n/facts fentanyl\n',
      encoding: 'utf8',
      env: { ...process.env, DISCORD_TOKEN: '', DATABASE_PATH: join(mkdtempSync(join(tmpdir(), 'sd-')), 'c.db') },
    });
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('> /quote sheinbaum');
    expect(lines[1]).toContain('We reject any form of intervention');
    const second = lines.indexOf('> /facts fentanyl');
    expect(second).toBeGreaterThan(1);
    expect(lines.slice(second + 1).join('\n')).toContain('Government Accountability Office');
  });
});
