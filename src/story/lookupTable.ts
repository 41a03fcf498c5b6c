/**
 * A table looked up by words that come from outside (an article, a member's question): an object without a
 * prototype, so a word such as `constructor` or `__proto__` finds nothing rather than Object's own members.
 */
export function lookupTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T | undefined>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T | undefined>, entries));
}
