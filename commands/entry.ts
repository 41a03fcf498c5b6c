import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  EmbedBuilder,
  InteractionContextType,
  MessageFlags,
  ModalBuilder,
  PermissionFlagsBits,
  SlashCommandBuilder,
  TextInputBuilder,
  TextInputStyle,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { BotContext, Command } from '../src/discord/Command.js';
import { AttachmentError, fetchAttachment, tooLarge } from '../src/discord/fetchAttachment.js';
import { type ModeratorInteraction, moderatorOf } from '../src/discord/moderatorOf.js';
import { count, formatNumber, type LabelKey, label, langOf, localized } from '../src/discord/i18n.js';
import { ephemeralText, inert, safeReply, truncate } from '../src/discord/replies.js';
import { deskMessage } from '../src/store/deskMessages.js';
import type { DeskFailure, DeskResult, EntryDesk } from '../src/store/EntryDesk.js';
import { splitNameAndRole, splitSource } from '../src/store/entrySchema.js';
import { historyLines, storedDetails, storedSummary } from '../src/store/describeStoredEntry.js';
import type { EntryFields, StoredEntry } from '../src/store/EntryStore.js';
import { storyId, storyNumberOf } from '../src/store/storyId.js';
import type { Entry } from '../src/story/types.js';
import type { LocaleString } from 'discord.js';
import { subcommandWithId } from '../src/discord/subcommandWithId.js';

/**
 * /entry — moderators keep the story current in their own server: add (a modal), edit (the modal filled in),
 * remove (confirmed with a button), restore, list (paged), show, history, export (a JSON file), import.
 * Manage Messages by default, servers only, and the member's server-level permission (from their roles, not a
 * channel overwrite) is checked again on every call — modals and buttons included — so a forged or replayed
 * interaction changes nothing.
 */

const PAGE_SIZE = 10;

/** The member's words for a label: every /entry reply is in English or Spanish, as their Discord is. */
function say(locale: LocaleString, key: LabelKey, vars: Record<string, string | number> = {}): string {
  return label(locale, key, vars);
}

/** Why the desk refused, in the member's language. */
function why(failure: DeskFailure, locale: LocaleString): string {
  return deskMessage(failure.why, langOf(locale));
}

/** Server and permission check for every /entry interaction; answers the member itself when it fails. */
function guard(interaction: ModeratorInteraction, ctx: BotContext): Promise<{ guildId: string; actor: string } | null> {
  const refusals = { onlyInServer: 'entryOnlyInServer', notModerator: 'entryNotModerator', noDatabase: 'entryNoDatabase' } as const;
  return moderatorOf(interaction, refusals, { logger: ctx.logger, hasStorage: ctx.desk !== null, change: 'entry change' });
}

function input(
  id: string,
  label: string,
  style: TextInputStyle,
  max: number,
  required: boolean,
  value: string | null,
  placeholder?: string,
) {
  const field = new TextInputBuilder().setCustomId(id).setLabel(label).setStyle(style).setMaxLength(max).setRequired(required);
  if (value) field.setValue(value.slice(0, max));
  if (placeholder) field.setPlaceholder(placeholder);
  return new ActionRowBuilder<TextInputBuilder>().addComponents(field);
}

/** The add/edit modal, in the member's language; its custom_id carries the kind, the corrected article entry, or the entry edited. */
function entryModal(customId: string, kind: 'quote' | 'fact', locale: LocaleString, current: Partial<EntryFields> = {}): ModalBuilder {
  const t = (key: LabelKey): string => say(locale, key);
  const modal = new ModalBuilder().setCustomId(customId).setTitle(t(kind === 'quote' ? 'modalQuote' : 'modalFact'));
  const source = [current.sourceName, current.sourceUrl].filter(Boolean).join(' ');
  modal.addComponents(
    input('text', t(kind === 'quote' ? 'fieldQuoteText' : 'fieldFactText'), TextInputStyle.Paragraph, 1000, true, current.text ?? null),
  );
  if (kind === 'quote') {
    const speaker = current.speakerName ? `${current.speakerName}${current.speakerRole ? `, ${current.speakerRole}` : ''}` : null;
    modal.addComponents(
      input('speaker', t('fieldSpeaker'), TextInputStyle.Short, 200, true, speaker, 'Claudia Sheinbaum, Mexican President'),
      input('when', t('fieldWhen'), TextInputStyle.Short, 100, false, current.when ?? null, 'on 18 November 2025'),
      input('where', t('fieldWhere'), TextInputStyle.Short, 100, false, current.where ?? null, 'in Mexico City'),
    );
  } else {
    modal.addComponents(
      input('claim_by', t('fieldClaimBy'), TextInputStyle.Short, 100, false, current.claimBy ?? null, 'the Trump administration'),
    );
  }
  modal.addComponents(input('source', t('fieldSource'), TextInputStyle.Short, 600, false, source || null, 'NBC News https://\u2026'));
  return modal;
}

