import { termOf } from './analyzer.js';

/**
 * `What is the name of the driver?`, `What is the driver's name?`: the question asks for a name, so only a sentence
 * that gives one beside the thing asked about answers it (`the driver, Tom Hale,`; `driver Tom Hale`; `Tom Hale, who
 * drove the train,`): one that speaks of the driver and names no one (`he ignored no warning`) does not say it.
 */

/** The noun whose name is asked: `the name of the <…noun>` (up to `who`, `that`, a comma or the end), `the <noun>'s name`. */
const NAME_OF =
  /\bwhat\s+(?:is|was|are|were)\s+the\s+names?\s+of\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+)?((?:[\p{L}'\u2019-]+\s+){0,3}?[\p{L}-]+)(?=\s+(?:who|whom|that|which|whose)\b|\s*[,?.!]|\s*$)/iu;
const POSSESSIVE_NAME = /\bwhat\s+(?:is|was|are|were)\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)['\u2019]s?\s+names?\b/iu;

/** The noun whose name the question asks for, lower-cased; null when it asks for none. */
export function nameAskedOf(question: string): string | null {
  const found = NAME_OF.exec(question) ?? POSSESSIVE_NAME.exec(question);
  return found ? found[1]!.trim().split(/\s+/u).at(-1)!.toLowerCase() : null;
}

/** A capitalised word that is no sentence's first and no day or month: part of a name. */
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'\u2019.-]*$/u;
const NOT_NAMES =
  /^(?:I|Mr|Mrs|Ms|Dr|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)$/u;
/** How near the name must stand to the noun it names, in words. */
const REACH = 4;

/** Does the text give a name beside the noun (by its index term): a capitalised word within a few words of it? */
export function namesNoun(text: string, noun: string): boolean {
  const term = termOf(noun) ?? noun;
  const words = text.split(/[\s,;:()"\u201C\u201D]+/u).filter(Boolean);
  const capitalised = words.map((word, i) => i > 0 && CAPITALISED.test(word) && !NOT_NAMES.test(word.replace(/['\u2019]s$/u, '')));
  return words.some((word, at) => {
    // (`the drivers' union`, `the driver's lawyer`: a possessive's name would be of what it owns.)
    if (/['\u2019]s?$/u.test(word) || termOf(word.toLowerCase()) !== term) return false;
    for (let i = Math.max(0, at - REACH); i <= Math.min(words.length - 1, at + REACH); i++) if (capitalised[i]) return true;
    return false;
  });
}
