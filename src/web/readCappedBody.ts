import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { refuse } from './FetchPageError.js';

/**
 * An answer's body, read as it streams, never more than `maxBytes`: the bytes that arrive and (for a compressed
 * answer) the bytes they unpack to are both counted, and the answer is cut off as soon as either passes the cap,
 * whatever Content-Length said. A Content-Length over the cap is refused before reading.
 */

function decompressorFor(encoding: string | undefined): Readable & NodeJS.WritableStream {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      throw refuse.notAWebPage(`compressed as ${encoding}`);
  }
}

export async function readCappedBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw refuse.tooLarge(maxBytes);
  }
  const encoding = response.headers['content-encoding'];
  const compressed = encoding !== undefined && !/^\s*identity\s*$/iu.test(encoding);
  let body: Readable = response;
  if (compressed) {
    let received = 0;
    response.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) response.destroy(refuse.tooLarge(maxBytes));
    });
    const decompressor = decompressorFor(encoding);
    pipeline(response, decompressor, () => {});
    body = decompressor;
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    const bytes = chunk as Buffer;
    total += bytes.length;
    if (total > maxBytes) {
      response.destroy();
      throw refuse.tooLarge(maxBytes);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
