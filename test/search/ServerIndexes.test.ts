import { describe, expect, it } from 'vitest';
import { ServerIndexes } from '../../src/search/ServerIndexes.js';
import type { ServerIndexView } from '../../src/search/ServerIndexView.js';
import { StoryIndex } from '../../src/search/StoryIndex.js';
import { loadStory } from '../../src/story/loadStory.js';
import type { Entry } from '../../src/story/types.js';
import { STORY } from '../paths.js';
import { moderatorFact } from './moderatorFact.js';

/**
 * Servers' own indexes, built on first use from what is stored and kept within a memory budget, least recently
 * used let go first. `stored` stands for the database: what a rebuild reads.
 */

const article = new StoryIndex(loadStory(STORY).entries);

function serverOf(guildId: string, count: number): Entry[] {
  return Array.from({ length: count }, (_, i) =>
    moderatorFact(`m${guildId}${i}`, guildId, `Pilots of ${guildId} counted ${i} barges near the harbour of ${guildId}.`),
  );
}

/** Servers A, B and C of 100 entries each, and a cache that can hold `servers` of them. */
function setUp(servers: number) {
  const stored = new Map(['A', 'B', 'C'].map((guildId) => [guildId, serverOf(guildId, 100)]));
  const oneServer = new StoryIndex(stored.get('A')!, article).estimatedBytes;
  const indexes = new ServerIndexes<ServerIndexView>({
    articleOf: () => article,
    entriesOf: (guildId) => [...(stored.get(guildId) ?? [])],
    build: (view) => view,
    budgetBytes: Math.floor(oneServer * (servers + 0.5)),
  });
  return { stored, indexes };
}

const barges = { terms: ['barg', 'harbour'], boosts: [1, 1], groups: [0, 1] };

describe('servers indexes', () => {
  it('GIVEN a server never asked THEN nothing of it is built until its first question', () => {
    const { indexes } = setUp(3);
    expect(indexes.peek('A')).toBeUndefined();
    expect(indexes.get('A').view.size).toBe(article.size + 100);
    expect(indexes.buildCount).toBe(1);
  });

  it('GIVEN a server asked twice THEN it is told built once, after its first question', () => {
    const built: string[] = [];
    const indexes = new ServerIndexes<ServerIndexView>({
      articleOf: () => article,
      entriesOf: (guildId) => serverOf(guildId, 10),
      build: (view) => view,
      budgetBytes: 2 ** 30,
      onBuilt: (guildId) => built.push(guildId),
    });
    indexes.get('A');
    indexes.get('A');
    indexes.get('B');
    expect(built).toEqual(['A', 'B']);
  });

  it('GIVEN a budget for two servers THEN a third lets the least recently used go, and keeps the others', () => {
    const { indexes } = setUp(2);
    indexes.get('A');
    indexes.get('B');
    indexes.get('A');
    indexes.get('C');
    expect(indexes.peek('B')).toBeUndefined();
    expect(indexes.peek('A')).toBeDefined();
    expect(indexes.peek('C')).toBeDefined();
    expect(indexes.size).toBe(2);
  });

  it('GIVEN a budget smaller than one server THEN the server in use is still kept', () => {
    const { indexes } = setUp(0);
    indexes.get('A');
    expect(indexes.peek('A')).toBeDefined();
    indexes.get('B');
    expect(indexes.peek('A')).toBeUndefined();
    expect(indexes.peek('B')).toBeDefined();
  });

  it('GIVEN a server let go THEN its next question builds it again from what is stored, with the same answers', () => {
    const { indexes } = setUp(1);
    const before = indexes.get('A').view.query(barges, { guildId: 'A' });
    indexes.get('B');
    expect(indexes.peek('A')).toBeUndefined();
    const rebuilt = indexes.get('A').view;
    expect(indexes.buildCount).toBe(3);
    expect(rebuilt.query(barges, { guildId: 'A' })).toEqual(before);
  });

  it('GIVEN an entry stored while its server was let go THEN the rebuilt index has it', () => {
    const { stored, indexes } = setUp(1);
    indexes.get('A');
    indexes.get('B');
    const added = moderatorFact('mA-new', 'A', 'A zeppelin moored in the harbour.');
    stored.get('A')!.push(added);
    indexes.add('A', added);
    expect(indexes.peek('A')).toBeUndefined();
    expect(indexes.get('A').view.get('mA-new')).toEqual(added);
  });

  it("GIVEN an add in one server THEN another server's view keeps its version and nothing is rebuilt", () => {
    const { indexes } = setUp(3);
    const inB = indexes.get('B').view;
    const version = inB.versionOf('B');
    indexes.get('A');
    indexes.add('A', moderatorFact('mA-new', 'A', 'A zeppelin moored in the harbour.'));
    indexes.remove('A', 'mA0');
    expect(indexes.get('B').view).toBe(inB);
    expect(inB.versionOf('B')).toBe(version);
    expect(indexes.buildCount).toBe(2);
  });

  it('GIVEN a change in a server whose index is not loaded THEN nothing is built (the next build reads it from the store)', () => {
    const { indexes } = setUp(3);
    indexes.add('A', moderatorFact('mA-new', 'A', 'A zeppelin moored in the harbour.'));
    indexes.remove('A', 'mA0');
    expect(indexes.buildCount).toBe(0);
    expect(indexes.size).toBe(0);
  });

  it('GIVEN entries added to a loaded server past the budget THEN the servers used less recently go, and it keeps them all', () => {
    const { indexes } = setUp(2);
    indexes.get('B');
    indexes.get('A');
    expect(indexes.peek('B')).toBeDefined();
    for (const entry of serverOf('Z', 100)) indexes.add('A', { ...entry, guildId: 'A' });
    expect(indexes.peek('B')).toBeUndefined();
    expect(indexes.peek('A')!.view.size).toBe(article.size + 200);
  });
});
