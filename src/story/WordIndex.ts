/**
 * Items in the order they were added, looked up by any of their words. A scan that only keeps items holding a
 * given word (`runs whose name ends with this surname`) asks the index for those items instead of testing every
 * item of the article: the scan's own test still decides, on the few items that can pass it, in the same order.
 */
export class WordIndex<T> {
  private readonly byWord = new Map<string, T[]>();

  constructor(
    private readonly wordsOf: (item: T) => Iterable<string>,
    items: Iterable<T> = [],
  ) {
    for (const item of items) this.add(item);
  }

  /** Adds an item under each of its words (once per word, however often the word repeats in it). */
  add(item: T): void {
    for (const word of new Set(this.wordsOf(item))) {
      const list = this.byWord.get(word);
      if (list) list.push(item);
      else this.byWord.set(word, [item]);
    }
  }

  /** The items holding the word, in the order they were added; empty when none does. */
  with(word: string | undefined): readonly T[] {
    return (word === undefined ? undefined : this.byWord.get(word)) ?? [];
  }
}
