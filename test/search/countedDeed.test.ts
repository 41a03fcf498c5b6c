import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/knowledge.js';
import { countedDeedGroup } from '../../src/search/countedDeed.js';
import { storyOf } from '../story/passage.js';

/** `How many people were killed?` counts the people killed: a count of people that does not say it is of others. */
describe('how many, with the deed done to what is counted', () => {
  const isVerb = (word: string) => ['killed', 'hurt', 'injured'].includes(word);

  it('GIVEN "how many <noun> were <participle>" THEN the participle is the deed', () => {
    expect(countedDeedGroup('How many people were killed by the storm?', ['people', 'killed', 'storm'], isVerb)).toBe(1);
    expect(countedDeedGroup('How many firefighters have been hurt?', ['firefighters', 'hurt'], isVerb)).toBe(1);
  });

  it('GIVEN "how many <noun> were <not a verb>" or no passive THEN no deed', () => {
    expect(countedDeedGroup('How many pupils were inside?', ['pupils', 'inside'], isVerb)).toBe(-1);
    expect(countedDeedGroup('How many people live there?', ['people', 'live'], isVerb)).toBe(-1);
  });

  const STORM = [
    'A storm flooded the lower town of Corran on Tuesday, forcing about 600 people from their homes, the council said.',
    'Crews pumped water from 40 streets through the night, the fire service said.',
  ];

  it('GIVEN a count of the people asked of that does not say the deed THEN silent, the deed not stated', () => {
    const { answerer } = buildKnowledge(storyOf(STORM.join('\n\n')));
    expect(answerer.answer('ask', 'How many people were killed by the storm?').silence).toBe('deed not stated');
  });

  it('GIVEN a count that says the deed in a word the lexicon gives for it (injured for hurt) THEN it answers', () => {
    const { answerer } = buildKnowledge(storyOf([...STORM, 'Nine people were injured by falling trees, the hospital said.'].join('\n\n')));
    expect(answerer.answer('ask', 'How many people were hurt in the storm?').results[0]?.entry.text).toContain('Nine people were injured');
  });
});
