import type MiniSearch from 'minisearch';
import { TermTable } from './TermTable.js';

/**
 * What MiniSearch keeps privately (minisearch 7) and storydesk reads or fills directly: orQuery scores a query from
 * it, addAnalysed fills it with many documents at once. Checked to be there the first time an index is used, so
 * that an upgrade of MiniSearch that keeps its index otherwise fails loudly rather than searching wrongly.
 */

/**
 * What MiniSearch and storydesk ask of the maps a term's postings are kept in: MiniSearch makes Maps, addAnalysed
 * makes CompactMaps (see CompactMap.ts), and a term may hold both.
 */
export interface TermDataMap<K, V> extends Iterable<[K, V]> {
  readonly size: number;
  get(key: K): V | undefined;
  has(key: K): boolean;
  set(key: K, value: V): this;
  delete(key: K): boolean;
  keys(): IterableIterator<K>;
  entries(): IterableIterator<[K, V]>;
}

/** A term's postings: by field id, the documents (short ids) holding it and how often. */
export type FieldTermData = TermDataMap<number, TermDataMap<number, number>>;

/**
 * A node of MiniSearch's radix tree: a map from the next stretch of a term to the node below it, the term's postings
 * under the empty key (`LEAF`) where a term ends. No two stretches below a node start with the same character.
 */
export type TermNode = Map<string, TermNode | FieldTermData>;

/** MiniSearch's radix tree of terms (its SearchableMap), or a TermTable standing in for it. */
export interface TermTree {
  /** The root node. */
  _tree: TermNode;
  /** The number of terms, when counted; set to undefined whenever a term may have been added. */
  _size: number | undefined;
  get(term: string): FieldTermData | undefined;
  /** The term's postings, made with `initial` (and the term added to the tree) when it has none. */
  fetch(term: string, initial: () => FieldTermData): FieldTermData;
  atPrefix(prefix: string): Iterable<[string, FieldTermData]>;
  fuzzyGet(term: string, maxDistance: number): Map<string, [FieldTermData, number]>;
}

export interface Internals {
  /** The options the index was made with, defaults filled in. */
  _options: { fields: string[]; storeFields: string[] };
  _index: TermTree | TermTable;
  _fieldIds: Record<string, number>;
  _documentIds: Map<number, unknown>;
  _idToShortId: Map<unknown, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _storedFields: Map<number, Record<string, unknown>>;
  _documentCount: number;
  _nextId: number;
  removeTerm(fieldId: number, documentId: number, term: string): void;
}

const checked = new WeakSet<object>();

export function internalsOf(search: MiniSearch<never>): Internals {
  const internals = search as unknown as Internals;
  if (!checked.has(search)) {
    const tree = internals._index as Partial<TermTree> | undefined;
    const fine =
      (tree instanceof TermTable || tree?._tree instanceof Map) &&
      typeof tree.get === 'function' &&
      typeof tree.fetch === 'function' &&
      typeof tree.atPrefix === 'function' &&
      typeof tree.fuzzyGet === 'function' &&
      Array.isArray(internals._options?.fields) &&
      Array.isArray(internals._options.storeFields) &&
      typeof internals._fieldIds === 'object' &&
      internals._documentIds instanceof Map &&
      internals._idToShortId instanceof Map &&
      internals._fieldLength instanceof Map &&
      Array.isArray(internals._avgFieldLength) &&
      internals._storedFields instanceof Map &&
      typeof internals._documentCount === 'number' &&
      typeof internals._nextId === 'number' &&
      typeof internals.removeTerm === 'function';
    if (!fine) throw new Error('search index: this version of MiniSearch keeps its index otherwise than storydesk reads it');
    checked.add(search);
  }
  return internals;
}
