import { describe, expect, it } from 'vitest';
import { buttonClick, slashCommand } from './payloads.js';
import { type Callback, EPHEMERAL, useBotRig } from './rig.js';

/**
 * Discord's 3 s deadline with the real bot: an interaction whose turn comes late (here delivered 2.5 s after Discord
 * made it, as when the gateway or the bot's event loop lags) is deferred at once and answered by editing the
 * deferred reply, so the member never sees "The application did not respond"; a fresh one is answered in one reply.
 */

const rig = useBotRig();
const { standIn } = rig;
const LATE = { ageMs: 2500 };

type Embeds = { embeds?: Array<{ description?: string }>; content?: string; flags?: number; components?: unknown[] };

async function lateInteraction(payload: Record<string, unknown>) {
  await standIn.waitForSession();
  const { id, token } = standIn.dispatchInteraction(payload, LATE);
  const callback = (await standIn.callbackFor(id)).body as Callback;
  return { callback, token };
}

describe('an interaction whose turn comes late', () => {
  it('GIVEN /ask 2.5 s old THEN deferred within the deadline, and the answer edits the deferred reply', async () => {
    const { callback, token } = await lateInteraction(
      slashCommand('ask', [{ name: 'question', value: 'would Trump ask Mexico for permission?' }]),
    );
    expect(callback.type).toBe(5);
    expect(callback.data?.flags ?? 0).toBe(0);
    const edit = await standIn.waitForRequest(
      (r) => r.method === 'PATCH' && r.path.includes(token) && r.path.endsWith('/messages/@original'),
    );
    expect((edit.body as Embeds).embeds![0]!.description).toContain('I wouldn\u2019t answer that question.');
    expect(rig.bot.logs.some((l) => l['msg'] === 'interaction expired or already answered')).toBe(false);
  });

  it('GIVEN a late /quote that finds nothing THEN the public "thinking" reply is deleted and "nothing on that" comes ephemeral', async () => {
    const { callback, token } = await lateInteraction(slashCommand('quote', [{ name: 'who_or_topic', value: 'zheinbomm' }]));
    expect(callback.type).toBe(5);
    await standIn.waitForRequest((r) => r.method === 'DELETE' && r.path.includes(token));
    const followUp = await standIn.waitForRequest((r) => r.method === 'POST' && r.path.includes(`/webhooks/`) && r.path.includes(token));
    expect((followUp.body as Embeds).flags).toBe(EPHEMERAL);
    expect((followUp.body as Embeds).content).toContain('The story has nothing on');
  });

  it('GIVEN a late click on Next match THEN the update is deferred and the message then edited to the next result', async () => {
    const first = await rig.interact(slashCommand('quote', [{ name: 'who_or_topic', value: 'trump' }]));
    const next = first.data!.components![0]!.components.find((c) => c.custom_id.startsWith('ans:n:'))!;
    const { callback, token } = await lateInteraction(buttonClick(next.custom_id));
    expect(callback.type).toBe(6);
    const edit = await standIn.waitForRequest(
      (r) => r.method === 'PATCH' && r.path.includes(token) && r.path.endsWith('/messages/@original'),
    );
    expect((edit.body as Embeds).embeds![0]!.description).not.toBe(first.data!.embeds![0]!.description);
  });

  it('GIVEN a fresh /ask THEN one reply, not deferred', async () => {
    const reply = await rig.interact(slashCommand('ask', [{ name: 'question', value: 'would Trump ask Mexico for permission?' }]));
    expect(reply.type).toBe(4);
  });
});
