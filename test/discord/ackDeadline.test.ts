import { describe, expect, it } from 'vitest';
import { AckDeadline } from '../../src/discord/ackDeadline.js';

/** When the bot defers instead of answering in one reply. Times are given, not measured. */

describe('AckDeadline', () => {
  it('GIVEN a fresh interaction and quick recent answers THEN answered in one reply', () => {
    const deadline = new AckDeadline(2000);
    for (let i = 0; i < 10; i++) deadline.record(15);
    expect(deadline.shouldDeferFirst(1_000_000, 1_000_050)).toBe(false);
  });

  it('GIVEN an interaction already 2.5 s old when its turn comes THEN deferred first', () => {
    expect(new AckDeadline(2000).shouldDeferFirst(1_000_000, 1_002_500)).toBe(true);
  });

  it('GIVEN a recent answer that took 1.9 s THEN even a 200 ms old interaction is deferred first, until 32 quicker ones have passed', () => {
    const deadline = new AckDeadline(2000);
    deadline.record(1900);
    expect(deadline.shouldDeferFirst(1_000_000, 1_000_200)).toBe(true);
    for (let i = 0; i < 31; i++) deadline.record(20);
    expect(deadline.shouldDeferFirst(1_000_000, 1_000_200)).toBe(true);
    deadline.record(20);
    expect(deadline.shouldDeferFirst(1_000_000, 1_000_200)).toBe(false);
  });
});
