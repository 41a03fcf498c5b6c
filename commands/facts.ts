import { SlashCommandBuilder } from 'discord.js';
import { answerInteraction, autocompleteWithStories, queryOption, storyOption } from '../src/discord/answerCommand.js';
import type { Command } from '../src/discord/Command.js';
import { localized } from '../src/discord/i18n.js';

/** /facts topic — the facts on a topic, each with its source. */
export default {
  data: new SlashCommandBuilder()
    .setName('facts')
    .setNameLocalizations(localized('hechos'))
    .setDescription('Facts on a topic, each with the source that reports or claims it')
    .setDescriptionLocalizations(localized('Hechos sobre un tema, cada uno con la fuente que lo informa o lo afirma'))
    .addStringOption((option) => queryOption(option, 'topic', 'tema', 'What the facts should be about', 'El tema de los hechos'))
    .addStringOption(storyOption),
  execute: (interaction, ctx) => answerInteraction(interaction, ctx, 'facts', 'topic'),
  autocomplete: autocompleteWithStories(),
} satisfies Command;
