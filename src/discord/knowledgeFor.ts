import type { Knowledge } from '../knowledge.js';
import type { BotContext } from './Command.js';

/**
 * What a server's members are answered from: the knowledge of the server's current story (see StoryDesk), the
 * shipped article's outside a server or without storage; null when the server's moderators removed every story.
 */
export function knowledgeFor(ctx: BotContext, guildId: string | null): Knowledge | null {
  return ctx.stories ? ctx.stories.knowledgeFor(guildId) : ctx.knowledge;
}
