import type MiniSearch from 'minisearch';
import { CompactMap } from './CompactMap.js';
import { type FieldTermData, type Internals, internalsOf, type TermNode, type TermTree } from './miniSearchInternals.js';
import { PlacedTermCounts, type TermCounts } from './TermCounts.js';
import { TermTable } from './TermTable.js';

/**
 * Adds many documents to a MiniSearch index at once, leaving the index exactly as `addAll` would (the same short
 * ids, postings, field lengths and averages to the last bit, the same radix tree, its branches in the same order),
 * for documents whose fields are already their terms (arrays of non-empty terms, as StoryIndex gives MiniSearch).
 *
 * `addAll` walks the radix tree of terms once for every term of every field of every document, and makes a set of
 * each field's terms to count them; a server's first question indexes a thousand entries that way. Here each
 * document's terms are gathered in a hash map first, and each distinct term is put in the tree once, in the order
 * `addAll` would first meet it (which is what gives the tree its shape and order): about half the time, and less
 * garbage. A term's fields and each field's postings are kept in CompactMaps rather than Maps (most terms are in one
 * field of one document, and a Map of one entry is some 130 bytes more to allocate and for the collector to copy);
 * MiniSearch goes on using them as Maps. test/search/addAnalysed.test.ts compares the two on random documents,
 * and what MiniSearch does to an index after.
 *
 * Added to an index that holds no term yet (a server's, as StoryIndex builds it), the terms are not put in a tree at
 * all: they are kept in a TermTable, which stands in for the tree and answers searches as the tree would (see
 * TermTable.ts), and builds that tree when the index changes.
 *
 * It also counts, while it meets them, how many documents hold each term (`counted`: in some of their fields, from
 * one document on), which an index keeps for telling rare words from common ones: counted apart, after, the same
 * terms were looked up again in a map of their own, as long again as adding them here.
 */
/** Where a term ends in the tree: MiniSearch's `LEAF`. */
const LEAF = '';

/** Which documents' terms `addAnalysed` counts: those from `from` on (an index in `documents`), in these fields. */
export interface TermCounting {
  from: number;
  fields: readonly string[];
}

/**
 * The terms met while adding, each with a place in the arrays: its postings, how many counted documents hold it and
 * the last one counted (by short id). Arrays rather than an object per term: a thousand entries meet some fourteen
 * thousand terms, and fewer objects are less for the collector to copy should it run while the index is built.
 */
interface Met {
  /** The tree's root stretches by their first character (see fetchTerm); null when the terms go in a TermTable. */
  rootStretches: Map<string, string> | null;
  places: Map<string, number>;
  data: FieldTermData[];
  documents: number[];
  last: number[];
}

/**
 * Adds the documents (see above) and returns, for each term that the counted documents hold in the counted fields,
 * how many of them hold it (each document once however often it uses the term); empty without `counted`.
 */
export function addAnalysed<T extends { id: string }>(
  search: MiniSearch<T>,
  documents: readonly T[],
  counted: TermCounting = { from: documents.length, fields: [] },
): TermCounts {
  const index = internalsOf(search as unknown as MiniSearch<never>);
  const { fields, storeFields } = index._options;
  const seen = new Set<string>();
  for (const document of documents) {
    if (index._idToShortId.has(document.id) || seen.has(document.id)) throw new Error(`MiniSearch: duplicate ID ${document.id}`);
    seen.add(document.id);
  }
  // The postings of the terms met here, in the order first met; those the tree already holds are added to in place.
  // An index without terms yet gets a table of them rather than a tree.
  const tabled = !(index._index instanceof TermTable) && index._index._tree.size === 0;
  let rootStretches: Map<string, string> | null = null;
  if (!tabled) {
    rootStretches = new Map();
    for (const stretch of index._index._tree.keys()) if (stretch !== LEAF) rootStretches.set(stretch[0]!, stretch);
  }
  const met: Met = { rootStretches, places: new Map(), data: [], documents: [], last: [] };
  const averages = index._avgFieldLength;
  const countedFields = new Set(counted.fields);
  for (let d = 0; d < documents.length; d++) {
    const document = documents[d]!;
    const shortId = index._nextId++;
    index._idToShortId.set(document.id, shortId);
    index._documentIds.set(shortId, document.id);
    const count = index._documentCount++;
    if (storeFields.length > 0) {
      const stored: Record<string, unknown> = {};
      for (const name of storeFields) {
        const value = (document as unknown as Record<string, unknown>)[name];
        if (value !== undefined) stored[name] = value;
      }
      index._storedFields.set(shortId, stored);
    }
    // Made as long as it will be (rather than grown as MiniSearch grows it, to a third more than it needs): as long as
    // MiniSearch makes it, up to the last field the document has.
    const lengths: number[] = new Array(fields.length);
    let length = 0;
    for (let f = 0; f < fields.length; f++) {
      const terms = (document as unknown as Record<string, unknown>)[fields[f]!];
      if (terms == null) continue;
      if (!Array.isArray(terms)) throw new Error(`search index: field ${fields[f]} of ${document.id} is not analysed into terms`);
      const fieldId = index._fieldIds[fields[f]!]!;
      length = Math.max(length, fieldId + 1);
      const counts = d >= counted.from && countedFields.has(fields[f]!);
      const distinct = addTerms(index, met, terms as string[], fieldId, shortId, counts, document.id, fields[f]!);
      lengths[fieldId] = distinct;
      // As MiniSearch keeps the average: a running mean, computed in the same order of operations.
      averages[fieldId] = ((averages[fieldId] || 0) * count + distinct) / (count + 1);
    }
    lengths.length = length;
    index._fieldLength.set(shortId, lengths);
  }
  if (tabled) {
    // The table keeps the terms with their places, and the counts are kept by place.
    index._index = new TermTable(index, met.places, met.data);
    return new PlacedTermCounts(met.places, Int32Array.from(met.documents));
  }
  // The terms met, each with its place, become the terms counted, each with its count (rather than copied into a map
  // of their own, as many again); those no counted document holds are let go.
  const frequencies = met.places;
  for (const [term, place] of frequencies) {
    const count = met.documents[place]!;
    if (count > 0) frequencies.set(term, count);
    else frequencies.delete(term);
  }
  return frequencies;
}

