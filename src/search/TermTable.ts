import SearchableMap from 'minisearch/SearchableMap';
import type { FieldTermData, TermNode } from './miniSearchInternals.js';

/**
 * The terms of an index built at once (see addAnalysed), standing in for MiniSearch's radix tree of terms (its
 * SearchableMap) until the index changes: a map from each term to its place (the order the terms were added in) and
 * their postings by place, where the tree kept a Map for each of its nodes (a server of a thousand entries: some 5,600
 * of them, a quarter of the memory its index holds, and most of the work the collector does on it).
 *
 * It answers what a search asks of the tree as the tree would, to the order: a term's postings; the terms starting
 * with a prefix and those within an edit distance of a term, in the order the tree gives them (which decides the
 * order equal scores come in). That order is the tree's shape and the order its branches were made in, and both follow
 * from the terms and the order they were added in (see `childrenOf`), so they are worked out from a list of the terms
 * in code-unit order, sorted the first time a prefix or a typo is looked for.
 *
 * Anything else (a term added or removed, the terms gone through one by one) first builds the tree MiniSearch would
 * hold, by adding the terms in their order, puts it in the index in place of the table and asks it:
 * test/search/TermTable.test.ts compares the two.
 */

/** Where an index keeps its terms: MiniSearch's `_index`, which the table gives up for the tree once it is built. */
export interface TermHolder {
  _index: unknown;
}

/**
 * The terms in code-unit order, when each was added (its place), and how many characters each shares with the one
 * before it.
 */
interface SortedTerms {
  terms: string[];
  added: Int32Array;
  shared: Int32Array;
}

/**
 * A node of the tree, as the table has it: the terms below it (`from` to `to` in code-unit order), how many
 * characters they share at it (`depth`) and when the tree made it. A term's own end (MiniSearch's `LEAF`) is a child
 * `ends` of the node at that term.
 */
interface Node {
  from: number;
  to: number;
  depth: number;
  made: number;
  ends: boolean;
}

export class TermTable {
  private sortedTerms: SortedTerms | null = null;
  /** The root's children, in order (see `childrenOf`): every walk starts there, and finding them goes through every term. */
  private rootChildren: Node[] | null = null;
  private tree: SearchableMap<FieldTermData> | null = null;

  /** `places`: each term and its place in `data`, places given in the order the terms were added (0, 1, 2…). */
  constructor(
    private readonly holder: TermHolder,
    private readonly places: Map<string, number>,
    private readonly data: FieldTermData[],
  ) {}

  get size(): number {
    return this.tree ? this.tree.size : this.places.size;
  }

  get(term: string): FieldTermData | undefined {
    if (this.tree) return this.tree.get(term);
    const place = this.places.get(term);
    return place === undefined ? undefined : this.data[place];
  }

  has(term: string): boolean {
    return this.tree ? this.tree.has(term) : this.places.has(term);
  }

  /** A term's postings; a term the table lacks is added to the tree, built for it. */
  fetch(term: string, initial: () => FieldTermData): FieldTermData {
    return this.get(term) ?? this.built().fetch(term, initial);
  }

  delete(term: string): void {
    this.built().delete(term);
  }

  set(term: string, value: FieldTermData): this {
    this.built().set(term, value);
    return this;
  }

  update(term: string, fn: (value: FieldTermData | undefined) => FieldTermData): this {
    this.built().update(term, fn);
    return this;
  }

  clear(): void {
    this.built().clear();
  }

  entries(): IterableIterator<[string, FieldTermData]> {
    return this.built().entries();
  }

  keys(): IterableIterator<string> {
    return this.built().keys();
  }

  values(): IterableIterator<FieldTermData> {
    return this.built().values();
  }

  forEach(fn: (term: string, value: FieldTermData, map: SearchableMap<FieldTermData>) => void): void {
    this.built().forEach(fn);
  }

  [Symbol.iterator](): IterableIterator<[string, FieldTermData]> {
    return this.entries();
  }

  /** The tree's root node (see miniSearchInternals.ts). */
  get _tree(): TermNode {
    return this.built()._tree as unknown as TermNode;
  }

