import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/knowledge.js';
import { namedDoerFirst, namesSomeone } from '../../src/search/namedDoer.js';
import type { Entry, Speaker } from '../../src/story/types.js';
import { storyOf } from '../story/passage.js';

const OTTERS = storyOf(
  'The Harwell river survey, the largest count of otters in the county for a decade, found 46 breeding pairs along the upper valley, the survey’s authors said on Tuesday.\n\n' +
    'The researchers believe that cleaner water and fewer weirs have let the animals move back upstream, and said the research would be repeated in 2028.\n\n' +
    'The study was funded by the Northern Rivers Research Fund, a local charity, and took two years to plan.\n\n' +
    '“Otters were all but gone from this valley when I was a boy,” said Owen Farrant, who led the count. “Now they are back on every stretch we checked.”',
);

const fact = (text: string): Entry => ({ text, kind: 'fact', speaker: null }) as unknown as Entry;
const farrant = { name: 'Owen Farrant', kind: 'person', aliases: ['Farrant'] } as unknown as Speaker;

describe('namedDoer: a `who…` question is answered by a sentence that names someone', () => {
  it('GIVEN "who paid for the research" THEN the sentence naming the fund that paid, not the one about the researchers', () => {
    // The researchers' sentence says `research` twice and names no one; the fund's sentence puts the deed in the
    // passive with its doer after `by` (`funded by the Northern Rivers Research Fund`).
    const { answerer } = buildKnowledge(OTTERS);
    expect(answerer.answer('ask', 'Who paid for the research?').results[0]?.entry.text).toContain('Northern Rivers Research Fund');
  });

  it('GIVEN a deed in the passive with a capitalised doer after `by` THEN it names someone; `by March` does not', () => {
    expect(namesSomeone(fact('The count was paid for by the Harwell Angling Club.'), [], false)).toBe(true);
    expect(namesSomeone(fact('The count was finished by March.'), [], false)).toBe(false);
  });

  it('GIVEN a speaker of the story by the name the story gives them THEN it names someone', () => {
    expect(namesSomeone(fact('Farrant walked the upper valley twice.'), [farrant], false)).toBe(true);
    expect(namesSomeone(fact('The team walked the upper valley twice.'), [farrant], false)).toBe(false);
  });

  it('GIVEN a person named in full who is no speaker of the story THEN it names someone', () => {
    expect(namesSomeone(fact('The licence was signed by hand, and Harbour Master Ilse Varn approved it.'), [], false)).toBe(true);
  });

  it('GIVEN a sentence whose only capitalised word pair starts it with a function word THEN it names no one', () => {
    expect(namesSomeone(fact('The Harwell count took two years.'), [], false)).toBe(false);
  });

  it('GIVEN a quote THEN it names someone only when the question asks who said something', () => {
    const quote = { text: 'Now they are back.', kind: 'quote', speaker: farrant } as unknown as Entry;
    expect(namesSomeone(quote, [], true)).toBe(true);
    expect(namesSomeone(quote, [], false)).toBe(false);
  });

  it('GIVEN a best candidate that names someone THEN it stays the answer', () => {
    const named = { entry: fact('Farrant led the count.'), score: 5 };
    const other = { entry: fact('The count was paid for by the Harwell Angling Club.'), score: 1 };
    expect(namedDoerFirst([named, other], [farrant], false, 5)).toBeNull();
  });

  it('GIVEN no candidate within the depth that names someone THEN none answers instead', () => {
    const ranked = ['The count took two years.', 'Otters are back.', 'The Harwell Angling Club paid for it.'].map((text, i) => ({
      entry: fact(text),
      score: 3 - i,
    }));
    expect(namedDoerFirst(ranked, [], false, 2)).toBeNull();
  });
});
