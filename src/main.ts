import { ConfigError, loadConfig } from './config.js';
import { runConsole } from './console/runConsole.js';
import { buildKnowledge } from './knowledge.js';
import { EntryDesk } from './store/EntryDesk.js';
import { EntryStore, StoreError } from './store/EntryStore.js';
import { OwnerLock } from './store/OwnerLock.js';
import { loadStory, StoryLoadError } from './story/loadStory.js';

/**
 * `npm start`: with DISCORD_TOKEN set, the bot; without it, the same commands in an offline console,
 * which acts as a moderator of a local server and keeps its entries in the same database.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.DISCORD_TOKEN) {
    const { startBot } = await import('./discord/startBot.js');
    await startBot(config);
    return;
  }
  // The article first: a missing or empty one stops start-up before any database file is made.
  const story = loadStory(config.STORY_PATH);
  const store = EntryStore.open(config.DATABASE_PATH);
  let lock: OwnerLock | null = null;
  try {
    // One console per database: a second one would answer the console's server from a stale index.
    lock = OwnerLock.acquire(config.DATABASE_PATH, 'console', "the console's local server");
    const knowledge = buildKnowledge(story, store);
    const desk = new EntryDesk(store, knowledge, {
      ratePerMinute: config.ENTRY_RATE_PER_MINUTE,
      maxEntriesPerServer: config.MAX_ENTRIES_PER_SERVER,
    });
    await runConsole({ knowledge, desk }, process.stdin, process.stdout, Boolean(process.stdin.isTTY));
  } finally {
    store.close();
    lock?.release();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StoryLoadError || error instanceof StoreError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`storydesk failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
