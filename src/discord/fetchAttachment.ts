/**
 * Downloads a file a member attached (for `/entry import`), from Discord and nowhere else: the address must be on
 * Discord's attachment hosts (or on an origin the operator named, such as the REST proxy or the local stand-in of
 * DISCORD_API_URL), a redirect is followed only to such an address, the body is read as a stream and abandoned as
 * soon as more than `maxBytes` have arrived (whatever the headers said), and the whole download has a short deadline.
 */

/** Where Discord serves attachments. */
export const DISCORD_ATTACHMENT_ORIGINS = ['https://cdn.discordapp.com', 'https://media.discordapp.net'];

export interface AttachmentPolicy {
  /** Origins (`scheme://host[:port]`) a download may come from. */
  origins: string[];
  maxBytes: number;
  timeoutMs: number;
}

/** A download refused or failed: the message says why, for the member who attached the file. */
export class AttachmentError extends Error {
  override name = 'AttachmentError';
}

const MAX_REDIRECTS = 3;

function allowedUrl(address: string, policy: AttachmentPolicy): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new AttachmentError('the attachment has no valid address');
  }
  if (!policy.origins.includes(url.origin)) throw new AttachmentError(`the file is not a Discord attachment (${url.host} is not Discord)`);
  return url;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 2 ** 20)} MB`;
}

/** Reads at most `maxBytes` of a body; one byte more and the download is cancelled. */
async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Buffer> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new AttachmentError(`the file is larger than ${megabytes(maxBytes)}`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export async function fetchAttachment(address: string, policy: AttachmentPolicy): Promise<string> {
  const signal = AbortSignal.timeout(policy.timeoutMs);
  let url = allowedUrl(address, policy);
  try {
    for (let hop = 0; ; hop++) {
      const response = await fetch(url, { redirect: 'manual', signal });
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel().catch(() => {});
        const location = response.headers.get('location');
        if (!location || hop >= MAX_REDIRECTS) throw new AttachmentError('the attachment could not be downloaded (too many redirects)');
        url = allowedUrl(new URL(location, url).href, policy);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        throw new AttachmentError(`the attachment could not be downloaded (HTTP ${response.status})`);
      }
      const declared = Number(response.headers.get('content-length') ?? 0);
      if (declared > policy.maxBytes) {
        await response.body?.cancel().catch(() => {});
        throw new AttachmentError(`the file is larger than ${megabytes(policy.maxBytes)}`);
      }
      if (!response.body) return '';
      return (await readCapped(response.body, policy.maxBytes)).toString('utf8');
    }
  } catch (error) {
    if (error instanceof AttachmentError) throw error;
    if (signal.aborted)
      throw new AttachmentError(`the attachment took longer than ${Number((policy.timeoutMs / 1000).toFixed(1))} s to download`);
    throw new AttachmentError('the attachment could not be downloaded');
  }
}
