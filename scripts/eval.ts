/**
 * Scores the question and attribution sets in ../shared/eval (format in its README) through the CLI
 * contract, exactly as an outside tool would: one `cli batch --json` process per set.
 * Prints the hit rate per set, the misses, and the overall rate. Exit code 0 always: it measures.
 * Then the same for the project's own sets in test/eval (our questions on our own articles in
 * test/fixtures, and on the shared ones), reported apart: they check that a method generalises.
 *
 *   npm run eval            # every set
 *   EVAL_DIR=path npm run eval
 *
 * A set named `<article>-questions.json` or `<article>.<name>-questions.json` asks about the article whose
 * file name starts with `<article>`: `story` is the one in data/, others are looked for in the eval
 * folder's `articles/` and in test/fixtures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(process.env['EVAL_DIR'] ?? join(root, '..', 'shared', 'eval'));
const ownDir = join(root, 'test', 'eval');

interface Question {
  id: string;
  command: 'quote' | 'facts' | 'ask';
  query: string;
  anyOf?: string[];
  speaker?: string;
  none?: boolean;
}
interface Attribution {
  quote: string;
  speaker: string;
}
interface ResultJson {
  text: string;
  speaker: { name: string } | null;
}

const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\u2019\u2018]/gu, "'")
    .replace(/[\u201C\u201D]/gu, '"')
    .replace(/\s+/gu, ' ')
    .trim();
const nameKey = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .trim();

function articleFor(set: string): string {
  const name = set.split('.')[0]!;
  if (name === 'story') return join(root, 'data', 'article.txt');
  for (const dir of [join(evalDir, 'articles'), join(root, 'test', 'fixtures')]) {
    if (!existsSync(dir)) continue;
    const file = readdirSync(dir).find((f) => f.startsWith(name) && f.endsWith('.txt'));
    if (file) return join(dir, file);
  }
  throw new Error(`no article for set ${set}`);
}

function cli(article: string, args: string[], input?: string): string {
  const run = spawnSync('npx', ['tsx', join(root, 'src', 'cli.ts'), '--story', article, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`cli ${args.join(' ')} failed: ${run.stderr}`);
  return run.stdout;
}

function isHit(question: Question, results: ResultJson[]): boolean {
  if (question.none) return results.length === 0;
  const first = results[0];
  if (!first || first.text.length > 400) return false;
  const text = normalise(first.text);
  if (!(question.anyOf ?? []).some((answer) => text.includes(normalise(answer)))) return false;
  if (question.speaker && !(first.speaker?.name ?? '').toLowerCase().includes(question.speaker.toLowerCase())) return false;
  return true;
}

/** Scores every set in a folder, printing each; returns hits and count over all of them. */
function scoreFolder(folder: string): { hits: number; total: number } {
  const sets = readdirSync(folder)
    .filter((f) => f.endsWith('-questions.json') || f.endsWith('-attributions.json'))
    .sort();
  let totalHits = 0;
  let total = 0;
  for (const file of sets) {
    const set = file.replace(/-(questions|attributions)\.json$/u, '');
    const article = articleFor(set);
    if (!existsSync(article)) throw new Error(`missing article ${article}`);
    const misses: string[] = [];
    let hits = 0;
    let count = 0;
    if (file.endsWith('-questions.json')) {
      const questions = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Question[];
      const input = questions.map((q) => JSON.stringify({ command: q.command, query: q.query })).join('\n');
      const lines = cli(article, ['batch', '--json'], input).trim().split('\n');
      questions.forEach((question, i) => {
        const results = (JSON.parse(lines[i] ?? '{"results":[]}') as { results: ResultJson[] }).results;
        count++;
        if (isHit(question, results)) hits++;
        else {
          const got = results[0] ? `${results[0].speaker?.name ?? '-'}: ${results[0].text.slice(0, 90)}` : '(nothing)';
          misses.push(`  miss ${question.id} ${question.command} "${question.query}" → ${got}`);
        }
      });
    } else {
      const expected = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Attribution[];
      const entries = (JSON.parse(cli(article, ['entries', '--json'])) as { entries: Array<ResultJson & { kind: string }> }).entries;
      const quotes = entries.filter((e) => e.kind === 'quote');
      for (const item of expected) {
        count++;
        const found = quotes.find(
          (q) => normalise(q.text).includes(normalise(item.quote)) && nameKey(q.speaker?.name ?? '') === nameKey(item.speaker),
        );
        if (found) hits++;
        else {
          const near = quotes.find((q) => normalise(q.text).includes(normalise(item.quote)));
          misses.push(
            `  miss "${item.quote}" (${item.speaker}) → ${near ? `attributed to ${near.speaker?.name ?? 'nobody'}` : 'not extracted'}`,
          );
        }
      }
    }
    totalHits += hits;
    total += count;
    console.log(`${file}: ${hits}/${count} = ${((100 * hits) / count).toFixed(1)}%`);
    for (const miss of misses) console.log(miss);
  }
  return { hits: totalHits, total };
}

const rate = ({ hits, total }: { hits: number; total: number }): string =>
  `${hits}/${total} = ${((100 * hits) / Math.max(1, total)).toFixed(1)}%`;
const shared = scoreFolder(evalDir);
console.log(`overall: ${rate(shared)}`);
if (!process.env['EVAL_DIR'] && existsSync(ownDir)) {
  console.log('\nproject sets (test/eval):');
  console.log(`project overall: ${rate(scoreFolder(ownDir))}`);
}