/**
 * One field's terms added to their postings (the tree walked only for a term not met before), and counted for the
 * document when `counts`: how many distinct terms the field holds. A function of its own, kept small, so that it is
 * compiled quickly and early.
 */
function addTerms(
  index: Internals,
  met: Met,
  terms: string[],
  fieldId: number,
  shortId: number,
  counts: boolean,
  id: string,
  field: string,
): number {
  let distinct = 0;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    if (!term) throw new Error(`search index: field ${field} of ${id} holds an empty term`);
    let place = met.places.get(term);
    if (place === undefined) {
      place = met.data.length;
      met.places.set(term, place);
      // One walk down the tree, which adds the term when it is new; none for a table.
      met.data.push(met.rootStretches === null ? new CompactMap() : fetchTerm(index, met.rootStretches, term));
      met.documents.push(0);
      met.last.push(-1);
    }
    if (counts && met.last[place] !== shortId) {
      met.documents[place]!++;
      met.last[place] = shortId;
    }
    const data = met.data[place]!;
    let postings = data.get(fieldId);
    if (postings === undefined) {
      postings = new CompactMap();
      data.set(fieldId, postings);
    }
    const frequency = postings.get(shortId);
    if (frequency === undefined) {
      postings.set(shortId, 1);
      distinct++;
    } else postings.set(shortId, frequency + 1);
  }
  return distinct;
}

/**
 * A term's postings, the term put in the tree with empty postings when it is new: MiniSearch's `SearchableMap.fetch`
 * step for step (the same nodes, made and split in the same order, so the same tree), except at the root, whose
 * stretches (one for each first character of the terms, some forty) are found by their first character rather than
 * looked through in turn.
 */
function fetchTerm(index: Internals, rootStretches: Map<string, string>, term: string): FieldTermData {
  // (Asked only of an index whose terms are in a tree: see `tabled`.)
  const tree = index._index as TermTree;
  tree._size = undefined;
  const root = tree._tree;
  const stretch = rootStretches.get(term[0]!);
  let node: TermNode;
  let pos: number;
  if (stretch === undefined) {
    node = new Map();
    root.set(term, node);
    rootStretches.set(term[0]!, term);
    pos = term.length;
  } else {
    const offset = commonLength(term, 0, stretch);
    if (offset === stretch.length) node = root.get(stretch) as TermNode;
    else {
      node = splitAt(root, stretch, offset, term.slice(0, offset));
      rootStretches.set(term[0]!, term.slice(0, offset));
    }
    pos = offset;
  }
  node = pathBelow(node, term, pos);
  let data = node.get(LEAF) as FieldTermData | undefined;
  if (data === undefined) {
    data = new CompactMap();
    node.set(LEAF, data);
  }
  return data;
}

/** How far `key` from `pos` and `stretch` agree (their first characters do). */
function commonLength(key: string, pos: number, stretch: string): number {
  const length = Math.min(key.length - pos, stretch.length);
  let offset = 1;
  while (offset < length && key[pos + offset] === stretch[offset]) ++offset;
  return offset;
}

/** A stretch of a node cut after `offset` characters (`head`): a new node between them, put last among the node's. */
function splitAt(node: TermNode, stretch: string, offset: number, head: string): TermNode {
  const intermediate: TermNode = new Map();
  intermediate.set(stretch.slice(offset), node.get(stretch)!);
  node.set(head, intermediate);
  node.delete(stretch);
  return intermediate;
}

/** MiniSearch's createPath from a node below the root: the deepest node of `key`, made where missing. */
function pathBelow(start: TermNode, key: string, from: number): TermNode {
  let node = start;
  let pos = from;
  outer: while (pos < key.length) {
    for (const stretch of node.keys()) {
      if (stretch !== LEAF && key[pos] === stretch[0]) {
        const offset = commonLength(key, pos, stretch);
        node = offset === stretch.length ? (node.get(stretch) as TermNode) : splitAt(node, stretch, offset, key.slice(pos, pos + offset));
        pos += offset;
        continue outer;
      }
    }
    const child: TermNode = new Map();
    node.set(key.slice(pos), child);
    return child;
  }
  return node;
}
