import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PORT_STRIKE, ROOT } from '../paths.js';

/** The machine-readable contract of ../shared/eval/README.md, run as another tool would run it. */
function cli(args: string[], input?: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli.ts'), ...args], { cwd: ROOT, input, encoding: 'utf8' });
}

describe('cli --json contract', () => {
  it('GIVEN quote sheinbaum --json THEN one JSON object whose results carry kind, text, speaker, source, paragraph, score', () => {
    const run = cli(['quote', 'sheinbaum', '--json']);
    expect(run.status).toBe(0);
    const body = JSON.parse(run.stdout) as { query: string; results: Array<Record<string, unknown>> };
    expect(body.query).toBe('sheinbaum');
    expect(body.results[0]).toMatchObject({
      kind: 'quote',
      speaker: { name: 'Claudia Sheinbaum', role: 'Mexican President' },
      paragraph: 11,
    });
    expect(body.results[0]).toHaveProperty('source');
    expect(typeof body.results[0]!['score']).toBe('number');
  });

  it('GIVEN --story FILE entries --json THEN the entries of that article', () => {
    const run = cli(['--story', PORT_STRIKE, 'entries', '--json']);
    const body = JSON.parse(run.stdout) as { entries: Array<{ text: string; kind: string }> };
    expect(body.entries.some((e) => e.kind === 'quote' && e.text.includes('fair contract'))).toBe(true);
  });

  it('GIVEN batch --json with three lines, one malformed THEN three result lines in order', () => {
    const input = [
      '{"command":"ask","query":"How much is the stranded cargo worth?"}',
      'not json',
      '{"command":"quote","query":"albrecht"}',
    ].join('\n');
    const run = cli(['--story', PORT_STRIKE, 'batch', '--json'], input);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { results: Array<{ text: string; speaker: { name: string } | null }>; error?: string });
    expect(lines).toHaveLength(3);
    expect(lines[0]!.results[0]!.text).toContain('$30 million');
    expect(lines[1]!.error).toBeDefined();
    expect(lines[2]!.results[0]!.speaker?.name).toBe('Martin Albrecht');
  });

  it('GIVEN batch input with an empty line, a line of JSON that is not a query, and blank lines at the end THEN one output line per input line, aligned', () => {
    const input = [
      '{"command":"quote","query":"albrecht"}',
      '',
      '{"command":"shout","query":"x"}',
      '{"command":"ask","query":"How much is the stranded cargo worth?"}',
      '   ',
      '',
    ]
      .map((line) => `${line}\n`)
      .join('');
    const run = cli(['--story', PORT_STRIKE, 'batch', '--json'], input);
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { query: string | null; results: Array<{ text: string }>; error?: string });
    expect(lines).toHaveLength(6);
    expect(lines.map((l) => l.error ?? null)).toEqual([
      null,
      expect.stringMatching(/^line 2: the line is empty/u),
      expect.stringMatching(/^line 3: each line must be/u),
      null,
      expect.stringMatching(/^line 5: the line is empty/u),
      expect.stringMatching(/^line 6: the line is empty/u),
    ]);
    expect(lines[3]!.results[0]!.text).toContain('$30 million');
  });

  it('GIVEN a missing article file THEN one line naming the file and exit code 1', () => {
    const run = cli(['--story', '/nonexistent/article.txt', 'ask', 'x']);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('/nonexistent/article.txt: no such file');
  });

  it('GIVEN --story with a saved web page (.html) THEN the article read out of it, its quotes with their speakers', () => {
    const run = cli(['--story', join(ROOT, 'test', 'fixtures', 'pages', 'ferry-winter.html'), 'quote', 'castell', '--json']);
    expect(run.status).toBe(0);
    const body = JSON.parse(run.stdout) as { results: Array<{ text: string; speaker: { name: string } | null }> };
    expect(body.results[0]).toMatchObject({ text: 'We have waited a decade for somebody to say yes,', speaker: { name: 'Irene Castell' } });
  });

  it('GIVEN --story with a web address on a private network and no test setting THEN one line saying so, exit code 1', () => {
    const run = cli(['--story', 'http://127.0.0.1:9/story', 'ask', 'ferry']);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/private network|loopback|not allowed|refused/iu);
  });
});
