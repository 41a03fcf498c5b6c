/**
 * Speed figures, printed, never asserted: `npm run bench` (all sections) or
 * `npm run bench -- core|ingest|pages|discord|import|coldstart` (coldstart: scripts/benchColdStart.ts).
 * - core: story load time and p50/p99 of each command on the story.
 * - ingest: load + index time of articles of 50 KB, 200 KB and 1 MB made of our own fixtures (test/fixtures, one
 *   after another, so names vary), and the time per KB: a steady rate shows the time grows linearly with length.
 * - pages: reading an article out of a web page and building its story, for our own page padded to 500 KB (and
 *   the largest shared page when ../shared is beside the clone).
 * - store: 100,000 stored entries over 1,000 servers: start-up time (open + index), resident memory, and
 *   add latency (validated, saved with its audit row, searchable) p50/p99.
 * - ask: `ask` on the story plus 10,000 entries against a plain MiniSearch query over the same entries.
 * - discord: the real bot process against the local stand-in: round trip from the stand-in dispatching an
 *   interaction to the reply arriving (p50/p99 over 1,000), and interactions per second one process sustains.
 * - import: the real bot importing 10,000 records in one server while `/about` is asked again and again in
 *   another: the round trip of those `/about` (p50/p99) against the same with no import running, and how long
 *   the import took from dispatch to its reply.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { loadKnowledge } from '../src/knowledge.js';
import { matchSpeakers } from '../src/search/matchSpeakers.js';
import { StoryIndex } from '../src/search/StoryIndex.js';
import { EntryDesk } from '../src/store/EntryDesk.js';
import { EntryStore, type EntryFields } from '../src/store/EntryStore.js';
import { loadStory } from '../src/story/loadStory.js';
import { benchColdStart } from './benchColdStart.js';
import { benchPages } from './benchPages.js';
import { BotProcess } from '../test/discord/BotProcess.js';
import { DiscordStandIn } from '../test/discord/DiscordStandIn.js';
import { importPayload } from '../test/discord/importPayload.js';
import { MODERATOR, slashCommand } from '../test/discord/payloads.js';
import { bigExport } from '../test/store/bigExport.js';

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
  const queries = [
    'sheinbaum',
    'strikes',
    'would trump ask mexico for permission',
    'fentanyl china',
    'how many strikes',
    'capital of france',
  ];
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

/** An article of at least `bytes` bytes: our own fixtures one after another, as often as it takes. */
function fixtureArticle(bytes: number): string {
  const folder = join('test', 'fixtures');
  const fixtures = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(folder, name), 'utf8'));
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = `${fixtures[i % fixtures.length]!.trim()}\n\n`;
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join('');
}

