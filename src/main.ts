import { ConfigError, loadConfig } from './config.js';
import { runConsole } from './console/runConsole.js';
import { loadKnowledge } from './knowledge.js';
import { StoryLoadError } from './story/loadStory.js';

/**
 * `npm start`: with DISCORD_TOKEN set, the bot; without it, the same commands in an offline console.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.DISCORD_TOKEN) {
    const { startBot } = await import('./discord/startBot.js');
    await startBot(config);
    return;
  }
  const knowledge = loadKnowledge(config.STORY_PATH);
  await runConsole(knowledge, process.stdin, process.stdout, Boolean(process.stdin.isTTY));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StoryLoadError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`storydesk failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
