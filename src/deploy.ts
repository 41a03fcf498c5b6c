import { REST, Routes, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { ConfigError, loadConfig } from './config.js';
import { loadCommands } from './discord/loadCommands.js';

/**
 * `npm run deploy`: registers every command in `commands/` — to DISCORD_GUILD_ID when set (instant, for
 * development), globally otherwise. A PUT of the whole list, so running it twice changes nothing.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.DISCORD_TOKEN) throw new ConfigError('config: DISCORD_TOKEN is missing (deploy needs the bot token)');
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN);
  const commands = await loadCommands();
  const body: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [...commands.values()].map((c) => c.data.toJSON());
  const applicationId = config.DISCORD_APPLICATION_ID ?? ((await rest.get(Routes.currentApplication())) as { id: string }).id;
  const route = config.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(applicationId, config.DISCORD_GUILD_ID)
    : Routes.applicationCommands(applicationId);
  const registered = (await rest.put(route, { body })) as unknown[];
  process.stdout.write(
    `registered ${registered.length} commands ${config.DISCORD_GUILD_ID ? `in server ${config.DISCORD_GUILD_ID}` : 'globally'}: ${body.map((c) => `/${c.name}`).join(' ')}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`deploy failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
