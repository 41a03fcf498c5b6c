/**
 * How well articles are read out of web pages: for each published page in ../shared/eval/real/html, the share of
 * the reference paragraphs (../shared/eval/real/articles/<slug>.txt, split at blank lines) that come out verbatim
 * as paragraphs of their own (white space collapsed on both sides), and how many paragraphs come out that are not
 * in the reference (captions, credits, bylines, link lists: text the reference leaves out).
 *
 * Then the same after ingestion: the page's story (`storyFromPage`) against the story built from the reference
 * text (`buildStory`), paragraph by paragraph, since both go through `cleanArticle`; and how many paragraphs of the
 * pages were left out as not article text, by reason.
 *
 * `npx tsx scripts/evalPages.ts` prints a line per page and the totals; `--verbose` also lists the page's metadata
 * and every missed and extra paragraph. With no ../shared beside the clone it prints one line and exits 0.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildStory } from '../src/story/loadStory.js';
import type { PageMeta } from '../src/story/readPageMeta.js';
import { collapseWhitespace } from '../src/story/splitBlocks.js';
import { storyFromPage } from '../src/story/storyFromPage.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REAL_DIR = resolve(root, '..', 'shared', 'eval', 'real');

export interface PageFigures {
  slug: string;
  /** Paragraphs in the reference text. */
  reference: number;
  /** Reference paragraphs that came out verbatim, each as a paragraph of its own. */
  recovered: number;
  /** Paragraphs that came out and are not in the reference. */
  extra: number;
  missed: string[];
  extras: string[];
  /** After ingestion: paragraphs of the story built from the reference text, and how many the page's story has too. */
  storyReference: number;
  storyRecovered: number;
  storyExtra: number;
  meta: PageMeta;
  /** Paragraphs left out as not article text, by reason. */
  leftOut: Record<string, number>;
}

export interface PagesEvaluation {
  pages: PageFigures[];
  reference: number;
  recovered: number;
  extra: number;
  storyReference: number;
  storyRecovered: number;
  storyExtra: number;
  leftOut: Record<string, number>;
}

function referenceParagraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/u)
    .map(collapseWhitespace)
    .filter((p) => p.length > 0);
}

function compare(reference: string[], found: string[]): { missed: string[]; extras: string[] } {
  const foundSet = new Set(found);
  const referenceSet = new Set(reference);
  return { missed: reference.filter((p) => !foundSet.has(p)), extras: found.filter((p) => !referenceSet.has(p)) };
}

export function scorePage(slug: string, html: string, referenceText: string): PageFigures {
  const reference = referenceParagraphs(referenceText);
  const { page, story } = storyFromPage(html, `${slug}.html`);
  const { missed, extras } = compare(reference, page.paragraphs.map(collapseWhitespace));
  const storyReference = buildStory(referenceText, `${slug}.txt`).paragraphs.map((p) => p.text);
  const ingested = compare(
    storyReference,
    story.paragraphs.map((p) => p.text),
  );
  const leftOut: Record<string, number> = {};
  for (const { reason } of page.leftOut) leftOut[reason] = (leftOut[reason] ?? 0) + 1;
  return {
    slug,
    reference: reference.length,
    recovered: reference.length - missed.length,
    extra: extras.length,
    missed,
    extras,
    storyReference: storyReference.length,
    storyRecovered: storyReference.length - ingested.missed.length,
    storyExtra: ingested.extras.length,
    meta: page.meta,
    leftOut,
  };
}

/** Scores every page that has a reference text; null when the pages are not there. */
export function evaluatePages(realDir: string = REAL_DIR): PagesEvaluation | null {
  const htmlDir = join(realDir, 'html');
  if (!existsSync(htmlDir)) return null;
  const pages: PageFigures[] = [];
  for (const file of readdirSync(htmlDir).sort()) {
    if (!file.endsWith('.html')) continue;
    const slug = basename(file, '.html');
    const referencePath = join(realDir, 'articles', `${slug}.txt`);
    if (!existsSync(referencePath)) continue;
    pages.push(scorePage(slug, readFileSync(join(htmlDir, file), 'utf8'), readFileSync(referencePath, 'utf8')));
  }
  const sum = (pick: (p: PageFigures) => number): number => pages.reduce((total, p) => total + pick(p), 0);
  const leftOut: Record<string, number> = {};
  for (const page of pages) for (const [reason, count] of Object.entries(page.leftOut)) leftOut[reason] = (leftOut[reason] ?? 0) + count;
  return {
    pages,
    reference: sum((p) => p.reference),
    recovered: sum((p) => p.recovered),
    extra: sum((p) => p.extra),
    storyReference: sum((p) => p.storyReference),
    storyRecovered: sum((p) => p.storyRecovered),
    storyExtra: sum((p) => p.storyExtra),
    leftOut,
  };
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;
}

/** Prints the figures; returns them (null when the pages are absent, after one line saying so). */
export function printPagesEvaluation(verbose = false, realDir: string = REAL_DIR): PagesEvaluation | null {
  const result = evaluatePages(realDir);
  if (!result) {
    console.log(
      `pages: no published pages at ${join(realDir, 'html')} (the shared eval folder is not beside this clone); nothing to score`,
    );
    return null;
  }
  for (const page of result.pages) {
    console.log(
      `pages: ${page.slug}: ${page.recovered}/${page.reference} reference paragraphs (${percent(page.recovered, page.reference)}), ${page.extra} extra`,
    );
    if (verbose) {
      const { title, byline, published, outlet } = page.meta;
      console.log(
        `    meta: ${published ?? '(no date)'} | ${outlet ?? '(no outlet)'} | ${byline ?? '(no byline)'} | ${title ?? '(no headline)'}`,
      );
      for (const text of page.missed) console.log(`    missed: ${text.slice(0, 160)}`);
      for (const text of page.extras) console.log(`    extra:  ${text.slice(0, 160)}`);
    }
  }
  console.log(
    `pages: all ${result.pages.length}: ${result.recovered}/${result.reference} reference paragraphs (${percent(result.recovered, result.reference)}), ${result.extra} extra paragraphs`,
  );
  console.log(
    `pages: after ingestion (cleanArticle on both): ${result.storyRecovered}/${result.storyReference} paragraphs of the text file's story (${percent(result.storyRecovered, result.storyReference)}), ${result.storyExtra} extra`,
  );
  const reasons = Object.entries(result.leftOut).sort((a, b) => b[1] - a[1]);
  console.log(`pages: left out as not article text, by reason: ${reasons.map(([reason, count]) => `${reason} ${count}`).join(', ')}`);
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  printPagesEvaluation(process.argv.includes('--verbose'));
}
