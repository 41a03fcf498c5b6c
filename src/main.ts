import { ConfigError, databaseLocation, loadConfig } from './config.js';
import { runConsole } from './console/runConsole.js';
import { StartupError } from './StartupError.js';
import { IdleCollector } from './IdleCollector.js';
import { buildKnowledge } from './knowledge.js';
import { createLogger } from './logger.js';
import { EntryDesk } from './store/EntryDesk.js';
import { EntryStore, StoreError } from './store/EntryStore.js';
import { OwnerLock } from './store/OwnerLock.js';
import { StoryDesk } from './store/StoryDesk.js';
import { loadStory, StoryLoadError } from './story/loadStory.js';

/**
 * `npm start` (or, for process managers, `node --import tsx src/main.ts`): with DISCORD_TOKEN set, the bot — in this
 * process when this machine runs one shard, else a shard manager that starts one process per shard, each running this
 * same file with SHARDING_MANAGER set; without it, the same commands in an offline console, which acts as a moderator of a local server and keeps its
 * entries in the same database. Any failure to start is one line on stderr and exit code 1, never a stack trace.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.DISCORD_TOKEN) {
    // Logged before anything slow (discord.js, the story, the word vectors) is loaded.
    if (config.SHARDING_MANAGER) {
      // A shard process started by the manager below: its shard is in SHARDS, the count in SHARD_COUNT.
      const shard = config.SHARDS ?? 0;
      const logger = createLogger(config.LOG_LEVEL).child({ shard });
      logger.info({ pid: process.pid, node: process.version }, 'starting');
      const { startBot } = await import('./discord/startBot.js');
      await startBot(config, logger, { shards: [shard], shardCount: Number(config.SHARD_COUNT) });
      return;
    }
    const logger = createLogger(config.LOG_LEVEL);
    logger.info({ pid: process.pid, node: process.version }, 'starting');
    const { planShards } = await import('./discord/planShards.js');
    const plan = await planShards(config, logger);
    // One shard here runs in this process, as a bot too small to shard always has; several run one process each.
    if (plan.shards.length === 1) {
      const { startBot } = await import('./discord/startBot.js');
      await startBot(config, logger, plan);
    } else {
      const { runShardManager } = await import('./discord/runShardManager.js');
      await runShardManager(config, logger, plan);
    }
    return;
  }
  // The article first: a missing or empty one stops start-up before any database file is made.
  const story = loadStory(config.STORY_PATH);
  const store = EntryStore.open(databaseLocation(config));
  let lock: OwnerLock | null = null;
  try {
    // One console per database: a second one would answer the console's server from a stale index.
    lock = OwnerLock.acquire(databaseLocation(config), 'console', "the console's local server");
    const idle = IdleCollector.ofProcess();
    const knowledge = buildKnowledge(story, store, { indexCacheMb: config.INDEX_CACHE_MB, onIndexBuilt: () => idle.request() });
    const onStorageError = (error: Error): void => void process.stderr.write(`${error.message}\n`);
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
      storyKnowledge: (story) => stories.knowledgeOfStory(story),
      hasStory: (guildId, story) => stories.hasStory(guildId, story),
    });
    await runConsole({ knowledge, desk, stories }, process.stdin, process.stdout, Boolean(process.stdin.isTTY));
  } finally {
    store.close();
    lock?.release();
  }
}

main().catch((error: unknown) => {
  const known =
    error instanceof ConfigError || error instanceof StoryLoadError || error instanceof StoreError || error instanceof StartupError;
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
  process.stderr.write(known ? `${message}\n` : `storydesk failed to start: ${message}\n`);
  process.exit(1);
});
