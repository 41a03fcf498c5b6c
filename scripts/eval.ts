/**
 * Scores the question and attribution sets in ../shared/eval (format in its README) through the CLI
 * contract, exactly as an outside tool would: one `cli batch --json` process per question set, one
 * `cli entries --json` per attribution set. Prints the hit rate per set, the misses, and the overall rate;
 * for the published articles of `real/`, each half of SOURCES.md apart (A and B), with the silence rates
 * (how often the bot says nothing on a question the article answers, and on one it does not).
 * Then the same for the project's own sets in test/eval (our questions on our own articles in
 * test/fixtures, and on the shared ones), reported apart: they check that a method generalises.
 * Exit code 0 always: it measures.
 *
 *   npm run eval                 # every set
 *   npm run eval -- real         # only the published articles
 *   npm run eval -- real A       # only half A (or B)
 *   npm run eval -- --quiet      # totals only, no misses
 * After the question sets: how well the published web pages of real/html are read (scripts/evalPages.ts).
 *   EVAL_DIR=path npm run eval
 *   EVAL_FROM=pages npm run eval -- real   # the published articles read from their web pages
 *
 * A set named `<article>-questions.json` or `<article>.<name>-questions.json` asks about the article whose
 * file name starts with `<article>`: `story` is the one in data/, others are looked for in the set folder's
 * `articles/` and in test/fixtures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printPagesEvaluation } from './evalPages.js';
import { articleFor, halves, isHit, normalise, type Question, type ResultJson } from './evalSets.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(process.env['EVAL_DIR'] ?? join(root, '..', 'shared', 'eval'));
const realDir = join(evalDir, 'real');
const ownDir = join(root, 'test', 'eval');
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const only = args.filter((a) => !a.startsWith('--'));
const onlyReal = only[0] === 'real';
const onlyHalf = onlyReal ? (only[1]?.toUpperCase() ?? null) : null;

interface Attribution {
  quote: string;
  speaker: string;
}

/** Per silence rule of `/ask`: how often it kept the bot silent on an answerable question, and on an unanswerable one. */
const bySilence = new Map<string, { answerable: number; unanswerable: number }>();
/** Per attribution pattern: how many expected quotes it settled, and how many of those rightly. */
const bySieve = new Map<string, { hits: number; total: number }>();

/** Hits and counts, with the two silence counts of the issue's targets. */
interface Tally {
  hits: number;
  total: number;
  questions: number;
  questionHits: number;
  attributions: number;
  attributionHits: number;
  answerable: number;
  silentOnAnswerable: number;
  unanswerable: number;
  silentOnUnanswerable: number;
}

const emptyTally = (): Tally => ({
  hits: 0,
  total: 0,
  questions: 0,
  questionHits: 0,
  attributions: 0,
  attributionHits: 0,
  answerable: 0,
  silentOnAnswerable: 0,
  unanswerable: 0,
  silentOnUnanswerable: 0,
});

function addTally(into: Tally, from: Tally): void {
  for (const key of Object.keys(into) as Array<keyof Tally>) into[key] += from[key];
}

const nameKey = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019]/gu, "'")
    .toLowerCase()
    .trim();

/** `EVAL_FROM=pages`: the published articles read from their web pages (real/html) instead of their text files. */
const fromPages = process.env['EVAL_FROM'] === 'pages';

function cli(article: string, args: string[], input?: string): string {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli.ts'), '--story', article, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`cli ${args.join(' ')} failed: ${run.stderr}`);
  return run.stdout;
}

function scoreQuestions(file: string, article: string, misses: string[]): Tally {
  const tally = emptyTally();
  const questions = JSON.parse(readFileSync(file, 'utf8')) as Question[];
  const input = questions.map((q) => JSON.stringify({ command: q.command, query: q.query })).join('\n');
  const lines = cli(article, ['batch', '--json'], input).trim().split('\n');
  questions.forEach((question, i) => {
    const answer = JSON.parse(lines[i] ?? '{"results":[]}') as { results: ResultJson[]; silence?: string };
    const results = answer.results;
    if (results.length === 0 && file.includes(`${sep}real${sep}`)) {
      const reason = answer.silence ?? 'too little of the question in any entry';
      const line = bySilence.get(reason) ?? { answerable: 0, unanswerable: 0 };
      if (question.none) line.unanswerable++;
      else line.answerable++;
      bySilence.set(reason, line);
    }
    const hit = isHit(question, results);
    tally.total++;
    tally.questions++;
    if (question.none) {
      tally.unanswerable++;
      if (results.length === 0) tally.silentOnUnanswerable++;
    } else {
      tally.answerable++;
      if (results.length === 0) tally.silentOnAnswerable++;
    }
    if (hit) {
      tally.hits++;
      tally.questionHits++;
    } else {
      const got = results[0] ? `${results[0].speaker?.name ?? '-'}: ${results[0].text.slice(0, 90)}` : '(nothing)';
      misses.push(`  miss ${question.id} ${question.command} "${question.query}" → ${got}`);
    }
  });
  return tally;
}

