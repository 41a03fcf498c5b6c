import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntryStore } from '../../src/store/EntryStore.js';
import { BotProcess } from './BotProcess.js';
import { DiscordStandIn, shardOf } from './DiscordStandIn.js';
import { modalSubmit, MODERATOR, slashCommand, subcommand } from './payloads.js';
import type { Callback } from './rig.js';
import { plainFact } from '../store/plainFact.js';

/**
 * Two shards as real processes (the ShardingManager that `npm start`'s entry point runs when Discord recommends two
 * shards) on one database, against a stand-in that routes each server's interactions to the shard that owns it.
 */

/** A server of shard 0 and a server of shard 1, with 2 shards. */
const GUILD_OF_SHARD_0 = '1200000000004194314';
const GUILD_OF_SHARD_1 = '1200000000000000010';
const moderatorIn = (guildId: string) => ({ ...MODERATOR, userId: '1200000000000000030', guildId });

const standIn = new DiscordStandIn();
let bot: BotProcess;

async function interact(payload: Record<string, unknown>): Promise<{ reply: Callback; shard: unknown }> {
  const guildId = payload['guild_id'] as string;
  await standIn.waitForSession(shardOf(guildId, 2));
  const { id } = standIn.dispatchInteraction(payload);
  const reply = (await standIn.callbackFor(id)).body as Callback;
  // Which process answered: each shard process logs the interactions it handled, with its shard id.
  const handled = await waitFor(() => bot.logs.find((l) => l['msg'] === 'interaction handled' && l['interactionId'] === id));
  return { reply, shard: handled['shard'] };
}

