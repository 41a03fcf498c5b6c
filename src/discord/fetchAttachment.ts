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

export type AttachmentProblem = 'tooLarge' | 'notAttachment' | 'noAddress' | 'downloadFailed' | 'downloadSlow';

/** A download refused or failed: the message says why (in English); `problem` and `vars` say it in other languages. */
export class AttachmentError extends Error {
  override name = 'AttachmentError';
  constructor(
    message: string,
    readonly problem: AttachmentProblem,
    readonly vars: Record<string, string | number> = {},
  ) {
    super(message);
  }
}

const MAX_REDIRECTS = 3;

function allowedUrl(address: string, policy: AttachmentPolicy): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new AttachmentError('the attachment has no valid address', 'noAddress');
  }
  if (!policy.origins.includes(url.origin)) {
    throw new AttachmentError(`the file is not a Discord attachment (${url.host} is not Discord)`, 'notAttachment', { host: url.host });
  }
  return url;
}

/** The file is over the cap: the member is told the cap in MB. */
export function tooLarge(maxBytes: number): AttachmentError {
  const mb = Math.round(maxBytes / 2 ** 20);
  return new AttachmentError(`the file is larger than ${mb} MB`, 'tooLarge', { mb });
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
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The file as text (UTF-8). */
export async function fetchAttachment(address: string, policy: AttachmentPolicy): Promise<string> {
  return (await fetchAttachmentBytes(address, policy)).toString('utf8');
}

/** The file's bytes, for a reader that checks them itself (a story file: its encoding, NUL bytes). */
export async function fetchAttachmentBytes(address: string, policy: AttachmentPolicy): Promise<Buffer> {
  const signal = AbortSignal.timeout(policy.timeoutMs);
  let url = allowedUrl(address, policy);
  try {
    for (let hop = 0; ; hop++) {
      const response = await fetch(url, { redirect: 'manual', signal });
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel().catch(() => {});
        const location = response.headers.get('location');
        if (!location || hop >= MAX_REDIRECTS) {
          throw new AttachmentError('the attachment could not be downloaded (too many redirects)', 'downloadFailed', {
            detail: ' (redirects)',
          });
        }
        url = allowedUrl(new URL(location, url).href, policy);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        const detail = ` (HTTP ${response.status})`;
        throw new AttachmentError(`the attachment could not be downloaded${detail}`, 'downloadFailed', { detail });
      }
      const declared = Number(response.headers.get('content-length') ?? 0);
      if (declared > policy.maxBytes) {
        await response.body?.cancel().catch(() => {});
        throw tooLarge(policy.maxBytes);
      }
      if (!response.body) return Buffer.alloc(0);
      return await readCapped(response.body, policy.maxBytes);
    }
  } catch (error) {
    if (error instanceof AttachmentError) throw error;
    const seconds = Number((policy.timeoutMs / 1000).toFixed(1));
    if (signal.aborted) throw new AttachmentError(`the attachment took longer than ${seconds} s to download`, 'downloadSlow', { seconds });
    throw new AttachmentError('the attachment could not be downloaded', 'downloadFailed', { detail: '' });
  }
}
