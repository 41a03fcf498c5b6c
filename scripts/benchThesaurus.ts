/**
 * `npm run bench -- thesaurus`: what the thesaurus costs a process, looked up in place (WordNetIndex, as the bot
 * reads it) against WordNet's index files parsed whole into a map first (as it read them before): the first
 * lookup's time, then the time and resident memory after 2,000 words of our articles are each asked for
 * synonyms, derivations and related words as `/ask` asks. Each way runs in a fresh process of its own, so
 * neither's memory counts in the other's. Medians of 3 runs; printed, never asserted.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Thesaurus } from '../src/search/Thesaurus.js';
import { wordNetDir } from '../src/search/WordNetIndex.js';
import { fullParseIndex } from '../test/search/fullParseIndex.js';

const WAYS = ['lookup', 'parse'] as const;
type Way = (typeof WAYS)[number];
const WORDS = 2_000;
const RUNS = 3;

interface Figures {
  firstMs: number;
  wordsMs: number;
  rssBeforeMiB: number;
  rssAfterMiB: number;
}

/** The first `count` different words of the shipped article and our fixtures, lower case, in reading order. */
function articleWords(count: number): string[] {
  const files = [
    'data/article.txt',
    ...readdirSync(join('test', 'fixtures'))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => join('test', 'fixtures', name)),
  ];
  const words = new Set<string>();
  for (const file of files)
    for (const word of readFileSync(file, 'utf8')
      .toLowerCase()
      .match(/[a-z]+/gu) ?? [])
      words.add(word);
  return [...words].slice(0, count);
}

const rss = (): number => process.memoryUsage().rss / 2 ** 20;

function run(way: Way): Figures {
  const words = articleWords(WORDS);
  const rssBeforeMiB = rss();
  const started = performance.now();
  const thesaurus = new Thesaurus(undefined, way === 'parse' ? fullParseIndex(wordNetDir()) : undefined);
  thesaurus.synonyms('strike');
  const firstMs = performance.now() - started;
  const asked = performance.now();
  for (const word of words) {
    if (thesaurus.knows(word)) thesaurus.isNoun(word);
    thesaurus.synonyms(word);
    thesaurus.derived(word);
    thesaurus.related(word);
  }
  const wordsMs = performance.now() - asked;
  return { firstMs, wordsMs, rssBeforeMiB, rssAfterMiB: rss() };
}

export function benchThesaurus(): void {
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  for (const way of WAYS) {
    const runs: Figures[] = [];
    for (let i = 0; i < RUNS; i++) {
      const child = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/benchThesaurus.ts', way], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(child.stderr);
      runs.push(JSON.parse(child.stdout) as Figures);
    }
    const [first, words, before, after] = (['firstMs', 'wordsMs', 'rssBeforeMiB', 'rssAfterMiB'] as const).map((key) =>
      median(runs.map((figures) => figures[key])),
    );
    const name = way === 'lookup' ? 'looked up in place' : 'parsed whole first';
    console.log(
      `thesaurus: ${name}: first lookup ${first!.toFixed(1)} ms; ${WORDS} words ${words!.toFixed(0)} ms; RSS ${before!.toFixed(0)} → ${after!.toFixed(0)} MiB (+${(after! - before!).toFixed(0)}) (medians of ${RUNS})`,
    );
  }
}

const way = process.argv[2];
if (process.argv[1]?.endsWith('benchThesaurus.ts') && WAYS.includes(way as Way)) console.log(JSON.stringify(run(way as Way)));
