import { afterAll, beforeAll } from 'vitest';
import { BotProcess } from './BotProcess.js';
import { DiscordStandIn } from './DiscordStandIn.js';

/** The reply Discord received for an interaction: its callback body. */
export interface Callback {
  type: number;
  data?: {
    content?: string;
    flags?: number;
    custom_id?: string;
    /** A modal's title. */
    title?: string;
    embeds?: Array<{ title?: string; description?: string; fields?: Array<{ name: string; value: string }>; footer?: { text: string } }>;
    components?: Array<{ components: Array<{ custom_id: string; label?: string; value?: string; disabled?: boolean }> }>;
    allowed_mentions?: { parse: string[] };
    choices?: Array<{ name: string; value: string }>;
  };
}

export const EPHEMERAL = 1 << 6;

/**
 * Starts a stand-in and the real bot for the tests of one file (and stops both after them).
 * `interact` dispatches an interaction and resolves with what the bot answered.
 */
export function useBotRig(env: Record<string, string> = {}) {
  const standIn = new DiscordStandIn();
  const rig = {
    standIn,
    bot: null as unknown as BotProcess,
    async interact(payload: Record<string, unknown>): Promise<Callback> {
      await standIn.waitForSession();
      const { id } = standIn.dispatchInteraction(payload);
      return (await standIn.callbackFor(id)).body as Callback;
    },
  };
  beforeAll(async () => {
    await standIn.start();
    rig.bot = new BotProcess(standIn.apiBase, env);
    rig.bot.start();
    await rig.bot.waitForLog('ready');
  });
  afterAll(async () => {
    await rig.bot?.stop();
    await standIn.stop();
  });
  return rig;
}
