/**
 * Gateway close codes after which Discord will not take the bot back as it is: discord.js stops reconnecting and
 * the process would stay up and deaf. The bot says why in one line and exits with FATAL_GATEWAY_EXIT_CODE, so a
 * supervisor (systemd) or the shard manager acts instead of respawning it as if it had crashed.
 */

/** sysexits' EX_CONFIG: a setting (the token, the shard count, the intents) must change; a plain restart may not help. */
export const FATAL_GATEWAY_EXIT_CODE = 78;

/** What a fatal close means and what to do, or null when the close is not fatal (the client reconnects by itself). */
export function describeFatalClose(code: number, shardCount: number): string | null {
  const closed = `Discord closed the gateway with ${code}`;
  switch (code) {
    case 4004:
      return `${closed} (authentication failed): check DISCORD_TOKEN (Developer Portal, Bot, Reset Token)`;
    case 4010:
      return `${closed} (invalid shard): a shard id outside SHARD_COUNT (${shardCount}); check SHARD_IDS and SHARD_COUNT`;
    case 4011:
      return `${closed} (sharding required): the bot is in too many servers for ${shardCount} shard${shardCount === 1 ? '' : 's'}; set SHARD_COUNT=auto (or raise it) and restart`;
    case 4012:
      return `${closed} (invalid API version): this discord.js speaks a gateway version Discord no longer accepts; upgrade discord.js`;
    case 4013:
      return `${closed} (invalid intents): the bot asked for intents Discord does not know; a bug in storydesk`;
    case 4014:
      return `${closed} (disallowed intents): the bot asked for a privileged intent not enabled for it (Developer Portal, Bot, Privileged Gateway Intents)`;
    default:
      return null;
  }
}
