import { DiscordAPIError, RESTJSONErrorCodes, type Interaction } from 'discord.js';
import { ANSWER_BUTTON_PREFIX, handleAnswerButton } from './answerButtons.js';
import type { BotContext, Command } from './Command.js';
import { label } from './i18n.js';
import { ephemeralText } from './replies.js';

/**
 * The one place every interaction goes through. A user's mistake is answered by the handler itself;
 * anything thrown is a bug: logged with its stack and the interaction id, and the user gets a short
 * ephemeral "something went wrong" (as a reply or a follow-up, whichever is still possible).
 * An interaction Discord no longer knows (10062) is logged, not thrown. The process keeps running.
 */

function isUnknownInteraction(error: unknown): boolean {
  return (
    error instanceof DiscordAPIError &&
    (error.code === RESTJSONErrorCodes.UnknownInteraction || error.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged)
  );
}

async function route(interaction: Interaction, commands: Map<string, Command>, ctx: BotContext): Promise<void> {
  if (interaction.isChatInputCommand()) {
    const command = commands.get(interaction.commandName);
    if (!command) {
      await interaction.reply(ephemeralText(label(interaction.locale, 'staleButton')));
      return;
    }
    await command.execute(interaction, ctx);
    return;
  }
  if (interaction.isAutocomplete()) {
    const command = commands.get(interaction.commandName);
    await (command?.autocomplete ? command.autocomplete(interaction, ctx) : interaction.respond([]));
    return;
  }
  if (interaction.isButton() || interaction.isModalSubmit()) {
    const prefix = interaction.customId.split(':')[0] ?? '';
    if (prefix === ANSWER_BUTTON_PREFIX && interaction.isButton()) {
      await handleAnswerButton(interaction, ctx);
      return;
    }
    const command = commands.get(prefix);
    if (command?.component) {
      await command.component(interaction, ctx);
      return;
    }
    await interaction.reply(ephemeralText(label(interaction.locale, 'staleButton')));
  }
}

export async function handleInteraction(interaction: Interaction, commands: Map<string, Command>, ctx: BotContext): Promise<void> {
  const started = Date.now();
  try {
    await route(interaction, commands, ctx);
    ctx.logger.debug({ interactionId: interaction.id, type: interaction.type, ms: Date.now() - started }, 'interaction handled');
  } catch (error) {
    if (isUnknownInteraction(error)) {
      ctx.logger.warn({ interactionId: interaction.id, code: (error as DiscordAPIError).code }, 'interaction expired or already answered');
      return;
    }
    ctx.logger.error({ err: error, interactionId: interaction.id }, 'interaction handler failed');
    if (!interaction.isRepliable()) return;
    try {
      const reply = ephemeralText(label(interaction.locale, 'somethingWrong'));
      if (interaction.replied || interaction.deferred) await interaction.followUp(reply);
      else await interaction.reply(reply);
    } catch (replyError) {
      ctx.logger.warn({ err: replyError, interactionId: interaction.id }, 'could not tell the user about the failure');
    }
  }
}
