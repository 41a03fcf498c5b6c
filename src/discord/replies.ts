import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  EmbedBuilder,
  MessageFlags,
  escapeMarkdown,
  type APIEmbed,
  type InteractionReplyOptions,
  type LocaleString,
} from 'discord.js';
import type { AnswerSet, Command, QueryProblem } from '../search/Answerer.js';
import { sourceLabel } from '../sourceLabel.js';
import { attributionLine, quotedWords } from '../story/describeEntry.js';
import type { Entry, StoryMeta } from '../story/types.js';
import { encodeAnswerButton } from './answerButtons.js';
import { formatDate, label, langOf } from './i18n.js';

/**
 * Every reply the bot sends is built here: ephemeral flags, `allowedMentions: { parse: [] }` (nothing the
 * bot says ever pings anyone), truncation to Discord's limits, the attribution line.
 */

export const LIMITS = {
  content: 2000,
  description: 4096,
  fieldValue: 1024,
  fieldName: 256,
  title: 256,
  footer: 2048,
  message: 6000,
} as const;
/** Facts come as a compact list, this many to a page; quotes and answers one at a time. */
export const FACTS_PER_PAGE = 5;

export type Reply = InteractionReplyOptions & { allowedMentions: { parse: [] } };

/** Cuts text to a limit, ending with an ellipsis when anything was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}\u2026`;
}

/**
 * Text someone typed (a moderator's entry, a member's query) shown exactly as typed and doing nothing else:
 * markdown (bold, code fences, headings, lists, quotes, spoilers) escaped, masked links `[news](http://…)`
 * broken so the address shows, and mentions of channels, roles, users, commands, emoji and timestamps
 * (`<#id>`, `<@&id>`, `<@id>`, `</cmd:id>`, `<t:…>`) kept from rendering by a zero-width space after the `<`.
 */