function fieldsFromModal(interaction: ModalSubmitInteraction, kind: 'quote' | 'fact', corrects: string | null): Record<string, unknown> {
  const value = (id: string): string | null => {
    try {
      return interaction.fields.getTextInputValue(id);
    } catch {
      return null;
    }
  };
  const speaker = splitNameAndRole(value('speaker'));
  const source = splitSource(value('source'));
  return {
    kind,
    text: value('text') ?? '',
    speakerName: kind === 'quote' ? speaker.name : null,
    speakerRole: kind === 'quote' ? speaker.role : null,
    when: kind === 'quote' ? value('when') : null,
    where: kind === 'quote' ? value('where') : null,
    sourceName: source.name,
    sourceUrl: source.url,
    claimBy: kind === 'fact' ? value('claim_by') : null,
    corrects,
  };
}

async function replyToSave(interaction: ModeratorInteraction, result: DeskResult<Entry>, done: 'saved' | 'restored'): Promise<void> {
  const locale = interaction.locale;
  if (result.ok) {
    const command = result.value.kind === 'quote' ? 'quote' : 'facts';
    await interaction.reply(ephemeralText(say(locale, done, { id: result.value.id, command })));
    return;
  }
  if (result.reason === 'duplicate') {
    const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder()
        .setCustomId(`entry:force:${result.pendingToken}`)
        .setLabel(say(locale, 'addAnyway'))
        .setStyle(ButtonStyle.Primary),
      new ButtonBuilder().setCustomId('entry:cancel').setLabel(say(locale, 'cancel')).setStyle(ButtonStyle.Secondary),
    );
    const content = say(locale, 'looksLike', { id: result.duplicateOf.id, text: inert(result.duplicateOf.text) });
    await interaction.reply(safeReply({ content: truncate(content, 2000), components: [row] }, true));
    return;
  }
  await interaction.reply(ephemeralText(say(locale, 'notSaved', { reason: why(result, locale) })));
}

/** Which entries a list shows: one story's (its number) or every story's (`all`). */
type ListedStory = number | 'all';

