import type { AutocompleteInteraction, ChatInputCommandInteraction, SlashCommandStringOption } from 'discord.js';
import type { Command as AnswerCommand } from '../search/Answerer.js';
import { matchSpeakers } from '../search/matchSpeakers.js';
import { queryWords } from '../search/analyzer.js';
import { replyInTime } from './ackDeadline.js';
import { MAX_OPTION_QUERY } from './answerButtons.js';
import type { BotContext } from './Command.js';
import { count, label, localized } from './i18n.js';
import { replyForAnswerSet, truncate } from './replies.js';

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
  await replyInTime(interaction, ctx.deadline, () => {
    const set = ctx.knowledge.answerer.answer(command, query, { guildId: interaction.guildId });
    return replyForAnswerSet(set, ctx.knowledge.story.meta, interaction.locale);
  });
}

const MAX_CHOICES = 25;

/** Speakers first (name, role, number of quotes), then quotes that match what is typed so far. */
export async function autocompleteSpeakersAndQuotes(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const typed = interaction.options.getFocused().slice(0, 200);
  const guildId = interaction.guildId;
  const answerer = ctx.knowledge.answerer;
  const quotes = answerer.visible({ guildId }).filter((e) => e.kind === 'quote');
  const counts = new Map<string, number>();
  for (const q of quotes) if (q.speaker) counts.set(q.speaker.id, (counts.get(q.speaker.id) ?? 0) + 1);
  const speakers = answerer.speakers({ guildId }).filter((s) => counts.has(s.id));
  const words = queryWords(typed);
  const ranked =
    words.length === 0
      ? [...speakers].sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0))
      : matchSpeakers(words, speakers, { anyPrefix: true }).map((m) => m.speaker);

  const choices: Array<{ name: string; value: string }> = ranked.slice(0, MAX_CHOICES).map((speaker) => ({
    name: truncate(
      label(interaction.locale, 'speakerChoice', {
        name: speaker.name,
        role: speaker.role ? `${speaker.role} \u00B7 ` : '',
        count: count(interaction.locale, counts.get(speaker.id) ?? 0, 'quote'),
      }),
      100,
    ),
    value: truncate(speaker.name, MAX_OPTION_QUERY),
  }));
  if (words.length > 0 && choices.length < MAX_CHOICES) {
    for (const result of answerer.answer('quote', typed, { guildId, limit: MAX_CHOICES }).results) {
      if (choices.length >= MAX_CHOICES) break;
      const text = result.entry.text.replace(/\s+/gu, ' ');
      if (choices.some((c) => c.value === truncate(text, MAX_OPTION_QUERY))) continue;
      choices.push({ name: truncate(`\u201C${text}\u201D`, 100), value: truncate(text, MAX_OPTION_QUERY) });
    }
  }
  await interaction.respond(choices.filter((c) => c.name.trim().length > 0 && c.value.trim().length > 0));
}