function benchIngest(): void {
  const dir = mkdtempSync(join(tmpdir(), 'storydesk-bench-'));
  try {
    const ingest = (path: string): { load: number; index: number; entries: number } => {
      const started = performance.now();
      const story = loadStory(path);
      const loaded = performance.now();
      const index = new StoryIndex(story.entries);
      return { load: loaded - started, index: performance.now() - loaded, entries: index.size };
    };
    const warmUp = join(dir, 'warm-up.txt');
    writeFileSync(warmUp, fixtureArticle(20_000));
    ingest(warmUp);
    for (const [label, bytes] of [
      ['50 KB', 50_000],
      ['200 KB', 200_000],
      ['1 MB', 1_000_000],
    ] as const) {
      const path = join(dir, `article-${bytes}.txt`);
      const text = fixtureArticle(bytes);
      writeFileSync(path, text);
      const { load, index, entries } = ingest(path);
      const kb = Buffer.byteLength(text) / 1000;
      console.log(
        `ingest: ${label} article (${entries} entries): load ${load.toFixed(0)} ms + index ${index.toFixed(0)} ms = ${(load + index).toFixed(0)} ms, ${((load + index) / kb).toFixed(2)} ms per KB`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
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
    console.log(
      `discord: throughput: ${(total / seconds).toFixed(0)} interactions/s (${total} interactions, ${concurrency} in flight, one bot process)`,
    );
  } finally {
    await bot.stop();
    await standIn.stop();
  }
}

async function benchImport(): Promise<void> {
  const standIn = new DiscordStandIn();
  await standIn.start();
  const bot = new BotProcess(standIn.apiBase, { LOG_LEVEL: 'warn', ENTRY_RATE_PER_MINUTE: '100000', MAX_ENTRIES_PER_SERVER: '20000' });
  bot.start();
  try {
    await standIn.waitForSession();
    const about = async (): Promise<number> => {
      const started = performance.now();
      const { id } = standIn.dispatchInteraction(slashCommand('about', [], { guildId: '1200000000000000202' }));
      await standIn.callbackFor(id, 30_000);
      return performance.now() - started;
    };
    for (let i = 0; i < 50; i++) await about(); // warm-up
    const idle: number[] = [];
    for (let i = 0; i < 300; i++) idle.push(await about());
    console.log(`import: /about with no import running: ${summary(idle)} interactions`);

    const file = bigExport(10_000);
    const moderator = { ...MODERATOR, userId: '1200000000000000030', guildId: '1200000000000000201' };
    const started = performance.now();
    const { token } = standIn.dispatchInteraction(importPayload(standIn, file, moderator));
    let done = false;
    const reply = standIn
      .waitForRequest((r) => r.method === 'PATCH' && r.path.includes(token), 120_000)
      .then((r) => {
        done = true;
        return { body: r.body as { content: string }, seconds: (performance.now() - started) / 1000 };
      });
    const during: number[] = [];
    while (!done) {
      const ms = await about();
      if (!done) during.push(ms);
    }
    const { body, seconds } = await reply;
    console.log(`import: /about in another server while a 10,000-record import runs: ${summary(during)} interactions`);
    console.log(
      `import: 10,000 records (${(file.length / 2 ** 20).toFixed(1)} MiB) from dispatch to reply: ${seconds.toFixed(2)} s ("${body.content}")`,
    );
  } finally {
    await bot.stop();
    await standIn.stop();
  }
}

/** Deterministic pseudo-random entries in news style, so every run measures the same data. */
function syntheticEntries(count: number, seed = 1): EntryFields[] {
  let state = seed;
  const random = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const first = ['Ana', 'Luis', 'Marta', 'Jorge', 'Elena', 'Pedro', 'Sofia', 'Diego', 'Laura', 'Tomas', 'Irene', 'Pablo'];
  const last = [
    'Garcia',
    'Lopez',
    'Hernandez',
    'Martinez',
    'Gonzalez',
    'Perez',
    'Sanchez',
    'Ramirez',
    'Torres',
    'Flores',
    'Rivera',
    'Gomez',
  ];
  const roles = ['Senator', 'Mayor', 'Governor', 'Spokesperson', 'Minister', 'Analyst', 'Councilmember', 'Director'];
  const nouns = [
    'border',
    'cartel',
    'shipment',
    'tariff',
    'bridge',
    'grant',
    'port',
    'drone',
    'treaty',
    'budget',
    'flood',
    'route',
    'election',
    'factory',
    'vote',
    'agency',
  ];
  const verbs = ['approved', 'rejected', 'delayed', 'expanded', 'inspected', 'funded', 'closed', 'reopened', 'questioned', 'announced'];
  const places = ['Tijuana', 'Monterrey', 'El Paso', 'Laredo', 'Sonora', 'Chihuahua', 'Riverton', 'Millbrook', 'Juarez', 'Nogales'];
  const entries: EntryFields[] = [];
  for (let i = 0; i < count; i++) {
    const noun = nouns[random(nouns.length)]!;
    const text = `The ${noun} near ${places[random(places.length)]} was ${verbs[random(verbs.length)]} after ${2 + random(400)} ${nouns[random(nouns.length)]}s were counted in ${2020 + random(6)}, report ${i}.`;
    const quote = random(2) === 0;
    entries.push({
      kind: quote ? 'quote' : 'fact',
      text,
      speakerName: quote ? `${first[random(first.length)]} ${last[random(last.length)]}` : null,
      speakerRole: quote ? roles[random(roles.length)]! : null,
      when: null,
      where: null,
      sourceName: quote ? null : 'the state agency',
      sourceUrl: quote ? null : 'https://agency.example.gov/reports',
      claimBy: null,
      corrects: null,
    });
  }
  return entries;
}

function benchStore(): void {
  const dir = mkdtempSync(join(tmpdir(), 'storydesk-bench-'));
  const path = join(dir, 'bench.db');
  try {
    const seed = EntryStore.open(path);
    const all = syntheticEntries(100_000);
    const seeding = performance.now();
    for (let server = 0; server < 1000; server++) seed.addMany(`guild-${server}`, 'seed', all.slice(server * 100, server * 100 + 100));
    seed.close();
    console.log(`store: seeded 100,000 entries over 1,000 servers in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);

    // Start-up and memory in a fresh process, as the bot would start: open the file, index everything.
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench.ts', 'startup', path], { encoding: 'utf8' });
    process.stdout.write(child.stdout);
    if (child.status !== 0) throw new Error(child.stderr);

    const store = EntryStore.open(path);
    const knowledge = loadKnowledge('data/article.txt', store);
    const desk = new EntryDesk(store, knowledge, { ratePerMinute: 1000 });
    const fresh = syntheticEntries(500, 99);
    const times: number[] = [];
    fresh.forEach((fields, i) => {
      const t = performance.now();
      const result = desk.add(`guild-${i % 1000}`, `bench-${i}`, fields, { force: true });
      times.push(performance.now() - t);
      if (!result.ok) throw new Error(`bench add failed: ${result.message}`);
    });
    const last = fresh.at(-1)!;
    const found = knowledge.answerer.answer('ask', last.text, { guildId: 'guild-499' }).results[0]?.entry.text === last.text;
    console.log(`store: add (validated, saved with audit row, fsync, indexed): ${summary(times)} adds; searchable at once: ${found}`);
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function benchAsk(): void {
  const dir = mkdtempSync(join(tmpdir(), 'storydesk-bench-'));
  try {
    const store = EntryStore.open(join(dir, 'ask.db'));
    const entries = syntheticEntries(10_000, 7);
    store.addMany('guild-1', 'seed', entries);
    const knowledge = loadKnowledge('data/article.txt', store);
    const plain = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
    plain.addAll([...knowledge.index.all().map((e, i) => ({ id: i, text: `${e.text} ${e.speaker?.name ?? ''}` }))]);
    const questions = [
      'How many suspected traffickers have died in the Caribbean strikes?',
      'What did Sheinbaum say about intervention?',
      'Which agency designated the cartels as terrorists?',
      'When was the bridge near Laredo reopened?',
      'What is the capital of France?',
      'How does most fentanyl enter the United States?',
    ];
    const ours: number[] = [];
    const theirs: number[] = [];
    const perQuestion = new Map<string, number[]>();
    for (const question of questions) knowledge.answerer.answer('ask', question, { guildId: 'guild-1' }); // warm-up: loads WordNet
    for (let round = 0; round < 100; round++) {
      for (const question of questions) {
        let t = performance.now();
        knowledge.answerer.answer('ask', question, { guildId: 'guild-1' });
        ours.push(performance.now() - t);
        perQuestion.set(question, [...(perQuestion.get(question) ?? []), performance.now() - t]);
        t = performance.now();
        plain.search(question, { fuzzy: 0.2, prefix: true });
        theirs.push(performance.now() - t);
      }
    }
    console.log(`ask: story + 10,000 entries: ${summary(ours)} questions`);
    const slowest = [...perQuestion.entries()]
      .map(([q, ts]) => [q, ts.reduce((a, b) => a + b, 0) / ts.length] as const)
      .sort((a, b) => b[1] - a[1])[0]!;
    console.log(`ask: slowest question on average: "${slowest[0]}" ${slowest[1].toFixed(2)} ms`);
    // What /quote's autocomplete does on each keystroke: speakers by prefix, then matching quotes.
    const typing = ['g', 'ga', 'garc', 'garcia', 'bor', 'border', 'laredo br'];
    const suggest: number[] = [];
    for (let round = 0; round < 100; round++) {
      for (const typed of typing) {
        const t = performance.now();
        matchSpeakers([typed], knowledge.answerer.speakers({ guildId: 'guild-1' }), { anyPrefix: true });
        knowledge.answerer.answer('quote', typed, { guildId: 'guild-1', limit: 25 });
        suggest.push(performance.now() - t);
      }
    }
    console.log(`ask: /quote autocomplete work per keystroke on 10,000 entries: ${summary(suggest)} keystrokes`);
    console.log(`ask: plain MiniSearch (fuzzy 0.2, prefix) over the same entries: ${summary(theirs)} questions`);
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Child-process half of the store bench: start-up time and resident memory of a fresh process. */
function benchStartup(path: string): void {
  const started = performance.now();
  const store = EntryStore.open(path);
  const knowledge = loadKnowledge('data/article.txt', store);
  const seconds = (performance.now() - started) / 1000;
  const rss = process.memoryUsage().rss / 2 ** 20;
  console.log(
    `store: start-up of a fresh process (open + index ${knowledge.index.size} entries): ${seconds.toFixed(2)} s; resident memory ${rss.toFixed(0)} MiB`,
  );
  store.close();
}

const sections = process.argv.slice(2);
if (sections[0] === 'startup') {
  benchStartup(sections[1]!);
  process.exit(0);
}
const wants = (name: string): boolean => sections.length === 0 || sections.includes(name);
if (wants('core')) benchCore();
if (wants('ingest')) benchIngest();
if (wants('pages')) benchPages();
if (wants('ask')) benchAsk();
if (wants('store')) benchStore();
if (wants('discord')) await benchDiscord();
if (wants('import')) await benchImport();
if (wants('coldstart')) await benchColdStart();
