import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/knowledge.js';
import { doerOfDeed } from '../../src/search/doerOfDeed.js';
import type { Entry, Speaker } from '../../src/story/types.js';
import { storyOf } from '../story/passage.js';

const LIBRARY = storyOf(
  'The Fenmoor parish council voted 6-3 on Monday to close the Quayside library branch at the end of the year, ending months of argument over its cost.\n\n' +
    'Councillor Mara Quill, one of the three no votes, said the parish should have sold the old depot first. “We are closing the one warm room some people have,” she said.\n\n' +
    'The branch lends about 9,000 books a year, the council said.',
);

describe('doerOfDeed: the doer named where the deed is said alone', () => {
  it('GIVEN "who voted against the closure" THEN the councillor of the no votes answers, not the vote that names no one', () => {
    // The opening sentence says the whole vote and its object (close the branch) but no voter; Quill's sentence says
    // the deed alone (`no votes,`), its object left to the story, and names her.
    const { answerer } = buildKnowledge(LIBRARY);
    expect(answerer.answer('ask', 'Who voted against the closure?').results[0]?.entry.text).toContain('Mara Quill');
  });

  it('GIVEN a best candidate that names a person THEN it stays the answer', () => {
    const entry = (text: string): Entry => ({ text }) as Entry;
    const quill = { name: 'Mara Quill', kind: 'person' } as Speaker;
    const named = { entry: entry('Mara Quill voted to close the branch.'), score: 5 };
    const alone = { entry: entry('Mara Quill, one of the no votes, spoke.'), score: 1 };
    expect(doerOfDeed([named, alone], 'vote', [quill], 50)).toBeNull();
  });

  it('GIVEN a best candidate that says the deed alone itself THEN it stays the answer', () => {
    const entry = (text: string): Entry => ({ text }) as Entry;
    const quill = { name: 'Mara Quill', kind: 'person' } as Speaker;
    const police = { entry: entry('Harbour police are investigating, the museum said.'), score: 5 };
    const named = { entry: entry('Mara Quill said her staff were investigating too.'), score: 1 };
    expect(doerOfDeed([police, named], 'investig', [quill], 50)).toBeNull();
  });

  it('GIVEN no later candidate naming a person with the deed alone THEN none answers instead', () => {
    const entry = (text: string): Entry => ({ text }) as Entry;
    const quill = { name: 'Mara Quill', kind: 'person' } as Speaker;
    const vote = { entry: entry('The council voted 6-3 to close the branch.'), score: 5 };
    const objectSaid = { entry: entry('Mara Quill voted against closing the branch.'), score: 1 };
    expect(doerOfDeed([vote, objectSaid], 'vote', [quill], 50)).toBeNull();
  });
});
