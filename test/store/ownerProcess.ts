import { createInterface } from 'node:readline';
import { EntryStore } from '../../src/store/EntryStore.js';
import { OwnerLock } from '../../src/store/OwnerLock.js';
import { plainFact } from './plainFact.js';

/**
 * A bot-like process for the two-machine test: opens the store at DATABASE_URL, takes the owner lock for OWNER
 * (as a shard set would), then writes what stdin asks and says so only once the write returned (committed):
 *   `add GUILD N`    → `saved GUILD ID`
 *   `import GUILD N` → `importing GUILD`, then `imported GUILD N` (N records in one transaction)
 */

const url = process.env['DATABASE_URL'] ?? '';
const owner = process.env['OWNER'] ?? 'owner';
const store = EntryStore.open(url);
OwnerLock.acquire(url, owner);
process.stdout.write('ready\n');

for await (const line of createInterface({ input: process.stdin })) {
  const [command, guild = '', count = '0'] = line.trim().split(' ');
  if (command === 'add') {
    const saved = store.add(guild, owner, plainFact(`Fact ${count} of ${guild}, written by ${owner}.`));
    process.stdout.write(`saved ${guild} ${saved.id}\n`);
  } else if (command === 'import') {
    const records = Array.from({ length: Number(count) }, (_, i) => ({
      id: null,
      story: 0,
      fields: plainFact(`Imported fact ${i} of ${guild}.`),
      anchor: null,
    }));
    process.stdout.write(`importing ${guild}\n`);
    const outcome = store.importRecords(guild, owner, records, { ratePerMinute: 1_000_000, since: '2000-01-01', maxEntries: 1_000_000 });
    process.stdout.write(`imported ${guild} ${outcome.ok ? outcome.added.length : outcome.reason}\n`);
  }
}
