import { describe, expect, it } from 'vitest';
import { databaseLocation, parseConfig } from '../src/config.js';

describe('config', () => {
  it('GIVEN no variables THEN defaults, and no token means the offline console', () => {
    const config = parseConfig({});
    expect(config.DISCORD_TOKEN).toBeUndefined();
    expect(config.STORY_PATH).toBe('data/article.txt');
    expect(config.ENTRY_RATE_PER_MINUTE).toBe(10);
    expect(config.MAX_ENTRIES_PER_SERVER).toBe(5000);
    expect(config.DISCORD_TIMEOUT_SECONDS).toBe(15);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('GIVEN a malformed DISCORD_GUILD_ID THEN the error names the variable', () => {
    expect(() => parseConfig({ DISCORD_GUILD_ID: 'abc' })).toThrow(/^config: DISCORD_GUILD_ID /u);
  });

  it('GIVEN a DISCORD_API_URL that is not http(s) THEN the error names it', () => {
    expect(() => parseConfig({ DISCORD_API_URL: 'ftp://x' })).toThrow(/DISCORD_API_URL/u);
  });

  it('GIVEN a token THEN the token is never part of an error message', () => {
    try {
      parseConfig({ DISCORD_TOKEN: 'Zq9x.secret' });
    } catch (error) {
      expect((error as Error).message).not.toContain('Zq9x.secret');
      expect((error as Error).message).toMatch(/DISCORD_TOKEN/u);
    }
    expect.assertions(2);
  });

  it.each([
    'STORY_PATH',
    'DATABASE_PATH',
    'LOG_LEVEL',
    'ENTRY_RATE_PER_MINUTE',
    'MAX_ENTRIES_PER_SERVER',
    'DISCORD_TIMEOUT_SECONDS',
    'SHARD_COUNT',
    'SHARD_IDS',
  ])('GIVEN %s empty (as `KEY=` in .env leaves it) THEN it is unset: its default applies', (key) => {
    expect(parseConfig({ [key]: '' })).toEqual(parseConfig({}));
    expect(parseConfig({ [key]: '   ' })).toEqual(parseConfig({}));
  });

  it.each(['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID', 'DISCORD_API_URL'])('GIVEN %s empty THEN it is unset', (key) => {
    expect(parseConfig({ [key]: '' })[key as 'DISCORD_TOKEN']).toBeUndefined();
  });

  it.each([
    [{ LOG_LEVEL: 'loud' }, 'config: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent; got "loud"'],
    [{ ENTRY_RATE_PER_MINUTE: 'ten' }, 'config: ENTRY_RATE_PER_MINUTE must be a whole number from 1 to 100,000; got "ten"'],
    [{ MAX_ENTRIES_PER_SERVER: '0' }, 'config: MAX_ENTRIES_PER_SERVER must be a whole number from 1 to 1,000,000; got "0"'],
    [{ DISCORD_TIMEOUT_SECONDS: '1.5' }, 'config: DISCORD_TIMEOUT_SECONDS must be a whole number from 1 to 300; got "1.5"'],
    [{ DISCORD_GUILD_ID: '12ab' }, 'config: DISCORD_GUILD_ID must be a Discord id (17 to 20 digits); got "12ab"'],
    [{ DISCORD_TOKEN: 'short' }, 'config: DISCORD_TOKEN looks too short to be a bot token (Developer Portal, Bot, Reset Token)'],
    [{ SHARD_COUNT: '0' }, 'config: SHARD_COUNT must be auto or a whole number from 1 to 10,000; got "0"'],
    [{ SHARD_IDS: '0;1' }, 'config: SHARD_IDS must be shard ids separated by commas, ranges allowed (like 0,1 or 0-3,8); got "0;1"'],
    [{ SHARD_IDS: '3-1' }, 'config: SHARD_IDS has a range that runs backwards or is too long (3-1); got "3-1"'],
    [
      { SHARD_COUNT: '2', SHARD_IDS: '0,2' },
      'config: SHARD_IDS names shard 2, but SHARD_COUNT is 2 (shard ids run from 0 to 1); got "0,2"',
    ],
  ])('GIVEN %j THEN one sentence: what the variable must be, and what it was', (env, message) => {
    expect(() => parseConfig(env)).toThrow(message);
  });

  it('GIVEN LOG_LEVEL=DEBUG and spaces around values THEN accepted as debug, values trimmed', () => {
    const config = parseConfig({ LOG_LEVEL: ' DEBUG ', ENTRY_RATE_PER_MINUTE: ' 20 ', DISCORD_API_URL: 'http://127.0.0.1:8080/api/' });
    expect(config.LOG_LEVEL).toBe('debug');
    expect(config.ENTRY_RATE_PER_MINUTE).toBe(20);
    expect(config.DISCORD_API_URL).toBe('http://127.0.0.1:8080/api');
  });

  it('GIVEN no shard settings THEN SHARD_COUNT is auto and every shard runs here; GIVEN ids and ranges THEN each once, in order', () => {
    expect(parseConfig({}).SHARD_COUNT).toBe('auto');
    expect(parseConfig({}).SHARD_IDS).toBeUndefined();
    expect(parseConfig({ SHARD_COUNT: '8', SHARD_IDS: '4-6,0,5' })).toMatchObject({
      SHARD_COUNT: 8,
      SHARD_IDS: [0, 4, 5, 6],
    });
  });

  it('GIVEN DATABASE_URL THEN the entries are on that PostgreSQL database; without it, in the SQLite file', () => {
    expect(databaseLocation(parseConfig({}))).toBe('data/storydesk.db');
    const url = 'postgres://storydesk:secret@db.example:5432/storydesk';
    expect(databaseLocation(parseConfig({ DATABASE_URL: url, DATABASE_PATH: 'x.db' }))).toBe(url);
  });

  it('GIVEN a DATABASE_URL that is not PostgreSQL THEN the error names it, without repeating it (it may hold a password)', () => {
    expect(() => parseConfig({ DATABASE_URL: 'mysql://root:hunter2@db/x' })).toThrow(
      'config: DATABASE_URL must be a PostgreSQL URL, like postgres://storydesk:secret@db.example:5432/storydesk',
    );
  });
});
