import { type ButtonInteraction, PermissionFlagsBits } from 'discord.js';
import { COMMANDS, type Command } from '../search/Answerer.js';
import { chosenStory } from './knowledgeFor.js';
import { updateInTime } from './ackDeadline.js';
import type { BotContext } from './Command.js';
import { label } from './i18n.js';
import { answerReply, ephemeralText, FACTS_PER_PAGE, paragraphReply } from './replies.js';
import { serverPermissions } from './serverPermissions.js';

/**
 * The buttons under an answer. Their whole state lives in the custom_id, so they keep working after a
 * restart, on the story the answer came from: `ans:n:<command>:<page>:<story>:<query>` (Next match) and
 * `ans:p:<story>:<entry id>` (Show paragraph), the story written `s3`. Buttons made before stories
 * (`ans:n:<command>:<page>:<query>`, `ans:p:<entry id>`) read the server's current story.
 * A custom_id that does not parse, or points past the results or at a removed entry, gets a polite message.
 */

export const ANSWER_BUTTON_PREFIX = 'ans';
const CUSTOM_ID_MAX = 100;
const COMMAND_CODES: Record<Command, string> = { quote: 'q', facts: 'f', ask: 'a' };
/** The longest story id a button carries (`s` and up to seven digits). */
const STORY_IN_BUTTON = /^s\d{1,7}$/u;

export type AnswerButton =
  | { action: 'next'; command: Command; page: number; query: string; story: string | null }
  | { action: 'paragraph'; entryId: string; story: string | null };

export function encodeAnswerButton(button: AnswerButton): string {
  const story = button.story && STORY_IN_BUTTON.test(button.story) ? `${button.story}:` : '';
  if (button.action === 'paragraph') return `${ANSWER_BUTTON_PREFIX}:p:${story}${button.entryId}`.slice(0, CUSTOM_ID_MAX);
  const head = `${ANSWER_BUTTON_PREFIX}:n:${COMMAND_CODES[button.command]}:${button.page}:${story}`;
  // Slash options are limited so that a query always fits; a longer one (typed in the console) is cut.
  return head + button.query.slice(0, CUSTOM_ID_MAX - head.length);
}

export function decodeAnswerButton(customId: string): AnswerButton | null {
  const next = /^ans:n:([qfa]):(\d{1,4}):(?:(s\d{1,7}):)?(.{1,100})$/su.exec(customId);
  if (next) {
    const command = COMMANDS.find((c) => COMMAND_CODES[c] === next[1]);
    if (!command) return null;
    return { action: 'next', command, page: Number(next[2]), query: next[4]!, story: next[3] ?? null };
  }
  const paragraph = /^ans:p:(?:(s\d{1,7}):)?([\w-]{1,80})$/u.exec(customId);
  if (paragraph) return { action: 'paragraph', entryId: paragraph[2]!, story: paragraph[1] ?? null };
  return null;
}

/** Longest query a slash option accepts, so that its Next button's custom_id always holds it whole. */
export const MAX_OPTION_QUERY = CUSTOM_ID_MAX - `${ANSWER_BUTTON_PREFIX}:n:a:9999:s9999999:`.length;

export async function handleAnswerButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const locale = interaction.locale;
  const button = decodeAnswerButton(interaction.customId);
  if (!button) {
    await interaction.reply(ephemeralText(label(locale, 'staleButton')));
    return;
  }
  const guildId = interaction.guildId;
  // The story the answer came from (older buttons: the server's current one); gone since, the button is stale.
  const chosen = chosenStory(ctx, guildId, button.story);
  if (!chosen.ok) {
    await interaction.reply(ephemeralText(label(locale, 'staleButton')));
    return;
  }
  const { knowledge } = chosen;
  if (button.action === 'next') {
    await updateInTime(interaction, ctx.deadline, () => {
      const set = knowledge.answererFor(guildId).answer(button.command, button.query, { guildId });
      const pages = button.command === 'facts' ? Math.ceil(set.results.length / FACTS_PER_PAGE) : set.results.length;
      if (set.problem || button.page >= pages) return { reply: ephemeralText(label(locale, 'staleButton')) };
      return { update: answerReply(set, button.page, knowledge.story.meta, locale, chosen.id) };
    });
    return;
  }
  const entry = knowledge.viewOf(guildId).get(button.entryId);
  if (!entry || (entry.guildId !== null && entry.guildId !== guildId)) {
    await interaction.reply(ephemeralText(label(locale, 'staleButton')));
    return;
  }
  const paragraph = knowledge.story.paragraphs[entry.paragraph - 1];
  const text =
    entry.origin === 'article' && paragraph
      ? paragraph.post
        ? `${paragraph.text}\n\u2014 ${paragraph.post.poster}${paragraph.post.handle ? ` (${paragraph.post.handle})` : ''}${paragraph.post.date ? `, ${paragraph.post.date}` : ''}`
        : paragraph.text
      : [entry.context, entry.text].filter(Boolean).join('\n');
  // Moderators see the ids of the paragraph's entries: what `/entry add corrects:<id>` takes.
  const moderator = entry.origin === 'article' && (await serverPermissions(interaction))?.has(PermissionFlagsBits.ManageMessages);
  const ids = moderator ? knowledge.story.entries.filter((e) => e.paragraph === entry.paragraph).map((e) => e.id) : [];
  await interaction.reply(paragraphReply(entry, text, locale, ids));
}
