import { type ButtonInteraction, PermissionFlagsBits } from 'discord.js';
import { COMMANDS, type Command } from '../search/Answerer.js';
import { updateInTime } from './ackDeadline.js';
import type { BotContext } from './Command.js';
import { label } from './i18n.js';
import { answerReply, ephemeralText, FACTS_PER_PAGE, paragraphReply } from './replies.js';
import { serverPermissions } from './serverPermissions.js';

/**
 * The buttons under an answer. Their whole state lives in the custom_id, so they keep working after a
 * restart: `ans:n:<command>:<page>:<query>` (Next match) and `ans:p:<entry id>` (Show paragraph).
 * A custom_id that does not parse, or points past the results or at a removed entry, gets a polite message.
 */

export const ANSWER_BUTTON_PREFIX = 'ans';
const CUSTOM_ID_MAX = 100;
const COMMAND_CODES: Record<Command, string> = { quote: 'q', facts: 'f', ask: 'a' };

export type AnswerButton = { action: 'next'; command: Command; page: number; query: string } | { action: 'paragraph'; entryId: string };

export function encodeAnswerButton(button: AnswerButton): string {
  if (button.action === 'paragraph') return `${ANSWER_BUTTON_PREFIX}:p:${button.entryId}`.slice(0, CUSTOM_ID_MAX);
  const head = `${ANSWER_BUTTON_PREFIX}:n:${COMMAND_CODES[button.command]}:${button.page}:`;
  // Slash options are limited so that a query always fits; a longer one (typed in the console) is cut.
  return head + button.query.slice(0, CUSTOM_ID_MAX - head.length);
}

export function decodeAnswerButton(customId: string): AnswerButton | null {
  const next = /^ans:n:([qfa]):(\d{1,4}):(.{1,100})$/su.exec(customId);
  if (next) {
    const command = COMMANDS.find((c) => COMMAND_CODES[c] === next[1]);
    if (!command) return null;
    return { action: 'next', command, page: Number(next[2]), query: next[3]! };
  }
  const paragraph = /^ans:p:([\w-]{1,80})$/u.exec(customId);
  if (paragraph) return { action: 'paragraph', entryId: paragraph[1]! };
  return null;
}

/** Longest query a slash option accepts, so that its Next button's custom_id always holds it whole. */
export const MAX_OPTION_QUERY = CUSTOM_ID_MAX - `${ANSWER_BUTTON_PREFIX}:n:a:9999:`.length;

export async function handleAnswerButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const locale = interaction.locale;
  const button = decodeAnswerButton(interaction.customId);
  if (!button) {
    await interaction.reply(ephemeralText(label(locale, 'staleButton')));
    return;
  }
  const guildId = interaction.guildId;
  if (button.action === 'next') {
    await updateInTime(interaction, ctx.deadline, () => {
      const set = ctx.knowledge.answerer.answer(button.command, button.query, { guildId });
      const pages = button.command === 'facts' ? Math.ceil(set.results.length / FACTS_PER_PAGE) : set.results.length;
      if (set.problem || button.page >= pages) return { reply: ephemeralText(label(locale, 'staleButton')) };
      return { update: answerReply(set, button.page, ctx.knowledge.story.meta, locale) };
    });
    return;
  }
  const entry = ctx.knowledge.index.get(button.entryId);
  if (!entry || (entry.guildId !== null && entry.guildId !== guildId)) {
    await interaction.reply(ephemeralText(label(locale, 'staleButton')));
    return;
  }
  const paragraph = ctx.knowledge.story.paragraphs[entry.paragraph - 1];
  const text =
    entry.origin === 'article' && paragraph
      ? paragraph.post
        ? `${paragraph.text}\n\u2014 ${paragraph.post.poster}${paragraph.post.handle ? ` (${paragraph.post.handle})` : ''}${paragraph.post.date ? `, ${paragraph.post.date}` : ''}`
        : paragraph.text
      : [entry.context, entry.text].filter(Boolean).join('\n');
  // Moderators see the ids of the paragraph's entries: what `/entry add corrects:<id>` takes.
  const moderator = entry.origin === 'article' && (await serverPermissions(interaction))?.has(PermissionFlagsBits.ManageMessages);
  const ids = moderator ? ctx.knowledge.story.entries.filter((e) => e.paragraph === entry.paragraph).map((e) => e.id) : [];
  await interaction.reply(paragraphReply(entry, text, locale, ids));
}
