/**
 * A function's answers remembered by input (the same names and words come again and again), at most `limit` of
 * them: past that it starts afresh, so what members type cannot grow it without bound. `compute` must not answer
 * `undefined`.
 */
export function boundedMemo<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const remembered = new Map<string, V>();
  return (key) => {
    let value = remembered.get(key);
    if (value === undefined) {
      value = compute(key);
      if (remembered.size >= limit) remembered.clear();
      remembered.set(key, value);
    }
    return value;
  };
}
