/**
 * A page that was not fetched, and why: `reason` for code to tell the cases apart, `message` the one line a
 * moderator sees (`that address is on a private network`), `detail` what a log needs besides (`10.0.0.1, private`).
 */

export type FetchRefusal =
  | 'not a web address'
  | 'not http'
  | 'private network'
  | 'too many redirects'
  | 'timeout'
  | 'too large'
  | 'not a web page'
  | 'http status'
  | 'unreachable';

export class FetchPageError extends Error {
  override name = 'FetchPageError';

  constructor(
    readonly reason: FetchRefusal,
    message: string,
    readonly detail: string | null = null,
  ) {
    super(message);
  }
}

/** `10_000` → `10 seconds`; `250` → `0.25 seconds`. */
function seconds(ms: number): string {
  const value = ms / 1000;
  return `${Number.isInteger(value) ? value : Number(value.toFixed(2))} second${value === 1 ? '' : 's'}`;
}

/** `2 * 1024 * 1024` → `2 MB`; `1536` → `1.5 KB`. */
function size(bytes: number): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'MB'] : [bytes / 1024, 'KB'];
  return `${Number(value.toFixed(1))} ${unit}`;
}

export const refuse = {
  notAWebAddress: (address: string) => new FetchPageError('not a web address', 'that is not a web address', address),
  notHttp: (protocol: string) => new FetchPageError('not http', 'only http and https addresses can be read', protocol),
  privateNetwork: (detail: string) => new FetchPageError('private network', 'that address is on a private network', detail),
  tooManyRedirects: (limit: number) => new FetchPageError('too many redirects', 'too many redirects', `more than ${limit}`),
  timeout: (ms: number) => new FetchPageError('timeout', `the page did not answer within ${seconds(ms)}`),
  tooLarge: (bytes: number) => new FetchPageError('too large', `the page is larger than ${size(bytes)}`),
  notAWebPage: (mediaType: string) => new FetchPageError('not a web page', `that is not a web page (${mediaType})`),
  httpStatus: (status: number, text: string) =>
    new FetchPageError('http status', `the page answered ${status}${text ? ` ${text}` : ''}`, String(status)),
  unreachable: (code: string) => new FetchPageError('unreachable', `the site could not be reached (${code})`, code),
};
