/**
 * Collects V8's young generation once the process is idle after a server's index was built, so the next member's
 * question does not pay for it.
 *
 * Building a server's index leaves a few MB of new objects (the index) in the young generation. The next allocation
 * that fills it starts a scavenge, which copies every live young object, that index included: 10–20 ms on this
 * machine's 2 cores, paid by whichever question comes next — most often another cold server's build, measured at
 * 45–55 ms with the scavenge inside it and 25–30 ms without (`npm run bench -- scale 10k`). Run a moment after the
 * build, when the reply is on its way, the same scavenge costs no member anything, and leaves the young generation
 * empty for the next question.
 *
 * It needs V8's collector exposed (`node --expose-gc`, as `npm start` runs the bot); without it `request` does nothing.
 */

/** V8's collector as `--expose-gc` gives it: `minor` collects the young generation only. */
export type CollectGarbage = (options: { type: 'minor' | 'major' }) => void;

/** How long after a build the collection waits: past the reply's sending, before a member's next question. */
export const IDLE_DELAY_MS = 25;

export class IdleCollector {
  private pending: ReturnType<typeof setTimeout> | null = null;
  private runs = 0;

  constructor(
    private readonly collect: CollectGarbage | null,
    private readonly delayMs = IDLE_DELAY_MS,
  ) {}

  /** The collector of this process: V8's when exposed (`--expose-gc`), else one that does nothing. */
  static ofProcess(): IdleCollector {
    const exposed = (globalThis as { gc?: unknown }).gc;
    return new IdleCollector(typeof exposed === 'function' ? (exposed as CollectGarbage) : null);
  }

  /** Whether collections happen at all (V8's collector is exposed). */
  get active(): boolean {
    return this.collect !== null;
  }

  /** How many collections have run. */
  get count(): number {
    return this.runs;
  }

  /**
   * Asks for one young-generation collection once idle: requests made before it runs are one request. The timer
   * never keeps the process alive.
   */
  request(): void {
    const collect = this.collect;
    if (!collect || this.pending) return;
    this.pending = setTimeout(() => {
      this.pending = null;
      this.runs++;
      collect({ type: 'minor' });
    }, this.delayMs);
    this.pending.unref();
  }
}
