import { expect } from 'vitest';
import { normaliseForMatch } from '../../src/story/normalize.js';
import type { Entry, Story } from '../../src/story/types.js';

/** The one entry of a kind whose text contains a fragment (compared as the evaluator compares); fails unless exactly one. */
export function onlyEntry(story: Story, kind: Entry['kind'], fragment: string): Entry {
  const found = story.entries.filter((e) => e.kind === kind && normaliseForMatch(e.text).includes(normaliseForMatch(fragment)));
  expect(found, `${kind} containing "${fragment}"`).toHaveLength(1);
  return found[0]!;
}