function scoreAttributions(file: string, article: string, misses: string[]): Tally {
  const tally = emptyTally();
  const expected = JSON.parse(readFileSync(file, 'utf8')) as Attribution[];
  const entries = (JSON.parse(cli(article, ['entries', '--json'])) as { entries: Array<ResultJson & { kind: string }> }).entries;
  const quotes = entries.filter((e) => e.kind === 'quote');
  for (const item of expected) {
    tally.total++;
    tally.attributions++;
    const found = quotes.find(
      (q) => normalise(q.text).includes(normalise(item.quote)) && nameKey(q.speaker?.name ?? '') === nameKey(item.speaker),
    );
    const settledBy =
      (found ?? quotes.find((q) => normalise(q.text).includes(normalise(item.quote))))?.attributedBy ?? 'not extracted or no speaker';
    if (file.includes(`${sep}real${sep}`)) {
      const line = bySieve.get(settledBy) ?? { hits: 0, total: 0 };
      line.total++;
      if (found) line.hits++;
      bySieve.set(settledBy, line);
    }
    if (found) {
      tally.hits++;
      tally.attributionHits++;
    } else {
      const near = quotes.find((q) => normalise(q.text).includes(normalise(item.quote)));
      misses.push(
        `  miss "${item.quote}" (${item.speaker}) → ${near ? `attributed to ${near.speaker?.name ?? 'nobody'}` : 'not extracted'}`,
      );
    }
  }
  return tally;
}

const percent = (hits: number, total: number): string => `${hits}/${total} = ${((100 * hits) / Math.max(1, total)).toFixed(1)}%`;
const rate = (t: Tally): string => percent(t.hits, t.total);
const detail = (t: Tally): string =>
  [
    `questions ${percent(t.questionHits, t.questions)}`,
    `attributions ${percent(t.attributionHits, t.attributions)}`,
    `silent on answerable ${percent(t.silentOnAnswerable, t.answerable)}`,
    `silent on none ${percent(t.silentOnUnanswerable, t.unanswerable)}`,
  ].join('; ');

/** Scores the sets of a folder whose article name passes `keep`, printing each; returns the totals. */
function scoreFolder(folder: string, keep: (article: string) => boolean = () => true): Tally {
  const sets = readdirSync(folder)
    .filter((f) => f.endsWith('-questions.json') || f.endsWith('-attributions.json'))
    .sort();
  const tally = emptyTally();
  for (const file of sets) {
    const set = file.replace(/-(questions|attributions)\.json$/u, '');
    if (!keep(set.split('.')[0]!)) continue;
    const article = articleFor(set, folder, { evalDir, root, fromPages });
    const misses: string[] = [];
    const scored = file.endsWith('-questions.json')
      ? scoreQuestions(join(folder, file), article, misses)
      : scoreAttributions(join(folder, file), article, misses);
    addTally(tally, scored);
    console.log(`${file}: ${rate(scored)}`);
    if (!quiet) for (const miss of misses) console.log(miss);
  }
  return tally;
}

if (!existsSync(evalDir)) {
  console.log(`eval: no sets at ${evalDir} (the shared eval folder is not beside this clone); nothing to score`);
  process.exit(0);
}

if (!onlyReal) {
  const shared = scoreFolder(evalDir);
  console.log(`shared sets overall: ${rate(shared)}\n`);
}
if (existsSync(join(realDir, 'SOURCES.md'))) {
  const all = emptyTally();
  for (const [part, slugs] of halves(realDir)) {
    if (onlyHalf && part !== onlyHalf) continue;
    console.log(`published articles, half ${part}:`);
    const half = scoreFolder(realDir, (article) => slugs.includes(article));
    console.log(`half ${part}: ${rate(half)}; ${detail(half)}\n`);
    addTally(all, half);
  }
  console.log(`published articles overall: ${rate(all)}; ${detail(all)}`);
  console.log('silences of /ask on the published articles by the rule that decided them (answerable / unanswerable):');
  for (const [reason, line] of bySilence) console.log(`  ${reason}: ${line.answerable} / ${line.unanswerable}`);
  console.log('attributions of the published articles by the pattern that settled them:');
  for (const [sieve, line] of [...bySieve].sort((a, b) => b[1].total - a[1].total))
    console.log(`  ${sieve}: ${percent(line.hits, line.total)}`);
} else console.log('eval: no published articles (real/SOURCES.md missing); skipped');
if (!onlyReal) {
  console.log('\nreading the published web pages (real/html) against their reference texts:');
  printPagesEvaluation(false, realDir);
}
if (!onlyReal && !process.env['EVAL_DIR'] && existsSync(ownDir)) {
  console.log('\nproject sets (test/eval):');
  const own = scoreFolder(ownDir);
  console.log(`project overall: ${rate(own)}`);
}
