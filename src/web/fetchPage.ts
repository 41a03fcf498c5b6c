import { type IncomingMessage, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIPv6, type LookupFunction } from 'node:net';
import { decodePage } from './decodePage.js';
import { FetchPageError, refuse } from './FetchPageError.js';
import { mediaTypeOf, type PageKind, pageKindOf } from './pageKind.js';
import { readCappedBody } from './readCappedBody.js';
import { type ResolveHost, resolvePublicAddress, systemResolver } from './resolvePublicAddress.js';

/**
 * Fetches a web page a moderator gave, safely: only `http:`/`https:`; the host must resolve to public addresses
 * only, and the connection goes to the very address that was checked (`resolvePublicAddress`), again after every
 * redirect, at most 5 redirects; 10 seconds in all (lookups, redirects and body included); at most 2 MB, counted
 * while streaming (`readCappedBody`); only HTML and plain text (`pageKindOf`); decoded in the page's declared
 * charset, else UTF-8 (`decodePage`). Every refusal is a `FetchPageError` whose message is one line for the
 * moderator.
 */

export interface FetchPageOptions {
  /** Lets tests serve pages from 127.0.0.1 (the loopback range only). Off unless set. */
  allowLoopback?: boolean;
  /** For everything: lookups, connections, redirects, the body. */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** How host names become addresses; the system resolver unless a test gives its own. */
  resolveHost?: ResolveHost;
}

export interface FetchedPage {
  /** The address the page came from, after redirects. */
  url: string;
  kind: PageKind;
  /** `text/html`; empty when the server named none. */
  mediaType: string;
  /** The encoding the text was decoded from: `utf-8`, `windows-1252`. */
  charset: string;
  text: string;
}

export const FETCH_DEFAULTS = { timeoutMs: 10_000, maxBytes: 2 * 1024 * 1024, maxRedirects: 5 } as const;

const USER_AGENT = 'storydesk/0.1 (reads one news article a moderator asked for)';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function parseAddress(address: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    throw refuse.notAWebAddress(address);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refuse.notHttp(url.protocol);
  return url;
}

/** A lookup that answers every name with the address already checked: the connection cannot go anywhere else. */
function pinnedLookup(address: string): LookupFunction {
  const family = isIPv6(address) ? 6 : 4;
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
}

function send(url: URL, address: string, signal: AbortSignal): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[|\]$/gu, ''),
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        headers: {
          'user-agent': USER_AGENT,
          accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1',
          'accept-encoding': 'gzip, deflate, br',
        },
        lookup: pinnedLookup(address),
        // A fresh connection for every request: no pooled socket to an address checked for another name.
        agent: false,
        signal,
      },
      resolve,
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** Resolves, or rejects with a timeout as soon as the deadline passes (a DNS lookup cannot be cancelled). */
function beforeDeadline<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function fetchWithin(address: string, options: Required<FetchPageOptions>, signal: AbortSignal): Promise<FetchedPage> {
  const rules = { allowLoopback: options.allowLoopback, resolveHost: options.resolveHost };
  let url = parseAddress(address);
  for (let redirects = 0; ; redirects++) {
    const connectTo = await beforeDeadline(resolvePublicAddress(url.hostname, rules), signal);
    const response = await send(url, connectTo, signal);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (REDIRECTS.has(status) && location) {
      response.destroy();
      if (redirects >= options.maxRedirects) throw refuse.tooManyRedirects(options.maxRedirects);
      url = parseAddress(location, url);
      continue;
    }
    if (status < 200 || status >= 300) {
      response.destroy();
      throw refuse.httpStatus(status, response.statusMessage ?? '');
    }
    const contentType = response.headers['content-type'] ?? null;
    const kind = pageKindOf(contentType);
    if (!kind) {
      response.destroy();
      throw refuse.notAWebPage(mediaTypeOf(contentType));
    }
    const bytes = await readCappedBody(response, options.maxBytes);
    const { text, charset } = decodePage(bytes, contentType, kind === 'html');
    return { url: url.href, kind, mediaType: mediaTypeOf(contentType), charset, text };
  }
}

export async function fetchPage(address: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const settings: Required<FetchPageOptions> = {
    allowLoopback: options.allowLoopback ?? false,
    timeoutMs: options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs,
    maxBytes: options.maxBytes ?? FETCH_DEFAULTS.maxBytes,
    maxRedirects: options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects,
    resolveHost: options.resolveHost ?? systemResolver,
  };
  const signal = AbortSignal.timeout(settings.timeoutMs);
  try {
    return await fetchWithin(address, settings, signal);
  } catch (error) {
    if (signal.aborted) throw refuse.timeout(settings.timeoutMs);
    if (error instanceof FetchPageError) throw error;
    throw refuse.unreachable((error as NodeJS.ErrnoException).code ?? (error as Error).message);
  }
}
