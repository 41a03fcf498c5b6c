/**
 * Speed figures, printed, never asserted: `npm run bench` (all sections) or
 * `npm run bench -- core|ingest|pages|stories|discord|import|scale|coldstart|thesaurus|postgres` (coldstart:
 * scripts/benchColdStart.ts; thesaurus: scripts/benchThesaurus.ts; postgres: scripts/benchPostgres.ts).
 * - core: story load time and p50/p99 of each command on the story.
 * - ingest: load + index time of articles of 50 KB, 200 KB and 1 MB made of our own fixtures (test/fixtures, one
 *   after another, so names vary), and the time per KB: a steady rate shows the time grows linearly with length.
 * - pages: reading an article out of a web page and building its story, for our own page padded to 500 KB (and
 *   the largest shared page when ../shared is beside the clone).
 * - stories: `/story add` from our own files and pages, the first question after a restart (each story rebuilt from
 *   its saved text), a question once built, and the memory of those stories' knowledge (see benchStories.ts).
 * - store: add latency (validated, saved with its audit row, searchable) p50/p99 with 100,000 stored entries over
 *   1,000 servers.
 * - ask: `ask` on the story plus 10,000 entries of one server against plain MiniSearch (stop words removed) over the
 *   same entries, and `/quote`'s autocomplete per keystroke there.
 * - scale: start-up and memory with 10k, 100k and 1M stored entries; `/ask` in a 100-entry server among them and
 *   alone, against plain MiniSearch over that server's entries; the first query of a cold 1,000-entry server
 *   (`scale 10k` or `scale 100k` stop there: the 1M case seeds for about a minute).
 * Entries come from scripts/syntheticEntries.ts (seeded, realistic vocabulary).
 * - discord: the real bot process against the local stand-in: round trip from the stand-in dispatching an
 *   interaction to the reply arriving (p50/p99 over 1,000), and interactions per second one process sustains.
 * - import: the real bot importing 10,000 records in one server while `/about` is asked again and again in
 *   another: the round trip of those `/about` (p50/p99) against the same with no import running, and how long
 *   the import took from dispatch to its reply.
 * - postgres: the store on an embedded PostgreSQL server beside SQLite: add latency, start-up and a cold server's
 *   first query with 100,000 stored entries (`postgres 10k`: 10,000).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as pause } from 'node:timers/promises';
import MiniSearch from 'minisearch';
import { IdleCollector } from '../src/IdleCollector.js';
import { type Knowledge, loadKnowledge, warmUp } from '../src/knowledge.js';
import type { Answerer } from '../src/search/Answerer.js';
import { STOP_WORDS } from '../src/search/analyzer.js';
import { StoryIndex } from '../src/search/StoryIndex.js';
import { EntryDesk } from '../src/store/EntryDesk.js';
import { EntryStore, type EntryFields } from '../src/store/EntryStore.js';
import { loadStory } from '../src/story/loadStory.js';
import type { Entry } from '../src/story/types.js';
import { templateEntries, Vocabulary, vocabularyEntries } from './syntheticEntries.js';

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Runs `work` and says how long it took: by the clock, and in CPU time of this process (user and system), which a
 * machine shared with other work inflates much less than the clock.
 */
export function timed(work: () => void): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  work();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

