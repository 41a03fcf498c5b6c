import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Logger } from 'pino';
import { type Config, databaseLocation } from '../config.js';
import { StartupError } from '../StartupError.js';
import { IdleCollector } from '../IdleCollector.js';
import { buildKnowledge, warmUp } from '../knowledge.js';
import { EntryDesk } from '../store/EntryDesk.js';
import { describeLocation } from '../store/Database.js';
import { EntryStore } from '../store/EntryStore.js';
import { OwnerLock } from '../store/OwnerLock.js';
import { StoryDesk } from '../store/StoryDesk.js';
import { loadStory } from '../story/loadStory.js';
import { AckDeadline } from './ackDeadline.js';
import type { BotContext } from './Command.js';
import { FATAL_GATEWAY_EXIT_CODE, describeFatalClose } from './fatalGatewayClose.js';
import { DISCORD_ATTACHMENT_ORIGINS } from './fetchAttachment.js';
import { handleInteraction } from './handleInteraction.js';
import { loadCommands } from './loadCommands.js';
import type { ShardPlan } from './planShards.js';

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
 * The bot for the shards of `plan` (one, as in a shard process or a bot with one shard): the real discord.js client,
 * the commands from `commands/`, the shared story core, and the moderators' entries of the servers those shards own
 * (each read on that server's first question, which only its owning shard receives), from SQLite (opened, and this process's per-shard lock taken, before the gateway is contacted). Each step is logged
 * as it starts; the gateway login has DISCORD_TIMEOUT_SECONDS as deadline. DISCORD_API_URL points REST (and so the
 * gateway address) at a proxy or a local stand-in. SIGINT/SIGTERM destroy the client and exit within a few seconds,
 * from the first moment on; so does a shard process whose manager is gone. A gateway closed for good (4004, 4011,
 * 4014…) is one line on stderr, a fatal log line, and exit code 78 (see fatalGatewayClose).
 */
export async function startBot(config: Config, logger: Logger, plan: Pick<ShardPlan, 'shards' | 'shardCount'>): Promise<void> {
  const timeoutMs = config.DISCORD_TIMEOUT_SECONDS * 1000;
  // discord.js reads SHARD_COUNT from the environment whenever the count given equals its default (1). Ours may say
  // `auto` there, which it would read as NaN: the environment gets the settled count.
  process.env['SHARD_COUNT'] = String(plan.shardCount);
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    shards: [...plan.shards],
    shardCount: plan.shardCount,
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
  // A shard process whose manager died would otherwise serve on, holding its lock against the manager's restart.
  if (config.SHARDING_MANAGER && process.send) process.once('disconnect', () => stop('manager gone'));
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));

  try {
    logger.info({ story: config.STORY_PATH }, 'reading the story');
    const story = loadStory(config.STORY_PATH);
    logger.info({ database: describeLocation(databaseLocation(config)) }, 'opening the database');
    store = EntryStore.open(databaseLocation(config));
    // One process per shard on a database: a second bot for the same servers is refused here, before the gateway.
    for (const shard of plan.shards) {
      const lock = OwnerLock.acquire(databaseLocation(config), `discord-shard-${shard}`, `Discord shard ${shard}`);
      if (lock) locks.push(lock);
    }

    // The article's index only: each server's entries are read and indexed on its first question.
    logger.info('building the search index');
    // What building a server's index leaves to collect is collected while idle, not by the next question.
    const idle = IdleCollector.ofProcess();
    const knowledge = buildKnowledge(story, store, {
      indexCacheMb: config.INDEX_CACHE_MB,
      onIndexBuilt: () => idle.request(),
      onDetached: (guildId, entries) =>
        logger.warn(
          { guildId, count: entries.length, entries: entries.slice(0, 50) },
          'corrections detached: the article no longer has the words they correct; they are answered to no one until a moderator removes them',
        ),
    });
    const onStorageError = (error: Error): void =>
      logger.error({ err: error }, 'database file deleted or replaced: writes refused until restart');
    // Each server's stories; members are answered from their server's current one (the shipped article by default).
    const stories = new StoryDesk(store, knowledge, {
      ratePerMinute: config.ENTRY_RATE_PER_MINUTE,
      maxStoriesPerServer: config.MAX_STORIES_PER_SERVER,
      fetch: { allowLoopback: config.ALLOW_LOOPBACK_FETCH_FOR_TESTS },
      onStorageError,
    });
    // What answers need but loads or compiles on first use (WordNet's index, the answer path's first run, the building
    // of a server's index) is paid here, before ready, rather than by the first members to ask.
    logger.info('warming up the answers');
    warmUp(knowledge);
    idle.request();
    const desk = new EntryDesk(store, knowledge, {
      ratePerMinute: config.ENTRY_RATE_PER_MINUTE,
      maxEntriesPerServer: config.MAX_ENTRIES_PER_SERVER,
      onStorageError,
      knowledgeOf: (guildId) => stories.knowledgeFor(guildId) ?? knowledge,
      storyKnowledge: (story) => stories.knowledgeOfStory(story),
      hasStory: (guildId, story) => stories.hasStory(guildId, story),
    });
    const commands = await loadCommands();
    // Attachments come from Discord's CDN, or from the origin of a REST proxy or stand-in the operator named.
    const origins = [...DISCORD_ATTACHMENT_ORIGINS, ...(config.DISCORD_API_URL ? [new URL(config.DISCORD_API_URL).origin] : [])];
    const attachments = { origins, maxBytes: MAX_IMPORT_BYTES, timeoutMs: 10_000 };
    const ctx: BotContext = { knowledge, desk, stories, logger, attachments, deadline: new AckDeadline() };

    client.once(Events.ClientReady, (ready) => {
      logger.info({ user: ready.user.tag, commands: [...commands.keys()], entries: knowledge.articleIndex.size }, 'ready');
    });
    client.on(Events.InteractionCreate, (interaction) => {
      void handleInteraction(interaction, commands, ctx);
    });
    client.on(Events.ShardResume, () => logger.info('gateway session resumed'));
    client.on(Events.ShardDisconnect, (event, shard) => {
      const fatal = describeFatalClose(event.code, plan.shardCount);
      if (!fatal) {
        logger.warn({ code: event.code, shard }, 'gateway disconnected');
        return;
      }
      // Discord will not take this shard back as it is: say why once, and let the supervisor or the manager act.
      stopping = true;
      logger.fatal({ code: event.code, shard }, fatal);
      logger.flush();
      process.stderr.write(`${fatal}\n`);
      release();
      process.exit(FATAL_GATEWAY_EXIT_CODE);
    });
    client.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));
    client.rest.on('rateLimited', (info) => logger.warn({ route: info.route, retryAfter: info.retryAfter }, 'rate limited by Discord'));

    logger.info({ entries: knowledge.articleIndex.size }, 'connecting to the gateway');
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
    throw error;
  }
}
