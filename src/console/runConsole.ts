import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Knowledge } from '../knowledge.js';
import { type AnswerSet, COMMANDS, type Command } from '../search/Answerer.js';
import type { EntryDesk } from '../store/EntryDesk.js';
import type { StoryDesk } from '../store/StoryDesk.js';
import { CONSOLE_GUILD, ENTRY_HELP, handleEntryLine } from './consoleEntries.js';
import { handleStoryLine, STORY_HELP } from './consoleStories.js';
import { CONSOLE_PAGE, renderAnswerSet } from './renderText.js';

/**
 * What the console works with: the shipped story's knowledge, the moderators' desks when storage is open (the
 * console's server is answered from its current story), and the last answer with how much of it was shown (`/more`).
 */
export interface ConsoleSession {
  knowledge: Knowledge;
  desk: EntryDesk | null;
  stories?: StoryDesk | null;
  last?: { set: AnswerSet; shown: number } | undefined;
}

/**
 * The offline console: the same commands as the bot, typed as `/quote sheinbaum`, answered as text.
 * Reads lines until end of input or `/quit`; a bad line gets a message, never a stack trace.
 */

export const CONSOLE_HELP = [
  'Commands:',
  "  /quote <who or topic>   a speaker's words, verbatim, with who said them, when and where",
  '  /facts <topic>          facts on a topic, each with its source',
  '  /ask <question>         the sentence or quote that answers a question',
  '  /more                   the next results of the last answer',
  '  /about                  what story this is',
  '  /help                   this list;  /quit  to leave',
  ENTRY_HELP,
  STORY_HELP,
].join('\n');

const NO_STORY = 'This server follows no story at the moment: add one with /story add, or /story restore s0.';

/** The knowledge the console's server is answered from: its current story's; null when it follows none. */
function currentKnowledge(session: ConsoleSession): Knowledge | null {
  return session.stories ? session.stories.knowledgeFor(CONSOLE_GUILD) : session.knowledge;
}

export function describeStory(knowledge: Knowledge): string {
  const { story } = knowledge;
  const answerer = knowledge.answererFor(CONSOLE_GUILD);
  const entries = answerer.visible({ guildId: CONSOLE_GUILD });
  const quotes = entries.filter((e) => e.kind === 'quote').length;
  const facts = entries.length - quotes;
  const date = story.meta.published ? `published ${story.meta.published}` : 'date not given';
  return `Story: ${story.meta.title ?? story.file} (${date}); ${quotes} quotes, ${facts} facts, ${answerer.speakers({ guildId: CONSOLE_GUILD }).length} speakers.`;
}

export async function handleConsoleLine(
  session: ConsoleSession,
  line: string,
  say: (line: string) => void = () => {},
): Promise<string | null> {
  const knowledge = currentKnowledge(session);
  const trimmed = line.trim();
  if (!trimmed) return null;
  const match = /^\/?(\S+)\s*([\s\S]*)$/u.exec(trimmed);
  const name = (match?.[1] ?? '').toLowerCase();
  const rest = match?.[2] ?? '';
  if (name === 'help') return CONSOLE_HELP;
  if (name === 'about') return knowledge ? describeStory(knowledge) : NO_STORY;
  if ((COMMANDS as readonly string[]).includes(name)) {
    if (!knowledge) return NO_STORY;
    const set = knowledge.answererFor(CONSOLE_GUILD).answer(name as Command, rest, { guildId: CONSOLE_GUILD });
    session.last = { set, shown: CONSOLE_PAGE };
    return renderAnswerSet(set);
  }
  if (name === 'more') {
    const last = session.last;
    if (!last) return 'Nothing to show more of: ask something first (/quote, /facts or /ask).';
    if (last.shown >= last.set.results.length) return `That was all on \u201C${last.set.query}\u201D.`;
    const reply = renderAnswerSet(last.set, CONSOLE_PAGE, last.shown);
    last.shown += CONSOLE_PAGE;
    return reply;
  }
  if (name === 'entry') {
    return session.desk ? handleEntryLine(session.desk, rest, say) : 'Moderator entries need the database, which is not open.';
  }
  if (name === 'story') {
    return session.stories ? handleStoryLine(session.stories, rest, say) : 'Stories need the database, which is not open.';
  }
  return `Unknown command \u201C${name.slice(0, 40)}\u201D. Type /help for the list.`;
}

export async function runConsole(session: ConsoleSession, input: Readable, output: Writable, interactive: boolean): Promise<void> {
  // At a terminal, readline echoes what is typed and shows the prompt; piped input is read silently.
  const lines = createInterface({ input, output: interactive ? output : undefined, crlfDelay: Infinity, terminal: interactive });
  if (interactive) {
    const knowledge = currentKnowledge(session);
    output.write(`${knowledge ? describeStory(knowledge) : NO_STORY}\nType /help for commands.\n> `);
  }
  for await (const line of lines) {
    if (/^\/?(quit|exit)$/iu.test(line.trim())) break;
    // Piped input is not echoed by a terminal: repeat each line before its answer, so the output reads on its own.
    if (line.trim() && !interactive) output.write(`> ${line.trim()}\n`);
    let reply: string | null;
    try {
      reply = await handleConsoleLine(session, line, (progress) => output.write(`${progress}\n`));
    } catch (error) {
      reply = `Something went wrong with that command (${error instanceof Error ? error.message : 'unknown error'}).`;
    }
    if (reply) output.write(`${reply}\n`);
    if (interactive) output.write('> ');
  }
  lines.close();
}
