import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  ModalSubmitInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Logger } from 'pino';
import type { Knowledge } from '../knowledge.js';
import type { EntryDesk } from '../store/EntryDesk.js';
import type { StoryDesk } from '../store/StoryDesk.js';
import type { AckDeadline } from './ackDeadline.js';
import type { AttachmentPolicy } from './fetchAttachment.js';

/**
 * What every handler gets: the shipped story's knowledge, the moderators' desks (when storage is open), a logger,
 * where attachments may be downloaded from, and the acknowledgement deadline. Members are answered from their
 * server's current story: `knowledgeFor` in answerCommand.ts.
 */
export interface BotContext {
  knowledge: Knowledge;
  desk: EntryDesk | null;
  /** Each server's stories (/story); null without storage, when every server follows the shipped article. */
  stories: StoryDesk | null;
  logger: Logger;
  attachments: AttachmentPolicy;
  /** When to defer rather than answer in one reply (Discord's 3 s deadline). */
  deadline: AckDeadline;
}

/**
 * One slash command: its definition and its handlers. A file in `commands/` exports one as default,
 * checked with `satisfies Command`. `component` handles this command's own buttons and modals, whose
 * custom_id starts with the command's name and a colon.
 */
export interface Command {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
  component?(interaction: ButtonInteraction | ModalSubmitInteraction, ctx: BotContext): Promise<void>;
}
