import { afterEach, describe, expect, it } from 'vitest';
import { EntryStore } from '../../src/store/EntryStore.js';
import { SHIPPED_STORY, type StoryFields, StoryStore } from '../../src/store/StoryStore.js';
import { backends } from './backends.js';
import { plainFact } from './plainFact.js';

const ferry: StoryFields = {
  source: 'https://www.alderbaycourier.example/news/ferry',
  sourceKind: 'url',
  text: 'The ferry will run all winter.\n\n\u201CWe waited a decade,\u201D said Irene Castell.\n',
  headline: 'Alder Bay ferry to run through winter',
  byline: 'Maya Okafor',
  published: '2025-11-03',
  outlet: 'The Alder Bay Courier',
  quotes: 1,
  facts: 1,
  speakers: ['Irene Castell'],
  problems: [],
};

const opened: EntryStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

describe.each(backends)('StoryStore on a real $name database', (backend) => {
  const fresh = (path = backend.fresh()) => {
    const entries = EntryStore.open(path);
    opened.push(entries);
    return { entries, stories: new StoryStore(entries), path };
  };
  if (backend.skip) it.skip(`skipped: ${backend.skip}`, () => {});

  it.skipIf(backend.skip)('GIVEN a new database THEN every server follows the shipped article', () => {
    const { stories } = fresh();
    expect(stories.serverStories('g1')).toEqual({ current: SHIPPED_STORY, shippedRemoved: false });
    expect(stories.list('g1')).toEqual([]);
  });

  it.skipIf(backend.skip)(
    'GIVEN an add THEN the text and what was read about it are saved, the story is current in that server only, with one audit row',
    () => {
      const { stories } = fresh();
      const saved = stories.add('g1', 'mod', ferry, '2026-01-01T12:00:00.000Z');
      expect(saved).toMatchObject({ ...ferry, guildId: 'g1', createdBy: 'mod', deletedAt: null });
      expect(stories.currentStoryOf('g1')).toBe(saved.id);
      expect(stories.currentStoryOf('g2')).toBe(SHIPPED_STORY);
      expect(stories.get('g2', saved.id, true)).toBeNull();
      const history = stories.history('g1', saved.id);
      expect(history.map((r) => r.action)).toEqual(['add']);
      expect(history[0]!.before).toEqual({ current: SHIPPED_STORY });
      expect(history[0]!.after).toMatchObject({ headline: ferry.headline, characters: ferry.text.length, current: saved.id });
    },
  );

  it.skipIf(backend.skip)('GIVEN a story saved THEN it is there, and current, after the database is opened again', () => {
    const { entries, stories, path } = fresh();
    const saved = stories.add('g1', 'mod', ferry);
    entries.close();
    const again = fresh(path).stories;
    expect(again.currentStoryOf('g1')).toBe(saved.id);
    expect(again.byId(saved.id)?.text).toBe(ferry.text);
  });

  it.skipIf(backend.skip)(
    'GIVEN the current story removed THEN the server goes back to the shipped article; restored, it is listed again but not current',
    () => {
      const { stories } = fresh();
      const saved = stories.add('g1', 'mod', ferry);
      expect(stories.remove('g1', saved.id, 'mod')).toBe(true);
      expect(stories.currentStoryOf('g1')).toBe(SHIPPED_STORY);
      expect(stories.list('g1')).toEqual([]);
      expect(stories.remove('g1', saved.id, 'mod')).toBe(false);
      expect(stories.restore('g1', saved.id, 'mod')).toBe(true);
      expect(stories.list('g1').map((s) => s.id)).toEqual([saved.id]);
      expect(stories.currentStoryOf('g1')).toBe(SHIPPED_STORY);
      expect(stories.history('g1', saved.id).map((r) => r.action)).toEqual(['add', 'remove', 'restore']);
    },
  );

  it.skipIf(backend.skip)(
    'GIVEN the shipped article removed in one server THEN that server follows nothing until it uses a story, and others keep it',
    () => {
      const { stories } = fresh();
      expect(stories.remove('g1', SHIPPED_STORY, 'mod')).toBe(true);
      expect(stories.serverStories('g1')).toEqual({ current: null, shippedRemoved: true });
      expect(stories.currentStoryOf('g2')).toBe(SHIPPED_STORY);
      expect(stories.use('g1', SHIPPED_STORY, 'mod')).toBe(false);
      expect(stories.restore('g1', SHIPPED_STORY, 'mod')).toBe(true);
      expect(stories.use('g1', SHIPPED_STORY, 'mod')).toBe(true);
      expect(stories.currentStoryOf('g1')).toBe(SHIPPED_STORY);
    },
  );

  it.skipIf(backend.skip)("GIVEN another server's story id THEN use, remove and refresh find nothing", () => {
    const { stories } = fresh();
    const saved = stories.add('g1', 'mod', ferry);
    expect(stories.use('g2', saved.id, 'mod')).toBe(false);
    expect(stories.remove('g2', saved.id, 'mod')).toBe(false);
    expect(stories.refresh('g2', saved.id, 'mod', ferry)).toBeNull();
    expect(stories.currentStoryOf('g2')).toBe(SHIPPED_STORY);
  });

  it.skipIf(backend.skip)('GIVEN story changes and entry changes by one moderator THEN the per-minute count has them all', () => {
    const { entries, stories } = fresh();
    const at = '2026-01-01T12:00:00.000Z';
    stories.add('g1', 'mod', ferry, at);
    stories.use('g1', SHIPPED_STORY, 'mod', at);
    entries.add('g1', 'mod', plainFact('A fact.'), at);
    expect(entries.writesSince('g1', 'mod', '2026-01-01T11:59:00.000Z')).toBe(3);
    expect(entries.writesSince('g1', 'other', '2026-01-01T11:59:00.000Z')).toBe(0);
  });
});
