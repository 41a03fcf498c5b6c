import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { ConfigError, loadConfig } from './config.js';
import { callDiscord, DISCORD_API, type DiscordApi } from './discord/discordApi.js';
import { loadCommands } from './discord/loadCommands.js';

/**
 * `npm run deploy`: registers every command in `commands/` — to DISCORD_GUILD_ID when set (instant, for
 * development), globally otherwise. A PUT of the whole list, so running it twice changes nothing; it says it
 * registered the commands only once Discord's answer lists every one of them.
 * `npm run deploy -- --remove`: removes this application's commands from the test server DISCORD_GUILD_ID (after
 * registering there and then globally, members would otherwise see every command twice).
 * Each step is printed as it starts; any failure is one line on stderr.
 */

class DeployError extends Error {}

interface RegisteredCommand {
  id?: unknown;
  name?: unknown;
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function main(argv: string[]): Promise<void> {
  const args = argv.filter((a) => a !== '--');
  const remove = args.includes('--remove');
  const unknown = args.filter((a) => a !== '--remove');
  if (unknown.length > 0) throw new DeployError(`unknown argument ${unknown[0]}; usage: npm run deploy [-- --remove]`);
  const config = loadConfig();
  if (!config.DISCORD_TOKEN) throw new ConfigError('config: DISCORD_TOKEN is missing (deploy needs the bot token)');
  if (remove && !config.DISCORD_GUILD_ID) {
    throw new ConfigError('config: DISCORD_GUILD_ID is missing (deploy --remove removes the commands registered to that test server)');
  }
  const api: DiscordApi = {
    base: config.DISCORD_API_URL ?? DISCORD_API,
    token: config.DISCORD_TOKEN,
    timeoutMs: config.DISCORD_TIMEOUT_SECONDS * 1000,
  };
  const host = new URL(api.base).host;

  let applicationId = config.DISCORD_APPLICATION_ID;
  if (!applicationId) {
    say(`deploy: asking Discord at ${host} for the application id\u2026`);
    const application = await callDiscord<{ id?: unknown }>(api, 'GET', '/applications/@me');
    if (typeof application?.id !== 'string') throw new DeployError(`Discord's answer for the application has no id`);
    applicationId = application.id;
  }
  const where = config.DISCORD_GUILD_ID ? `in server ${config.DISCORD_GUILD_ID}` : 'globally';
  const route = config.DISCORD_GUILD_ID
    ? `/applications/${applicationId}/guilds/${config.DISCORD_GUILD_ID}/commands`
    : `/applications/${applicationId}/commands`;

  if (remove) {
    say(`deploy: removing the commands of application ${applicationId} ${where}\u2026`);
    const before = await callDiscord<RegisteredCommand[]>(api, 'GET', route);
    const left = await callDiscord<unknown>(api, 'PUT', route, []);
    if (!Array.isArray(left) || left.length !== 0)
      throw new DeployError(`Discord's answer still lists commands ${where}; nothing can be said to be removed`);
    const names = Array.isArray(before) ? before.map((c) => `/${String(c.name)}`).join(' ') : '';
    say(`removed ${Array.isArray(before) ? before.length : 0} commands ${where}${names ? `: ${names}` : ''}`);
    return;
  }

  const commands = await loadCommands();
  const body: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [...commands.values()].map((c) => c.data.toJSON());
  say(`deploy: registering ${body.length} commands ${where} at ${host}\u2026`);
  const registered = await callDiscord<unknown>(api, 'PUT', route, body);
  // Discord answers with the commands as it now has them: every one sent must be there, with its id.
  const answered = Array.isArray(registered) ? (registered as RegisteredCommand[]) : [];
  const missing = body.filter((sent) => !answered.some((c) => c.name === sent.name && typeof c.id === 'string'));
  if (!Array.isArray(registered) || missing.length > 0 || answered.length !== body.length) {
    const seen = Array.isArray(registered) ? `${answered.length} commands` : 'no list';
    throw new DeployError(
      `Discord's answer does not list the commands sent (sent ${body.length}, got ${seen}${missing.length > 0 ? `; missing /${missing[0]!.name}` : ''}); nothing can be said to be registered`,
    );
  }
  say(`registered ${answered.length} commands ${where}: ${body.map((c) => `/${c.name}`).join(' ')}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // DeployError, ConfigError and DiscordApiError say what happened in one line; anything else is cut to its first.
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
  process.stderr.write(`deploy failed: ${message}\n`);
  process.exit(1);
});
