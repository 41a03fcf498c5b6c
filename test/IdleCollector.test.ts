import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDLE_DELAY_MS, IdleCollector } from '../src/IdleCollector.js';

/** The collection of the young generation that the bot runs while idle after building a server's index. */

afterEach(() => {
  vi.useRealTimers();
});

describe('idle collector', () => {
  it('GIVEN a request THEN the young generation is collected once, after the idle delay', () => {
    vi.useFakeTimers();
    const collect = vi.fn();
    const collector = new IdleCollector(collect);
    collector.request();
    expect(collect).not.toHaveBeenCalled();
    vi.advanceTimersByTime(IDLE_DELAY_MS);
    expect(collect).toHaveBeenCalledTimes(1);
    expect(collect).toHaveBeenCalledWith({ type: 'minor' });
  });

  it('GIVEN several requests before it runs THEN they are one collection', () => {
    vi.useFakeTimers();
    const collect = vi.fn();
    const collector = new IdleCollector(collect);
    collector.request();
    collector.request();
    collector.request();
    vi.advanceTimersByTime(IDLE_DELAY_MS);
    expect(collector.count).toBe(1);
    collector.request();
    vi.advanceTimersByTime(IDLE_DELAY_MS);
    expect(collector.count).toBe(2);
  });

  it('GIVEN no exposed collector THEN a request does nothing and schedules nothing', () => {
    vi.useFakeTimers();
    const collector = new IdleCollector(null);
    collector.request();
    expect(collector.active).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });
});
