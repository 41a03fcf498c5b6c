import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Knowledge, loadKnowledge } from '../../src/knowledge.js';
import { storedDetails, storedSummary } from '../../src/store/describeStoredEntry.js';
import { EntryDesk } from '../../src/store/EntryDesk.js';
import { EntryStore } from '../../src/store/EntryStore.js';
import { PORT_STRIKE, STORY } from '../paths.js';
import { backends } from './backends.js';

/**
 * Corrections follow the words they correct when the article file changes (a real database, real article files
 * written to a temporary folder). The article's fact f8-16 reads "Trump has ordered 11 strikes in the Caribbean Sea…".
 */

const ORIGINAL = readFileSync(STORY, 'utf8');
const ELEVEN = 'Trump has ordered 11 strikes in the Caribbean Sea in the past two months, killing over 80 suspected drug traffickers.';
const correction = {
  kind: 'fact',
  text: 'Trump has ordered 12 strikes in the Caribbean Sea since September, killing at least 83 people.',
  corrects: 'f8-16',
  sourceName: 'Pentagon',
  sourceUrl: 'https://www.defense.gov/News/',
};

describe.each(backends)('corrections on $name', (backend) => {
  if (backend.skip) {
    it.skip(`skipped: ${backend.skip}`, () => {});
    return;
  }

  let dir: string;
  let store: EntryStore;
  let articlePath: string;

  function open(article: string, name = 'article.txt'): { knowledge: Knowledge; desk: EntryDesk } {
    articlePath = join(dir, name);
    writeFileSync(articlePath, article);
    const knowledge = loadKnowledge(articlePath, store);
    return { knowledge, desk: new EntryDesk(store, knowledge, { ratePerMinute: 100 }) };
  }

  const idsIn = (knowledge: Knowledge, guildId: string, query: string) =>
    knowledge
      .answererFor(guildId)
      .answer('facts', query, { guildId, limit: 50 })
      .results.map((r) => r.entry.id);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'storydesk-corrections-'));
    store = EntryStore.open(backend.fresh());
  });
  afterEach(() => store.close());

  describe('a correction and a changed article', () => {
    it('GIVEN a paragraph added above the corrected words THEN the correction stays on the same words under their new id', () => {
      const before = open(ORIGINAL);
      const saved = before.desk.add('g1', 'mod', correction);
      if (!saved.ok) throw new Error(saved.message);

      const after = open(`The Pentagon released new figures on Tuesday, an official said.\n${ORIGINAL}`);
      const moved = after.knowledge.story.entries.find((e) => e.text === ELEVEN)!;
      expect(moved.id).not.toBe('f8-16');
      const inG1 = idsIn(after.knowledge, 'g1', 'caribbean strikes');
      expect(inG1).toContain(saved.value.id);
      expect(inG1).not.toContain(moved.id);
      expect(idsIn(after.knowledge, 'g2', 'caribbean strikes')).toContain(moved.id);
      const answered = after.knowledge.viewOf('g1').get(saved.value.id)!;
      expect(answered.corrects).toBe(moved.id);
      expect(answered.context).toBe(`Corrects paragraph ${moved.paragraph}, which read: \u201C${ELEVEN}\u201D`);
      const stored = after.desk.get('g1', saved.value.id);
      if (!stored.ok) throw new Error(stored.message);
      expect(storedDetails(stored.value, after.desk.correctionOf(stored.value))).toContain(
        `corrects ${moved.id} (paragraph ${moved.paragraph}:`,
      );
    });

    it('GIVEN the corrected words gone from the article THEN the correction is detached: shown to moderators as such, answered to no one, hiding nothing', () => {
      const before = open(ORIGINAL);
      const saved = before.desk.add('g1', 'mod', correction);
      if (!saved.ok) throw new Error(saved.message);

      const after = open(ORIGINAL.replace(ELEVEN, 'Trump has ordered 14 strikes in the Caribbean Sea in the past two months.'));
      const nowAtThatId = after.knowledge.articleIndex.get('f8-16')!;
      expect(nowAtThatId.text).toContain('14 strikes');
      expect(idsIn(after.knowledge, 'g1', 'caribbean strikes')).toContain('f8-16');
      expect(idsIn(after.knowledge, 'g1', 'caribbean strikes')).not.toContain(saved.value.id);
      expect(after.knowledge.detachedIn('g1')).toEqual([saved.value.id]);

      const listed = after.desk.list('g1')[0]!;
      expect(storedSummary(listed, 80, after.desk.correctionOf(listed))).toContain('detached correction');
      expect(storedDetails(listed, after.desk.correctionOf(listed))).toContain(
        `detached: the article no longer has the words it corrects \u201C${ELEVEN}\u201D; it is shown to no one`,
      );
      expect(after.desk.edit('g1', 'mod', saved.value.id, { ...correction, text: 'Twelve strikes, says the Pentagon.' })).toMatchObject({
        ok: false,
        reason: 'invalid',
      });
      expect(after.desk.remove('g1', 'mod', saved.value.id).ok).toBe(true);
      expect(after.desk.restore('g1', 'mod', saved.value.id)).toMatchObject({
        ok: false,
        message: expect.stringMatching(/^it cannot be restored: detached/u),
      });
    });

    it('GIVEN the bot pointed at another article THEN corrections of the first one are detached and hide nothing', () => {
      const before = open(ORIGINAL);
      const saved = before.desk.add('g1', 'mod', correction);
      if (!saved.ok) throw new Error(saved.message);
      const other = open(readFileSync(PORT_STRIKE, 'utf8'), 'port.txt');
      expect(other.knowledge.detachedIn('g1')).toEqual([saved.value.id]);
      const listed = other.desk.list('g1')[0]!;
      expect(storedDetails(listed, other.desk.correctionOf(listed))).toContain('in another story (article.txt)');
    });

    it('GIVEN a correction of a quote given as a fact THEN refused: a correction keeps the kind of what it corrects', () => {
      const { desk } = open(ORIGINAL);
      expect(desk.add('g1', 'mod', { kind: 'fact', text: 'Sheinbaum said something else entirely.', corrects: 'q11-21' })).toMatchObject({
        ok: false,
        message: 'corrects: q11-21 is a quote, so its correction must be a quote too',
      });
    });

    it('GIVEN a correction saved before anchors existed THEN at the next start it is anchored to the words its id names, and follows them after', () => {
      const before = open(ORIGINAL);
      const saved = before.desk.add('g1', 'mod', correction);
      if (!saved.ok) throw new Error(saved.message);
      store.connection.prepare('UPDATE entries SET corrects_text = NULL, corrects_kind = NULL, corrects_story = NULL').run();

      open(ORIGINAL).knowledge.viewOf('g1'); // the server's first question builds its index
      expect(store.list('g1')[0]!.anchor).toEqual({ text: ELEVEN, kind: 'fact', story: 'article.txt' });
      const after = open(`The Pentagon released new figures on Tuesday, an official said.\n${ORIGINAL}`);
      expect(after.knowledge.viewOf('g1').get(saved.value.id)!.corrects).toBe(
        after.knowledge.story.entries.find((e) => e.text === ELEVEN)!.id,
      );
    });

    it('GIVEN an export imported into a server of a changed article THEN the correction finds its words there by their words', async () => {
      const before = open(ORIGINAL);
      expect(before.desk.add('g1', 'mod', correction).ok).toBe(true);
      const exported = before.desk.exportJson('g1');
      expect(JSON.parse(exported).entries[0]).toMatchObject({ corrects: 'f8-16', correctsText: ELEVEN });

      const after = open(`The Pentagon released new figures on Tuesday, an official said.\n${ORIGINAL}`);
      const moved = after.knowledge.story.entries.find((e) => e.text === ELEVEN)!;
      expect(await after.desk.importJson('g2', 'mod', exported)).toMatchObject({ ok: true, value: { added: 1, rejected: [] } });
      expect(idsIn(after.knowledge, 'g2', 'caribbean strikes')).not.toContain(moved.id);
    });
  });
});
