import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  EmbedBuilder,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type LocaleString,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { BotContext, Command } from '../src/discord/Command.js';
import { AttachmentError, fetchAttachmentBytes, tooLarge } from '../src/discord/fetchAttachment.js';
import { type LabelKey, label, langOf, localized } from '../src/discord/i18n.js';
import { ephemeralText, inert, safeReply, truncate } from '../src/discord/replies.js';
import { type ModeratorInteraction, moderatorOf } from '../src/discord/moderatorOf.js';
import { deskMessage } from '../src/store/deskMessages.js';
import { storyDetails, storyLine } from '../src/store/describeStory.js';
import type { StoryFailure, StoryResult, StorySummary } from '../src/store/StoryDesk.js';
import { MAX_ARTICLE_BYTES } from '../src/story/loadStory.js';
import { subcommandWithId } from '../src/discord/subcommandWithId.js';

/**
 * /story — moderators choose what their server's members are answered from: add a story from a web page or an
 * attached file (deferred: fetching and reading take seconds), list, use, show, remove (confirmed with a button),
 * restore, refresh (fetched again, deferred). Manage Messages by default, servers only, and the member's
 * server-level permission is checked again on every call, buttons included, as /entry does.
 */

const MAX_ADDRESS = 500;

function why(failure: StoryFailure, locale: LocaleString): string {
  return deskMessage(failure.why, langOf(locale));
}

/** Server and permission check for every /story interaction; answers the member itself when it fails. */
function guard(interaction: ModeratorInteraction, ctx: BotContext): Promise<{ guildId: string; actor: string } | null> {
  const refusals = { onlyInServer: 'storyOnlyInServer', notModerator: 'storyNotModerator', noDatabase: 'storyNoDatabase' } as const;
  return moderatorOf(interaction, refusals, { logger: ctx.logger, hasStorage: ctx.stories !== null, change: 'story change' });
}

/**
 * A story's details as an embed: headline, outlet, date, byline, counts, speakers, what could not be read, source
 * (all shown as read, nothing in them rendered), and who added it (a mention, which pings no one).
 */
function storyEmbed(story: StorySummary, locale: LocaleString): EmbedBuilder {
  const details = inert(storyDetails({ ...story, addedBy: null }, langOf(locale)));
  const added = story.addedBy && story.addedAt ? label(locale, 'storyAddedBy', { user: story.addedBy, at: story.addedAt }) : null;
  return new EmbedBuilder()
    .setTitle(truncate(label(locale, 'storyTitle', { id: story.id }), 256))
    .setDescription(truncate([details, added].filter(Boolean).join('\n'), 4096));
}

/** The answer to an add or a refresh, in the deferred reply's place. */
async function editWithStory(
  interaction: ChatInputCommandInteraction,
  result: StoryResult<StorySummary>,
  done: LabelKey,
  failed: LabelKey,
): Promise<void> {
  const locale = interaction.locale;
  if (!result.ok) {
    await interaction.editReply({ content: label(locale, failed, { reason: why(result, locale) }), allowedMentions: { parse: [] } });
    return;
  }
  await interaction.editReply({
    content: label(locale, done, { id: result.value.id }),
    embeds: [storyEmbed(result.value, locale)],
    allowedMentions: { parse: [] },
  });
}

