import { EntryStore } from '../../src/store/EntryStore.js';

/**
 * A process that opens the store at a given moment: it loads, says `loaded`, waits for a line on stdin, then opens
 * the database named by its argument (running any migrations) and prints the schema version, or the error.
 */
const path = process.argv[2]!;
process.stdout.write('loaded\n');
process.stdin.once('data', () => {
  try {
    const store = EntryStore.open(path);
    process.stdout.write(`version ${store.schemaVersion}\n`);
    store.close();
    process.exit(0);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
});
