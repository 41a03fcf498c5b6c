import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';

describe('config', () => {
  it('GIVEN no variables THEN defaults, and no token means the offline console', () => {
    const config = parseConfig({});
    expect(config.DISCORD_TOKEN).toBeUndefined();
    expect(config.STORY_PATH).toBe('data/article.txt');
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
});
