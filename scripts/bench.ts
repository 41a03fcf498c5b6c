/**
 * Speed figures, printed, never asserted: `npm run bench` (all sections) or `npm run bench -- core|discord`.
 * - core: story load time and p50/p99 of each command on the story.
 * - discord: the real bot process against the local stand-in: round trip from the stand-in dispatching an
 *   interaction to the reply arriving (p50/p99 over 1,000), and interactions per second one process sustains.
 */
import { performance } from 'node:perf_hooks';
import { loadKnowledge } from '../src/knowledge.js';
import { BotProcess } from '../test/discord/BotProcess.js';
import { DiscordStandIn } from '../test/discord/DiscordStandIn.js';
import { slashCommand } from '../test/discord/payloads.js';

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(3)} ms, p99 ${percentile(sorted, 99).toFixed(3)} ms over ${sorted.length}`;
}

function benchCore(): void {
  const started = performance.now();
  const knowledge = loadKnowledge('data/article.txt');
  console.log(`core: story load + index: ${(performance.now() - started).toFixed(1)} ms (${knowledge.index.size} entries)`);
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
    console.log(`core: ${command}: ${summary(times)} queries`);
  }
}

async function benchDiscord(): Promise<void> {
  const standIn = new DiscordStandIn();
  await standIn.start();
  const bot = new BotProcess(standIn.apiBase, { LOG_LEVEL: 'warn' });
  bot.start();
  try {
    await standIn.waitForSession();
    const queries = ['sheinbaum', 'trump', 'mexico city', 'rapid response 47'];
    const roundTrip = async (i: number): Promise<number> => {
      const started = performance.now();
      const { id } = standIn.dispatchInteraction(slashCommand('quote', [{ name: 'who_or_topic', value: queries[i % queries.length]! }]));
      await standIn.callbackFor(id, 30_000);
      return performance.now() - started;
    };
    for (let i = 0; i < 50; i++) await roundTrip(i); // warm-up
    const times: number[] = [];
    for (let i = 0; i < 1000; i++) times.push(await roundTrip(i));
    console.log(`discord: round trip dispatch → reply (sequential): ${summary(times)} interactions`);

    const total = 3000;
    const concurrency = 50;
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < total) await roundTrip(next++);
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(`discord: throughput: ${(total / seconds).toFixed(0)} interactions/s (${total} interactions, ${concurrency} in flight, one bot process)`);
  } finally {
    await bot.stop();
    await standIn.stop();
  }
}

const sections = process.argv.slice(2);
const wants = (name: string): boolean => sections.length === 0 || sections.includes(name);
if (wants('core')) benchCore();
if (wants('discord')) await benchDiscord();
