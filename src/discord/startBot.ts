import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Logger } from 'pino';
import { type Config, databaseLocation } from '../config.js';
import { StartupError } from '../StartupError.js';
import { buildKnowledge } from '../knowledge.js';
import { EntryDesk } from '../store/EntryDesk.js';
import { describeLocation } from '../store/Database.js';
import { EntryStore } from '../store/EntryStore.js';
import { OwnerLock } from '../store/OwnerLock.js';
import { StoryDesk } from '../store/StoryDesk.js';
import { loadStory } from '../story/loadStory.js';
import type { BotContext } from './Command.js';
import { callDiscord, DISCORD_API, DiscordApiError } from './discordApi.js';
import { DISCORD_ATTACHMENT_ORIGINS } from './fetchAttachment.js';
import { handleInteraction } from './handleInteraction.js';
import { loadCommands } from './loadCommands.js';

/** The largest file `/entry import` reads: room for 10,000 full records. */
const MAX_IMPORT_BYTES = 8 * 2 ** 20;

function withDeadline<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StartupError(message)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/**
 * The bot: the real discord.js client, the commands from `commands/`, the shared story core, and the
 * moderators' entries from SQLite (opened first: a bad database stops start-up before Discord is contacted).
 * Each step is logged as it starts. Before the index is built, one call to Discord (the gateway address) checks the
 * address, the token and the answer, so that any failure — DNS, 401, 5xx, an answer that is not JSON, no answer
 * within DISCORD_TIMEOUT_SECONDS — stops start-up with one line; the gateway login has the same deadline.
 * DISCORD_API_URL points REST (and so the gateway address) at a proxy or a local stand-in.
 * SIGINT/SIGTERM destroy the client and exit within a few seconds, from the first moment on.
 */
export async function startBot(config: Config, logger: Logger): Promise<void> {
  const timeoutMs = config.DISCORD_TIMEOUT_SECONDS * 1000;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}), timeout: timeoutMs },
  });
  const locks: OwnerLock[] = [];
  let store: EntryStore | null = null;
  const release = (): void => {
    store?.close();
    for (const lock of locks) lock.release();
  };

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 5000);
    force.unref();
    void client.destroy().finally(() => {
      release();
      logger.flush();
      process.exit(0);
    });
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));

  try {
    logger.info({ story: config.STORY_PATH }, 'reading the story');
    const story = loadStory(config.STORY_PATH);
    logger.info({ database: describeLocation(databaseLocation(config)) }, 'opening the database');
    store = EntryStore.open(databaseLocation(config));
    // One process per shard on a database: a second bot for the same servers is refused here, before Discord is contacted.
    for (const shard of Array.isArray(client.options.shards) ? client.options.shards : [0]) {
      const lock = OwnerLock.acquire(databaseLocation(config), `discord-shard-${shard}`, `Discord shard ${shard}`);
      if (lock) locks.push(lock);
    }

    const api = { base: config.DISCORD_API_URL ?? DISCORD_API, token: config.DISCORD_TOKEN ?? '', timeoutMs };
    logger.info({ api: new URL(api.base).host }, 'asking Discord for the gateway');
    const gateway = await callDiscord<{ url?: unknown }>(api, 'GET', '/gateway/bot');
    if (typeof gateway?.url !== 'string') throw new StartupError(`Discord's answer for the gateway has no address (GET /gateway/bot)`);

    logger.info('building the search index');
    const knowledge = buildKnowledge(story, store);
    if (knowledge.detached.length > 0) {
      logger.warn(
        { count: knowledge.detached.length, entries: knowledge.detached.slice(0, 50) },
        'corrections detached: the article no longer has the words they correct; they are answered to no one until a moderator removes them',
      );
    }
    const onStorageError = (error: Error): void =>
      logger.error({ err: error }, 'database file deleted or replaced: writes refused until restart');
    // Each server's stories; members are answered from their server's current one (the shipped article by default).
    const stories = new StoryDesk(store, knowledge, {
      ratePerMinute: config.ENTRY_RATE_PER_MINUTE,
      maxStoriesPerServer: config.MAX_STORIES_PER_SERVER,
      fetch: { allowLoopback: config.ALLOW_LOOPBACK_FETCH_FOR_TESTS },
      onStorageError,
    });
    const desk = new EntryDesk(store, knowledge, {
      ratePerMinute: config.ENTRY_RATE_PER_MINUTE,
      maxEntriesPerServer: config.MAX_ENTRIES_PER_SERVER,
      onStorageError,
      knowledgeOf: (guildId) => stories.knowledgeFor(guildId) ?? knowledge,
      everyKnowledge: () => stories.everyKnowledge(),
    });
    const commands = await loadCommands();
    // Attachments come from Discord's CDN, or from the origin of a REST proxy or stand-in the operator named.
    const origins = [...DISCORD_ATTACHMENT_ORIGINS, ...(config.DISCORD_API_URL ? [new URL(config.DISCORD_API_URL).origin] : [])];
    const attachments = { origins, maxBytes: MAX_IMPORT_BYTES, timeoutMs: 10_000 };
    const ctx: BotContext = { knowledge, desk, stories, logger, attachments };

    client.once(Events.ClientReady, (ready) => {
      logger.info({ user: ready.user.tag, commands: [...commands.keys()], entries: knowledge.index.size }, 'ready');
    });
    client.on(Events.InteractionCreate, (interaction) => {
      void handleInteraction(interaction, commands, ctx);
    });
    client.on(Events.ShardResume, () => logger.info('gateway session resumed'));
    client.on(Events.ShardDisconnect, (event) => logger.warn({ code: event.code }, 'gateway disconnected'));
    client.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));
    client.rest.on('rateLimited', (info) => logger.warn({ route: info.route, retryAfter: info.retryAfter }, 'rate limited by Discord'));

    logger.info({ entries: knowledge.index.size }, 'connecting to the gateway');
    await withDeadline(
      client.login(config.DISCORD_TOKEN),
      timeoutMs,
      `Discord's gateway did not let the bot in within ${config.DISCORD_TIMEOUT_SECONDS} s`,
    ).catch((error: unknown) => {
      if (error instanceof StartupError) throw error;
      throw new StartupError(`Discord login failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
    });
  } catch (error) {
    await client.destroy().catch(() => {});
    release();
    if (error instanceof DiscordApiError) throw new StartupError(error.message);
    throw error;
  }
}
