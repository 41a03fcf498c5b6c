import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { bigExport } from '../store/bigExport.js';
import { importPayload } from './importPayload.js';
import { MODERATOR, slashCommand, snowflake, subcommand } from './payloads.js';
import { useBotRig } from './rig.js';

/**
 * A 10,000-record `/entry import` through the real bot: acknowledged with a deferred reply, written all at once,
 * and never holding up the other servers — their interactions are answered while it runs.
 */

const IMPORTING_GUILD = '1200000000000000101';
const OTHER_GUILD = '1200000000000000102';
const moderator = { ...MODERATOR, userId: '1200000000000000030', guildId: IMPORTING_GUILD };
const rig = useBotRig({ ENTRY_RATE_PER_MINUTE: '100000', MAX_ENTRIES_PER_SERVER: '20000' });

describe('a large import', () => {
  it('GIVEN a 10,000-record import in one server THEN /about in another server is answered while it runs, and the import ends with one reply counting all 10,000', async () => {
    const { standIn, interact } = rig;
    await standIn.waitForSession();
    const { id, token } = standIn.dispatchInteraction(importPayload(standIn, bigExport(10_000), moderator));
    expect(((await standIn.callbackFor(id)).body as { type: number }).type).toBe(5);
    let finished = false;
    const reply = standIn
      .waitForRequest((r) => r.method === 'PATCH' && r.path.includes(token), 60_000)
      .then((request) => {
        finished = true;
        return request.body as { content: string };
      });

    let answeredDuringImport = 0;
    while (!finished) {
      const about = await interact(slashCommand('about', [], { guildId: OTHER_GUILD }));
      expect(about.type).toBe(4);
      if (!finished) answeredDuringImport++;
    }
    expect((await reply).content).toBe('Imported: 10,000 added, 0 updated, 0 unchanged, 0 rejected.\nBy story: s0 10,000.');
    expect(answeredDuringImport).toBeGreaterThanOrEqual(5);
    expect(rig.bot.logs.filter((l) => l['msg'] === 'interaction expired or already answered')).toEqual([]);

    const facts = await interact(slashCommand('facts', [{ name: 'topic', value: 'Imported fact 9999' }], { guildId: IMPORTING_GUILD }));
    expect(facts.data!.embeds![0]!.description).toContain('Imported fact 9999:');
  });
});

describe('where an import may come from', () => {
  it('GIVEN an attachment URL that is not on Discord THEN nothing is imported, and that host is never contacted', async () => {
    const { standIn } = rig;
    const hits: string[] = [];
    const elsewhere = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end(bigExport(3));
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/entries.json`;
      const attachmentId = snowflake();
      const resolved = {
        attachments: {
          [attachmentId]: { id: attachmentId, filename: 'entries.json', size: 100, url, proxy_url: url, content_type: 'application/json' },
        },
      };
      await standIn.waitForSession();
      const { token } = standIn.dispatchInteraction(
        subcommand('entry', 'import', [{ name: 'file', value: attachmentId, type: 11 }], moderator, resolved),
      );
      const edit = await standIn.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(token));
      expect((edit.body as { content: string }).content).toMatch(
        /^Nothing was imported: the file is not a Discord attachment \(127\.0\.0\.1:\d+ is not Discord\)\.$/u,
      );
      expect(hits).toEqual([]);
    } finally {
      elsewhere.close();
    }
  });
});
