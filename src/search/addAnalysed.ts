import type MiniSearch from 'minisearch';
import { type FieldTermData, type Internals, internalsOf } from './miniSearchInternals.js';

/**
 * Adds many documents to a MiniSearch index at once, leaving the index exactly as `addAll` would (the same short
 * ids, postings, field lengths and averages to the last bit, the same radix tree, its branches in the same order),
 * for documents whose fields are already their terms (arrays of non-empty terms, as StoryIndex gives MiniSearch).
 *
 * `addAll` walks the radix tree of terms once for every term of every field of every document, and makes a set of
 * each field's terms to count them; a server's first question indexes a thousand entries that way. Here each
 * document's terms are gathered in a hash map first, and each distinct term is put in the tree once, in the order
 * `addAll` would first meet it (which is what gives the tree its shape and order): about half the time, and less
 * garbage. test/search/addAnalysed.test.ts compares the two on random documents.
 */
const newTermData = (): FieldTermData => new Map();

export function addAnalysed<T extends { id: string }>(search: MiniSearch<T>, documents: readonly T[]): void {
  const index = internalsOf(search as unknown as MiniSearch<never>);
  const { fields, storeFields } = index._options;
  const seen = new Set<string>();
  for (const document of documents) {
    if (index._idToShortId.has(document.id) || seen.has(document.id)) throw new Error(`MiniSearch: duplicate ID ${document.id}`);
    seen.add(document.id);
  }
  // The postings of the terms met here, in the order first met; those the tree already holds are added to in place.
  const met = new Map<string, FieldTermData>();
  const averages = index._avgFieldLength;
  for (const document of documents) {
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
    const lengths: number[] = [];
    for (let f = 0; f < fields.length; f++) {
      const terms = (document as unknown as Record<string, unknown>)[fields[f]!];
      if (terms == null) continue;
      if (!Array.isArray(terms)) throw new Error(`search index: field ${fields[f]} of ${document.id} is not analysed into terms`);
      const fieldId = index._fieldIds[fields[f]!]!;
      const distinct = addTerms(index, met, terms as string[], fieldId, shortId, document.id, fields[f]!);
      lengths[fieldId] = distinct;
      // As MiniSearch keeps the average: a running mean, computed in the same order of operations.
      averages[fieldId] = ((averages[fieldId] || 0) * count + distinct) / (count + 1);
    }
    index._fieldLength.set(shortId, lengths);
  }
}

/**
 * One field's terms added to their postings (the tree walked only for a term not met before): how many distinct
 * terms the field holds. A function of its own, kept small, so that it is compiled quickly and early.
 */
function addTerms(
  index: Internals,
  met: Map<string, FieldTermData>,
  terms: string[],
  fieldId: number,
  shortId: number,
  id: string,
  field: string,
): number {
  let distinct = 0;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    if (!term) throw new Error(`search index: field ${field} of ${id} holds an empty term`);
    let data = met.get(term);
    if (data === undefined) {
      // One walk down the tree, which adds the term when it is new.
      data = index._index.fetch(term, newTermData);
      met.set(term, data);
    }
    let postings = data.get(fieldId);
    if (postings === undefined) {
      postings = new Map();
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
