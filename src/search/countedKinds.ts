import { STOP_WORDS } from './analyzer.js';
import { escapeRegExp } from './questionShape.js';

/**
 * `How many people stopped working?` in a story that counts `1,200 workers`: news counts people as what they are to
 * the story (workers, patients, tenants, witnesses, customers), and a count of a kind of what is asked is a count of
 * it. The story's counted words are those a number stands before, a few words on (`1.3 million personal and business
 * customers`); of them, the ones the lexicon files as a kind of the counted noun, a few senses down (`customer` →
 * consumer → user → person), count as it. General English usage and the lexicon's own hierarchy, read from the story.
 */

/** Words of size that go with a number (`1.3 million`, `hundreds of`): part of the number, not what it counts. */
const MAGNITUDE = /^(?:hundreds?|thousands?|dozens?|millions?|billions?|score)$/u;
/** How many words after a number (stop words and the number's own words aside) may be what it counts. */
const COUNTED_SPAN = 3;

/**
 * The words the texts put a number before, up to COUNTED_SPAN words on (stop words left out), lower case. Each text
 * is given as its words (`tokenize`).
 */
export function wordsCounted(texts: Iterable<readonly string[]>): string[] {
  const found = new Set<string>();
  for (const tokens of texts) {
    tokens.forEach((token, at) => {
      if (!/^\d/u.test(token)) return;
      let taken = 0;
      for (let i = at + 1; i < tokens.length && taken < COUNTED_SPAN; i++) {
        const word = tokens[i]!;
        if (/^\d/u.test(word) || MAGNITUDE.test(word) || STOP_WORDS.has(word)) continue;
        found.add(word);
        taken++;
      }
    });
  }
  return [...found];
}

/** Of the story's counted words, those that name a kind of the counted noun (`isKindOf`: the lexicon's hierarchy). */
export function kindsCounted(noun: string, counted: readonly string[], isKindOf: (word: string, broader: string) => boolean): string[] {
  const lower = noun.toLowerCase();
  return counted.filter((word) => word !== lower && isKindOf(word, lower));
}

/**
 * In analysed text: a number, then right after it one of the terms (a kind of what is counted): `600 workers`, not
 * `Local 418, which represents the workers`, where the number names a thing and counts nothing. `modified`: one word
 * may stand between (`1,400 NHS patients`), as what covers the counted noun does; the count feature keeps it strict.
 */
export function kindCountPattern(terms: ReadonlySet<string>, modified = false): RegExp {
  const modifier = modified ? '(?:[^\\s\\d]+\\s)?' : '';
  return new RegExp(
    `\\s(?:\\d[\\d.]*|hundr|thousand|dozen|million|billion)\\s${modifier}(?:${[...terms].map(escapeRegExp).join('|')})\\s`,
    'u',
  );
}
