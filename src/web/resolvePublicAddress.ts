import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { addressRange } from './addressRange.js';
import { refuse } from './FetchPageError.js';

/**
 * The one IP address a fetch will connect to for a host name: every address the name resolves to must be public
 * (one private answer among public ones refuses the host), and the fetch then connects to the address checked
 * here, never resolving the name again, so a DNS answer that changes in between (rebinding) cannot send it
 * elsewhere. `allowLoopback` lets tests serve pages from 127.0.0.1; it allows the loopback range and nothing else.
 */

export type ResolveHost = (hostname: string) => Promise<string[]>;

/** The system resolver, as a browser uses it (`getaddrinfo`): every address of the name. */
export const systemResolver: ResolveHost = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

export interface AddressRules {
  allowLoopback: boolean;
  resolveHost: ResolveHost;
}

function isAllowed(address: string, allowLoopback: boolean): string | null {
  const range = addressRange(address);
  if (range === 'public' || (allowLoopback && range === 'loopback')) return null;
  return range;
}

/** `hostname` as in a URL: `example.com`, `10.0.0.1`, `[::1]`. */
export async function resolvePublicAddress(hostname: string, rules: AddressRules): Promise<string> {
  const bare = hostname.replace(/^\[|\]$/gu, '');
  let addresses: string[];
  if (isIP(bare)) addresses = [bare];
  else {
    try {
      addresses = await rules.resolveHost(bare);
    } catch (error) {
      throw refuse.unreachable((error as NodeJS.ErrnoException).code ?? 'no address');
    }
  }
  if (addresses.length === 0) throw refuse.unreachable('no address');
  for (const address of addresses) {
    const range = isAllowed(address, rules.allowLoopback);
    if (range) throw refuse.privateNetwork(`${bare} is ${address} (${range})`);
  }
  return addresses.find((address) => isIP(address) === 4) ?? addresses[0]!;
}
