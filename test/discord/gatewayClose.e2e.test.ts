import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { describeFatalClose, FATAL_GATEWAY_EXIT_CODE } from '../../src/discord/fatalGatewayClose.js';
import { BotProcess } from './BotProcess.js';
import { DiscordStandIn } from './DiscordStandIn.js';
import { slashCommand } from './payloads.js';

/**
 * Discord closing the gateway for good (a bad token, sharding required, intents not allowed…): discord.js stops
 * reconnecting, so the bot must not stay up and deaf. One line on stderr, a fatal log line, exit code 78.
 */

const standIn = new DiscordStandIn();
beforeAll(() => standIn.start());
afterEach(() => {
  standIn.closeOnIdentify = null;
  standIn.shardCount = 1;
});
afterAll(() => standIn.stop());

function exited(bot: BotProcess): Promise<number | null> {
  const child = bot.child!;
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe('a fatal gateway close', () => {
  it.each([4004, 4010, 4012, 4013, 4014])(
    'GIVEN the gateway closing with %i at IDENTIFY THEN one line saying why, exit code 78',
    async (code) => {
      standIn.closeOnIdentify = code;
      const bot = new BotProcess(standIn.apiBase, { SHARD_COUNT: 'auto' });
      bot.start();
      expect(await exited(bot)).toBe(FATAL_GATEWAY_EXIT_CODE);
      expect(bot.stderr.join('')).toBe(`${describeFatalClose(code, 1)}\n`);
      expect(bot.logs.find((l) => l['level'] === 60)).toMatchObject({ code, shard: 0, msg: describeFatalClose(code, 1) });
    },
  );

  it('GIVEN a bot told SHARD_COUNT=1 when Discord requires 2 shards THEN the gateway closes with 4011 and the bot says to set SHARD_COUNT', async () => {
    standIn.shardCount = 2;
    const bot = new BotProcess(standIn.apiBase, { SHARD_COUNT: '1' });
    bot.start();
    expect(await exited(bot)).toBe(FATAL_GATEWAY_EXIT_CODE);
    expect(bot.stderr.join('')).toBe(
      'Discord closed the gateway with 4011 (sharding required): the bot is in too many servers for 1 shard; set SHARD_COUNT=auto (or raise it) and restart\n',
    );
  });

  it('GIVEN a ready bot whose session Discord closes with 4014 THEN it exits 78 rather than staying up and deaf', async () => {
    const bot = new BotProcess(standIn.apiBase);
    bot.start();
    await bot.waitForLog('ready');
    await standIn.waitForSession();
    standIn.closeGateway(4014);
    expect(await exited(bot)).toBe(FATAL_GATEWAY_EXIT_CODE);
    expect(bot.stderr.join('')).toBe(`${describeFatalClose(4014, 1)}\n`);
  });

  it('GIVEN a closed session with a code that is not fatal (4000) THEN the bot reconnects and keeps running', async () => {
    const bot = new BotProcess(standIn.apiBase);
    bot.start();
    await bot.waitForLog('ready');
    await standIn.waitForSession();
    standIn.closeGateway(4000);
    await standIn.waitForSession();
    const { id } = standIn.dispatchInteraction(slashCommand('about', []));
    expect(((await standIn.callbackFor(id)).body as { type: number }).type).toBe(4);
    expect(bot.child!.exitCode).toBeNull();
    expect(await bot.stop('SIGTERM')).toBe(0);
  });

  it('GIVEN two shard processes under the manager, one closed with 4014 THEN the manager stops every shard and exits 78 too', async () => {
    standIn.shardCount = 2;
    standIn.closeOnIdentify = 4014;
    const bot = new BotProcess(standIn.apiBase);
    bot.start();
    expect(await exited(bot)).toBe(FATAL_GATEWAY_EXIT_CODE);
    expect(bot.stderr.join('')).toContain(`${describeFatalClose(4014, 2)}\n`);
    expect(bot.logs.some((l) => l['msg'] === 'Discord closed a shard for good; stopping every shard')).toBe(true);
  });
});
