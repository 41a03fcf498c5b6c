/**
 * A map that holds a single entry in fields of its own and moves its entries into a real `Map`, kept inside it, when
 * a second key arrives. addAnalysed puts these in MiniSearch's index in place of the two kinds of map it keeps for
 * every term (the term's fields, and each field's postings: the documents holding it), because most terms are in one
 * field of one document: a server of a thousand entries has some fourteen thousand terms, and a small V8 Map (about
 * 170 bytes, two allocations) for each made most of the garbage of building its index.
 *
 * It does what a Map does for what MiniSearch 7 and storydesk ask of those maps: `get`, `has`, `set`, `delete`,
 * `size`, `keys()`, `entries()` and iterating over it (MiniSearch's search, adding and removing a term, discarding
 * and vacuuming documents, serialising; storydesk's orQuery), entries in the order their keys were first set. A key
 * may not be `undefined`. Once grown it stays a Map, whatever is deleted from it later.
 */
export class CompactMap<K, V> implements Iterable<[K, V]> {
  /** The one entry's key, or undefined when there is none (or the entries are in `many`). */
  private key: K | undefined = undefined;
  private value: V | undefined = undefined;
  /** The entries, once there have been two at a time. */
  private many: Map<K, V> | null = null;

  get size(): number {
    if (this.many !== null) return this.many.size;
    return this.key === undefined ? 0 : 1;
  }

  get(key: K): V | undefined {
    if (this.many !== null) return this.many.get(key);
    return key === this.key ? this.value : undefined;
  }

  has(key: K): boolean {
    if (this.many !== null) return this.many.has(key);
    return key !== undefined && key === this.key;
  }

  set(key: K, value: V): this {
    if (this.many !== null) this.many.set(key, value);
    else if (this.key === undefined || key === this.key) {
      this.key = key;
      this.value = value;
    } else {
      // A second key: the entries move into a Map, the first one first.
      this.many = new Map<K, V>();
      this.many.set(this.key, this.value as V);
      this.many.set(key, value);
      this.key = undefined;
      this.value = undefined;
    }
    return this;
  }

  delete(key: K): boolean {
    if (this.many !== null) return this.many.delete(key);
    if (key === undefined || key !== this.key) return false;
    this.key = undefined;
    this.value = undefined;
    return true;
  }

  keys(): IterableIterator<K> {
    if (this.many !== null) return this.many.keys();
    return (this.key === undefined ? [] : [this.key]).values();
  }

  /**
   * The entries. Deleting the entry just met while going through them is safe (as vacuuming does); other changes
   * made meanwhile to a map of one entry are not seen, as a Map's iterator would see them.
   */
  entries(): IterableIterator<[K, V]> {
    if (this.many !== null) return this.many.entries();
    return (this.key === undefined ? [] : [[this.key, this.value as V] as [K, V]]).values();
  }

  [Symbol.iterator](): IterableIterator<[K, V]> {
    return this.entries();
  }
}
