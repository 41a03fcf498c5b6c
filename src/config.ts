import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

/**
 * Configuration, read once at start from the environment (and `.env` via dotenv), checked with a schema.
 * A malformed variable stops start-up with one sentence that names it, says what it must be and what it was
 * (`config: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent; got "loud"`); the token's
 * value is never repeated. An empty variable (`LOG_LEVEL=` in `.env`) means unset, for every variable, and
 * values are trimmed. Nothing else reads process.env.
 */

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Empty or blank means unset; everything else is trimmed. */
function unsetIfEmpty(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfEmpty, schema.optional());
const withDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) => z.preprocess(unsetIfEmpty, schema.prefault(fallback));

const snowflake = z.string().regex(/^\d{17,20}$/u, 'must be a Discord id (17 to 20 digits)');
const range = (min: number, max: number): string => `${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}`;
const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/u, `must be a whole number from ${range(min, max)}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be a whole number from ${range(min, max)}`);

const ConfigSchema = z.object({
  DISCORD_TOKEN: optional(z.string().min(20, 'looks too short to be a bot token (Developer Portal, Bot, Reset Token)')),
  DISCORD_APPLICATION_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_API_URL: optional(
    z
      .url({ protocol: /^https?$/u, message: 'must be an http(s) URL, like http://127.0.0.1:8080/api' })
      .transform((url) => url.replace(/\/+$/u, '')),
  ),
  STORY_PATH: withDefault(z.string(), 'data/article.txt'),
  DATABASE_PATH: withDefault(z.string(), 'data/storydesk.db'),
  /** A PostgreSQL database instead of the SQLite file (several processes on several machines); DATABASE_PATH is then unused. */
  DATABASE_URL: optional(
    z.string().regex(/^postgres(?:ql)?:\/\/\S+$/iu, 'must be a PostgreSQL URL, like postgres://storydesk:secret@db.example:5432/storydesk'),
  ),
  LOG_LEVEL: withDefault(
    z.preprocess((v) => (typeof v === 'string' ? v.toLowerCase() : v), z.enum(LOG_LEVELS, `must be one of ${LOG_LEVELS.join(', ')}`)),
    'info',
  ),
  ENTRY_RATE_PER_MINUTE: withDefault(wholeNumber(1, 100_000), '10'),
  MAX_ENTRIES_PER_SERVER: withDefault(wholeNumber(1, 1_000_000), '5000'),
  MAX_STORIES_PER_SERVER: withDefault(wholeNumber(1, 1000), '20'),
  DISCORD_TIMEOUT_SECONDS: withDefault(wholeNumber(1, 300), '15'),
  /** For tests only: lets a story be read from a web page on 127.0.0.1. Off by default. */
  ALLOW_LOOPBACK_FETCH_FOR_TESTS: withDefault(
    z.preprocess(
      (v) => (typeof v === 'string' ? v.toLowerCase() : v),
      z.enum(['true', 'false', '1', '0'], 'must be true or false').transform((v) => v === 'true' || v === '1'),
    ),
    'false',
  ),
});

export type Config = Readonly<z.infer<typeof ConfigSchema>>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Variables whose value must never appear in a message (a database URL may hold a password). */
const SECRET = new Set(['DISCORD_TOKEN', 'DATABASE_URL']);

function shown(value: string): string {
  const trimmed = value.trim();
  return JSON.stringify(trimmed.length > 60 ? `${trimmed.slice(0, 59)}\u2026` : trimmed);
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0] ?? 'configuration');
    const received = env[key];
    const got = received !== undefined && !SECRET.has(key) ? `; got ${shown(received)}` : '';
    throw new ConfigError(`config: ${key} ${issue.message}${got}`);
  }
  return Object.freeze(parsed.data);
}

/** Where the entries are kept: the PostgreSQL URL when there is one, else the SQLite file. */
export function databaseLocation(config: Config): string {
  return config.DATABASE_URL ?? config.DATABASE_PATH;
}

let loaded: Config | null = null;

/** Loads `.env` (without overriding the real environment) and parses it once. */
export function loadConfig(): Config {
  if (loaded) return loaded;
  loadDotenv({ quiet: true });
  loaded = parseConfig(process.env);
  return loaded;
}
