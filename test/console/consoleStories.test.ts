import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../paths.js';

/** `/story` in the offline console (`npm start` without a token), which acts as a moderator of one local server. */

const FERRY_PAGE = join(ROOT, 'test', 'fixtures', 'pages', 'ferry-winter.html');

function runConsole(input: string, database: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'main.ts')], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', DISCORD_TOKEN: '', DATABASE_PATH: database },
  });
}

describe('/story in the console', () => {
  it('GIVEN a saved page added THEN the console is answered from it, after a restart too, until /story use s0', () => {
    const database = join(mkdtempSync(join(tmpdir(), 'sd-stories-')), 'c.db');
    const first = runConsole(`/story add ${FERRY_PAGE}\n/quote Irene Castell\n/story list\n`, database);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('Added story s1; the console is answered from it now.');
    expect(first.stdout).toContain('Alder Bay ferry to run through winter after council vote');
    expect(first.stdout).toContain('Quoted: Irene Castell, Dev Anand');
    expect(first.stdout).toContain('We have waited a decade for somebody to say yes');
    expect(first.stdout).toMatch(/^s1 \u2605 Alder Bay ferry/mu);

    const second = runConsole('/quote Irene Castell\n/story use s0\n/quote Irene Castell\n/story remove s9\n', database);
    expect(second.status, second.stderr).toBe(0);
    const [before, after] = second.stdout.split('The console is answered from story s0 now');
    expect(before).toContain('We have waited a decade');
    expect(after).not.toContain('We have waited a decade');
    expect(after).toContain('Nothing removed: there is no story s9 in this server.');
  });
});
