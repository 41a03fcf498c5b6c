import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/knowledge.js';
import { describedHead } from '../../src/search/describedPerson.js';
import { storyOf } from '../story/passage.js';

const { answerer } = buildKnowledge(
  storyOf(
    [
      'The Harbour Road pool will close in March after the council voted to cut its funding.',
      '\u201CWe have to find \u00A39m of savings and every pound spent here is a pound not spent on care,\u201D said Cllr Rita Moss.',
      'Campaigners have vowed to keep the pool open. Among them is Ada Quill, a former Olympic swimming champion who learned to swim there.',
      '\u201CThis pool made me, and I will not let it go without a fight,\u201D Quill said.',
      'Tom Ruiz, the managing director of a Leeds swimming agency, said clubs would have to travel further.',
    ].join('\n\n'),
  ),
);
const firstText = (query: string): string | undefined => answerer.answer('ask', query).results[0]?.entry.text;

describe('/ask: "Who is the <description>?" answers with the sentence naming the one person it fits', () => {
  it('GIVEN "the ex-champion" and a person described as "a former Olympic swimming champion" THEN the sentence naming her', () => {
    expect(firstText('Who is the ex-champion fighting to keep the pool open?')).toContain('Ada Quill, a former Olympic swimming champion');
  });

  it('GIVEN "the agent" and a person who runs "a swimming agency" (a word derived from it) THEN the sentence naming him', () => {
    expect(firstText('Who is the agent warning swimmers about longer trips?')).toContain('Tom Ruiz, the managing director');
  });
});

describe('describedHead: the head of the description a "who is the" question asks about', () => {
  it('GIVEN a participle after the description THEN the head is the noun before it, the rest the other words', () => {
    expect(describedHead('Who is the travel agent advising stranded tourists?')).toEqual({
      head: 'agent',
      others: ['travel', 'advising', 'stranded', 'tourists'],
    });
  });

  it('GIVEN a question of another shape THEN null', () => {
    expect(describedHead('Who voted against the plan?')).toBeNull();
  });
});
