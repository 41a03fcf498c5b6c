import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

/**
 * Configuration, read once at start from the environment (and `.env` via dotenv), checked with a schema.
 * A missing or malformed variable stops start-up with one line that names it. Nothing else reads process.env.
 */

const snowflake = z.string().regex(/^\d{17,20}$/u, 'must be a Discord id (17-20 digits)');
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

const ConfigSchema = z.object({
  DISCORD_TOKEN: optional(z.string().min(20, 'looks too short to be a bot token')),
  DISCORD_APPLICATION_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_API_URL: optional(z.url({ protocol: /^https?$/u, message: 'must be an http(s) URL' })),
  STORY_PATH: z.string().min(1).default('data/article.txt'),
  DATABASE_PATH: z.string().min(1).default('data/storydesk.db'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ENTRY_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(1000).default(10),
});

export type Config = Readonly<z.infer<typeof ConfigSchema>>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0] ?? 'configuration');
    const received = env[key];
    const detail = received === undefined ? 'is missing' : issue.message;
    throw new ConfigError(`config: ${key} ${detail}`);
  }
  return Object.freeze(parsed.data);
}

let loaded: Config | null = null;

/** Loads `.env` (without overriding the real environment) and parses it once. */
export function loadConfig(): Config {
  if (loaded) return loaded;
  loadDotenv({ quiet: true });
  loaded = parseConfig(process.env);
  return loaded;
}
