/** INTERACTION_CREATE payloads as Discord sends them (ids are 19-digit snowflakes). */

export const BOT_USER_ID = '1100000000000000002';

let snowflakeCounter = 0n;
/** A fresh 19-digit snowflake. */
export function snowflake(): string {
  snowflakeCounter += 1n;
  return (1300000000000000000n + BigInt(Date.now() % 1_000_000) * 1000n + snowflakeCounter).toString();
}

export const GUILD_ID = '1200000000000000010';
/** The owner of every server of the stand-in: a user no test plays unless it means to. */
export const OWNER_ID = '1200000000000000099';
export const CHANNEL_ID = '1200000000000000001';
export const MEMBER_ID = '1200000000000000020';
/** Manage Messages (1 << 13) and more; a plain member has only View Channel and Send Messages. */
export const MODERATOR_PERMISSIONS = String((1n << 13n) | (1n << 10n) | (1n << 11n));
export const MEMBER_PERMISSIONS = String((1n << 10n) | (1n << 11n));
/** The role that gives Manage Messages in every server of the stand-in (see DiscordStandIn's guild route). */
export const MODERATOR_ROLE_ID = '1200000000000000050';
/** Whose channel permissions include Manage Messages because their server role gives it: a moderator. */
export const MODERATOR = { permissions: MODERATOR_PERMISSIONS, roles: [MODERATOR_ROLE_ID] };

export interface Who {
  locale?: string;
  guildId?: string;
  userId?: string;
  /** The member's permissions in the channel, as Discord computes them (overwrites included). */
  permissions?: string;
  /** The member's server roles. */
  roles?: string[];
}

function base(type: number, who: Who): Record<string, unknown> {
  const guildId = who.guildId ?? GUILD_ID;
  const user = { id: who.userId ?? MEMBER_ID, username: 'reader', discriminator: '0', global_name: 'Reader', avatar: null };
  return {
    type,
    guild_id: guildId,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: guildId, name: 'news' },
    member: {
      user,
      roles: who.roles ?? [],
      permissions: who.permissions ?? MEMBER_PERMISSIONS,
      joined_at: '2025-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
    },
    locale: who.locale ?? 'en-US',
    guild_locale: 'en-US',
    app_permissions: '2248473465835073',
    entitlements: [],
    authorizing_integration_owners: { '0': guildId },
    context: 0,
  };
}

export function slashCommand(
  name: string,
  options: Array<{ name: string; value: string | number | boolean; type?: number }>,
  who: Who = {},
) {
  return {
    ...base(2, who),
    data: { id: snowflake(), name, type: 1, options: options.map((o) => ({ type: o.type ?? 3, name: o.name, value: o.value })) },
  };
}

export function subcommand(
  name: string,
  sub: string,
  options: Array<{ name: string; value: string | number | boolean; type?: number }>,
  who: Who = {},
  resolved?: unknown,
) {
  return {
    ...base(2, who),
    data: {
      id: snowflake(),
      name,
      type: 1,
      options: [{ type: 1, name: sub, options: options.map((o) => ({ type: o.type ?? 3, name: o.name, value: o.value })) }],
      ...(resolved ? { resolved } : {}),
    },
  };
}

export function autocomplete(name: string, option: string, value: string, who: Who = {}) {
  return {
    ...base(4, who),
    data: { id: snowflake(), name, type: 1, options: [{ type: 3, name: option, value, focused: true }] },
  };
}

/** A message the bot posted, as Discord returns it and as component interactions carry it. */
export function message(components: unknown[] = [], embeds: unknown[] = []) {
  return {
    id: snowflake(),
    type: 0,
    channel_id: CHANNEL_ID,
    author: { id: BOT_USER_ID, username: 'storydesk', discriminator: '0', avatar: null, bot: true },
    content: '',
    embeds,
    components,
    attachments: [],
    mentions: [],
    mention_roles: [],
    pinned: false,
    mention_everyone: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: 0,
  };
}

export function buttonClick(customId: string, who: Who = {}, components: unknown[] = []) {
  return { ...base(3, who), data: { custom_id: customId, component_type: 2 }, message: message(components) };
}

export function modalSubmit(customId: string, fields: Record<string, string>, who: Who = {}) {
  return {
    ...base(5, who),
    data: {
      custom_id: customId,
      components: Object.entries(fields).map(([id, value]) => ({ type: 1, components: [{ type: 4, custom_id: id, value }] })),
    },
  };
}
