import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/search/boundedMemo.js';

describe('boundedMemo', () => {
  it('GIVEN the same input twice THEN the function runs once', () => {
    let runs = 0;
    const lengthOf = boundedMemo(10, (key) => {
      runs++;
      return key.length;
    });
    expect([lengthOf('strike'), lengthOf('strike')]).toEqual([6, 6]);
    expect(runs).toBe(1);
  });

  it('GIVEN an answer of null THEN it is remembered too', () => {
    let runs = 0;
    const nothing = boundedMemo(10, () => {
      runs++;
      return null;
    });
    nothing('the');
    nothing('the');
    expect(runs).toBe(1);
  });

  it('GIVEN more inputs than its limit THEN it starts afresh and still answers rightly', () => {
    let runs = 0;
    const upper = boundedMemo(2, (key) => {
      runs++;
      return key.toUpperCase();
    });
    for (const key of ['a', 'b', 'c', 'a']) upper(key);
    expect(upper('c')).toBe('C');
    expect(runs).toBe(4);
  });
});
