import { parentPort, workerData } from 'node:worker_threads';
import { EntryStore } from './EntryStore.js';
import type { ImportJob, ImportReply } from './runImport.js';

/**
 * The write half of an import, in a worker thread with its own connection: the one transaction of
 * `EntryStore.importRecords` runs here, so the bot's event loop keeps answering while it does.
 */
const job = workerData as ImportJob;
let reply: ImportReply;
let store: EntryStore | null = null;
try {
  store = EntryStore.open(job.path, { fileMustExist: true });
  reply = { ok: true, outcome: store.importRecords(job.guildId, job.actor, job.records, job.limits, job.at) };
} catch (error) {
  reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
} finally {
  store?.close();
}
parentPort!.postMessage(reply);
