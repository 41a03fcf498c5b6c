/**
 * How long ingesting a web page takes: reading a ~500 KB page into paragraphs (`readArticlePage`), then building
 * the story from them (`buildStory`). The page is one of our own test pages padded to 500 KB the way real pages are
 * heavy (an inline script, long link lists, a long article); the largest shared page is timed too when
 * ../shared/eval/real/html is beside the clone. Figures are printed, never asserted.
 *
 * `npx tsx scripts/benchPages.ts`
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildStory } from '../src/story/loadStory.js';
import { readArticlePage } from '../src/story/readArticlePage.js';
import { articleText, storyMetaOf } from '../src/story/storyFromPage.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OWN_PAGE = join(root, 'test', 'fixtures', 'pages', 'ferry-winter.html');
const SHARED_PAGES = resolve(root, '..', 'shared', 'eval', 'real', 'html');
const TARGET_BYTES = 500 * 1024;
const ROUNDS = 10;

export interface PageTiming {
  name: string;
  bytes: number;
  paragraphs: number;
  entries: number;
  /** The first run in this process (reading, then building), module and JIT warm-up included. */
  firstReadMs: number;
  firstBuildMs: number;
  /** Median over the rounds after the first. */
  readMs: number;
  buildMs: number;
  totalMs: number;
}

/** Our own page, padded to `bytes`: the article eight times over, an inline script, and lists of related links. */
export function paddedPage(bytes: number = TARGET_BYTES): string {
  const html = readFileSync(OWN_PAGE, 'utf8');
  const body = /<div class="story-body">([\s\S]*?)<ul class="related-links">/u.exec(html)?.[1] ?? '';
  const longArticle = html.replace(body, body.repeat(8));
  const links = Array.from(
    { length: 40 },
    (_, i) => `<li><a href="/news/story-${i}/">Another story from the harbour, number ${i}</a></li>`,
  ).join('');
  let padding = '';
  for (let i = 0; Buffer.byteLength(longArticle) + Buffer.byteLength(padding) < bytes; i++) {
    padding +=
      i % 2 === 0
        ? `<aside class="rail"><h3>More news</h3><ul>${links}</ul></aside>\n`
        : `<script>window.__state_${i} = ${JSON.stringify({ id: i, items: Array.from({ length: 60 }, (_, j) => ({ j, slug: `item-${i}-${j}` })) })};</script>\n`;
  }
  return longArticle.replace('</body>', `${padding}</body>`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export function timePage(name: string, html: string, rounds: number = ROUNDS): PageTiming {
  const run = () => {
    const started = performance.now();
    const page = readArticlePage(html);
    const read = performance.now();
    const story = buildStory(articleText(page), name, storyMetaOf(page));
    const built = performance.now();
    return { read: read - started, build: built - read, paragraphs: story.paragraphs.length, entries: story.entries.length };
  };
  const first = run();
  const runs = Array.from({ length: rounds }, run);
  const readMs = median(runs.map((r) => r.read));
  const buildMs = median(runs.map((r) => r.build));
  return {
    name,
    bytes: Buffer.byteLength(html),
    paragraphs: first.paragraphs,
    entries: first.entries,
    firstReadMs: first.read,
    firstBuildMs: first.build,
    readMs,
    buildMs,
    totalMs: median(runs.map((r) => r.read + r.build)),
  };
}

function largestSharedPage(): string | null {
  if (!existsSync(SHARED_PAGES)) return null;
  const pages = readdirSync(SHARED_PAGES)
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(SHARED_PAGES, file));
  return pages.sort((a, b) => statSync(b).size - statSync(a).size)[0] ?? null;
}

function describe(t: PageTiming): string {
  return (
    `pages: ${t.name} (${Math.round(t.bytes / 1024)} KB, ${t.paragraphs} paragraphs, ${t.entries} entries): ` +
    `read ${t.readMs.toFixed(0)} ms + buildStory ${t.buildMs.toFixed(0)} ms = ${t.totalMs.toFixed(0)} ms ` +
    `(median of ${ROUNDS}; first run in the process ${t.firstReadMs.toFixed(0)} + ${t.firstBuildMs.toFixed(0)} = ${(t.firstReadMs + t.firstBuildMs).toFixed(0)} ms)`
  );
}

/** Times our padded page, and the largest shared page when there is one; prints a line for each. */
export function benchPages(): PageTiming[] {
  const timings = [timePage('own page padded to 500 KB', paddedPage())];
  const shared = largestSharedPage();
  if (shared) timings.push(timePage(`largest shared page ${shared.split('/').at(-1)}`, readFileSync(shared, 'utf8')));
  else console.log('pages: no shared pages beside this clone; timing our own page only');
  for (const timing of timings) console.log(describe(timing));
  return timings;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  benchPages();
}
