import { type ButtonInteraction, type ChatInputCommandInteraction, type ModalSubmitInteraction, PermissionFlagsBits } from 'discord.js';
import type { Logger } from 'pino';
import { type LabelKey, label } from './i18n.js';
import { ephemeralText } from './replies.js';
import { serverPermissions } from './serverPermissions.js';

/** An interaction a moderator's command answers: the command itself, its buttons and its forms. */
export type ModeratorInteraction = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

/** What a moderator's command says when it refuses: outside a server, to a member who is no moderator, without storage. */
export interface ModeratorRefusals {
  onlyInServer: LabelKey;
  notModerator: LabelKey;
  noDatabase: LabelKey;
}

/**
 * The server and the moderator behind a change (/entry, /story), or null after telling the member why not: outside a
 * server, without Manage Messages from their server roles (logged), or when the bot runs without storage.
 */
export async function moderatorOf(
  interaction: ModeratorInteraction,
  refusals: ModeratorRefusals,
  context: { logger: Logger; hasStorage: boolean; change: string },
): Promise<{ guildId: string; actor: string } | null> {
  if (!interaction.inGuild()) {
    await interaction.reply(ephemeralText(label(interaction.locale, refusals.onlyInServer)));
    return null;
  }
  if (!(await serverPermissions(interaction))?.has(PermissionFlagsBits.ManageMessages)) {
    context.logger.warn({ interactionId: interaction.id, user: interaction.user.id }, `${context.change} refused: missing Manage Messages`);
    await interaction.reply(ephemeralText(label(interaction.locale, refusals.notModerator)));
    return null;
  }
  if (!context.hasStorage) {
    await interaction.reply(ephemeralText(label(interaction.locale, refusals.noDatabase)));
    return null;
  }
  return { guildId: interaction.guildId, actor: interaction.user.id };
}