async function add(interaction: ChatInputCommandInteraction, ctx: BotContext, guildId: string, actor: string): Promise<void> {
  const locale = interaction.locale;
  const address = interaction.options.getString('address')?.trim() ?? '';
  const file = interaction.options.getAttachment('file');
  if ((address === '') === (file === null)) {
    await interaction.reply(ephemeralText(label(locale, 'storyNeedsSource')));
    return;
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  if (file) {
    const policy = { ...ctx.attachments, maxBytes: MAX_ARTICLE_BYTES };
    let bytes: Buffer;
    try {
      if (file.size > policy.maxBytes) throw tooLarge(policy.maxBytes);
      bytes = await fetchAttachmentBytes(file.url, policy);
    } catch (error) {
      if (!(error instanceof AttachmentError)) throw error;
      const reason = label(locale, error.problem, error.vars);
      await interaction.editReply({ content: label(locale, 'storyNotAdded', { reason }), allowedMentions: { parse: [] } });
      return;
    }
    await editWithStory(
      interaction,
      await ctx.stories!.add(guildId, actor, { kind: 'file', name: file.name, bytes }),
      'storyAdded',
      'storyNotAdded',
    );
    return;
  }
  const result = await ctx.stories!.add(guildId, actor, { kind: 'url', address });
  if (!result.ok) ctx.logger.info({ guildId, reason: result.why.code }, 'story not added');
  await editWithStory(interaction, result, 'storyAdded', 'storyNotAdded');
}

function listReply(stories: StorySummary[], locale: LocaleString) {
  const lang = langOf(locale);
  const embed = new EmbedBuilder()
    .setTitle(label(locale, 'storyListTitle'))
    .setDescription(
      stories.length > 0 ? truncate(stories.map((s) => inert(storyLine(s, lang))).join('\n'), 4096) : label(locale, 'storyListEmpty'),
    )
    .setFooter({ text: label(locale, 'storyListFooter') });
  return safeReply({ embeds: [embed] }, true);
}

async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const allowed = await guard(interaction, ctx);
  if (!allowed) return;
  const stories = ctx.stories!;
  const { guildId, actor } = allowed;
  const locale = interaction.locale;
  const id = (): string => interaction.options.getString('id', true);

  switch (interaction.options.getSubcommand(true)) {
    case 'add':
      await add(interaction, ctx, guildId, actor);
      return;
    case 'list':
      await interaction.reply(listReply(stories.list(guildId), locale));
      return;
    case 'show': {
      const result = stories.show(guildId, id());
      await interaction.reply(
        result.ok ? safeReply({ embeds: [storyEmbed(result.value, locale)] }, true) : ephemeralText(`${why(result, locale)}.`),
      );
      return;
    }
    case 'use': {
      const result = stories.use(guildId, actor, id());
      await interaction.reply(
        result.ok
          ? safeReply({ content: label(locale, 'storyUsed', { id: result.value.id }), embeds: [storyEmbed(result.value, locale)] }, true)
          : ephemeralText(label(locale, 'storyNotUsed', { reason: why(result, locale) })),
      );
      return;
    }
    case 'remove': {
      const current = stories.show(guildId, id());
      if (!current.ok || current.value.removed) {
        const reason = current.ok
          ? deskMessage({ code: 'story-not-found', vars: { id: current.value.id } }, langOf(locale))
          : why(current, locale);
        await interaction.reply(ephemeralText(label(locale, 'storyNotRemoved', { reason })));
        return;
      }
      const story = current.value;
      const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder().setCustomId(`story:remove:${story.id}`).setLabel(label(locale, 'remove')).setStyle(ButtonStyle.Danger),
        new ButtonBuilder().setCustomId('story:cancel').setLabel(label(locale, 'cancel')).setStyle(ButtonStyle.Secondary),
      );
      const content = label(locale, 'storyConfirmRemove', {
        id: story.id,
        headline: inert(truncate(story.headline, 200)),
        current: story.current ? label(locale, 'storyRemovingCurrent') : '',
      });
      await interaction.reply(safeReply({ content: truncate(content, 2000), components: [row] }, true));
      return;
    }
    case 'restore': {
      const result = stories.restore(guildId, actor, id());
      await interaction.reply(
        ephemeralText(
          result.ok
            ? label(locale, 'storyRestored', { id: result.value.id })
            : label(locale, 'storyNotRestored', { reason: why(result, locale) }),
        ),
      );
      return;
    }
    case 'refresh': {
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await editWithStory(interaction, await stories.refresh(guildId, actor, id()), 'storyRefreshed', 'storyNotRefreshed');
      return;
    }
    default:
      await interaction.reply(ephemeralText(label(locale, 'staleButton')));
  }
}

