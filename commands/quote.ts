import { SlashCommandBuilder } from 'discord.js';
import {
  answerInteraction,
  autocompleteSpeakersAndQuotes,
  autocompleteWithStories,
  queryOption,
  storyOption,
} from '../src/discord/answerCommand.js';
import type { Command } from '../src/discord/Command.js';
import { localized } from '../src/discord/i18n.js';

/** /quote who_or_topic — a speaker's exact words, or quotes on a topic. */
export default {
  data: new SlashCommandBuilder()
    .setName('quote')
    .setNameLocalizations(localized('cita'))
    .setDescription('A speaker\u2019s exact words, with who said them, when and where')
    .setDescriptionLocalizations(localized('Las palabras exactas de alguien, con qui\u00E9n, cu\u00E1ndo y d\u00F3nde'))
    .addStringOption((option) =>
      queryOption(
        option,
        'who_or_topic',
        'quien_o_tema',
        'A speaker (name, role) or a topic',
        'Una persona (nombre, cargo) o un tema',
      ).setAutocomplete(true),
    )
    .addStringOption(storyOption),
  execute: (interaction, ctx) => answerInteraction(interaction, ctx, 'quote', 'who_or_topic'),
  autocomplete: autocompleteWithStories(autocompleteSpeakersAndQuotes),
} satisfies Command;
