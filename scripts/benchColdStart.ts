/**
 * `npm run bench -- coldstart`: how long the bot takes from its process starting to `ready`, its resident memory
 * then, and what the first member to ask pays (the first /ask's round trip against the same asked again), against
 * the local stand-in. Run as production runs it (`node dist/src/main.js`, built first) and as the tests run it
 * (`node --import tsx src/main.ts`: TypeScript transpiled at start). Medians of 3 starts each; printed, never asserted.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { standInEnv } from '../test/discord/BotProcess.js';
import { DiscordStandIn } from '../test/discord/DiscordStandIn.js';
import { slashCommand } from '../test/discord/payloads.js';
import { ROOT } from '../test/paths.js';

interface ColdStart {
  readyMs: number;
  rssMiB: number;
  firstAskMs: number;
  secondAskMs: number;
  /** After those two answers: what answering has loaded by then, whenever it loads it. */
  rssAnsweredMiB: number;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function residentMiB(pid: number): number {
  const line = /^VmRSS:\s+(\d+) kB/mu.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return line ? Number(line[1]) / 1024 : Number.NaN;
}

async function coldStart(standIn: DiscordStandIn, root: string, args: string[]): Promise<ColdStart> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: {
      ...standInEnv(standIn.apiBase),
      DATABASE_PATH: join(mkdtempSync(join(tmpdir(), 'storydesk-cold-')), 'bot.db'),
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    let stdout = '';
    await new Promise<void>((done, fail) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('"msg":"ready"')) done();
      });
      child.once('exit', (code) => fail(new Error(`the bot exited (${code}) before ready`)));
    });
    const readyMs = performance.now() - started;
    const rssMiB = residentMiB(child.pid!);
    await standIn.waitForSession();
    const ask = async (): Promise<number> => {
      const sent = performance.now();
      const { id } = standIn.dispatchInteraction(
        slashCommand('ask', [{ name: 'question', value: 'would Trump ask Mexico for permission?' }]),
      );
      await standIn.callbackFor(id, 30_000);
      return performance.now() - sent;
    };
    const firstAskMs = await ask();
    const secondAskMs = await ask();
    return { readyMs, rssMiB, firstAskMs, secondAskMs, rssAnsweredMiB: residentMiB(child.pid!) };
  } finally {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  }
}

/** `root`: the project folder to start (another checkout, to compare versions). */
export async function benchColdStart(root = ROOT): Promise<void> {
  const ways: Array<[string, string[]]> = [['node --import tsx src/main.ts', ['--import', 'tsx', join(root, 'src', 'main.ts')]]];
  const buildScript = join(root, 'scripts', 'build.mjs');
  const built = existsSync(buildScript) && spawnSync(process.execPath, [buildScript], { cwd: root, stdio: 'inherit' }).status === 0;
  if (built) ways.unshift(['node dist/src/main.js', [join(root, 'dist', 'src', 'main.js')]]);
  else console.log(`coldstart: ${resolve(root)} has no build (scripts/build.mjs); only the tsx start is measured`);
  const standIn = new DiscordStandIn();
  await standIn.start();
  try {
    for (const [label, args] of ways) {
      const runs: ColdStart[] = [];
      for (let i = 0; i < 3; i++) runs.push(await coldStart(standIn, root, args));
      const m = (key: keyof ColdStart) => median(runs.map((r) => r[key]));
      console.log(
        `coldstart: ${label}: start → ready ${(m('readyMs') / 1000).toFixed(2)} s, resident memory at ready ${m('rssMiB').toFixed(0)} MiB; ` +
          `first /ask round trip ${m('firstAskMs').toFixed(0)} ms, the second ${m('secondAskMs').toFixed(0)} ms, ` +
          `resident memory then ${m('rssAnsweredMiB').toFixed(0)} MiB (medians of ${runs.length})`,
      );
    }
  } finally {
    await standIn.stop();
  }
}
