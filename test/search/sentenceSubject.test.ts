import { describe, expect, it } from 'vitest';
import { subjectWords } from '../../src/search/sentenceSubject.js';

/** Words that can be verbs, as a lexicon would say (`lead` and `closed` among them). */
const VERBS = new Set(['closed', 'lost', 'carries', 'lead', 'examined', 'beat', 'running']);
const subject = (sentence: string): Set<string> => subjectWords(sentence, (word) => VERBS.has(word));

describe('subjectWords: the words standing before the verb of the clause', () => {
  it('GIVEN a name before its verb THEN it is the subject; the words after the verb are not', () => {
    const words = subject('The Harbor Line lost money for the third year running.');
    expect(words.has('line')).toBe(true);
    expect(words.has('money')).toBe(false);
  });

  it('GIVEN a thing listed after the verb (closed the Harbor Line and the Coast Road) THEN it is not the subject', () => {
    expect(subject('Storms closed the Harbor Line and the Coast Road for a week.').has('line')).toBe(false);
  });

  it('GIVEN a pronoun subject THEN the word after it is the verb, whatever it is', () => {
    expect(subject('Last year it overtook the Harbor Line.').has('harbor')).toBe(false);
  });

  it('GIVEN a reporting verb (officials said the ticket lists were examined) THEN the reported clause has its own subject', () => {
    expect(subject('Port officials said ticket lists were examined.').has('ticket')).toBe(true);
  });

  it('GIVEN a word that can be a verb after a determiner (whose lead role) THEN it is a noun, and the subject goes on', () => {
    expect(subject('Vera Lind, whose lead role in the Harbor Line play was praised, spoke first.').has('play')).toBe(true);
  });
});