function listReply(
  desk: EntryDesk,
  entries: StoredEntry[],
  page: number,
  kind: string,
  story: ListedStory,
  speaker: string,
  locale: LocaleString,
) {
  const lang = langOf(locale);
  const pages = Math.max(1, Math.ceil(entries.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = entries.slice(current * PAGE_SIZE, current * PAGE_SIZE + PAGE_SIZE);
  const embed = new EmbedBuilder()
    .setTitle(`${say(locale, 'listTitle')} \u00B7 ${story === 'all' ? 'all' : storyId(story)}${kind !== '-' ? ` \u00B7 ${kind}` : ''}`)
    .setDescription(
      shown.length
        ? truncate(shown.map((e) => inert(storedSummary(e, 120, desk.correctionOf(e), lang))).join('\n'), 4096)
        : say(locale, 'listEmpty'),
    )
    .setFooter({ text: say(locale, 'listFooter', { page: current + 1, pages, entries: count(locale, entries.length, 'entry') }) });
  const state = `${kind}:${story}:${encodeURIComponent(speaker).slice(0, 60)}`;
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(`entry:list:${current - 1}:${state}`)
      .setLabel(say(locale, 'previous'))
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(current === 0),
    new ButtonBuilder()
      .setCustomId(`entry:list:${current + 1}:${state}`)
      .setLabel(say(locale, 'next'))
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(current + 1 >= pages),
  );
  return safeReply({ embeds: [embed], components: [row] }, true);
}

async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const allowed = await guard(interaction, ctx);
  if (!allowed) return;
  const desk = ctx.desk!;
  const { guildId, actor } = allowed;
  const sub = interaction.options.getSubcommand(true);
  const id = (): string => interaction.options.getString('id', true);
  const locale = interaction.locale;
  const lang = langOf(locale);

  switch (sub) {
    case 'add': {
      const kind = interaction.options.getString('kind', true) === 'fact' ? 'fact' : 'quote';
      const corrects = interaction.options.getString('corrects')?.trim() || '-';
      await interaction.showModal(entryModal(`entry:add:${kind}:${corrects.slice(0, 40)}`, kind, locale));
      return;
    }
    case 'edit': {
      const current = desk.get(guildId, id());
      if (!current.ok || current.value.deletedAt) {
        await interaction.reply(
          ephemeralText(
            current.ok ? say(locale, 'isRemoved', { id: id() }) : say(locale, 'lookupFailed', { reason: why(current, locale) }),
          ),
        );
        return;
      }
      await interaction.showModal(entryModal(`entry:edit:${current.value.id}`, current.value.kind, locale, current.value));
      return;
    }
    case 'remove': {
      const current = desk.get(guildId, id());
      if (!current.ok || current.value.deletedAt) {
        await interaction.reply(
          ephemeralText(
            current.ok ? say(locale, 'alreadyRemoved', { id: id() }) : say(locale, 'lookupFailed', { reason: why(current, locale) }),
          ),
        );
        return;
      }
      const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder().setCustomId(`entry:remove:${current.value.id}`).setLabel(say(locale, 'remove')).setStyle(ButtonStyle.Danger),
        new ButtonBuilder().setCustomId('entry:cancel').setLabel(say(locale, 'cancel')).setStyle(ButtonStyle.Secondary),
      );
      const summary = inert(storedSummary(current.value, 80, desk.correctionOf(current.value), lang));
      await interaction.reply(safeReply({ content: truncate(say(locale, 'confirmRemove', { summary }), 2000), components: [row] }, true));
      return;
    }
    case 'restore':
      await replyToSave(interaction, desk.restore(guildId, actor, id()), 'restored');
      return;
    case 'list': {
      const kind = interaction.options.getString('kind') ?? '-';
      const speaker = interaction.options.getString('speaker') ?? '';
      // The current story's entries unless another story, or `all`, is asked for.
      const asked = interaction.options.getString('story')?.trim() ?? '';
      const story: ListedStory | null =
        asked === '' ? desk.currentStoryOf(guildId) : asked.toLowerCase() === 'all' ? 'all' : storyNumberOf(asked);
      if (story === null) {
        await interaction.reply(ephemeralText(say(locale, 'listStoryBad', { story: asked.slice(0, 40) })));
        return;
      }
      const entries = desk.list(guildId, {
        kind: kind === '-' ? undefined : (kind as 'quote' | 'fact'),
        speaker,
        story: story === 'all' ? undefined : story,
      });
      await interaction.reply(listReply(desk, entries, 0, kind, story, speaker, locale));
      return;
    }
    case 'show':
    case 'history': {
      const result = sub === 'show' ? desk.get(guildId, id()) : desk.history(guildId, id());
      if (!result.ok) {
        await interaction.reply(ephemeralText(say(locale, 'lookupFailed', { reason: why(result, locale) })));
        return;
      }
      const text =
        sub === 'show'
          ? storedDetails(result.value as StoredEntry, desk.correctionOf(result.value as StoredEntry), lang)
          : historyLines(result.value as Parameters<typeof historyLines>[0], lang);
      const embed = new EmbedBuilder()
        .setTitle(say(locale, sub === 'show' ? 'showTitle' : 'historyTitle', { id: id() }))
        .setDescription(truncate(inert(text), 4096));
      await interaction.reply(safeReply({ embeds: [embed] }, true));
      return;
    }
    case 'export': {
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      const json = desk.exportJson(guildId);
      await interaction.editReply({
        content: say(locale, 'exported', { entries: count(locale, desk.list(guildId).length, 'entry') }),
        files: [{ attachment: Buffer.from(json, 'utf8'), name: `storydesk-entries-${guildId}.json` }],
        allowedMentions: { parse: [] },
      });
      return;
    }
    case 'import': {
      const file = interaction.options.getAttachment('file', true);
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      let text: string;
      try {
        if (file.size > ctx.attachments.maxBytes) throw tooLarge(ctx.attachments.maxBytes);
        text = await fetchAttachment(file.url, ctx.attachments);
      } catch (error) {
        if (!(error instanceof AttachmentError)) throw error;
        const reason = say(locale, error.problem, error.vars);
        await interaction.editReply({ content: say(locale, 'notImported', { reason }), allowedMentions: { parse: [] } });
        return;
      }
      const result = await desk.importJson(guildId, actor, text);
      const number = (value: number): string => formatNumber(locale, value);
      const content = result.ok
        ? [
            say(locale, 'imported', {
              added: number(result.value.added),
              updated: number(result.value.updated),
              unchanged: number(result.value.unchanged),
              rejected: number(result.value.rejected.length),
            }),
            ...(Object.keys(result.value.stories).length > 0
              ? [
                  say(locale, 'importedStories', {
                    stories: Object.entries(result.value.stories)
                      .map(([story, records]) => `${story} ${number(records)}`)
                      .join(', '),
                  }),
                ]
              : []),
            ...(result.value.elsewhere > 0
              ? [
                  say(locale, 'importedElsewhere', {
                    records: number(result.value.elsewhere),
                    story: storyId(desk.currentStoryOf(guildId)),
                  }),
                ]
              : []),
            ...result.value.rejected
              .slice(0, 10)
              .map((r) => say(locale, 'rejectedRecord', { n: r.index + 1, reason: deskMessage(r.why, lang) })),
          ].join('\n')
        : say(locale, 'notImported', { reason: why(result, locale) });
      await interaction.editReply({ content: truncate(content, 2000), allowedMentions: { parse: [] } });
      return;
    }
    default:
      await interaction.reply(ephemeralText(say(locale, 'unknownAction')));
  }
}

