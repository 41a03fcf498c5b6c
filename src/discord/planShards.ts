import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { StartupError } from '../StartupError.js';
import { callDiscord, DISCORD_API, DiscordApiError } from './discordApi.js';

/** Which shards this machine runs, out of how many, and how many may identify at once. */
export interface ShardPlan {
  /** The shard ids this process (or its shard processes) runs, ascending. */
  shards: number[];
  /** How many shards the whole bot runs, over every machine. */
  shardCount: number;
  /** Discord's `max_concurrency`: shards that may connect at the same moment. */
  maxConcurrency: number;
}

interface GatewayBot {
  url?: unknown;
  shards?: unknown;
  session_start_limit?: { max_concurrency?: unknown };
}

/**
 * Asks Discord for the gateway (`GET /gateway/bot`) — which also checks the address, the token and the answer, so any
 * failure stops start-up with one line — and settles the shards: SHARD_COUNT, or Discord's recommendation when it is
 * `auto`; SHARD_IDS, or all of them.
 */
export async function planShards(config: Config, logger: Logger): Promise<ShardPlan> {
  const api = {
    base: config.DISCORD_API_URL ?? DISCORD_API,
    token: config.DISCORD_TOKEN ?? '',
    timeoutMs: config.DISCORD_TIMEOUT_SECONDS * 1000,
  };
  logger.info({ api: new URL(api.base).host }, 'asking Discord for the gateway');
  let gateway: GatewayBot;
  try {
    gateway = await callDiscord<GatewayBot>(api, 'GET', '/gateway/bot');
  } catch (error) {
    if (error instanceof DiscordApiError) throw new StartupError(error.message);
    throw error;
  }
  if (typeof gateway?.url !== 'string') throw new StartupError(`Discord's answer for the gateway has no address (GET /gateway/bot)`);
  const recommended = Number(gateway.shards);
  let shardCount: number;
  if (config.SHARD_COUNT !== 'auto') shardCount = config.SHARD_COUNT;
  else if (Number.isInteger(recommended) && recommended >= 1) shardCount = recommended;
  else throw new StartupError(`Discord's answer for the gateway recommends no shard count (GET /gateway/bot); set SHARD_COUNT`);
  const shards = config.SHARD_IDS ?? Array.from({ length: shardCount }, (_, id) => id);
  const outside = shards.find((id) => id >= shardCount);
  if (outside !== undefined) {
    throw new StartupError(
      `config: SHARD_IDS names shard ${outside}, but Discord recommends ${shardCount} shard${shardCount === 1 ? '' : 's'} (SHARD_COUNT=auto); set SHARD_COUNT`,
    );
  }
  const concurrency = Number(gateway.session_start_limit?.max_concurrency);
  const plan = { shards, shardCount, maxConcurrency: Number.isInteger(concurrency) && concurrency >= 1 ? concurrency : 1 };
  logger.info({ shards, shardCount, recommended: Number.isFinite(recommended) ? recommended : null }, 'shards planned');
  return plan;
}
