/**
 * Speed figures, printed, never asserted: `npm run bench`.
 * Story core: time to load the story, and p50/p99 of each command over repeated queries.
 */
import { performance } from 'node:perf_hooks';
import { loadKnowledge } from '../src/knowledge.js';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const started = performance.now();
const knowledge = loadKnowledge('data/article.txt');
console.log(`story load + index: ${(performance.now() - started).toFixed(1)} ms (${knowledge.index.size} entries)`);

const queries = ['sheinbaum', 'strikes', 'would trump ask mexico for permission', 'fentanyl china', 'how many strikes', 'capital of france'];
for (const command of ['quote', 'facts', 'ask'] as const) {
  const times: number[] = [];
  for (let round = 0; round < 200; round++) {
    for (const query of queries) {
      const t = performance.now();
      knowledge.answerer.answer(command, query);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  console.log(`${command}: p50 ${percentile(times, 50).toFixed(3)} ms, p99 ${percentile(times, 99).toFixed(3)} ms over ${times.length} queries`);
}
