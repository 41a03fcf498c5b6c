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
  type SlashCommandSubcommandBuilder,
  TextInputBuilder,
  TextInputStyle,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { BotContext, Command } from '../src/discord/Command.js';
import { AttachmentError, fetchAttachment } from '../src/discord/fetchAttachment.js';
import { serverPermissions } from '../src/discord/serverPermissions.js';
import { localized } from '../src/discord/i18n.js';
import { ephemeralText, inert, safeReply, truncate } from '../src/discord/replies.js';
import type { DeskResult, EntryDesk } from '../src/store/EntryDesk.js';
import { splitNameAndRole, splitSource } from '../src/store/entrySchema.js';
import { historyLines, storedDetails, storedSummary } from '../src/store/describeStoredEntry.js';
import type { EntryFields, StoredEntry } from '../src/store/EntryStore.js';
import type { Entry } from '../src/story/types.js';

/**
 * /entry — moderators keep the story current in their own server: add (a modal), edit (the modal filled in),
 * remove (confirmed with a button), restore, list (paged), show, history, export (a JSON file), import.
 * Manage Messages by default, servers only, and the member's server-level permission (from their roles, not a
 * channel overwrite) is checked again on every call — modals and buttons included — so a forged or replayed
 * interaction changes nothing.
 */

const PAGE_SIZE = 10;
const n = (value: number): string => value.toLocaleString('en-US');

type Guarded = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

