/**
 * How many documents of an index hold each term, as StoryIndex keeps them (see addAnalysed, which counts them as it
 * builds the index): a term it does not hold has none, and a term is held only while its count is not zero (a count
 * may be negative for a moment, as StoryIndex marks the terms it is counting). A Map is one; `PlacedTermCounts` is
 * another.
 */
export interface TermCounts {
  get(term: string): number | undefined;
  has(term: string): boolean;
  set(term: string, count: number): unknown;
  delete(term: string): unknown;
}

/**
 * The counts of an index whose terms are in a TermTable, kept by the terms' places in it (the table's map of terms to
 * places, shared) rather than in a map of their own: a server of a thousand entries has some 4,500 terms, and a
 * second map of them was a tenth of the memory its index holds. A term the table lacks (added to the index since)
 * is counted in a map of its own. A count of zero is not kept: it is the count of a term not held.
 */
export class PlacedTermCounts implements TermCounts {
  private readonly others = new Map<string, number>();

  /** `counts`: by place, how many documents hold the term there (0 for none). */
  constructor(
    private readonly places: ReadonlyMap<string, number>,
    private readonly counts: Int32Array,
  ) {}

  get(term: string): number | undefined {
    const place = this.places.get(term);
    if (place === undefined) return this.others.get(term);
    const count = this.counts[place]!;
    return count === 0 ? undefined : count;
  }

  has(term: string): boolean {
    return this.get(term) !== undefined;
  }

  set(term: string, count: number): void {
    const place = this.places.get(term);
    if (place === undefined) {
      if (count === 0) this.others.delete(term);
      else this.others.set(term, count);
    } else this.counts[place] = count;
  }

  delete(term: string): void {
    this.set(term, 0);
  }
}