async function component(interaction: ButtonInteraction | ModalSubmitInteraction, ctx: BotContext): Promise<void> {
  const [, action, id] = interaction.customId.split(':');
  const locale = interaction.locale;
  if (action === 'cancel') {
    await interaction.reply(ephemeralText(label(locale, 'cancelled')));
    return;
  }
  const allowed = await guard(interaction, ctx);
  if (!allowed) return;
  if (interaction.isButton() && action === 'remove' && id) {
    const result = ctx.stories!.remove(allowed.guildId, allowed.actor, id);
    await interaction.reply(
      ephemeralText(
        result.ok
          ? label(locale, 'storyRemoved', { id: result.value.id })
          : label(locale, 'storyNotRemoved', { reason: why(result, locale) }),
      ),
    );
    return;
  }
  await interaction.reply(ephemeralText(label(locale, 'staleButton')));
}

/** The server's stories by headline (or id), for the `id` option. */
async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  if (!interaction.inGuild() || !ctx.stories) {
    await interaction.respond([]);
    return;
  }
  const typed = interaction.options.getFocused().trim().toLowerCase();
  const choices = ctx.stories
    .list(interaction.guildId)
    .filter((s) => !typed || s.id === typed || s.headline.toLowerCase().includes(typed))
    .slice(0, 25)
    .map((s) => ({ name: truncate(`${s.id} \u00B7 ${s.headline}`, 100), value: s.id }));
  await interaction.respond(choices);
}

/** A subcommand that acts on one story by its id. */
function storySubcommand(name: string, spanishName: string, description: string, spanishDescription: string) {
  return subcommandWithId(name, spanishName, description, spanishDescription, {
    description: 'The story, e.g. s2 (s0 is the article shipped with the bot)',
    spanishDescription: 'La noticia, p. ej. s2 (s0 es el art\u00EDculo que trae el bot)',
    autocomplete: true,
  });
}

export default {
  data: new SlashCommandBuilder()
    .setName('story')
    .setNameLocalizations(localized('noticia'))
    .setDescription('Moderators: the stories this server follows, from a web page or a file')
    .setDescriptionLocalizations(localized('Moderadores: las noticias que sigue este servidor, desde una p\u00E1gina web o un archivo'))
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageMessages)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((sub) =>
      sub
        .setName('add')
        .setNameLocalizations(localized('agregar'))
        .setDescription('Read a story from a web page or a file; members are answered from it next')
        .setDescriptionLocalizations(
          localized('Leer una noticia de una p\u00E1gina web o un archivo; los miembros reciben respuestas de ella'),
        )
        .addStringOption((option) =>
          option
            .setName('address')
            .setNameLocalizations(localized('direccion'))
            .setDescription('The web page of the story (http or https)')
            .setDescriptionLocalizations(localized('La p\u00E1gina web de la noticia (http o https)'))
            .setMaxLength(MAX_ADDRESS),
        )
        .addAttachmentOption((option) =>
          option
            .setName('file')
            .setNameLocalizations(localized('archivo'))
            .setDescription('Or the story as a .txt, .md or .html file')
            .setDescriptionLocalizations(localized('O la noticia en un archivo .txt, .md o .html')),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName('list')
        .setNameLocalizations(localized('listar'))
        .setDescription('The stories of this server; the current one marked')
        .setDescriptionLocalizations(localized('Las noticias de este servidor; la actual marcada')),
    )
    .addSubcommand(storySubcommand('use', 'usar', 'Answer members from this story', 'Responder a los miembros desde esta noticia'))
    .addSubcommand(storySubcommand('show', 'ver', 'What was read of a story', 'Lo que se ley\u00F3 de una noticia'))
    .addSubcommand(storySubcommand('remove', 'quitar', 'Remove a story (it can be restored)', 'Quitar una noticia (se puede restaurar)'))
    .addSubcommand(storySubcommand('restore', 'restaurar', 'Bring back a removed story', 'Recuperar una noticia quitada'))
    .addSubcommand(
      storySubcommand(
        'refresh',
        'actualizar',
        'Fetch a story\u2019s page again (corrections stay on their words)',
        'Volver a descargar la p\u00E1gina de una noticia (las correcciones siguen en sus palabras)',
      ),
    ),
  execute,
  component,
  autocomplete,
} satisfies Command;
