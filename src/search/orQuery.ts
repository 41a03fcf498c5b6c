import type MiniSearch from 'minisearch';
import { type FieldTermData, type Internals, internalsOf } from './miniSearchInternals.js';

/**
 * MiniSearch's OR query, scored as `MiniSearch.search` scores it (BM25 per field, prefix and typo-tolerant matches
 * weighted by how far they are from the term, a document's score multiplied by how many query terms it matched),
 * without the objects `search` builds for every document and term matched (a result with its terms and its match
 * info per term, a map per term, copies of the options per term): an `/ask` question of twenty terms over a few
 * hundred entries made about 110 KB of them, most of a question's garbage. Scores and their order (ties kept in the
 * order `search` gives them) are the same to the last bit: test/search/orQuery.test.ts compares the two.
 *
 * It reads MiniSearch's index directly (its radix tree of terms, field lengths, document ids): fields MiniSearch
 * keeps private, checked to be there when an index is first read (see miniSearchInternals.ts).
 */

/** One term of the query: searched as it is, and as a prefix or within an edit distance when asked. */
export interface OrTerm {
  term: string;
  boost: number;
  /** Maximum edit distance (a whole number), or false. */
  fuzzy: number | false;
  prefix: boolean;
}

/**
 * Told each document matched, best first: its id, its score and the query terms it matched, by index, ascending: the
 * first `count` of `terms`, which is reused for the next document (read it, do not keep it). It must not run another
 * query.
 */
export type OrVisitor = (id: string, score: number, terms: Int32Array, count: number) => void;

export interface OrQueryOptions {
  /** Field boosts, in the order of the index's fields (as MiniSearch's `boost` search option, 1 for any left out). */
  fieldBoosts: ReadonlyArray<readonly [field: string, boost: number]>;
  /** As MiniSearch's `weights` search option. */
  weights: { fuzzy: number; prefix: number };
}

/** MiniSearch's default BM25 parameters (the index sets none). */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/**
 * Working space by document short id, kept between queries (one query runs at a time; every slot a query touches
 * is put back before it returns): a question allocates no array as long as the index it searches.
 */
let termScore = new Float64Array(0);
let inTerm = new Uint8Array(0);
let totalScore = new Float64Array(0);
let inTotal = new Uint8Array(0);
/** Which terms each document matched, `wordsPerDocument` 32-bit words per document. */
let matchedBits = new Uint32Array(0);
/** The documents the term being scored has matched so far, in the order met; `termDocumentCount` of them. */
let termDocuments = new Int32Array(0);
let termDocumentCount = 0;
/** The documents the query has matched so far, in the order met; `documentCount` of them. */
let documents = new Int32Array(0);
let documentCount = 0;
let matchedTerms = new Int32Array(0);

function reserve(size: number, words: number): void {
  if (termScore.length < size) {
    const grown = Math.max(size, termScore.length * 2);
    termScore = new Float64Array(grown);
    inTerm = new Uint8Array(grown);
    totalScore = new Float64Array(grown);
    inTotal = new Uint8Array(grown);
    termDocuments = new Int32Array(grown);
    documents = new Int32Array(grown);
  }
  if (matchedBits.length < termScore.length * words) matchedBits = new Uint32Array(termScore.length * words);
  if (matchedTerms.length < words * 32) matchedTerms = new Int32Array(words * 32);
}

/**
 * The documents matching any of the terms, told to `visit` best first, scored as `search.search(terms joined by
 * spaces, { boostTerm, fuzzy, prefix, weights })` scores them (with no `boostDocument`). Terms must be distinct,
 * non-empty and without spaces (as MiniSearch would split them).
 */
export function orQuery(search: MiniSearch<never>, terms: readonly OrTerm[], options: OrQueryOptions, visit: OrVisitor): void {
  const index = internalsOf(search);
  const words = Math.max(1, Math.ceil(terms.length / 32));
  reserve(index._nextId, words);
  try {
    for (let t = 0; t < terms.length; t++) scoreTerm(index, terms[t]!, t, words, options);
    tell(index, words, visit);
  } finally {
    // A query that failed part way leaves no mark on the next one.
    for (let i = 0; i < termDocumentCount; i++) inTerm[termDocuments[i]!] = 0;
    for (let i = 0; i < documentCount; i++) {
      const docId = documents[i]!;
      inTotal[docId] = 0;
      matchedBits.fill(0, docId * words, docId * words + words);
    }
    termDocumentCount = 0;
    documentCount = 0;
  }
}