async function component(interaction: ButtonInteraction | ModalSubmitInteraction, ctx: BotContext): Promise<void> {
  const parts = interaction.customId.split(':');
  const action = parts[1];
  const locale = interaction.locale;
  if (action === 'cancel') {
    await interaction.reply(ephemeralText(say(locale, 'cancelled')));
    return;
  }
  const allowed = await guard(interaction, ctx);
  if (!allowed) return;
  const desk = ctx.desk!;
  const { guildId, actor } = allowed;

  if (interaction.isModalSubmit() && action === 'add' && (parts[2] === 'quote' || parts[2] === 'fact')) {
    const corrects = parts[3] && parts[3] !== '-' ? parts[3] : null;
    await replyToSave(interaction, desk.add(guildId, actor, fieldsFromModal(interaction, parts[2], corrects)), 'saved');
    return;
  }
  if (interaction.isModalSubmit() && action === 'edit' && parts[2]) {
    const current = desk.get(guildId, parts[2]);
    if (!current.ok) {
      await interaction.reply(ephemeralText(say(locale, 'lookupFailed', { reason: why(current, locale) })));
      return;
    }
    await replyToSave(
      interaction,
      desk.edit(guildId, actor, parts[2], fieldsFromModal(interaction, current.value.kind, current.value.corrects)),
      'saved',
    );
    return;
  }
  if (interaction.isButton() && action === 'force' && parts[2]) {
    await replyToSave(interaction, desk.confirmPending(guildId, actor, parts[2]), 'saved');
    return;
  }
  if (interaction.isButton() && action === 'remove' && parts[2]) {
    const result = desk.remove(guildId, actor, parts[2]);
    await interaction.reply(
      ephemeralText(
        result.ok ? say(locale, 'removed', { id: result.value.id }) : say(locale, 'notRemoved', { reason: why(result, locale) }),
      ),
    );
    return;
  }
  if (interaction.isButton() && action === 'list') {
    const page = Math.max(0, Number(parts[2]) || 0);
    const kind = parts[3] === 'quote' || parts[3] === 'fact' ? parts[3] : '-';
    const story: ListedStory = parts[4] === 'all' ? 'all' : (storyNumberOf(parts[4] ?? '') ?? desk.currentStoryOf(guildId));
    let speaker = '';
    try {
      speaker = decodeURIComponent(parts.slice(5).join(':'));
    } catch {
      speaker = '';
    }
    const entries = desk.list(guildId, { kind: kind === '-' ? undefined : kind, speaker, story: story === 'all' ? undefined : story });
    await interaction.reply(listReply(desk, entries, page, kind, story, speaker, locale));
    return;
  }
  await interaction.reply(ephemeralText(say(locale, 'staleButton')));
}

/** A subcommand that acts on one entry by its id. */
function entrySubcommand(name: string, spanishName: string, description: string, spanishDescription: string) {
  return subcommandWithId(name, spanishName, description, spanishDescription, {
    description: 'The entry, e.g. m12',
    spanishDescription: 'La entrada, p. ej. m12',
  });
}

