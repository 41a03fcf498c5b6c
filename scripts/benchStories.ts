/**
 * What stories cost (`npm run bench -- stories`): a moderator's `/story add` from a file (read, saved, indexed) for
 * each of our own articles and pages, the first question after a restart (the story rebuilt from its saved text and
 * indexed, once per story), a question once it is built, and the resident memory of all those stories' knowledge
 * beside the shipped article's (the thesaurus and word vectors are shared). Figures are printed, never asserted.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadKnowledge } from '../src/knowledge.js';
import { EntryStore } from '../src/store/EntryStore.js';
import { StoryDesk } from '../src/store/StoryDesk.js';

const FIXTURES = join('test', 'fixtures');

function ms(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return `median ${at(0.5).toFixed(0)} ms, slowest ${sorted.at(-1)!.toFixed(0)} ms over ${sorted.length}`;
}

function rss(): number {
  return process.memoryUsage().rss / 2 ** 20;
}

export async function benchStories(): Promise<void> {
  const files = [
    ...readdirSync(FIXTURES)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => join(FIXTURES, name)),
    ...['ferry-winter.html', 'library-hours.html', 'market-hall-minified.html'].map((name) => join(FIXTURES, 'pages', name)),
  ];
  const dir = mkdtempSync(join(tmpdir(), 'storydesk-bench-stories-'));
  const path = join(dir, 'bot.db');
  try {
    let store = EntryStore.open(path);
    let shipped = loadKnowledge('data/article.txt', store);
    const options = { ratePerMinute: 1000, maxStoriesPerServer: 1000 };
    let desk = new StoryDesk(store, shipped, options);
    const adds: number[] = [];
    for (const [i, file] of files.entries()) {
      const started = performance.now();
      const added = await desk.add(`g${i}`, 'mod', { kind: 'file', name: file, bytes: readFileSync(file) });
      adds.push(performance.now() - started);
      if (!added.ok) throw new Error(`${file}: ${added.message}`);
    }
    console.log(`stories: /story add from a file (read, saved, indexed): ${ms(adds)}`);
    store.close();

    // A restart: every server's story is rebuilt from its saved text on its first question.
    store = EntryStore.open(path);
    shipped = loadKnowledge('data/article.txt', store);
    desk = new StoryDesk(store, shipped, options);
    // The thesaurus is read on the first question of the process, whatever the story: not a story's cost.
    shipped.answererFor('warm-up').answer('ask', 'what did the president say?', { guildId: 'warm-up' });
    const before = rss();
    const firsts: number[] = [];
    const asks: number[] = [];
    for (const i of files.keys()) {
      let started = performance.now();
      const knowledge = desk.knowledgeFor(`g${i}`)!;
      knowledge.answererFor(`g${i}`).answer('ask', 'what did the mayor say?', { guildId: `g${i}` });
      firsts.push(performance.now() - started);
      started = performance.now();
      knowledge.answererFor(`g${i}`).answer('ask', 'how much will it cost?', { guildId: `g${i}` });
      asks.push(performance.now() - started);
    }
    console.log(`stories: first question after a restart (rebuilt from the saved text, indexed, answered): ${ms(firsts)}`);
    console.log(`stories: a question once built: ${ms(asks)}`);
    console.log(
      `stories: resident memory ${before.toFixed(0)} MiB with the shipped article, ${rss().toFixed(0)} MiB with ${files.length} more stories built`,
    );
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