/** Server and permission check for every /entry interaction; answers the member itself when it fails. */
async function guard(interaction: Guarded, ctx: BotContext): Promise<{ guildId: string; actor: string } | null> {
  if (!interaction.inGuild()) {
    await interaction.reply(ephemeralText('Entries can only be managed inside a server.'));
    return null;
  }
  if (!(await serverPermissions(interaction))?.has(PermissionFlagsBits.ManageMessages)) {
    ctx.logger.warn({ interactionId: interaction.id, user: interaction.user.id }, 'entry change refused: missing Manage Messages');
    await interaction.reply(
      ephemeralText('Only members whose server roles give them Manage Messages can change entries. Nothing was changed.'),
    );
    return null;
  }
  if (!ctx.desk) {
    await interaction.reply(ephemeralText('Entries are not available: the bot has no database open.'));
    return null;
  }
  return { guildId: interaction.guildId, actor: interaction.user.id };
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

/** The add/edit modal; its custom_id carries the kind, the corrected article entry, or the entry edited. */
function entryModal(customId: string, kind: 'quote' | 'fact', current: Partial<EntryFields> = {}): ModalBuilder {
  const modal = new ModalBuilder().setCustomId(customId).setTitle(kind === 'quote' ? 'Quote' : 'Fact');
  const source = [current.sourceName, current.sourceUrl].filter(Boolean).join(' ');
  modal.addComponents(
    input('text', kind === 'quote' ? 'The exact words' : 'The fact', TextInputStyle.Paragraph, 1000, true, current.text ?? null),
  );
  if (kind === 'quote') {
    const speaker = current.speakerName ? `${current.speakerName}${current.speakerRole ? `, ${current.speakerRole}` : ''}` : null;
    modal.addComponents(
      input('speaker', 'Speaker: name, role', TextInputStyle.Short, 200, true, speaker, 'Claudia Sheinbaum, Mexican President'),
      input('when', 'When (optional)', TextInputStyle.Short, 100, false, current.when ?? null, 'on 18 November 2025'),
      input('where', 'Where (optional)', TextInputStyle.Short, 100, false, current.where ?? null, 'in Mexico City'),
    );
  } else {
    modal.addComponents(
      input(
        'claim_by',
        'A claim by (empty if it is not a claim)',
        TextInputStyle.Short,
        100,
        false,
        current.claimBy ?? null,
        'the Trump administration',
      ),
    );
  }
  modal.addComponents(
    input('source', 'Source: name and http(s) URL (optional)', TextInputStyle.Short, 600, false, source || null, 'NBC News https://…'),
  );
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

async function replyToSave(interaction: Guarded, result: DeskResult<Entry>, verb: string): Promise<void> {
  if (result.ok) {
    await interaction.reply(
      ephemeralText(
        `${verb} entry ${result.value.id}. It is answerable now: try \`/${result.value.kind === 'quote' ? 'quote' : 'facts'}\`.`,
      ),
    );
    return;
  }
  if (result.reason === 'duplicate') {
    const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder().setCustomId(`entry:force:${result.pendingToken}`).setLabel('Add anyway').setStyle(ButtonStyle.Primary),
      new ButtonBuilder().setCustomId('entry:cancel').setLabel('Cancel').setStyle(ButtonStyle.Secondary),
    );
    await interaction.reply(
      safeReply(
        {
          content: truncate(
            `This looks like entry ${result.duplicateOf.id}: \u201C${inert(result.duplicateOf.text)}\u201D. Add anyway?`,
            2000,
          ),
          components: [row],
        },
        true,
      ),
    );
    return;
  }
  await interaction.reply(ephemeralText(`Nothing was saved: ${result.message}.`));
}

function listReply(desk: EntryDesk, entries: StoredEntry[], page: number, kind: string, speaker: string) {
  const pages = Math.max(1, Math.ceil(entries.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = entries.slice(current * PAGE_SIZE, current * PAGE_SIZE + PAGE_SIZE);
  const embed = new EmbedBuilder()
    .setTitle(`Entries of this server${kind !== '-' ? ` \u00B7 ${kind}` : ''}`)
    .setDescription(
      shown.length
        ? truncate(shown.map((e) => inert(storedSummary(e, 120, desk.correctionOf(e)))).join('\n'), 4096)
        : 'No entries yet. Add one with `/entry add`.',
    )
    .setFooter({ text: `Page ${current + 1} of ${pages} \u00B7 ${entries.length} entries` });
  const state = `${kind}:${encodeURIComponent(speaker).slice(0, 60)}`;
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(`entry:list:${current - 1}:${state}`)
      .setLabel('Previous')
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(current === 0),
    new ButtonBuilder()
      .setCustomId(`entry:list:${current + 1}:${state}`)
      .setLabel('Next')
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

  switch (sub) {
    case 'add': {
      const kind = interaction.options.getString('kind', true) === 'fact' ? 'fact' : 'quote';
      const corrects = interaction.options.getString('corrects')?.trim() || '-';
      await interaction.showModal(entryModal(`entry:add:${kind}:${corrects.slice(0, 40)}`, kind));
      return;
    }
    case 'edit': {
      const current = desk.get(guildId, id());
      if (!current.ok || current.value.deletedAt) {
        await interaction.reply(ephemeralText(current.ok ? `Entry ${id()} is removed; restore it first.` : `${current.message}.`));
        return;
      }
      await interaction.showModal(entryModal(`entry:edit:${current.value.id}`, current.value.kind, current.value));
      return;
    }
    case 'remove': {
      const current = desk.get(guildId, id());
      if (!current.ok || current.value.deletedAt) {
        await interaction.reply(ephemeralText(current.ok ? `Entry ${id()} is already removed.` : `${current.message}.`));
        return;
      }
      const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder().setCustomId(`entry:remove:${current.value.id}`).setLabel('Remove').setStyle(ButtonStyle.Danger),
        new ButtonBuilder().setCustomId('entry:cancel').setLabel('Cancel').setStyle(ButtonStyle.Secondary),
      );
      await interaction.reply(
        safeReply({ content: truncate(`Remove ${inert(storedSummary(current.value))}?`, 2000), components: [row] }, true),
      );
      return;
    }
    case 'restore':
      await replyToSave(interaction, desk.restore(guildId, actor, id()), 'Restored');
      return;
    case 'list': {
      const kind = interaction.options.getString('kind') ?? '-';
      const speaker = interaction.options.getString('speaker') ?? '';
      const entries = desk.list(guildId, { kind: kind === '-' ? undefined : (kind as 'quote' | 'fact'), speaker });
      await interaction.reply(listReply(desk, entries, 0, kind, speaker));
      return;
    }
    case 'show':
    case 'history': {
      const result = sub === 'show' ? desk.get(guildId, id()) : desk.history(guildId, id());
      if (!result.ok) {
        await interaction.reply(ephemeralText(`${result.message}.`));
        return;
      }
      const text =
        sub === 'show'
          ? storedDetails(result.value as StoredEntry, desk.correctionOf(result.value as StoredEntry))
          : historyLines(result.value as Parameters<typeof historyLines>[0]);
      const embed = new EmbedBuilder()
        .setTitle(`${sub === 'show' ? 'Entry' : 'History of'} ${id()}`)
        .setDescription(truncate(inert(text), 4096));
      await interaction.reply(safeReply({ embeds: [embed] }, true));
      return;
    }
    case 'export': {
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      const json = desk.exportJson(guildId);
      await interaction.editReply({
        content: `All ${desk.list(guildId).length} entries of this server.`,
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
        if (file.size > ctx.attachments.maxBytes)
          throw new AttachmentError(`the file is larger than ${ctx.attachments.maxBytes / 2 ** 20} MB`);
        text = await fetchAttachment(file.url, ctx.attachments);
      } catch (error) {
        if (!(error instanceof AttachmentError)) throw error;
        await interaction.editReply({ content: `Nothing was imported: ${(error as Error).message}.`, allowedMentions: { parse: [] } });
        return;
      }
      const result = await desk.importJson(guildId, actor, text);
      const content = result.ok
        ? [
            `Imported: ${n(result.value.added)} added, ${n(result.value.updated)} updated, ${n(result.value.unchanged)} unchanged, ${n(result.value.rejected.length)} rejected.`,
            ...result.value.rejected.slice(0, 10).map((r) => `\u2022 record ${r.index + 1}: ${r.reason}`),
          ].join('\n')
        : `Nothing was imported: ${result.message}.`;
      await interaction.editReply({ content: truncate(content, 2000), allowedMentions: { parse: [] } });
      return;
    }
    default:
      await interaction.reply(ephemeralText('Unknown /entry action.'));
  }
}

async function component(interaction: ButtonInteraction | ModalSubmitInteraction, ctx: BotContext): Promise<void> {
  const parts = interaction.customId.split(':');
  const action = parts[1];
  if (action === 'cancel') {
    await interaction.reply(ephemeralText('Cancelled: nothing was changed.'));
    return;
  }
  const allowed = await guard(interaction, ctx);
  if (!allowed) return;
  const desk = ctx.desk!;
  const { guildId, actor } = allowed;

  if (interaction.isModalSubmit() && action === 'add' && (parts[2] === 'quote' || parts[2] === 'fact')) {
    const corrects = parts[3] && parts[3] !== '-' ? parts[3] : null;
    await replyToSave(interaction, desk.add(guildId, actor, fieldsFromModal(interaction, parts[2], corrects)), 'Saved');
    return;
  }
  if (interaction.isModalSubmit() && action === 'edit' && parts[2]) {
    const current = desk.get(guildId, parts[2]);
    if (!current.ok) {
      await interaction.reply(ephemeralText(`${current.message}.`));
      return;
    }
    await replyToSave(
      interaction,
      desk.edit(guildId, actor, parts[2], fieldsFromModal(interaction, current.value.kind, current.value.corrects)),
      'Saved',
    );
    return;
  }
  if (interaction.isButton() && action === 'force' && parts[2]) {
    await replyToSave(interaction, desk.confirmPending(guildId, actor, parts[2]), 'Saved');
    return;
  }
  if (interaction.isButton() && action === 'remove' && parts[2]) {
    const result = desk.remove(guildId, actor, parts[2]);
    await interaction.reply(
      ephemeralText(
        result.ok
          ? `Removed entry ${result.value.id}. \`/entry restore id:${result.value.id}\` brings it back.`
          : `Nothing was removed: ${result.message}.`,
      ),
    );
    return;
  }
  if (interaction.isButton() && action === 'list') {
    const page = Math.max(0, Number(parts[2]) || 0);
    const kind = parts[3] === 'quote' || parts[3] === 'fact' ? parts[3] : '-';
    let speaker = '';
    try {
      speaker = decodeURIComponent(parts.slice(4).join(':'));
    } catch {
      speaker = '';
    }
    const entries = desk.list(guildId, { kind: kind === '-' ? undefined : kind, speaker });
    await interaction.reply(listReply(desk, entries, page, kind, speaker));
    return;
  }
  await interaction.reply(ephemeralText('This button is out of date or not one of mine. Please run the command again.'));
}

/** A subcommand that acts on one entry by its id (`/entry show id:m12`). */
function entrySubcommand(name: string, spanishName: string, description: string) {
  return (sub: SlashCommandSubcommandBuilder) =>
    sub
      .setName(name)
      .setNameLocalizations(localized(spanishName))
      .setDescription(description)
      .addStringOption((option) => option.setName('id').setDescription('The entry, e.g. m12').setRequired(true).setMaxLength(40));
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
            .setMaxLength(40),
        ),
    )
    .addSubcommand(entrySubcommand('edit', 'editar', 'Edit an entry'))
    .addSubcommand(entrySubcommand('remove', 'quitar', 'Remove an entry (it can be restored)'))
    .addSubcommand(entrySubcommand('restore', 'restaurar', 'Bring back a removed entry'))
    .addSubcommand((sub) =>
      sub
        .setName('list')
        .setNameLocalizations(localized('listar'))
        .setDescription('List this server\u2019s entries')
        .addStringOption((option) =>
          option
            .setName('kind')
            .setNameLocalizations(localized('tipo'))
            .setDescription('Only quotes or only facts')
            .addChoices({ name: 'quote', value: 'quote' }, { name: 'fact', value: 'fact' }),
        )
        .addStringOption((option) =>
          option
            .setName('speaker')
            .setNameLocalizations(localized('persona'))
            .setDescription('Only this speaker\u2019s entries')
            .setMaxLength(100),
        ),
    )
    .addSubcommand(entrySubcommand('show', 'ver', 'All fields of an entry, and who added or changed it when'))
    .addSubcommand(entrySubcommand('history', 'historial', 'Every change to an entry'))
    .addSubcommand((sub) =>
      sub.setName('export').setNameLocalizations(localized('exportar')).setDescription('All of this server\u2019s entries as a JSON file'),
    )
    .addSubcommand((sub) =>
      sub
        .setName('import')
        .setNameLocalizations(localized('importar'))
        .setDescription('Add or update entries from an exported JSON file')
        .addAttachmentOption((option) =>
          option
            .setName('file')
            .setNameLocalizations(localized('archivo'))
            .setDescription('A file made by /entry export')
            .setRequired(true),
        ),
    ),
  execute,
  component,
} satisfies Command;
