import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadKnowledge, type Knowledge } from '../../src/knowledge.js';
import { sourceLabel } from '../../src/sourceLabel.js';
import { EntryDesk } from '../../src/store/EntryDesk.js';
import { EntryStore } from '../../src/store/EntryStore.js';
import { STORY } from '../paths.js';
import { backends } from './backends.js';
import { bigExport } from './bigExport.js';

const newQuote = {
  kind: 'quote',
  text: 'We will not accept foreign troops on Mexican soil under any circumstances.',
  speakerName: 'Claudia Sheinbaum',
  speakerRole: null,
  when: 'on 18 November 2025',
  where: 'in Mexico City',
};

describe.each(backends)('EntryDesk on $name', (backend) => {
  if (backend.skip) {
    it.skip(`skipped: ${backend.skip}`, () => {});
    return;
  }

  let store: EntryStore;
  let knowledge: Knowledge;
  let desk: EntryDesk;
  let clock: Date;

  function open(path = backend.fresh()): string {
    store = EntryStore.open(path);
    knowledge = loadKnowledge(STORY, store);
    desk = new EntryDesk(store, knowledge, { ratePerMinute: 5, now: () => clock });
    return path;
  }

  beforeEach(() => {
    clock = new Date('2026-01-01T12:00:00Z');
    open();
  });
  afterEach(() => store.close());

  describe('adding', () => {
    it("GIVEN a saved quote THEN the very next /quote in that server answers with it, by the article's own speaker", () => {
      const saved = desk.add('g1', 'mod', newQuote);
      expect(saved.ok).toBe(true);
      const results = knowledge.answererFor('g1').answer('quote', 'foreign troops', { guildId: 'g1' }).results;
      expect(results[0]?.entry.text).toBe(newQuote.text);
      // Same person as the article's Sheinbaum: her role comes from the article.
      expect(results[0]?.entry.speaker).toMatchObject({ name: 'Claudia Sheinbaum', role: 'Mexican President' });
    });

    it('GIVEN an entry saved in one server THEN another server never sees it', () => {
      desk.add('g1', 'mod', newQuote);
      expect(
        knowledge
          .answererFor('g2')
          .answer('quote', 'foreign troops', { guildId: 'g2' })
          .results.some((r) => r.entry.origin === 'moderator'),
      ).toBe(false);
      expect(desk.list('g2')).toEqual([]);
    });

    it.each([
      [{ ...newQuote, text: '   ' }, 'text must not be empty'],
      [{ ...newQuote, text: 'x'.repeat(1001) }, 'text must be at most 1000 characters'],
      [{ ...newQuote, speakerName: 'n'.repeat(101) }, 'speaker name must be at most 100 characters'],
      [{ ...newQuote, sourceUrl: 'javascript:alert(1)' }, 'source URL must be an http(s) URL'],
      [{ ...newQuote, text: 'bell\u0007' }, 'text must not contain control characters'],
      [{ ...newQuote, speakerName: null }, 'speaker name is required for a quote'],
      [{ ...newQuote, kind: 'rumour' }, 'kind must be quote or fact'],
      [{ ...newQuote, text: undefined }, 'text is missing'],
      [{ ...newQuote, text: '\u200B\u200D\u2066\uFEFF' }, 'text must not be empty'],
      [{ ...newQuote, text: 'x' }, 'text must be at least 2 characters'],
      [{ ...newQuote, text: '\u200Bx\u200B' }, 'text must be at least 2 characters'],
      [
        { ...newQuote, sourceName: 'NBC News' },
        'source URL is missing: a source is a name and an http(s) URL, like NBC News https://www.nbcnews.com/\u2026',
      ],
      [
        { ...newQuote, sourceUrl: 'https://www.nbcnews.com/a' },
        'source name is missing: a source is a name and an http(s) URL, like NBC News https://www.nbcnews.com/\u2026',
      ],
    ])('GIVEN invalid input %# THEN nothing is saved and the message names the field: %s', (input, message) => {
      const result = desk.add('g1', 'mod', input);
      expect(result).toMatchObject({ ok: false, reason: 'invalid', message });
      expect(desk.list('g1')).toEqual([]);
    });

    it('GIVEN text that nearly repeats an entry THEN "this looks like entry …" and, on confirmation, it is added anyway', () => {
      const first = desk.add('g1', 'mod', newQuote);
      const again = desk.add('g1', 'mod', {
        ...newQuote,
        text: 'We will not accept foreign troops on Mexican soil, under any circumstances!',
      });
      expect(again).toMatchObject({ ok: false, reason: 'duplicate' });
      if (again.ok || again.reason !== 'duplicate' || !first.ok) throw new Error('expected a duplicate');
      expect(again.duplicateOf.id).toBe(first.value.id);
      expect(desk.confirmPending('g1', 'mod', again.pendingToken).ok).toBe(true);
      expect(desk.list('g1')).toHaveLength(2);
    });

    it('GIVEN more adds in a minute than allowed THEN a clear refusal, and a minute later it works again', () => {
      for (let i = 0; i < 5; i++)
        expect(desk.add('g1', 'mod', { kind: 'fact', text: `Distinct fact number ${i} about ${'abcdefghij'[i]} things.` }).ok).toBe(true);
      expect(desk.add('g1', 'mod', { kind: 'fact', text: 'One too many.' })).toMatchObject({ ok: false, reason: 'rate-limited' });
      expect(desk.add('g1', 'other-mod', { kind: 'fact', text: 'Another moderator is not limited by the first.' }).ok).toBe(true);
      clock = new Date(clock.getTime() + 61_000);
      expect(desk.add('g1', 'mod', { kind: 'fact', text: 'One too many.' }).ok).toBe(true);
    });
  });

  describe('what is saved is what shows', () => {
    it('GIVEN text with bidi overrides and zero-width characters THEN they are removed at save, in every field', () => {
      const saved = desk.add('g1', 'mod', {
        ...newQuote,
        text: 'We will not \u202Eaccept\u202C foreign\u200B troops\u2067 on Mexican soil.\uFEFF',
        speakerName: 'Claudia\u200D Sheinbaum',
        where: '\u200Fin Mexico City',
      });
      if (!saved.ok) throw new Error(saved.message);
      const stored = desk.get('g1', saved.value.id);
      expect(stored.ok && stored.value).toMatchObject({
        text: 'We will not accept foreign troops on Mexican soil.',
        speakerName: 'Claudia Sheinbaum',
        where: 'in Mexico City',
      });
    });

    it('GIVEN a fact with a claimant and a source THEN both are shown, and the source is searchable', () => {
      const saved = desk.add('g1', 'mod', {
        kind: 'fact',
        text: 'A thirteenth strike hit a vessel off the coast of Colombia.',
        claimBy: 'the Pentagon',
        sourceName: 'Reuters',
        sourceUrl: 'https://www.reuters.com/world/',
      });
      if (!saved.ok) throw new Error(saved.message);
      expect(sourceLabel(saved.value)).toBe('claim by the Pentagon, according to Reuters (https://www.reuters.com/world/)');
      const found = knowledge.answererFor('g1').answer('facts', 'reuters thirteenth strike', { guildId: 'g1' }).results;
      expect(found[0]?.entry.id).toBe(saved.value.id);
    });
  });

  describe('quotas', () => {
    const fact = (n: number) => ({ kind: 'fact', text: `Quota fact number ${n} about ${'abcdefghijklmnop'[n]} matters of state.` });

    it('GIVEN adds, an edit, a removal and a restore THEN each counts against the per-minute limit', () => {
      const a = desk.add('g1', 'mod', fact(0));
      const b = desk.add('g1', 'mod', fact(1));
      if (!a.ok || !b.ok) throw new Error('not saved');
      expect(desk.edit('g1', 'mod', a.value.id, fact(2)).ok).toBe(true);
      expect(desk.remove('g1', 'mod', b.value.id).ok).toBe(true);
      expect(desk.restore('g1', 'mod', b.value.id).ok).toBe(true);
      expect(desk.edit('g1', 'mod', a.value.id, fact(3))).toMatchObject({
        ok: false,
        reason: 'rate-limited',
        message: 'you can make at most 5 changes a minute; please wait a moment',
      });
      expect(desk.remove('g1', 'mod', a.value.id)).toMatchObject({ ok: false, reason: 'rate-limited' });
      expect(desk.list('g1')).toHaveLength(2);
    });

    it('GIVEN "add anyway" THEN it counts like any add', () => {
      for (let n = 0; n < 4; n++) expect(desk.add('g1', 'mod', fact(n)).ok).toBe(true);
      const again = desk.add('g1', 'mod', fact(0));
      if (again.ok || again.reason !== 'duplicate') throw new Error('expected a near-duplicate');
      expect(desk.confirmPending('g1', 'mod', again.pendingToken).ok).toBe(true);
      const third = desk.add('g1', 'mod', fact(1));
      expect(third).toMatchObject({ ok: false, reason: 'rate-limited' });
    });

    it('GIVEN a server at MAX_ENTRIES_PER_SERVER THEN adds and restores are refused until an entry is removed', () => {
      const small = new EntryDesk(store, knowledge, { ratePerMinute: 100, maxEntriesPerServer: 3, now: () => clock });
      const ids: string[] = [];
      for (let n = 0; n < 3; n++) {
        const saved = small.add('g1', 'mod', fact(n));
        if (!saved.ok) throw new Error(saved.message);
        ids.push(saved.value.id);
      }
      expect(small.add('g1', 'mod', fact(3))).toMatchObject({
        ok: false,
        reason: 'full',
        message: 'this server already holds 3 entries, the most it may (3); remove some first',
      });
      expect(small.add('g2', 'mod', fact(3)).ok).toBe(true);
      expect(small.remove('g1', 'mod', ids[0]!).ok).toBe(true);
      expect(small.add('g1', 'mod', fact(4)).ok).toBe(true);
      expect(small.restore('g1', 'mod', ids[0]!)).toMatchObject({ ok: false, reason: 'full' });
    });

    it("GIVEN another moderator's near-duplicate prompt THEN they cannot add it anyway; its author still can", () => {
      expect(desk.add('g1', 'alice', newQuote).ok).toBe(true);
      const prompt = desk.add('g1', 'alice', { ...newQuote, text: `${newQuote.text}!` });
      if (prompt.ok || prompt.reason !== 'duplicate') throw new Error('expected a near-duplicate');
      expect(desk.confirmPending('g1', 'bob', prompt.pendingToken)).toMatchObject({ ok: false, reason: 'not-yours' });
      expect(desk.list('g1')).toHaveLength(1);
      expect(desk.confirmPending('g1', 'alice', prompt.pendingToken).ok).toBe(true);
      expect(desk.list('g1')).toHaveLength(2);
    });

    it('GIVEN a moderator leaving many near-duplicate prompts THEN at most five stay pending, the oldest expire first', () => {
      const many = new EntryDesk(store, knowledge, { ratePerMinute: 100, now: () => clock });
      expect(many.add('g1', 'alice', newQuote).ok).toBe(true);
      const tokens: string[] = [];
      for (let n = 0; n < 8; n++) {
        clock = new Date(clock.getTime() + 1000);
        const prompt = many.add('g1', 'alice', { ...newQuote, text: `${newQuote.text}${'!'.repeat(n + 1)}` });
        if (prompt.ok || prompt.reason !== 'duplicate') throw new Error('expected a near-duplicate');
        tokens.push(prompt.pendingToken);
      }
      expect(store.countPending('g1')).toBe(5);
      expect(many.confirmPending('g1', 'alice', tokens[0]!)).toMatchObject({ ok: false, reason: 'not-found' });
      expect(many.confirmPending('g1', 'alice', tokens[7]!).ok).toBe(true);
    });
  });

  describe('editing, removing, restoring', () => {
    it('GIVEN an edit THEN the answer changes at once and the history shows before and after', () => {
      const saved = desk.add('g1', 'mod', newQuote);
      if (!saved.ok) throw new Error('not saved');
      desk.edit('g1', 'mod2', saved.value.id, { ...newQuote, text: 'Mexico will defend its sovereignty with diplomacy.' });
      expect(knowledge.answererFor('g1').answer('quote', 'sovereignty diplomacy', { guildId: 'g1' }).results[0]?.entry.id).toBe(
        saved.value.id,
      );
      expect(
        knowledge
          .answererFor('g1')
          .answer('quote', 'foreign troops', { guildId: 'g1' })
          .results.some((r) => r.entry.id === saved.value.id),
      ).toBe(false);
      const history = desk.history('g1', saved.value.id);
      expect(history.ok && history.value.map((h) => h.action)).toEqual(['add', 'edit']);
    });

    it('GIVEN remove THEN it is no longer answered; restore brings it back', () => {
      const saved = desk.add('g1', 'mod', newQuote);
      if (!saved.ok) throw new Error('not saved');
      desk.remove('g1', 'mod', saved.value.id);
      expect(
        knowledge
          .answererFor('g1')
          .answer('quote', 'foreign troops', { guildId: 'g1' })
          .results.some((r) => r.entry.id === saved.value.id),
      ).toBe(false);
      desk.restore('g1', 'mod', saved.value.id);
      expect(knowledge.answererFor('g1').answer('quote', 'foreign troops', { guildId: 'g1' }).results[0]?.entry.id).toBe(saved.value.id);
    });

    it('GIVEN an article entry id THEN it is read-only, with a pointer to corrections', () => {
      expect(desk.remove('g1', 'mod', 'q11-21')).toMatchObject({ ok: false, reason: 'read-only' });
      expect(desk.edit('g1', 'mod', 'f8-16', { kind: 'fact', text: 'x' })).toMatchObject({ ok: false, reason: 'read-only' });
    });

    it('GIVEN a correction of an article fact THEN that server is answered with the correction, the original kept in view; other servers see the original', () => {
      const original = knowledge.articleIndex.get('f8-16')!;
      expect(original.text).toContain('11 strikes');
      const saved = desk.add('g1', 'mod', {
        kind: 'fact',
        text: 'Trump has ordered 12 strikes in the Caribbean since September, killing at least 83 people.',
        corrects: 'f8-16',
        sourceName: 'Pentagon',
        sourceUrl: 'https://www.defense.gov/News/',
      });
      expect(saved.ok).toBe(true);
      const inG1 = knowledge.answererFor('g1').answer('facts', 'caribbean strikes', { guildId: 'g1' }).results;
      expect(inG1.some((r) => r.entry.id === 'f8-16')).toBe(false);
      expect(inG1[0]?.entry.context).toContain('11 strikes');
      expect(
        knowledge
          .answererFor('g2')
          .answer('facts', 'caribbean strikes', { guildId: 'g2' })
          .results.some((r) => r.entry.id === 'f8-16'),
      ).toBe(true);
    });
  });

  describe('export and import', () => {
    it('GIVEN an export imported into an empty server THEN the same entries', async () => {
      desk.add('g1', 'mod', newQuote);
      desk.add('g1', 'mod', {
        kind: 'fact',
        text: 'The Pentagon confirmed a 12th strike.',
        claimBy: 'the Pentagon',
        sourceName: 'Example News',
        sourceUrl: 'https://example.org/a',
      });
      const exported = desk.exportJson('g1');
      const report = await desk.importJson('g2', 'mod', exported);
      expect(report).toMatchObject({ ok: true, value: { added: 2, updated: 0, rejected: [] } });
      const strip = (json: string) =>
        (JSON.parse(json) as { entries: Array<Record<string, unknown>> }).entries.map(
          ({ id: _id, createdAt: _c, updatedAt: _u, createdBy: _b, updatedBy: _ub, ...rest }) => rest,
        );
      expect(strip(desk.exportJson('g2'))).toEqual(strip(exported));
    });

    it('GIVEN the same export imported again THEN nothing is added twice', async () => {
      desk.add('g1', 'mod', newQuote);
      const report = await desk.importJson('g1', 'mod', desk.exportJson('g1'));
      expect(report).toMatchObject({ ok: true, value: { added: 0, unchanged: 1 } });
    });

    it('GIVEN records that fail validation THEN each is rejected with why, the rest imported', async () => {
      const file = JSON.stringify({
        format: 'storydesk-entries',
        version: 1,
        entries: [
          { kind: 'fact', text: 'A good fact.' },
          { kind: 'fact', text: '' },
          { kind: 'quote', text: 'No speaker here.' },
          'not even an object',
        ],
      });
      const report = await desk.importJson('g1', 'mod', file);
      expect(report.ok && report.value.added).toBe(1);
      expect(report.ok && report.value.rejected.map(({ index, reason }) => ({ index, reason }))).toEqual([
        { index: 1, reason: 'text must not be empty' },
        { index: 2, reason: 'speaker name is required for a quote' },
        { index: 3, reason: 'not an entry record' },
      ]);
    });

    it('GIVEN an import of more records than the moderator may still change this minute THEN nothing is imported, and it says why', async () => {
      expect(desk.add('g1', 'mod', newQuote).ok).toBe(true);
      const refused = await desk.importJson('g1', 'mod', bigExport(5));
      expect(refused).toMatchObject({
        ok: false,
        reason: 'rate-limited',
        message: 'this import would make 5 changes, one per record, and you can make 4 more this minute (at most 5 a minute)',
      });
      expect(desk.list('g1')).toHaveLength(1);
      expect(await desk.importJson('g1', 'mod', bigExport(4))).toMatchObject({ ok: true, value: { added: 4 } });
      expect(desk.add('g1', 'mod', { kind: 'fact', text: 'One change too many this minute.' })).toMatchObject({ reason: 'rate-limited' });
    });

    it('GIVEN an import that would take the server past MAX_ENTRIES_PER_SERVER THEN nothing is imported', async () => {
      const small = new EntryDesk(store, knowledge, { ratePerMinute: 1000, maxEntriesPerServer: 10, now: () => clock });
      expect(small.add('g1', 'mod', newQuote).ok).toBe(true);
      expect(await small.importJson('g1', 'mod', bigExport(10))).toMatchObject({
        ok: false,
        reason: 'full',
        message: 'this would add 10 entries to the 1 this server holds, and it may hold at most 10',
      });
      expect(small.list('g1')).toHaveLength(1);
      expect(await small.importJson('g1', 'mod', bigExport(9))).toMatchObject({ ok: true, value: { added: 9 } });
    });

    it('GIVEN a large import THEN every record is saved in one transaction and answerable', async () => {
      const big = new EntryDesk(store, knowledge, { ratePerMinute: 10_000, maxEntriesPerServer: 10_000, now: () => clock });
      const report = await big.importJson('g1', 'mod', bigExport(2000), { chunk: 100 });
      expect(report).toMatchObject({ ok: true, value: { added: 2000, rejected: [] } });
      expect(store.countActive('g1')).toBe(2000);
      const history = store.history('g1', 1);
      expect(new Set(big.list('g1').map((e) => e.createdAt)).size).toBe(1);
      expect(history.map((h) => h.action)).toEqual(['add']);
      const found = knowledge.answererFor('g1').answer('facts', 'Imported fact 1999', { guildId: 'g1' }).results[0]?.entry.text;
      expect(found).toContain('Imported fact 1999:');
    });

    it('GIVEN a file that is not an export THEN a clear refusal', async () => {
      expect(await desk.importJson('g1', 'mod', '{"hello": 1}')).toMatchObject({ ok: false, reason: 'invalid' });
      expect(await desk.importJson('g1', 'mod', 'not json')).toMatchObject({ ok: false, message: 'the file is not valid JSON' });
    });
  });

  describe('restart', () => {
    it('GIVEN entries saved, then the process state rebuilt from the file THEN the index has them again', () => {
      const path = backend.fresh();
      store.close();
      open(path);
      desk.add('g1', 'mod', newQuote);
      store.close();
      open(path);
      expect(knowledge.answererFor('g1').answer('quote', 'foreign troops', { guildId: 'g1' }).results[0]?.entry.text).toBe(newQuote.text);
    });
  });
});
