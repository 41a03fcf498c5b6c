// The PostgreSQL half of PostgresDatabase, on a worker thread: one node-postgres client, one connection, so that a
// BEGIN … COMMIT sent statement by statement stays on it. Each request from the port gets one answer on the port,
// then the thread waiting for it is woken (Atomics.notify on the shared signal). Plain JavaScript so that the worker
// starts without a TypeScript loader.
import { workerData } from 'node:worker_threads';

const { port, signal } = workerData;
const flag = new Int32Array(signal);
/** @type {import('pg').Client | null} */
let client = null;
/** Set when the server closed the connection: every later request is refused with it. */
let lost = null;

function answer(reply) {
  port.postMessage(reply);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}

async function handle(request) {
  if (request.op === 'connect') {
    const { default: pg } = await import('pg');
    // count(*) and sums are int8; every count here is far below 2^53.
    pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
    client = new pg.Client({ connectionString: request.url, connectionTimeoutMillis: request.connectTimeoutMs });
    client.on('error', (error) => {
      lost = error;
    });
    await client.connect();
    await client.query(`SET lock_timeout = ${Number(request.lockTimeoutMs)}`);
    return { ok: true, rows: [], rowCount: 0 };
  }
  if (request.op === 'close') {
    const closing = client;
    client = null;
    await closing?.end().catch(() => undefined);
    return { ok: true, rows: [], rowCount: 0 };
  }
  if (lost) throw lost;
  if (!client) throw new Error('not connected');
  const result = await client.query({ text: request.text, values: request.values });
  return { ok: true, rows: result.rows ?? [], rowCount: result.rowCount ?? 0 };
}

port.on('message', (request) => {
  handle(request).then(answer, (error) =>
    answer({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
      code: typeof error?.code === 'string' ? error.code : undefined,
    }),
  );
});
