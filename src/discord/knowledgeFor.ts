import type { Knowledge } from '../knowledge.js';
import type { BotContext } from './Command.js';

/**
 * What a server's members are answered from: the knowledge of the server's current story (see StoryDesk), the
 * shipped article's outside a server or without storage; null when the server's moderators removed every story.
 */
export function knowledgeFor(ctx: BotContext, guildId: string | null): Knowledge | null {
  return ctx.stories ? ctx.stories.knowledgeFor(guildId) : ctx.knowledge;
}

/** The story a member's question goes to, with its id (`s3`), or why there is none. */
export type ChosenStory = { ok: true; id: string | null; knowledge: Knowledge } | { ok: false; reason: 'noStory' | 'unknownStory' };

/**
 * The story a member asks about: the one named by the command's `story` option (`s3`) when given, else the
 * server's current story. A story of another server, or one removed, is unknown here.
 */
export function chosenStory(ctx: BotContext, guildId: string | null, requested: string | null): ChosenStory {
  if (requested && ctx.stories && guildId !== null) {
    const story = ctx.stories.storyOf(guildId, requested);
    return story ? { ok: true, id: story.id, knowledge: story.knowledge } : { ok: false, reason: 'unknownStory' };
  }
  const knowledge = knowledgeFor(ctx, guildId);
  if (!knowledge) return { ok: false, reason: 'noStory' };
  return { ok: true, id: ctx.stories?.currentIdOf(guildId) ?? null, knowledge };
}
