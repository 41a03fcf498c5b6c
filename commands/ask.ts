import { SlashCommandBuilder } from 'discord.js';
import { answerInteraction, autocompleteWithStories, queryOption, storyOption } from '../src/discord/answerCommand.js';
import type { Command } from '../src/discord/Command.js';
import { localized } from '../src/discord/i18n.js';

/** /ask question — the sentence or quote of the story that answers it. */
export default {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setNameLocalizations(localized('preguntar'))
    .setDescription('Ask a question; get the sentence or quote of the story that answers it')
    .setDescriptionLocalizations(localized('Haz una pregunta; recibe la frase o cita de la noticia que la responde'))
    .addStringOption((option) =>
      queryOption(option, 'question', 'pregunta', 'Your question about the story', 'Tu pregunta sobre la noticia'),
    )
    .addStringOption(storyOption),
  execute: (interaction, ctx) => answerInteraction(interaction, ctx, 'ask', 'question'),
  autocomplete: autocompleteWithStories(),
} satisfies Command;
