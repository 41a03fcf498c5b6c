import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handleConsoleLine } from '../../src/console/runConsole.js';
import { loadKnowledge } from '../../src/knowledge.js';
import { ROOT, STORY } from '../paths.js';

const knowledge = loadKnowledge(STORY);
const session = { knowledge, desk: null };

describe('offline console', () => {
  it('GIVEN /quote sheinbaum THEN her words and the attribution line', () => {
    const reply = handleConsoleLine(session, '/quote sheinbaum');
    expect(reply).toContain('We reject any form of intervention');
    expect(reply).toContain('\u2014 Claudia Sheinbaum, Mexican President, in April');
    expect(reply).toContain('paragraph 11');
  });

  it('GIVEN /facts fentanyl THEN the fact with its source', () => {
    expect(handleConsoleLine(session, '/facts fentanyl')).toContain('according to the Government Accountability Office');
  });

  it('GIVEN an unknown command THEN a polite pointer to /help', () => {
    expect(handleConsoleLine(session, '/frobnicate')).toContain('/help');
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
