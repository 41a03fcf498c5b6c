import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../src/search/didYouMean.js';

const speakers = [{ name: 'Grace Okafor', parts: ['grace', 'okafor'] }];
const vocabulary = ['harbour', 'ferries', 'strike'];
const storyHas = (term: string): boolean => ['harbour', 'ferri', 'strike'].includes(term);

describe('did you mean', () => {
  it('GIVEN a speaker\u2019s name typed with a slip (okafr) THEN that speaker', () => {
    expect(didYouMean(['okafr'], vocabulary, speakers, storyHas)).toEqual(['Grace Okafor']);
  });

  it('GIVEN a story word typed with a slip (harbor) THEN the story\u2019s word', () => {
    expect(didYouMean(['harbor'], vocabulary, speakers, storyHas)).toEqual(['harbour']);
  });

  it('GIVEN a word the story has in another form (ferry beside ferries) THEN nothing to correct', () => {
    expect(didYouMean(['ferry'], vocabulary, speakers, storyHas)).toEqual([]);
  });
});