export function inert(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
    .replace(/^( *)(-#|>)/gmu, '$1\\$2')
    .replace(/<(?=[@#/:]|a:|t:|id:)/gu, '<\u200B');
}

/** The member's own words echoed back: shown as typed, no longer than a line. */
export function echo(query: string, max = 100): string {
  return inert(truncate(query.replace(/\s+/gu, ' '), max));
}

export function safeReply(options: InteractionReplyOptions, ephemeral = false): Reply {
  const reply: Reply = { ...options, allowedMentions: { parse: [] } };
  if (ephemeral) reply.flags = MessageFlags.Ephemeral;
  return reply;
}

export function ephemeralText(text: string): Reply {
  return safeReply({ content: truncate(text, LIMITS.content) }, true);
}

function quoted(entry: Entry): string {
  return inert(entry.kind === 'quote' && !entry.partial ? quotedWords(entry) : entry.text);
}

function placeOf(entry: Entry, locale: LocaleString): string {
  return entry.origin === 'article'
    ? label(locale, 'paragraph', { n: entry.paragraph })
    : label(locale, 'moderatorEntry', { id: entry.id });
}

function footer(meta: StoryMeta, locale: LocaleString, position: string): string {
  // The story the answer comes from, by headline and date: a server may follow several.
  const headline = meta.title ? truncate(meta.title, 90) : null;
  const story = meta.published ? label(locale, 'storyOf', { date: formatDate(locale, meta.published) }) : null;
  return truncate([headline, story, position].filter(Boolean).join(' \u00B7 '), LIMITS.footer);
}

/** Keeps an embed within the 6,000-character total by shortening its description. */
function withinMessageLimit(embed: APIEmbed): APIEmbed {
  const size = (e: APIEmbed): number =>
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  const over = size(embed) - LIMITS.message;
  if (over <= 0) return embed;
  return { ...embed, description: truncate(embed.description ?? '', Math.max(1, (embed.description?.length ?? 0) - over)) };
}

/** `Corrects paragraph 8, which read: “…”`, in the member's language. */
function correctionContext(entry: Entry, locale: LocaleString): string {
  if (langOf(locale) === 'en') return entry.context;
  return entry.context.replace(/^Corrects paragraph (\d+), which read: /u, 'Corrige el p\u00E1rrafo $1, que dec\u00EDa: ');
}

function pageCount(command: Command, total: number): number {
  return command === 'facts' ? Math.ceil(total / FACTS_PER_PAGE) : total;
}

function buttons(set: AnswerSet, page: number, entry: Entry, locale: LocaleString, story: string | null): ActionRowBuilder<ButtonBuilder> {
  const hasNext = page + 1 < pageCount(set.command, set.results.length);
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(encodeAnswerButton({ action: 'next', command: set.command, page: hasNext ? page + 1 : 0, query: set.query, story }))
      .setLabel(label(locale, 'nextMatch'))
      .setStyle(ButtonStyle.Primary)
      .setDisabled(set.results.length <= (set.command === 'facts' ? FACTS_PER_PAGE : 1)),
    new ButtonBuilder()
      .setCustomId(encodeAnswerButton({ action: 'paragraph', entryId: entry.id, story }))
      .setLabel(label(locale, 'showParagraph'))
      .setStyle(ButtonStyle.Secondary),
  );
}

/** One page of an answer: a quote or an answer with its attribution, or a page of facts. */
export function answerReply(set: AnswerSet, page: number, meta: StoryMeta, locale: LocaleString, story: string | null = null): Reply {
  const total = set.results.length;
  if (set.command === 'facts') {
    const from = page * FACTS_PER_PAGE;
    const shown = set.results.slice(from, from + FACTS_PER_PAGE).map((r) => r.entry);
    const perFact = Math.floor((LIMITS.description - 200) / Math.max(1, shown.length));
    const description = shown
      .map((entry) =>
        truncate(`\u2022 ${inert(entry.text)}\n  *${inert(sourceLabel(entry, langOf(locale)))}* \u00B7 ${placeOf(entry, locale)}`, perFact),
      )
      .join('\n');
    const embed = new EmbedBuilder()
      .setTitle(truncate(`${label(locale, 'facts')}: ${echo(set.query, 80)}`, LIMITS.title))
      .setDescription(truncate(description, LIMITS.description))
      .setFooter({ text: footer(meta, locale, label(locale, 'results', { from: from + 1, to: from + shown.length, total })) });
    return safeReply({ embeds: [withinMessageLimit(embed.toJSON())], components: [buttons(set, page, shown[0]!, locale, story)] });
  }

  const entry = set.results[page]!.entry;
  const lines = [quoted(entry)];
  const attribution = entry.kind === 'quote' ? attributionLine(entry) : null;
  if (attribution) lines.push(inert(attribution));
  const embed = new EmbedBuilder()
    .setTitle(truncate(`${label(locale, set.command === 'ask' ? 'answer' : 'quote')}: ${echo(set.query, 80)}`, LIMITS.title))
    .setDescription(truncate(lines.join('\n'), LIMITS.description))
    .addFields({
      name: label(locale, 'source'),
      value: truncate(inert(sourceLabel(entry, langOf(locale))), LIMITS.fieldValue),
      inline: true,
    })
    .addFields({ name: label(locale, 'place'), value: placeOf(entry, locale), inline: true })
    .setFooter({ text: footer(meta, locale, label(locale, 'result', { n: page + 1, total })) });
  const context = entry.corrects ? correctionContext(entry, locale) : set.command === 'ask' ? entry.lead || entry.context : '';
  if (context) embed.addFields({ name: label(locale, 'context'), value: truncate(inert(context), 300) });
  return safeReply({ embeds: [withinMessageLimit(embed.toJSON())], components: [buttons(set, page, entry, locale, story)] });
}

/** Nothing found: said privately, with the closest speakers or terms. */
export function nothingFoundReply(set: AnswerSet, locale: LocaleString): Reply {
  const lines = [label(locale, 'nothingFound', { query: echo(set.query) })];
  if (set.suggestions.length > 0) lines.push(label(locale, 'didYouMean', { suggestions: set.suggestions.map((s) => inert(s)).join(', ') }));
  if (set.nearest) {
    const { entry } = set.nearest;
    lines.push(label(locale, 'nearestPassage', { place: placeOf(entry, locale), text: inert(truncate(entry.text, 300)) }));
  }
  return ephemeralText(lines.join('\n'));
}

const PROBLEM_LABELS = { empty: 'problemEmpty', 'too-long': 'problemTooLong', 'no-words': 'problemNoWords' } as const;

export function problemReply(problem: QueryProblem, locale: LocaleString): Reply {
  return ephemeralText(label(locale, PROBLEM_LABELS[problem]));
}

/** The reply for any answer set: the first page, or why there is none. */
export function replyForAnswerSet(set: AnswerSet, meta: StoryMeta, locale: LocaleString, story: string | null = null): Reply {
  if (set.problem) return problemReply(set.problem, locale);
  if (set.results.length === 0) return nothingFoundReply(set, locale);
  return answerReply(set, 0, meta, locale, story);
}

/**
 * The full paragraph an entry stands in, shown to the clicker only; for a moderator, with the ids of the
 * paragraph's entries, which `/entry add corrects:<id>` takes.
 */
export function paragraphReply(entry: Entry, paragraphText: string, locale: LocaleString, entryIds: string[] = []): Reply {
  const embed = new EmbedBuilder()
    .setTitle(truncate(placeOf(entry, locale), LIMITS.title))
    .setDescription(truncate(inert(paragraphText), LIMITS.description));
  if (entryIds.length > 0) embed.setFooter({ text: truncate(label(locale, 'entryIds', { ids: entryIds.join(', ') }), LIMITS.footer) });
  return safeReply({ embeds: [embed.toJSON()] }, true);
}
