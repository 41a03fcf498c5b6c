import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LemmaEntry, type LemmaIndex, PARTS } from '../../src/search/WordNetIndex.js';

/**
 * WordNet's index files parsed whole into a map, as the thesaurus read them before it looked lemmas up in place:
 * the oracle the lookups are checked against (and the old way the bench measures). Every line that does not
 * start with a space is a lemma's: its first field is the lemma, then part, synset count, pointer count, the
 * pointers, sense count, tagged sense count and one synset offset per sense.
 */
export function fullParseIndex(dir: string): LemmaIndex & { lemmas(): string[] } {
  const index = new Map<string, LemmaEntry[]>();
  for (const part of PARTS) {
    const text = readFileSync(join(dir, `index.${part}`), 'utf8');
    for (const line of text.split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const fields = line.trim().split(' ');
      const lemma = fields[0]!;
      const synsetCount = Number(fields[2]);
      const pointerCount = Number(fields[3]);
      const offsets = fields.slice(6 + pointerCount, 6 + pointerCount + synsetCount).map(Number);
      const entries = index.get(lemma) ?? [];
      entries.push({ part, offsets });
      index.set(lemma, entries);
    }
  }
  return { get: (lemma) => index.get(lemma), lemmas: () => [...index.keys()] };
}
