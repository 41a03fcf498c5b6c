import type { AutocompleteInteraction, ChatInputCommandInteraction, SlashCommandStringOption } from 'discord.js';
import type { Command as AnswerCommand } from '../search/Answerer.js';
import { MAX_OPTION_QUERY } from './answerButtons.js';
import type { BotContext } from './Command.js';
import { count, label, localized } from './i18n.js';
import { knowledgeFor } from './knowledgeFor.js';
import { ephemeralText, replyForAnswerSet, truncate } from './replies.js';

/** What /quote, /facts and /ask share: one string option, answered by the core, replied to by replies.ts. */

export function queryOption(
  option: SlashCommandStringOption,
  name: string,
  spanishName: string,
  description: string,
  spanishDescription: string,
): SlashCommandStringOption {
  return option
    .setName(name)
    .setNameLocalizations(localized(spanishName))
    .setDescription(description)
    .setDescriptionLocalizations(localized(spanishDescription))
    .setRequired(true)
    .setMaxLength(MAX_OPTION_QUERY);
}

export async function answerInteraction(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  command: AnswerCommand,
  option: string,
): Promise<void> {
  const query = interaction.options.getString(option, true);
  const knowledge = knowledgeFor(ctx, interaction.guildId);
  if (!knowledge) {
    await interaction.reply(ephemeralText(label(interaction.locale, 'noStory')));
    return;
  }
  const set = knowledge.answererFor(interaction.guildId).answer(command, query, { guildId: interaction.guildId });
  await interaction.reply(replyForAnswerSet(set, knowledge.story.meta, interaction.locale));
}

const MAX_CHOICES = 25;

/**
 * Speakers first (name, role, number of quotes), then quotes that match what is typed so far: from the server's
 * QuoteChoices, which tallies speakers once per change of the server's entries, not at each keystroke.
 */
export async function autocompleteSpeakersAndQuotes(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const typed = interaction.options.getFocused().slice(0, 200);
  const knowledge = knowledgeFor(ctx, interaction.guildId);
  if (!knowledge) {
    await interaction.respond([]);
    return;
  }
  const { speakers, quotes } = knowledge.quoteChoicesFor(interaction.guildId).choices(typed, MAX_CHOICES);
  const choices: Array<{ name: string; value: string }> = speakers.map(({ speaker, quotes: held }) => ({
    name: truncate(
      label(interaction.locale, 'speakerChoice', {
        name: speaker.name,
        role: speaker.role ? `${speaker.role} \u00B7 ` : '',
        count: count(interaction.locale, held, 'quote'),
      }),
      100,
    ),
    value: truncate(speaker.name, MAX_OPTION_QUERY),
  }));
  for (const quote of quotes) {
    if (choices.length >= MAX_CHOICES) break;
    const text = quote.text.replace(/\s+/gu, ' ');
    if (choices.some((c) => c.value === truncate(text, MAX_OPTION_QUERY))) continue;
    choices.push({ name: truncate(`\u201C${text}\u201D`, 100), value: truncate(text, MAX_OPTION_QUERY) });
  }
  await interaction.respond(choices.filter((c) => c.name.trim().length > 0 && c.value.trim().length > 0));
}
