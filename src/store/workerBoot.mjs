// Starts a worker thread written in TypeScript: registers tsx in this thread, then loads the worker's module.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
