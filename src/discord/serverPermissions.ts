import { GuildMember, type Interaction, PermissionsBitField } from 'discord.js';

/**
 * A member's permissions in the whole server: from the server's roles (and ownership), ignoring channel
 * overwrites. Entries are server-wide, so changing them needs a server-level permission: the permissions Discord
 * sends with an interaction are those of the channel it came from, where an overwrite may grant what the member's
 * roles do not. The server and its roles come from the client's cache, kept current by the gateway, or are
 * fetched once when the server is not cached yet. Null outside a server.
 */
export async function serverPermissions(interaction: Interaction): Promise<Readonly<PermissionsBitField> | null> {
  if (!interaction.inGuild()) return null;
  const guild = interaction.guild ?? (await interaction.client.guilds.fetch(interaction.guildId));
  if (guild.ownerId === interaction.user.id) return new PermissionsBitField(PermissionsBitField.All).freeze();
  const member = interaction.member;
  const roleIds = member instanceof GuildMember ? [...member.roles.cache.keys()] : member.roles;
  const roles = [guild.roles.everyone, ...roleIds.map((id) => guild.roles.cache.get(id))];
  return new PermissionsBitField(roles.flatMap((role) => (role ? [role.permissions] : []))).freeze();
}