export default {
  data: new SlashCommandBuilder()
    .setName('entry')
    .setNameLocalizations(localized('entrada'))
    .setDescription('Moderators: add, edit, remove and audit quotes and facts for this server')
    .setDescriptionLocalizations(localized('Moderadores: agregar, editar, quitar y auditar citas y hechos de este servidor'))
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageMessages)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((sub) =>
      sub
        .setName('add')
        .setNameLocalizations(localized('agregar'))
        .setDescription('Add a quote or a fact')
        .setDescriptionLocalizations(localized('Agregar una cita o un hecho'))
        .addStringOption((option) =>
          option
            .setName('kind')
            .setNameLocalizations(localized('tipo'))
            .setDescription('Quote or fact')
            .setDescriptionLocalizations(localized('Cita o hecho'))
            .setRequired(true)
            .addChoices(
              { name: 'quote', value: 'quote', name_localizations: localized('cita') },
              { name: 'fact', value: 'fact', name_localizations: localized('hecho') },
            ),
        )
        .addStringOption((option) =>
          option
            .setName('corrects')
            .setNameLocalizations(localized('corrige'))
            .setDescription('The article entry this corrects (e.g. q11-21)')
            .setDescriptionLocalizations(localized('La entrada de la noticia que corrige (p. ej. q11-21)'))
            .setMaxLength(40),
        ),
    )
    .addSubcommand(entrySubcommand('edit', 'editar', 'Edit an entry', 'Editar una entrada'))
    .addSubcommand(entrySubcommand('remove', 'quitar', 'Remove an entry (it can be restored)', 'Quitar una entrada (se puede restaurar)'))
    .addSubcommand(entrySubcommand('restore', 'restaurar', 'Bring back a removed entry', 'Recuperar una entrada quitada'))
    .addSubcommand((sub) =>
      sub
        .setName('list')
        .setNameLocalizations(localized('listar'))
        .setDescription('List this server\u2019s entries')
        .setDescriptionLocalizations(localized('Listar las entradas de este servidor'))
        .addStringOption((option) =>
          option
            .setName('kind')
            .setNameLocalizations(localized('tipo'))
            .setDescription('Only quotes or only facts')
            .setDescriptionLocalizations(localized('Solo citas o solo hechos'))
            .addChoices(
              { name: 'quote', value: 'quote', name_localizations: localized('cita') },
              { name: 'fact', value: 'fact', name_localizations: localized('hecho') },
            ),
        )
        .addStringOption((option) =>
          option
            .setName('speaker')
            .setNameLocalizations(localized('persona'))
            .setDescription('Only this speaker\u2019s entries')
            .setDescriptionLocalizations(localized('Solo las entradas de esta persona'))
            .setMaxLength(100),
        )
        .addStringOption((option) =>
          option
            .setName('story')
            .setNameLocalizations(localized('noticia'))
            .setDescription('Another story\u2019s entries (s1), or all; the current story\u2019s when left out')
            .setDescriptionLocalizations(localized('Las entradas de otra noticia (s1), o all; las de la actual si se omite'))
            .setMaxLength(20),
        ),
    )
    .addSubcommand(
      entrySubcommand(
        'show',
        'ver',
        'All fields of an entry, and who added or changed it when',
        'Todos los campos de una entrada, y qui\u00E9n la agreg\u00F3 o cambi\u00F3 y cu\u00E1ndo',
      ),
    )
    .addSubcommand(entrySubcommand('history', 'historial', 'Every change to an entry', 'Cada cambio de una entrada'))
    .addSubcommand((sub) =>
      sub
        .setName('export')
        .setNameLocalizations(localized('exportar'))
        .setDescription('All of this server\u2019s entries as a JSON file')
        .setDescriptionLocalizations(localized('Todas las entradas de este servidor en un archivo JSON')),
    )
    .addSubcommand((sub) =>
      sub
        .setName('import')
        .setNameLocalizations(localized('importar'))
        .setDescription('Add or update entries from an exported JSON file')
        .setDescriptionLocalizations(localized('Agregar o actualizar entradas desde un archivo JSON exportado'))
        .addAttachmentOption((option) =>
          option
            .setName('file')
            .setNameLocalizations(localized('archivo'))
            .setDescription('A file made by /entry export')
            .setDescriptionLocalizations(localized('Un archivo hecho con /entrada exportar'))
            .setRequired(true),
        ),
    ),
  execute,
  component,
} satisfies Command;
