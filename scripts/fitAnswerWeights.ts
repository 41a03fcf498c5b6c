/**
 * Fits the answer weights (src/search/answerWeights.ts) on one half of the published articles and reports
 * what they do on the other half and on the project's own sets: coordinate ascent, one weight at a time,
 * each tried at a few multiples of its value, kept only when it answers more development questions.
 * Prints the weights found; adopting them is an edit of answerWeights.ts, made only when the held-out half
 * and the own sets do not drop (a change that lifts one half and drops the other is fitting, not a method).
 *
 *   npm run fit -- A                      # develop on half A, check on B (and the reverse with B)
 *   npm run fit -- A '{"together": 1}'     # only report what these weights do
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Answerer } from '../src/search/Answerer.js';
import { ANSWER_WEIGHTS, type AnswerWeights } from '../src/search/answerWeights.js';
import { StoryIndex } from '../src/search/StoryIndex.js';
import { Thesaurus } from '../src/search/Thesaurus.js';
import { WordVectors } from '../src/search/WordVectors.js';
import { loadStory } from '../src/story/loadStory.js';
import { articleFor, halves, isHit, type Question } from './evalSets.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(process.env['EVAL_DIR'] ?? join(root, '..', 'shared', 'eval'));
const realDir = join(evalDir, 'real');
const ownDir = join(root, 'test', 'eval');
const develop = (process.argv[2] ?? 'A').toUpperCase();

if (!existsSync(join(realDir, 'SOURCES.md'))) {
  console.log(`fit: no published articles at ${realDir} (the shared eval folder is not beside this clone); nothing to fit`);
  process.exit(0);
}

interface QuestionSet {
  name: string;
  questions: Question[];
  answerer: Answerer;
}

/** The weights every answerer of the fit reads: changed in place between trials. */
const weights: AnswerWeights = { ...ANSWER_WEIGHTS };
const thesaurus = new Thesaurus();
const vectors = WordVectors.load();

function questionSets(folder: string, keep: (slug: string) => boolean): QuestionSet[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('-questions.json') && keep(file.split(/[.-]questions/u)[0]!.split('.')[0]!))
    .sort()
    .map((file) => {
      const set = file.replace(/-questions\.json$/u, '');
      const story = loadStory(articleFor(set, folder, { evalDir, root, fromPages: false }));
      const answerer = new Answerer(new StoryIndex(story.entries), thesaurus, vectors, weights);
      return { name: set, questions: JSON.parse(readFileSync(join(folder, file), 'utf8')) as Question[], answerer };
    });
}

function hits(sets: QuestionSet[]): number {
  let count = 0;
  for (const { questions, answerer } of sets) {
    for (const question of questions) {
      const results = answerer
        .answer(question.command, question.query)
        .results.map(({ entry }) => ({ text: entry.text, speaker: entry.speaker }));
      if (isHit(question, results)) count++;
    }
  }
  return count;
}

const parts = halves(realDir);
const check = [...parts.keys()].find((part) => part !== develop) ?? develop;
const inHalf = (part: string) => (slug: string) => (parts.get(part) ?? []).includes(slug);
const developSets = questionSets(realDir, inHalf(develop));
const checkSets = questionSets(realDir, inHalf(check));
const ownSets = existsSync(ownDir) ? questionSets(ownDir, () => true) : [];
const sharedSets = questionSets(evalDir, () => true);
const count = (sets: QuestionSet[]) => sets.reduce((sum, set) => sum + set.questions.length, 0);
const report = (label: string): void =>
  console.log(
    `${label}: half ${develop} ${hits(developSets)}/${count(developSets)}, half ${check} ${hits(checkSets)}/${count(checkSets)}, ` +
      `own ${hits(ownSets)}/${count(ownSets)}, shared ${hits(sharedSets)}/${count(sharedSets)}`,
  );

report('before');
// `npm run fit -- A '{"together":1}'`: only report what the given weights do, without a search.
const tried = process.argv[3];
if (tried) {
  Object.assign(weights, JSON.parse(tried) as Partial<AnswerWeights>);
  report(`with ${tried}`);
  process.exit(0);
}
const FACTORS = [0.5, 0.7, 0.85, 1.2, 1.5, 2];
const COVERAGE_STEPS = [-0.1, -0.05, 0.05, 0.1];
for (let round = 1; round <= 2; round++) {
  let best = hits(developSets);
  for (const key of Object.keys(weights) as Array<keyof AnswerWeights>) {
    const start = weights[key];
    const trials = key === 'minCoverage' ? COVERAGE_STEPS.map((step) => start + step) : FACTORS.map((factor) => start * factor);
    let chosen = start;
    for (const value of trials) {
      weights[key] = Number(value.toFixed(3));
      const score = hits(developSets);
      if (score > best) {
        best = score;
        chosen = weights[key];
      }
    }
    weights[key] = chosen;
    if (chosen !== start) console.log(`round ${round}: ${key} ${start} → ${chosen} (half ${develop}: ${best})`);
  }
}
report('after');
console.log(JSON.stringify(weights, null, 2));
