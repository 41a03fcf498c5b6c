import pino, { type Logger } from 'pino';

/** Structured JSON logs on stdout. Anything that might hold the token is redacted. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { app: 'storydesk' },
    redact: { paths: ['token', '*.token', 'config.DISCORD_TOKEN', 'DISCORD_TOKEN', 'headers.authorization'], censor: '[redacted]' },
  });
}