  /** The terms starting with `prefix` and their postings, in the order the tree's `atPrefix` gives them. */
  atPrefix(prefix: string): Array<[string, FieldTermData]> {
    if (this.tree) return [...this.tree.atPrefix(prefix)];
    const { terms } = this.sorted();
    const [from, to] = this.rangeOf(prefix);
    if (from === to) return [];
    const found: number[] = [];
    const node =
      prefix === ''
        ? { from, to, depth: 0, made: -1, ends: false }
        : this.nodeOf(from, to, to - from === 1 ? terms[from]!.length : sharedLength(terms[from]!, terms[to - 1]!, prefix.length));
    this.walk(node, null, found);
    // The tree's iterator takes each node's children last first: the order of a walk from the first, backwards.
    found.reverse();
    return found.map((at) => [terms[at]!, this.data[this.places.get(terms[at]!)!]!]);
  }

  /**
   * The terms within `maxDistance` edits of `term`, each with its postings and its distance, in the order the tree's
   * `fuzzyGet` gives them: found as it finds them, with the same table of distances (MiniSearch's, filled a row per
   * character of a term), a row kept for as long as the terms share the characters before it.
   */
  fuzzyGet(term: string, maxDistance: number): Map<string, [FieldTermData, number]> {
    if (this.tree) return this.tree.fuzzyGet(term, maxDistance);
    const { terms, shared } = this.sorted();
    const n = term.length + 1;
    const rows = n + maxDistance;
    const matrix = new Uint8Array(rows * n).fill(maxDistance + 1);
    for (let j = 0; j < n; ++j) matrix[j] = j;
    for (let i = 1; i < rows; ++i) matrix[i * n] = i;
    const distances = new Map<number, number>();
    // The rows filled for the term met last: those of the characters the next term shares with it stand.
    let filled = 0;
    next: for (let at = 0; at < terms.length; ) {
      const candidate = terms[at]!;
      let i = Math.min(filled, shared[at]!);
      for (; i < candidate.length; i++) {
        // Beyond the table the tree never stops looking, nor finds anything.
        if (i + 1 >= rows) continue;
        if (fillRow(matrix, term, n, maxDistance, i + 1, candidate[i]!) > maxDistance) {
          // No term going on from here is near enough: on to the first that does not start so.
          do at++;
          while (at < terms.length && shared[at]! > i);
          filled = i;
          continue next;
        }
      }
      filled = candidate.length;
      if (candidate.length + 1 <= rows) {
        const distance = matrix[(candidate.length + 1) * n - 1]!;
        if (distance <= maxDistance) distances.set(at, distance);
      }
      at++;
    }
    const found: number[] = [];
    if (distances.size > 0) this.walk({ from: 0, to: terms.length, depth: 0, made: -1, ends: false }, [...distances.keys()], found);
    const matches = new Map<string, [FieldTermData, number]>();
    for (const at of found) matches.set(terms[at]!, [this.data[this.places.get(terms[at]!)!]!, distances.get(at)!]);
    return matches;
  }

  /**
   * The tree MiniSearch would hold, built from the terms in the order they were added (each in its place, with its
   * postings) and put in the index in the table's place.
   */
  private built(): SearchableMap<FieldTermData> {
    if (!this.tree) {
      const tree = new SearchableMap<FieldTermData>();
      for (const [term, place] of this.places) tree.set(term, this.data[place]!);
      this.tree = tree;
      this.holder._index = tree;
      this.sortedTerms = null;
      this.rootChildren = null;
    }
    return this.tree;
  }

  private sorted(): SortedTerms {
    if (!this.sortedTerms) {
      // The default sort compares strings by code units, as `<` does.
      const terms = [...this.places.keys()].sort();
      const added = new Int32Array(terms.length);
      const shared = new Int32Array(terms.length);
      for (let i = 0; i < terms.length; i++) {
        added[i] = this.places.get(terms[i]!)!;
        if (i > 0) shared[i] = sharedLength(terms[i - 1]!, terms[i]!, 0);
      }
      this.sortedTerms = { terms, added, shared };
    }
    return this.sortedTerms;
  }

