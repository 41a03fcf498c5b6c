import { performance } from 'node:perf_hooks';
import { type ButtonInteraction, type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import type { Reply } from './replies.js';

/**
 * Discord forgets an interaction that is not acknowledged within 3 s of its creation, and the member sees "The
 * application did not respond". An answer is computed synchronously, so nothing can interrupt a slow one to defer:
 * the decision is taken before the work starts. The work is acknowledged first (deferred) when the interaction is
 * already old when its turn comes (delivered late, or queued behind other work) or when the recent answers were slow
 * enough that this one would end past the budget; otherwise it is answered in one reply, as usual. Deferring only
 * then keeps a "nothing on that" ephemeral and costs one request per answer, not two (a deferred answer's edit counts
 * against the bot's global REST limit; the first reply does not).
 */

/** Acknowledge by 2 s after creation: a second of margin for the request, and for clocks that disagree a little. */
export const ACK_BUDGET_MS = 2000;
/** How many recent answers the estimate of the next one looks at. */
const RECENT = 32;

export class AckDeadline {
  private readonly recent: number[] = [];

  constructor(readonly budgetMs = ACK_BUDGET_MS) {}

  /** Whether work on an interaction created at `createdAt` (Discord's clock, from its id) should be deferred first at `now`. */
  shouldDeferFirst(createdAt: number, now: number): boolean {
    return now - createdAt + this.expectedMs() > this.budgetMs;
  }

  /** What the next piece of work may take: the slowest of the recent ones. */
  expectedMs(): number {
    return this.recent.reduce((max, ms) => Math.max(max, ms), 0);
  }

  record(ms: number): void {
    this.recent.push(ms);
    if (this.recent.length > RECENT) this.recent.shift();
  }

  /** Times `work`, and records how long it took. */
  time<T>(work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      this.record(performance.now() - started);
    }
  }
}

const isEphemeral = (reply: Reply): boolean => (Number(reply.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

/**
 * Replies with what `work` builds, deferring first when the deadline says so. Deferred, a public answer is the
 * edit of the deferred reply; an ephemeral one (nothing found, a refusal) replaces it by an ephemeral follow-up.
 */
export async function replyInTime(interaction: ChatInputCommandInteraction, deadline: AckDeadline, work: () => Reply): Promise<void> {
  if (!deadline.shouldDeferFirst(interaction.createdTimestamp, Date.now())) {
    await interaction.reply(deadline.time(work));
    return;
  }
  await interaction.deferReply();
  const reply = deadline.time(work);
  if (isEphemeral(reply)) {
    await interaction.deleteReply();
    await interaction.followUp(reply);
    return;
  }
  const { flags: _flags, ...edit } = reply;
  await interaction.editReply(edit);
}

/** What a button's work gives: the message it sits on, updated; or a reply of its own (ephemeral). */
export type ButtonOutcome = { update: Reply } | { reply: Reply };

/** The same for a button that updates its message: deferUpdate first when late, then edit the message. */
export async function updateInTime(interaction: ButtonInteraction, deadline: AckDeadline, work: () => ButtonOutcome): Promise<void> {
  const deferFirst = deadline.shouldDeferFirst(interaction.createdTimestamp, Date.now());
  if (deferFirst) await interaction.deferUpdate();
  const outcome = deadline.time(work);
  if ('reply' in outcome) {
    await (deferFirst ? interaction.followUp(outcome.reply) : interaction.reply(outcome.reply));
    return;
  }
  const { flags: _flags, ...update } = outcome.update;
  await (deferFirst ? interaction.editReply(update) : interaction.update(update as Parameters<ButtonInteraction['update']>[0]));
}
