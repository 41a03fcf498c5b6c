import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { paddedPage, timePage } from '../../scripts/benchPages.js';
import { printPagesEvaluation, scorePage } from '../../scripts/evalPages.js';

const empty = mkdtempSync(join(tmpdir(), 'storydesk-no-pages-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

describe('scripts/evalPages', () => {
  it('GIVEN no published pages beside the clone THEN one line and no figures', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(printPagesEvaluation(false, empty)).toBeNull();
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]![0]).toMatch(/^pages: no published pages at .*; nothing to score$/u);
    log.mockRestore();
  });

  it('GIVEN a page of ours and its reference text THEN recovered, missed and extra paragraphs', () => {
    const html =
      '<html><head><title>T</title></head><body><article><p>The council voted on Monday night to keep the ferry running through the winter.</p>' +
      '<figure><img src="a.jpg"><figcaption>The ferry at dawn.</figcaption></figure><p>Island residents had asked for the service for eleven years, and they cheered.</p>' +
      '<p>By Jane Doe</p><p>The first winter sailing is on Dec. 1, the mayor said, and tickets cost the same as in summer.</p></article></body></html>';
    const reference =
      'The council voted on Monday night to keep the ferry running through the winter.\n\nIsland residents had asked for the service for eleven years, and they cheered.\n\nA paragraph the page does not have.\n';
    const figures = scorePage('ferry', html, reference);
    expect(figures).toMatchObject({ reference: 3, recovered: 2, extra: 1, missed: ['A paragraph the page does not have.'] });
    expect(figures.extras).toEqual(['The first winter sailing is on Dec. 1, the mayor said, and tickets cost the same as in summer.']);
  });
});

describe('scripts/benchPages', () => {
  it('GIVEN the padding THEN a page of at least 500 KB that still reads into the article', () => {
    const page = paddedPage();
    expect(Buffer.byteLength(page)).toBeGreaterThanOrEqual(500 * 1024);
    const timing = timePage('padded', page, 1);
    expect(timing.paragraphs).toBeGreaterThan(90);
    expect(timing.entries).toBeGreaterThan(0);
  });
});