async function waitFor<T>(find: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`not seen within ${timeoutMs} ms: ${bot.stderr.join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

beforeAll(async () => {
  standIn.shardCount = 2;
  standIn.maxConcurrency = 2;
  await standIn.start();
  const databasePath = join(mkdtempSync(join(tmpdir(), 'storydesk-shards-')), 'bot.db');
  // Each server starts with entries of its own: one in the server of shard 0, two in the server of shard 1.
  const store = EntryStore.open(databasePath);
  store.add(GUILD_OF_SHARD_0, 'seed', plainFact('The lighthouse keeper counted 41 ships in the storm.'));
  store.add(GUILD_OF_SHARD_1, 'seed', plainFact('The orchard festival drew 900 visitors on Sunday.'));
  store.add(GUILD_OF_SHARD_1, 'seed', plainFact('The orchard festival sold 3,000 jars of apple butter.'));
  store.close();
  bot = new BotProcess(standIn.apiBase, { SHARD_COUNT: 'auto' }, databasePath);
  bot.start();
  await bot.waitForLog('all shards ready', 90_000);
}, 120_000);

afterAll(async () => {
  await bot?.stop();
  await standIn.stop();
});

describe('two shards on one store', () => {
  it('GIVEN Discord recommending 2 shards THEN one process per shard, each identified as [id, 2], none loading stored entries at start', async () => {
    expect(bot.logs.find((l) => l['msg'] === 'shards planned')).toMatchObject({ shards: [0, 1], shardCount: 2 });
    const started = bot.logs.filter((l) => l['msg'] === 'shard process started');
    expect(new Set(started.map((l) => l['pid'])).size).toBe(2);
    expect(standIn.readyShards.sort()).toEqual([0, 1]);
    // A server's entries are read on its first question, which only the shard that owns it receives. (Each shard
    // process writes its own log lines: they may reach us a little after the manager's `all shards ready`.)
    const ready = (shard: number) => bot.logs.find((l) => l['msg'] === 'ready' && l['shard'] === shard);
    for (let waited = 0; (!ready(0) || !ready(1)) && waited < 10_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    expect(ready(1)?.['entries']).toBe(ready(0)?.['entries']);
    expect(ready(0)?.['entries']).toBeGreaterThan(0);
  });

  it('GIVEN a question in each server THEN the shard that owns the server answers it, from its own entries', async () => {
    const zero = await interact(slashCommand('facts', [{ name: 'topic', value: 'lighthouse ships storm' }], { guildId: GUILD_OF_SHARD_0 }));
    expect(zero.shard).toBe(0);
    expect(zero.reply.data!.embeds![0]!.description).toContain('41 ships');
    const one = await interact(
      slashCommand('facts', [{ name: 'topic', value: 'orchard festival visitors' }], { guildId: GUILD_OF_SHARD_1 }),
    );
    expect(one.shard).toBe(1);
    expect(one.reply.data!.embeds![0]!.description).toContain('900 visitors');
    const elsewhere = await interact(
      slashCommand('facts', [{ name: 'topic', value: 'orchard festival visitors' }], { guildId: GUILD_OF_SHARD_0 }),
    );
    expect(elsewhere.reply.data!.content).toContain('The story has nothing on');
  });

  it('GIVEN an entry added through the shard of a server THEN it answers in that server', async () => {
    const who = moderatorIn(GUILD_OF_SHARD_0);
    const modal = await interact(subcommand('entry', 'add', [{ name: 'kind', value: 'fact' }], who));
    const saved = await interact(
      modalSubmit(
        modal.reply.data!.custom_id!,
        { text: 'The harbour ferry carried 1,234 bicycles on Monday.', claim_by: '', source: '' },
        who,
      ),
    );
    expect(saved.shard).toBe(0);
    expect(saved.reply.data!.content).toMatch(/^Saved entry m\d+\./u);
    const asked = await interact(
      slashCommand('facts', [{ name: 'topic', value: 'harbour ferry bicycles' }], { guildId: GUILD_OF_SHARD_0 }),
    );
    expect(asked.reply.data!.embeds![0]!.description).toContain('1,234 bicycles');
  });

  it('GIVEN a second process for shard 1 on the same database THEN it is refused with one line', async () => {
    const second = new BotProcess(standIn.apiBase, { SHARD_COUNT: '2', SHARD_IDS: '1' }, bot.databasePath);
    second.start();
    const code = await new Promise<number | null>((resolve) => second.child!.once('exit', resolve));
    expect(code).toBe(1);
    expect(second.stderr.join('')).toBe(
      `${bot.databasePath}: another storydesk process already serves Discord shard 1 from this database; stop it first (one process per set of servers)\n`,
    );
  });

  it('GIVEN a shard process killed (SIGKILL) THEN the manager starts it again, and it resumes answering its server, entries included', async () => {
    const pid = bot.logs.findLast((l) => l['msg'] === 'shard process started' && l['shard'] === 0)!['pid'] as number;
    const readyBefore = bot.logs.filter((l) => l['msg'] === 'shard ready' && l['shard'] === 0).length;
    process.kill(pid, 'SIGKILL');
    await waitFor(() => bot.logs.find((l) => l['msg'] === 'shard process died; restarting it' && l['shard'] === 0));
    await waitFor(
      () => (bot.logs.filter((l) => l['msg'] === 'shard ready' && l['shard'] === 0).length > readyBefore ? true : undefined),
      60_000,
    );
    const asked = await interact(
      slashCommand('facts', [{ name: 'topic', value: 'harbour ferry bicycles' }], { guildId: GUILD_OF_SHARD_0 }),
    );
    expect(asked.shard).toBe(0);
    expect(asked.reply.data!.embeds![0]!.description).toContain('1,234 bicycles');
    const other = await interact(
      slashCommand('facts', [{ name: 'topic', value: 'orchard festival visitors' }], { guildId: GUILD_OF_SHARD_1 }),
    );
    expect(other.shard).toBe(1);
  }, 90_000);

  it('GIVEN SIGTERM to the manager THEN every shard process shuts down and the manager exits 0', async () => {
    const pids = shardPids(bot);
    expect(await bot.stop('SIGTERM')).toBe(0);
    await waitFor(() => (pids.some(alive) ? undefined : true), 10_000);
  });

  it('GIVEN the manager killed (SIGKILL) THEN its shard processes stop by themselves (none is left serving, or holding its shard\u2019s lock)', async () => {
    const manager = new BotProcess(standIn.apiBase, {}, bot.databasePath);
    manager.start();
    await manager.waitForLog('all shards ready', 90_000);
    const pids = shardPids(manager);
    expect(await manager.stop('SIGKILL')).toBeNull();
    await waitFor(() => (pids.some(alive) ? undefined : true), 15_000);
  }, 120_000);
});

function shardPids(of: BotProcess): number[] {
  return of.logs.filter((l) => l['msg'] === 'shard process started').map((l) => l['pid'] as number);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
