import pino, { type Logger } from 'pino';

/**
 * Structured JSON logs on stdout. Nothing that grants access reaches them: the bot token is redacted by key, and
 * an error's interaction and webhook tokens, which discord.js puts in the request URL
 * (`/interactions/<id>/<token>/callback`, `/webhooks/<app>/<token>/messages/@original`), are cut out of every
 * string of the logged error (message, stack, url); the body of the failed request is left out altogether.
 */

const TOKEN_IN_PATH = /\/(interactions|webhooks)\/(\d+)\/[^/?#\s"'<>]+/gu;

/** Replaces the token in interaction and webhook paths with `[token]`. */
export function redactTokens(text: string): string {
  return text.replace(TOKEN_IN_PATH, '/$1/$2/[token]');
}

function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactTokens(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = key === 'requestBody' ? '[redacted]' : scrub(item, depth + 1);
  }
  return out;
}

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { app: 'storydesk' },
    redact: { paths: ['token', '*.token', 'config.DISCORD_TOKEN', 'DISCORD_TOKEN', 'headers.authorization'], censor: '[redacted]' },
    serializers: { err: (error: Error) => scrub(pino.stdSerializers.err(error)) as ReturnType<typeof pino.stdSerializers.err> },
  });
}