export function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(3)} ms, p99 ${percentile(sorted, 99).toFixed(3)} ms over ${sorted.length}`;
}

function benchCore(): void {
  const started = performance.now();
  const knowledge = loadKnowledge('data/article.txt');
  console.log(`core: story load + index: ${(performance.now() - started).toFixed(1)} ms (${knowledge.articleIndex.size} entries)`);
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

/** The stand-in and the bot process, loaded only by the sections that run the bot (their modules cost memory). */
async function botHarness() {
  const [{ BotProcess }, { DiscordStandIn }, { importPayload }, { MODERATOR, slashCommand }, { bigExport }] = await Promise.all([
    import('../test/discord/BotProcess.js'),
    import('../test/discord/DiscordStandIn.js'),
    import('../test/discord/importPayload.js'),
    import('../test/discord/payloads.js'),
    import('../test/store/bigExport.js'),
  ]);
  return { BotProcess, DiscordStandIn, importPayload, MODERATOR, slashCommand, bigExport };
}

async function benchDiscord(): Promise<void> {
  const { BotProcess, DiscordStandIn, slashCommand } = await botHarness();
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
  const { BotProcess, DiscordStandIn, importPayload, MODERATOR, slashCommand, bigExport } = await botHarness();
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

/** The answerer that answers in one server. */
function answererIn(knowledge: Knowledge, guildId: string): Answerer {
  return knowledge.answererFor(guildId);
}

/** What `/quote`'s autocomplete does on each keystroke, as answerCommand does it. */
function autocompleteWork(knowledge: Knowledge, guildId: string, typed: string): number {
  const { speakers, quotes } = knowledge.quoteChoicesFor(guildId).choices(typed, 25);
  return speakers.length + quotes.length;
}

function benchStore(): void {
  const dir = mkdtempSync(join(tmpdir(), 'storydesk-bench-'));
  const path = join(dir, 'bench.db');
  try {
    const seed = EntryStore.open(path);
    const all = templateEntries(100_000);
    const seeding = performance.now();
    seed.addManyServers(
      Array.from({ length: 1000 }, (_, server) => ({ guildId: `guild-${server}`, entries: all.slice(server * 100, server * 100 + 100) })),
      'seed',
    );
    seed.close();
    console.log(`store: seeded 100,000 entries over 1,000 servers in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);

    const store = EntryStore.open(path);
    const knowledge = loadKnowledge('data/article.txt', store);
    const desk = new EntryDesk(store, knowledge, { ratePerMinute: 1000 });
    const fresh = templateEntries(500, 99);
    const times: number[] = [];
    fresh.forEach((fields, i) => {
      const t = performance.now();
      const result = desk.add(`guild-${i % 1000}`, `bench-${i}`, fields, { force: true });
      times.push(performance.now() - t);
      if (!result.ok) throw new Error(`bench add failed: ${result.message}`);
    });
    const last = fresh.at(-1)!;
    const found =
      answererIn(knowledge, 'guild-499').answer('ask', last.text, { guildId: 'guild-499' }).results[0]?.entry.text === last.text;
    console.log(`store: add (validated, saved with audit row, fsync, indexed): ${summary(times)} adds; searchable at once: ${found}`);
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Plain MiniSearch, stop words removed, over the given entries: the baseline a query of ours is compared with. */
function plainIndex(entries: Entry[]): MiniSearch<{ id: number; text: string }> {
  const plain = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    processTerm: (term) => {
      const lower = term.toLowerCase();
      return STOP_WORDS.has(lower) ? null : lower;
    },
  });
  plain.addAll(entries.map((e, i) => ({ id: i, text: `${e.text} ${e.speaker?.name ?? ''}` })));
  return plain;
}

/**
 * Questions on a server's own entries (by default three of them): what a quote's speaker said about its rarer words,
 * or a fact's words.
 */
function questionsOn(entries: EntryFields[], picked: EntryFields[] = [entries[3]!, entries[40]!, entries[77]!]): string[] {
  return picked.map((entry) => {
    const words = entry.text
      .toLowerCase()
      .replace(/[^a-z ]/gu, '')
      .split(' ')
      .filter((w) => w.length > 4 && !STOP_WORDS.has(w))
      .slice(-3);
    return entry.kind === 'quote' && entry.speakerName
      ? `What did ${entry.speakerName.split(' ').at(-1)} say about ${words.join(' ')}?`
      : `Which report mentions ${words.join(' ')}?`;
  });
}

/**
 * Rounds of the question set measured: a sub-millisecond query's p99 is set by the few that meet a garbage collection,
 * so enough of them (500 rounds, 3,000 questions) that one pause more or less does not move it.
 */
const MEASURED_ROUNDS = 500;

/** Rounds of the question set asked before measuring, on both sides: a running bot's code is compiled and warm. */
const WARM_ROUNDS = 20;

const ARTICLE_QUESTIONS = [
  'How many suspected traffickers have died in the Caribbean strikes?',
  'What did Sheinbaum say about intervention?',
  'What is the capital of France?',
];

