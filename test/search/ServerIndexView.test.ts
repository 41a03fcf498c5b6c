import { describe, expect, it } from 'vitest';
import { ServerIndexView } from '../../src/search/ServerIndexView.js';
import { StoryIndex } from '../../src/search/StoryIndex.js';
import { loadStory } from '../../src/story/loadStory.js';
import type { Entry } from '../../src/story/types.js';
import { STORY } from '../paths.js';
import { moderatorFact } from './moderatorFact.js';

/**
 * A server's view: the shared article index and the server's own, searched as one. Its word statistics and scores
 * must be those of one index holding exactly the article and that server's entries, and nothing of another server.
 */

const story = loadStory(STORY);

const ownOfB = [
  moderatorFact('m1', 'B', 'The harbour pilots voted to join the strike over Caribbean patrols.'),
  moderatorFact('m2', 'B', 'Fentanyl seizures at the harbour doubled, the pilots said.'),
];
/** Server A's moderators write about the same things, a thousand times. */
const ownOfA = Array.from({ length: 1000 }, (_, i) =>
  moderatorFact(`m${100 + i}`, 'A', `Harbour pilots ${i} discussed fentanyl, strikes and zeppelins ${i} in the Caribbean.`),
);

function viewOf(guildId: string, entries: Entry[], article: StoryIndex): ServerIndexView {
  return new ServerIndexView(guildId, article, new StoryIndex(entries, article));
}

const terms = ['harbour', 'pilot', 'fentanyl', 'strike', 'caribbean', 'zeppelin', 'troop'];
const query = { terms: ['harbour', 'pilot', 'strike'], boosts: [1, 1, 1], groups: [0, 1, 2] };

describe('a server view', () => {
  it('GIVEN 1,000 entries in server A THEN idf, known terms, words and query scores in server B are what they were', () => {
    const article = new StoryIndex(story.entries);
    const before = viewOf('B', ownOfB, article);
    const statsBefore = terms.map((term) => [before.has(term), before.idf(term)]);
    const wordsBefore = [...before.words()];
    const hitsBefore = before.query(query, { guildId: 'B' }).map((hit) => [hit.entry.id, hit.score]);

    const inA = viewOf('A', ownOfA, article);
    expect(inA.has('zeppelin')).toBe(true);
    const after = viewOf('B', ownOfB, article);
    expect(terms.map((term) => [after.has(term), after.idf(term)])).toEqual(statsBefore);
    expect([...after.words()]).toEqual(wordsBefore);
    expect(after.has('zeppelin')).toBe(false);
    expect(after.query(query, { guildId: 'B' }).map((hit) => [hit.entry.id, hit.score])).toEqual(hitsBefore);
  });

  it('GIVEN a server with entries THEN its statistics and scores are those of one index holding the article and those entries', () => {
    const article = new StoryIndex(story.entries);
    const view = viewOf('B', ownOfB, article);
    const together = new StoryIndex([...story.entries, ...ownOfB]);
    for (const term of terms) {
      expect(view.has(term)).toBe(together.has(term));
      expect(view.idf(term)).toBe(together.idf(term));
    }
    expect(new Set(view.words())).toEqual(new Set(together.words()));
    expect(view.size).toBe(together.size);
    expect(view.query(query, { guildId: 'B' })).toEqual(together.query(query, { guildId: 'B' }));
    expect(view.visible('B').map((e) => e.id)).toEqual(together.visible('B').map((e) => e.id));
  });

  it("GIVEN an entry added to the server THEN the view's version and revision move, and the article's index is left as it was", () => {
    const article = new StoryIndex(story.entries);
    const view = viewOf('B', ownOfB, article);
    const version = view.versionOf('B');
    const revision = view.revision;
    const articleRevision = article.revision;
    view.own!.add(moderatorFact('m3', 'B', 'Zeppelins were seen over the harbour.'));
    expect(view.versionOf('B')).not.toBe(version);
    expect(view.revision).toBeGreaterThan(revision);
    expect(article.revision).toBe(articleRevision);
    expect(view.query({ terms: ['zeppelin'], boosts: [1], groups: [0] }, { guildId: 'B' })[0]?.entry.id).toBe('m3');
  });

  it('GIVEN the view of one server asked about another THEN it throws, naming both', () => {
    const view = viewOf('B', ownOfB, new StoryIndex(story.entries));
    expect(() => view.visible('A')).toThrow('the view of server B was asked about server A');
    expect(() => view.query(query, { guildId: null })).toThrow('asked about server (none)');
  });
});
