import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadStory, StoryLoadError } from '../../src/story/loadStory.js';

const dir = mkdtempSync(join(tmpdir(), 'storydesk-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PROSE = 'The council approved the budget on Monday. \u201CWe had no choice,\u201D Mayor Ana Ruiz said.\n';

/** Writes the bytes to a real file in the temporary folder and returns its path. */
function file(name: string, bytes: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** The one line loading the file stops with. */
function refusal(path: string): string {
  try {
    loadStory(path);
  } catch (error) {
    expect(error).toBeInstanceOf(StoryLoadError);
    return (error as Error).message;
  }
  throw new Error(`${path} loaded`);
}

describe('loadStory refuses what is not one article', () => {
  it('GIVEN a file over 2 MB THEN one line names the file and its size', () => {
    const path = file('huge.txt', PROSE.repeat(Math.ceil((3 * 1024 * 1024) / Buffer.byteLength(PROSE))));
    expect(refusal(path)).toBe(`${path}: the article is larger than 2 MB (3.0 MB)`);
  });

  it('GIVEN a file with NUL bytes THEN one line says it is not a text file', () => {
    const path = file('nul.txt', Buffer.concat([Buffer.from(PROSE), Buffer.from([0, 0, 1, 2]), Buffer.from(PROSE)]));
    expect(refusal(path)).toBe(`${path}: not a text file (it contains NUL bytes)`);
  });

  it('GIVEN a file that is not valid UTF-8 (Latin-1 bytes) THEN one line says so', () => {
    const path = file('latin1.txt', Buffer.from('Peñasco said the river had never been so low.\n', 'latin1'));
    expect(refusal(path)).toBe(`${path}: not a text file (it is not valid UTF-8)`);
  });

  it('GIVEN a file of mostly control characters THEN one line gives their share', () => {
    const path = file('controls.txt', `Header\n${'\u0001\u0002\u0003\u001B'.repeat(10)}\n`);
    expect(refusal(path)).toBe(`${path}: not a text file (83% of its characters are control characters)`);
  });

  it('GIVEN prose with a stray control character and a byte-order mark THEN it loads', () => {
    const path = file('stray.txt', `\uFEFF${PROSE}\u0007${PROSE}`);
    expect(loadStory(path).entries.some((entry) => entry.text === 'We had no choice,')).toBe(true);
  });

  it('GIVEN every refusal THEN it is one line', () => {
    for (const name of ['huge.txt', 'nul.txt', 'latin1.txt', 'controls.txt']) expect(refusal(join(dir, name))).not.toContain('\n');
  });
});