/**
 * `/ask` on the story plus 10,000 entries in one server (realistic vocabulary) against plain MiniSearch (stop words
 * removed) over the same entries, and `/quote`'s autocomplete work per keystroke there.
 */
function benchAsk(): void {
  const dir = mkdtempSync(join(tmpdir(), 'storydesk-bench-'));
  try {
    const store = EntryStore.open(join(dir, 'ask.db'));
    const entries = vocabularyEntries(new Vocabulary(), 7, 10_000);
    store.addMany('guild-1', 'seed', entries);
    const knowledge = loadKnowledge('data/article.txt', store);
    const answerer = answererIn(knowledge, 'guild-1');
    const plain = plainIndex(answerer.visible({ guildId: 'guild-1' }));
    const questions = [...ARTICLE_QUESTIONS, ...questionsOn(entries)];
    const ours: number[] = [];
    const theirs: number[] = [];
    const oursCpu: number[] = [];
    for (let round = 0; round < WARM_ROUNDS; round++) {
      for (const question of questions) {
        answerer.answer('ask', question, { guildId: 'guild-1' });
        plain.search(question, { fuzzy: 0.2, prefix: true });
      }
    }
    for (let round = 0; round < 50; round++) {
      for (const question of questions) {
        const asked = timed(() => answerer.answer('ask', question, { guildId: 'guild-1' }));
        ours.push(asked.wall);
        oursCpu.push(asked.cpu);
        theirs.push(timed(() => plain.search(question, { fuzzy: 0.2, prefix: true })).wall);
      }
    }
    console.log(`ask: story + 10,000 entries in one server: ${summary(ours)} questions; CPU ${summary(oursCpu)}`);
    console.log(`ask: plain MiniSearch (stop words removed, fuzzy 0.2, prefix) over the same entries: ${summary(theirs)} questions`);
    // What a member types, keystroke by keystroke: a different speaker and topic each round, so that nearly every
    // string typed is new (none is answered from what an earlier keystroke found).
    const quotes = entries.filter((e) => e.speakerName);
    const keystrokes: number[] = [];
    const keystrokesCpu: number[] = [];
    const typedStrings = new Set<string>();
    for (let round = 0; round < 50; round++) {
      const surname = quotes[(round * 7) % quotes.length]!.speakerName!.split(' ').at(-1)!.toLowerCase();
      const topic =
        entries[(round * 13) % entries.length]!.text.toLowerCase()
          .split(/[^a-z]+/u)
          .find((w) => w.length > 4 && !STOP_WORDS.has(w)) ?? 'harbour';
      const typing = [1, 2, 3, 5]
        .map((n) => surname.slice(0, n))
        .concat([surname, topic.slice(0, 3), topic, `${surname} ${topic.slice(0, 4)}`]);
      for (const typed of typing) {
        typedStrings.add(typed);
        const typedAt = timed(() => autocompleteWork(knowledge, 'guild-1', typed));
        keystrokes.push(typedAt.wall);
        keystrokesCpu.push(typedAt.cpu);
      }
    }
    console.log(
      `ask: /quote autocomplete per keystroke, 10,000 entries in the server: ${summary(keystrokes)} keystrokes, ${typedStrings.size} strings typed; CPU ${summary(keystrokesCpu)} (target p99 ≤ 5 ms)`,
    );
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const TARGET = 'guild-target';
const COLD = 'guild-cold';
/**
 * Further cold 1,000-entry servers, each first asked once the bot has answered in others (its code paths are warm):
 * nine asked back to back, then nine asked as members ask, a moment apart (MEMBER_PAUSE_MS), which is when the bot
 * collects what building an index left (see IdleCollector); nine each, for one first question is one sample of a
 * cost that a collection of the heap may fall on.
 */
const COLD_RUNNING = Array.from({ length: 18 }, (_, i) => `guild-cold-running-${i + 1}`);
/** How many of COLD_RUNNING are asked back to back; the rest a moment apart. */
const BACK_TO_BACK = 9;
/** The moment between two members' questions, in the bench (a member's question takes longer than this to arrive). */
const MEMBER_PAUSE_MS = 100;
/** Their entries' seeds: apart from every other server's (target 0, cold 1, others from 2). */
const coldRunningSeed = (i: number): number => 1_000_000 + i * 10_000;
/** Entries seeded besides the other servers': the target's 100, the cold server's and the running ones' 1,000 each. */
const OWN_SEEDED = 100 + 1000 * (1 + COLD_RUNNING.length);

/**
 * A 100-entry server (`guild-target`) and a 1,000-entry one never asked before (`guild-cold`) among `others` entries
 * of 100-entry servers, all of realistic vocabulary, in a fresh SQLite file written in one transaction.
 */
function seedScale(path: string, vocabulary: Vocabulary, others: number): void {
  const store = EntryStore.open(path);
  function* servers(): Generator<{ guildId: string; entries: EntryFields[] }> {
    yield { guildId: TARGET, entries: vocabularyEntries(vocabulary, 0, 100) };
    yield { guildId: COLD, entries: vocabularyEntries(vocabulary, 1, 1000) };
    for (const [i, guildId] of COLD_RUNNING.entries()) yield { guildId, entries: vocabularyEntries(vocabulary, coldRunningSeed(i), 1000) };
    for (let server = 0; server < others / 100; server++) {
      yield { guildId: `guild-${server}`, entries: vocabularyEntries(vocabulary, server + 2, 100) };
    }
  }
  store.addManyServers(servers(), 'seed');
  store.close();
}

interface ScaleFigures {
  others: number;
  startupMs: number;
  rssMiB: number;
  coldMs: number;
  coldRunningMs: number;
  askP99: number;
  plainP99: number;
  askCpuP99: number;
}

/** The flags `npm start` gives node (package.json's `start` script: `node <flags> dist/src/main.js`). */
function startFlags(): string[] {
  const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  return (scripts['start'] ?? '').split(/\s+/u).filter((word) => word.startsWith('--'));
}

/**
 * What per-server cost means: start-up and memory with 10k, 100k and 1M stored entries; `/ask` in a 100-entry
 * server with and without other servers' entries, and against plain MiniSearch over that server's own; the first
 * query of a cold 1,000-entry server. Each case in a fresh process; `npm run bench -- scale 100k` runs up to 100k.
 */
function benchScale(upTo: number): void {
  const vocabulary = new Vocabulary();
  const figures: ScaleFigures[] = [];
  for (const others of [0, 10_000, 100_000, 1_000_000].filter((n) => n <= upTo)) {
    const dir = mkdtempSync(join(tmpdir(), 'storydesk-bench-'));
    const path = join(dir, 'scale.db');
    try {
      const seeding = performance.now();
      seedScale(path, vocabulary, others);
      console.log(
        `scale: seeded ${(others + OWN_SEEDED).toLocaleString('en-US')} entries (${(others / 100).toLocaleString('en-US')} other servers) in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
      );
      // Run as `npm start` runs the bot: with its flags to node (the collector exposed, for the idle collection, and
      // the young generation's size: see README, Scale).
      const child = spawnSync(
        process.execPath,
        [...startFlags(), '--import', 'tsx', 'scripts/bench.ts', 'scale-child', path, String(others)],
        {
          encoding: 'utf8',
          maxBuffer: 2 ** 26,
        },
      );
      if (child.status !== 0) throw new Error(child.stderr);
      for (const line of child.stdout.split('\n')) {
        if (line.startsWith('{')) figures.push(JSON.parse(line) as ScaleFigures);
        else if (line) console.log(line);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const alone = figures.find((f) => f.others === 0);
  for (const f of figures.filter((f) => f.others > 0 && alone)) {
    console.log(
      `scale: /ask p99 in the 100-entry server among ${f.others.toLocaleString('en-US')} other entries vs alone: ${(f.askP99 / alone!.askP99).toFixed(2)}×, in CPU ${(f.askCpuP99 / alone!.askCpuP99).toFixed(2)}× (target ≤ 1.5×)`,
    );
  }
}

/** Child-process half of the scale bench: one fresh process over one database file. */
async function benchScaleChild(path: string, others: number): Promise<void> {
  const stored = (others + OWN_SEEDED).toLocaleString('en-US');
  const started = performance.now();
  const store = EntryStore.open(path);
  // As the bot: what building a server's index leaves is collected while idle (startBot.ts).
  const idle = IdleCollector.ofProcess();
  const knowledge = loadKnowledge('data/article.txt', store, { onIndexBuilt: () => idle.request() });
  const startupMs = performance.now() - started;
  const rssMiB = process.memoryUsage().rss / 2 ** 20;
  console.log(
    `scale: ${stored} stored: start-up (open + knowledge) ${startupMs.toFixed(0)} ms, ${performance.now().toFixed(0)} ms from process start; RSS ${rssMiB.toFixed(0)} MiB (targets ≤ 1 s, ≤ 150 MB)`,
  );
  const vocabulary = new Vocabulary();
  // What the bot does before it reports ready (WordNet loaded, the answer path run, a server's index built once).
  const warm = timed(() => warmUp(knowledge));
  idle.request();
  console.log(`scale: ${stored} stored: warm-up before ready, as the bot: ${warm.wall.toFixed(0)} ms (CPU ${warm.cpu.toFixed(0)} ms)`);
  // And questions in a server with no entries.
  for (const question of ARTICLE_QUESTIONS) answererIn(knowledge, 'guild-none').answer('ask', question, { guildId: 'guild-none' });

  const cold = vocabularyEntries(vocabulary, 1, 1000);
  // The first member's question comes a moment after ready, as any does.
  await pause(MEMBER_PAUSE_MS);
  const first = timed(() => answererIn(knowledge, COLD).answer('ask', questionsOn(cold)[0]!, { guildId: COLD }));
  const coldMs = first.wall;
  console.log(
    `scale: ${stored} stored: first /ask in a cold 1,000-entry server, the first a member asks in this process, ${coldMs.toFixed(1)} ms (CPU ${first.cpu.toFixed(1)} ms) (target ≤ 50 ms)`,
  );

  const answerer = answererIn(knowledge, TARGET);
  const questions = [...ARTICLE_QUESTIONS, ...questionsOn(vocabularyEntries(vocabulary, 0, 100))];
  const plain = plainIndex(answerer.visible({ guildId: TARGET }));
  for (let round = 0; round < WARM_ROUNDS; round++) {
    for (const question of questions) {
      answerer.answer('ask', question, { guildId: TARGET });
      plain.search(question, { fuzzy: 0.2, prefix: true });
    }
  }
  const ours: number[] = [];
  const theirs: number[] = [];
  const oursCpu: number[] = [];
  const theirsCpu: number[] = [];
  for (let round = 0; round < MEASURED_ROUNDS; round++) {
    for (const question of questions) {
      const asked = timed(() => answerer.answer('ask', question, { guildId: TARGET }));
      ours.push(asked.wall);
      oursCpu.push(asked.cpu);
      const searched = timed(() => plain.search(question, { fuzzy: 0.2, prefix: true }));
      theirs.push(searched.wall);
      theirsCpu.push(searched.cpu);
    }
  }
  const p99 = (times: number[]): number =>
    percentile(
      [...times].sort((a, b) => a - b),
      99,
    );
  const p50 = (times: number[]): number =>
    percentile(
      [...times].sort((a, b) => a - b),
      50,
    );
  const [askP99, plainP99, askCpuP99, plainCpuP99] = [p99(ours), p99(theirs), p99(oursCpu), p99(theirsCpu)];
  console.log(`scale: ${stored} stored: /ask in the 100-entry server: ${summary(ours)} questions; CPU ${summary(oursCpu)}`);
  console.log(
    `scale: ${stored} stored: plain MiniSearch (stop words removed) over that server's entries and the article: ${summary(theirs)}; CPU ${summary(theirsCpu)}; /ask p99 ${(askP99 / plainP99).toFixed(1)}× it, in CPU ${(askCpuP99 / plainCpuP99).toFixed(1)}× (target ≤ 2×)`,
  );
  // The rounds above ask six questions again and again, and an answerer keeps the plans of questions asked again
  // (see Answerer.planOf): here each question is asked once, one on each of the server's entries.
  const targetEntries = vocabularyEntries(vocabulary, 0, 100);
  const freshOurs: number[] = [];
  const freshTheirs: number[] = [];
  const freshCpu: number[] = [];
  for (const question of new Set(questionsOn(targetEntries, targetEntries))) {
    const asked = timed(() => answerer.answer('ask', question, { guildId: TARGET }));
    freshOurs.push(asked.wall);
    freshCpu.push(asked.cpu);
    freshTheirs.push(timed(() => plain.search(question, { fuzzy: 0.2, prefix: true })).wall);
  }
  console.log(
    `scale: ${stored} stored: /ask in the 100-entry server, questions each asked once: ${summary(freshOurs)}; CPU ${summary(freshCpu)}; plain MiniSearch on them ${summary(freshTheirs)}; /ask p50 ${(p50(freshOurs) / p50(freshTheirs)).toFixed(1)}× it, p99 ${(p99(freshOurs) / p99(freshTheirs)).toFixed(1)}×`,
  );
  const running: number[] = [];
  for (const [i, guildId] of COLD_RUNNING.entries()) {
    const entries = vocabularyEntries(vocabulary, coldRunningSeed(i), 1000);
    if (i >= BACK_TO_BACK) await pause(MEMBER_PAUSE_MS);
    running.push(timed(() => answererIn(knowledge, guildId).answer('ask', questionsOn(entries)[0]!, { guildId })).wall);
  }
  const median = (times: number[]): number => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  const backToBack = running.slice(0, BACK_TO_BACK);
  const apart = running.slice(BACK_TO_BACK);
  console.log(
    `scale: ${stored} stored: first /ask in a cold 1,000-entry server once the bot has answered in others, ${backToBack.length} servers asked back to back: ${backToBack.map((ms) => ms.toFixed(1)).join(', ')} ms; median ${median(backToBack).toFixed(1)} ms (target ≤ 50 ms)`,
  );
  const later = median(apart);
  console.log(
    `scale: ${stored} stored: the same, ${apart.length} servers asked ${MEMBER_PAUSE_MS} ms apart (the idle collection ${idle.active ? `on, ${idle.count} run` : 'off: no --expose-gc'}): ${apart.map((ms) => ms.toFixed(1)).join(', ')} ms; median ${later.toFixed(1)} ms (target ≤ 50 ms)`,
  );
  console.log(
    `scale: ${stored} stored: after answering in ${3 + COLD_RUNNING.length} servers: ${knowledge.servers.size} servers' indexes loaded, about ${(knowledge.servers.estimatedBytes / 2 ** 20).toFixed(1)} MiB estimated; RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`,
  );
  console.log(
    JSON.stringify({ others, startupMs, rssMiB, coldMs, coldRunningMs: later, askP99, plainP99, askCpuP99 } satisfies ScaleFigures),
  );
  store.close();
}

const sections = process.argv.slice(2);
if (sections[0] === 'scale-child') {
  await benchScaleChild(sections[1]!, Number(sections[2]));
  process.exit(0);
}
const wants = (name: string): boolean => sections.length === 0 || sections.includes(name);
if (wants('core')) benchCore();
if (wants('ingest')) benchIngest();
// Sections in modules of their own are loaded only when they run: a scale child measures memory without them.
if (wants('pages')) (await import('./benchPages.js')).benchPages();
if (wants('stories')) await (await import('./benchStories.js')).benchStories();
if (wants('ask')) benchAsk();
if (wants('store')) benchStore();
if (wants('scale')) benchScale(sections.includes('100k') ? 100_000 : sections.includes('10k') ? 10_000 : 1_000_000);
if (wants('discord')) await benchDiscord();
if (wants('import')) await benchImport();
if (wants('coldstart')) await (await import('./benchColdStart.js')).benchColdStart();
if (wants('thesaurus')) (await import('./benchThesaurus.js')).benchThesaurus();
if (wants('postgres')) await (await import('./benchPostgres.js')).benchPostgres();
