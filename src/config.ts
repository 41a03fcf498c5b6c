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

/** The most shards a bot may name here: far past what Discord recommends for any bot storydesk could be. */
const MAX_SHARDS = 10_000;

/** `auto` (Discord's recommendation, asked at start) or a whole number of shards. */
const shardCount = z
  .string()
  .refine(
    (v) => v === 'auto' || (/^\d+$/u.test(v) && Number(v) >= 1 && Number(v) <= MAX_SHARDS),
    `must be auto or a whole number from ${range(1, MAX_SHARDS)}`,
  )
  .transform((v): 'auto' | number => (v === 'auto' ? 'auto' : Number(v)));

/** Shard ids as `0,1,2`, with ranges allowed (`0-3,8`): each once, ascending in the result. */
const shardIds = z
  .string()
  .regex(/^\d+(-\d+)?(,\d+(-\d+)?)*$/u, 'must be shard ids separated by commas, ranges allowed (like 0,1 or 0-3,8)')
  .transform((text, ctx) => {
    const ids = new Set<number>();
    for (const part of text.split(',')) {
      const [from, to = from] = part.split('-').map(Number) as [number, number?];
      if (to < from || to - from >= MAX_SHARDS) {
        ctx.addIssue({ code: 'custom', message: `has a range that runs backwards or is too long (${part})` });
        return z.NEVER;
      }
      for (let id = from; id <= to; id++) ids.add(id);
    }
    return [...ids].sort((a, b) => a - b);
  });

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
  /** Memory (MiB, estimated) the servers' own search indexes may take together; the least recently used go first. */
  INDEX_CACHE_MB: withDefault(wholeNumber(1, 1_000_000), '256'),
  /** How many shards the whole bot runs, over every machine: `auto` asks Discord at start. */
  SHARD_COUNT: withDefault(shardCount, 'auto'),
  /** Which of them this machine runs; unset = all of them. */
  SHARD_IDS: optional(shardIds),
  /**
   * Set by discord.js's ShardingManager in each shard process it starts (`true`, and SHARDS: the shard's id; it sets
   * SHARD_COUNT too). Never set by hand.
   */
  SHARDING_MANAGER: optional(z.literal('true', 'is set only by the shard manager (true)')),
  SHARDS: optional(wholeNumber(0, MAX_SHARDS - 1)),
  /** For tests only: lets a story be read from a web page on 127.0.0.1. Off by default. */
  ALLOW_LOOPBACK_FETCH_FOR_TESTS: withDefault(
    z.preprocess(
      (v) => (typeof v === 'string' ? v.toLowerCase() : v),
      z.enum(['true', 'false', '1', '0'], 'must be true or false').transform((v) => v === 'true' || v === '1'),
    ),
    'false',
  ),
});

const CheckedSchema = ConfigSchema.superRefine((config, ctx) => {
  const count = config.SHARD_COUNT;
  const outside = count === 'auto' ? undefined : config.SHARD_IDS?.find((id) => id >= count);
  if (outside !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['SHARD_IDS'],
      message: `names shard ${outside}, but SHARD_COUNT is ${count} (shard ids run from 0 to ${Number(count) - 1})`,
    });
  }
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
  const parsed = CheckedSchema.safeParse(env);
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
