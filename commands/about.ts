import { EmbedBuilder, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/Command.js';
import { knowledgeFor } from '../src/discord/knowledgeFor.js';
import { count, formatDate, label, langOf, localized } from '../src/discord/i18n.js';
import { ephemeralText, inert, safeReply, truncate } from '../src/discord/replies.js';
import { storyLine } from '../src/store/describeStory.js';

/** /about — what story the bot knows, how much of it, and how to ask. */
export default {
  data: new SlashCommandBuilder()
    .setName('about')
    .setNameLocalizations(localized('acerca'))
    .setDescription('What story this bot knows and how to ask it')
    .setDescriptionLocalizations(localized('Qu\u00E9 noticia conoce este bot y c\u00F3mo preguntarle')),
  async execute(interaction, ctx) {
    const locale = interaction.locale;
    const knowledge = knowledgeFor(ctx, interaction.guildId);
    if (!knowledge) {
      await interaction.reply(ephemeralText(label(locale, 'noStory')));
      return;
    }
    const answerer = knowledge.answererFor(interaction.guildId);
    const entries = answerer.visible({ guildId: interaction.guildId });
    const quotes = entries.filter((e) => e.kind === 'quote').length;
    const published = knowledge.story.meta.published;
    const speakers = answerer.speakers({ guildId: interaction.guildId }).length;
    const body = label(locale, 'aboutBody', {
      date: published ? ` (${formatDate(locale, published)})` : '',
      counts: [count(locale, quotes, 'quote'), count(locale, entries.length - quotes, 'fact'), count(locale, speakers, 'speaker')].join(
        ', ',
      ),
    });
    const embed = new EmbedBuilder().setTitle(label(interaction.locale, 'aboutTitle')).setDescription(truncate(body, 4096));
    // The server's stories (★ the current one): members may ask any of them with the `story` option.
    const stories = ctx.stories && interaction.guildId ? ctx.stories.list(interaction.guildId) : [];
    if (stories.length > 0) {
      const lines = stories.slice(0, 20).map((story) => inert(storyLine(story, langOf(locale), 70)));
      embed.addFields({ name: label(locale, 'aboutStories', { count: stories.length }), value: truncate(lines.join('\n'), 1024) });
    }
    await interaction.reply(safeReply({ embeds: [embed] }, true));
  },
} satisfies Command;
