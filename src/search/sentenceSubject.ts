/**
 * What a sentence is about is its subject: the words before the verb of its clause (`the film had another
 * disappointing night`), or of the clause a reporting verb opens (`officials said the passenger lists were
 * examined`). A word after the verb is an object, or one of a list, or in a phrase on the side (`it beat the film
 * and another`, `a flight with 239 passengers`). Found without a parser: the verb is the first word after the
 * sentence's opening that is an auxiliary, follows a subject pronoun, or can be a verb (`hasVerbSense`, from a
 * lexicon) where no determiner or preposition makes it a noun and no capital makes it a name.
 */

const AUXILIARIES = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'shall',
  'should',
  'do',
  'does',
  'did',
]);
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);
/** Words after which the next word is a noun or describes one, not a verb. */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'whose',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'this',
  'these',
  'those',
  'of',
  'in',
  'on',
  'at',
  'for',
  'with',
  'from',
  'by',
  'to',
]);
/** Verbs that open a reported clause, whose own subject is what the sentence reports about. */
const REPORTING = new Set(['said', 'says', 'say', 'told', 'stated', 'added', 'reported', 'announced', 'confirmed']);

/**
 * The words standing as a subject in the sentence: before its verb, and before the verb of a clause that a
 * reporting verb opens, lower-cased.
 */
export function subjectWords(sentence: string, hasVerbSense: (word: string) => boolean): Set<string> {
  const written = sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu) ?? [];
  const words = written.map((word) => word.toLowerCase());
  const subject = new Set<string>();
  let clauseStart = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const before = words[i - 1];
    const name = /^\p{Lu}/u.test(written[i]!);
    const verb =
      i > clauseStart &&
      before !== undefined &&
      (AUXILIARIES.has(word) ||
        SUBJECT_PRONOUNS.has(before) ||
        (!name && !DETERMINERS.has(before) && !SUBJECT_PRONOUNS.has(word) && hasVerbSense(word)));
    if (!verb) {
      subject.add(word);
      continue;
    }
    if (!REPORTING.has(word)) break;
    // `officials said the lists were examined`: the reported clause has its own subject.
    clauseStart = i + 1;
  }
  return subject;
}