/** MiniSearch's executeQuerySpec: one term, as it is, then its prefix and typo-tolerant matches; then its OR. */
function scoreTerm(index: Internals, { term, boost, fuzzy, prefix }: OrTerm, t: number, words: number, options: OrQueryOptions): void {
  scoreDerived(index, term, 1, boost, index._index.get(term), options);
  const fuzzyMatches = fuzzy ? index._index.fuzzyGet(term, fuzzy) : undefined;
  if (prefix) {
    for (const [derived, data] of index._index.atPrefix(term)) {
      const distance = derived.length - term.length;
      if (!distance) continue;
      // A prefix match is scored as one, never also as a typo.
      fuzzyMatches?.delete(derived);
      scoreDerived(index, derived, (options.weights.prefix * derived.length) / (derived.length + 0.3 * distance), boost, data, options);
    }
  }
  if (fuzzyMatches) {
    for (const [derived, [data, distance]] of fuzzyMatches) {
      if (!distance) continue;
      scoreDerived(index, derived, (options.weights.fuzzy * derived.length) / (derived.length + distance), boost, data, options);
    }
  }
  // MiniSearch's OR: the term's scores added to the totals, documents met first appended in the order met.
  for (let i = 0; i < termDocumentCount; i++) {
    const docId = termDocuments[i]!;
    if (inTotal[docId]) totalScore[docId] = totalScore[docId]! + termScore[docId]!;
    else {
      inTotal[docId] = 1;
      totalScore[docId] = termScore[docId]!;
      documents[documentCount++] = docId;
    }
    matchedBits[docId * words + (t >>> 5)]! |= 1 << (t & 31);
    inTerm[docId] = 0;
  }
  termDocumentCount = 0;
}

/** MiniSearch's termResults: one derived term's postings, field by field, added to the term's scores. */
function scoreDerived(
  index: Internals,
  derivedTerm: string,
  termWeight: number,
  termBoost: number,
  data: FieldTermData | undefined,
  options: OrQueryOptions,
): void {
  if (data == null) return;
  const { k, b, d } = BM25;
  for (const [field, fieldBoost] of options.fieldBoosts) {
    const fieldId = index._fieldIds[field]!;
    const fieldTermFreqs = data.get(fieldId);
    if (fieldTermFreqs == null) continue;
    let matchingFields = fieldTermFreqs.size;
    const avgFieldLength = index._avgFieldLength[fieldId]!;
    // The same for every document of the field, unless a discarded one is met (see below), as MiniSearch computes it.
    let invDocFreq = Math.log(1 + (index._documentCount - matchingFields + 0.5) / (matchingFields + 0.5));
    for (const [docId, termFreq] of fieldTermFreqs) {
      if (!index._documentIds.has(docId)) {
        // A document discarded but not yet vacuumed: dropped from the postings as MiniSearch's search drops it.
        index.removeTerm(fieldId, docId, derivedTerm);
        matchingFields -= 1;
        invDocFreq = Math.log(1 + (index._documentCount - matchingFields + 0.5) / (matchingFields + 0.5));
        continue;
      }
      const fieldLength = index._fieldLength.get(docId)![fieldId]!;
      const rawScore = invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
      // As MiniSearch multiplies: term weight, term boost, field boost, document boost (1), then the BM25 score.
      const weightedScore = termWeight * termBoost * fieldBoost * rawScore;
      if (inTerm[docId]) termScore[docId] = termScore[docId]! + weightedScore;
      else {
        inTerm[docId] = 1;
        termScore[docId] = weightedScore;
        termDocuments[termDocumentCount++] = docId;
      }
    }
  }
}

function byScore(x: number, y: number): number {
  const a = totalScore[x]!;
  const b = totalScore[y]!;
  return a > b ? -1 : a < b ? 1 : 0;
}

/** MiniSearch's search: each score times how many terms the document matched, best first (a stable sort). */
function tell(index: Internals, words: number, visit: OrVisitor): void {
  const matched = documents.subarray(0, documentCount);
  for (const docId of matched) {
    let count = 0;
    for (let w = 0; w < words; w++) for (let bits = matchedBits[docId * words + w]!; bits !== 0; bits &= bits - 1) count++;
    totalScore[docId] = totalScore[docId]! * (count || 1);
  }
  // Equal scores stay in the order MiniSearch's results have them: the order the documents were first matched. The
  // comparison answers -1, 0 or 1 (small integers) rather than a difference (a number allocated per comparison).
  matched.sort(byScore);
  for (const docId of matched) {
    let count = 0;
    for (let w = 0; w < words; w++) {
      let bits = matchedBits[docId * words + w]!;
      for (let bit = 0; bits !== 0; bit++, bits >>>= 1) if (bits & 1) matchedTerms[count++] = w * 32 + bit;
    }
    visit(index._documentIds.get(docId) as string, totalScore[docId]!, matchedTerms, count);
  }
}