  /** Where the terms starting with `prefix` are in code-unit order: from the first to before the second. */
  private rangeOf(prefix: string): [number, number] {
    const { terms } = this.sorted();
    let low = 0;
    let high = terms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (terms[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    const from = low;
    high = terms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (terms[middle]!.startsWith(prefix)) low = middle + 1;
      else high = middle;
    }
    return [from, low];
  }

  /** The node whose terms are `from` to `to`, sharing `depth` characters, and when the tree made it. */
  private nodeOf(from: number, to: number, depth: number): Node {
    return { from, to, depth, made: this.madeAt(from, to, depth), ends: false };
  }

  /**
   * When the tree made the node of these terms (which share `depth` characters, a node of the tree): when the first of
   * them to end there was added, or when terms going on from there by two different characters were first both
   * added, whichever came first. A node once made stays (the table is for a tree nothing was removed from).
   */
  private madeAt(from: number, to: number, depth: number): number {
    const { terms, added } = this.sorted();
    let made = Number.POSITIVE_INFINITY;
    let at = from;
    if (terms[from]!.length === depth) made = added[at++]!;
    let first = -1;
    for (let i = at; i < to; i++) if (first < 0 || added[i]! < added[first]!) first = i;
    if (first < 0) return made;
    const character = terms[first]!.charCodeAt(depth);
    for (let i = at; i < to; i++) if (terms[i]!.charCodeAt(depth) !== character && added[i]! < made) made = added[i]!;
    return made;
  }

  /**
   * A node's children in the order the tree keeps them: a Map's, the order their keys were set in. A child's key is
   * set when the child is made below the node (a new branch, or the term's end), or when the node is made above a
   * child already there (a branch cut in two, its first half the node), which is then its first key: so by when
   * each child was made (only a child made before the node can be, and it comes first).
   */
  private childrenOf(node: Node): Node[] {
    const root = node.depth === 0;
    if (root && this.rootChildren) return this.rootChildren;
    const { terms, added, shared } = this.sorted();
    const children: Node[] = [];
    let at = node.from;
    if (terms[at]!.length === node.depth) {
      children.push({ from: at, to: at + 1, depth: node.depth, made: added[at]!, ends: true });
      at++;
    }
    while (at < node.to) {
      // The terms going on by the same character: those sharing more than the node's characters with the one before.
      let to = at + 1;
      while (to < node.to && shared[to]! > node.depth) to++;
      const depth = to - at === 1 ? terms[at]!.length : sharedLength(terms[at]!, terms[to - 1]!, node.depth + 1);
      children.push(this.nodeOf(at, to, depth));
      at = to;
    }
    children.sort((a, b) => a.made - b.made);
    if (root) this.rootChildren = children;
    return children;
  }

  /**
   * The terms below a node, in the order of a walk of the tree from each node's first child (`fuzzyGet`'s order), put
   * in `found` by their place in code-unit order; only those in `among` (ascending) when it is given.
   */
  private walk(node: Node, among: number[] | null, found: number[]): void {
    for (const child of this.childrenOf(node)) {
      let wanted: number[] | null = null;
      if (among) {
        wanted = among.filter((at) => at >= child.from && at < child.to);
        if (wanted.length === 0) continue;
      }
      if (child.ends) found.push(child.from);
      else this.walk(child, wanted, found);
    }
  }
}

/** How many characters `a` and `b` share from the start, knowing they share the first `from`. */
function sharedLength(a: string, b: string, from: number): number {
  const length = Math.min(a.length, b.length);
  let shared = from;
  while (shared < length && a.charCodeAt(shared) === b.charCodeAt(shared)) shared++;
  return shared;
}

/**
 * Row `i` of MiniSearch's table of edit distances (its fuzzySearch), for the term's `i`th character: filled as it
 * fills it, in the band of columns it fills, and the row's least distance returned.
 */
function fillRow(matrix: Uint8Array, query: string, n: number, maxDistance: number, i: number, char: string): number {
  const thisRowOffset = n * i;
  const prevRowOffset = thisRowOffset - n;
  let minDistance = matrix[thisRowOffset]!;
  const jmin = Math.max(0, i - maxDistance - 1);
  const jmax = Math.min(n - 1, i + maxDistance);
  for (let j = jmin; j < jmax; ++j) {
    const different = char !== query[j];
    const rpl = matrix[prevRowOffset + j]! + +different;
    const del = matrix[prevRowOffset + j + 1]! + 1;
    const ins = matrix[thisRowOffset + j]! + 1;
    const dist = Math.min(rpl, del, ins);
    matrix[thisRowOffset + j + 1] = dist;
    if (dist < minDistance) minDistance = dist;
  }
  return minDistance;
}
