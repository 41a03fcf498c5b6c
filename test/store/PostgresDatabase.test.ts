import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { waitForSignal } from '../../src/store/PostgresDatabase.js';

/**
 * The thread waiting for the database worker's answer. Over hundreds of thousands of statements, the worker's notify
 * for one answer sometimes came after the waiting thread had already seen that answer and reset the signal for the
 * next statement: the next wait woke with no answer posted ("the database worker answered nothing").
 */
describe('waiting for the database worker', () => {
  it('GIVEN a wake-up with the signal still 0 (a late notify) THEN the wait goes on until the signal is 1', () => {
    const signal = new Int32Array(new SharedArrayBuffer(4));
    // A notify that wakes the waiting thread without an answer, then the answer 50 ms later.
    const worker = new Worker(
      `const { workerData } = require('node:worker_threads');
       const signal = new Int32Array(workerData);
       while (Atomics.notify(signal, 0) === 0) {}
       Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
       Atomics.store(signal, 0, 1);
       Atomics.notify(signal, 0);`,
      { eval: true, workerData: signal.buffer },
    );
    try {
      expect(waitForSignal(signal, 10_000)).toBe(true);
      expect(Atomics.load(signal, 0)).toBe(1);
    } finally {
      void worker.terminate();
    }
  });

  it('GIVEN no answer within the time allowed THEN false', () => {
    const signal = new Int32Array(new SharedArrayBuffer(4));
    expect(waitForSignal(signal, 20)).toBe(false);
  });
});
