import type { AutocompleteInteraction, ChatInputCommandInteraction, SlashCommandStringOption } from 'discord.js';
import type { Command as AnswerCommand } from '../search/Answerer.js';
import { replyInTime } from './ackDeadline.js';
import { MAX_OPTION_QUERY } from './answerButtons.js';
import type { BotContext } from './Command.js';
import { count, label, localized } from './i18n.js';
import { chosenStory } from './knowledgeFor.js';
import { ephemeralText, inert, replyForAnswerSet, truncate } from './replies.js';

/** What /quote, /facts and /ask share: one string option, answered by the core, replied to by replies.ts. */

const MAX_CHOICES = 25;

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

/** The optional `story` option of the member commands: another of the server's stories, by id (autocompleted by headline). */
export const STORY_OPTION = 'story';

export function storyOption(option: SlashCommandStringOption): SlashCommandStringOption {
  return option
    .setName(STORY_OPTION)
    .setNameLocalizations(localized('noticia'))
    .setDescription('Another of this server\u2019s stories (by default the current one)')
    .setDescriptionLocalizations(localized('Otra noticia de este servidor (por defecto, la actual)'))
    .setRequired(false)
    .setMaxLength(20)
    .setAutocomplete(true);
}

export async function answerInteraction(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  command: AnswerCommand,
  option: string,
): Promise<void> {
  const query = interaction.options.getString(option, true);
  const requested = interaction.options.getString(STORY_OPTION);
  const chosen = chosenStory(ctx, interaction.guildId, requested);
  if (!chosen.ok) {
    const id = truncate(requested ?? '', 20);
    await interaction.reply(ephemeralText(label(interaction.locale, chosen.reason, { id: inert(id) })));
    return;
  }
  const { knowledge } = chosen;
  await replyInTime(interaction, ctx.deadline, () => {
    const set = knowledge.answererFor(interaction.guildId).answer(command, query, { guildId: interaction.guildId });
    return replyForAnswerSet(set, knowledge.story.meta, interaction.locale, chosen.id);
  });
}

/** The server's stories by headline (or id), for the `story` option: not removed ones. */
export async function autocompleteStories(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  if (!interaction.inGuild() || !ctx.stories) {
    await interaction.respond([]);
    return;
  }
  const typed = interaction.options.getFocused().trim().toLowerCase().slice(0, 200);
  const choices = ctx.stories
    .list(interaction.guildId)
    .filter((s) => !typed || s.id === typed || s.headline.toLowerCase().includes(typed))
    .slice(0, MAX_CHOICES)
    .map((s) => ({ name: truncate(`${s.id} \u00B7 ${s.headline}`, 100), value: s.id }));
  await interaction.respond(choices);
}

/** Autocomplete of a member command: the `story` option, or the command's own (when it has one). */
export function autocompleteWithStories(own?: (interaction: AutocompleteInteraction, ctx: BotContext) => Promise<void>) {
  return (interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> =>
    interaction.options.getFocused(true).name === STORY_OPTION || !own ? autocompleteStories(interaction, ctx) : own(interaction, ctx);
}

/**
 * Speakers first (name, role, number of quotes), then quotes that match what is typed so far: from the server's
 * QuoteChoices, which tallies speakers once per change of the server's entries, not at each keystroke.
 */
export async function autocompleteSpeakersAndQuotes(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const typed = interaction.options.getFocused().slice(0, 200);
  const chosen = chosenStory(ctx, interaction.guildId, interaction.options.getString(STORY_OPTION));
  if (!chosen.ok) {
    await interaction.respond([]);
    return;
  }
  const { speakers, quotes } = chosen.knowledge.quoteChoicesFor(interaction.guildId).choices(typed, MAX_CHOICES);
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
