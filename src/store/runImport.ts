import { Worker } from 'node:worker_threads';
import { type EntryStore, type ImportLimits, type ImportOutcome, type ImportRecord, StoreError } from './EntryStore.js';

/** What the import worker is given, and what it answers. */
export interface ImportJob {
  path: string;
  guildId: string;
  actor: string;
  records: ImportRecord[];
  limits: ImportLimits;
  at: string;
}
export type ImportReply = { ok: true; outcome: ImportOutcome } | { ok: false; message: string };

/** Run as TypeScript (tsx), the worker thread registers tsx first (workerBoot.mjs); compiled (dist/), it needs nothing. */
const COMPILED = !import.meta.url.endsWith('.ts');
const BOOT = new URL('./workerBoot.mjs', import.meta.url);
const WORKER = new URL(`./importWorker${COMPILED ? '.js' : '.ts'}`, import.meta.url);

/**
 * Writes an import in one transaction on a worker thread (its own connection to the same file or PostgreSQL database), so that a
 * 10,000-record write does not hold up the interactions of other servers. A database in memory has no file to
 * share: its import is written on this thread.
 */
export function runImport(store: EntryStore, job: Omit<ImportJob, 'path'>): Promise<ImportOutcome> {
  if (store.path === ':memory:') {
    return Promise.resolve(store.importRecords(job.guildId, job.actor, job.records, job.limits, job.at));
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(COMPILED ? WORKER : BOOT, { workerData: { ...job, path: store.path, entry: WORKER.href } });
    let settled = false;
    worker.once('message', (reply: ImportReply) => {
      settled = true;
      if (reply.ok) resolve(reply.outcome);
      else reject(new StoreError(`${store.name}: the import could not be written (${reply.message})`));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(new StoreError(`${store.name}: the import could not be written (${error.message})`));
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new StoreError(`${store.name}: the import worker stopped (exit code ${code}) before answering`));
    });
  });
}
