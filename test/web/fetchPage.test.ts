import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticlePage } from '../../src/story/readArticlePage.js';
import { FetchPageError } from '../../src/web/FetchPageError.js';
import { type FetchPageOptions, fetchPage } from '../../src/web/fetchPage.js';
import { ROOT } from '../paths.js';
import { PageServer } from './PageServer.js';

const FERRY = readFileSync(join(ROOT, 'test', 'fixtures', 'pages', 'ferry-winter.html'), 'utf8');
/** Our own words in windows-1252: curly quotes (0x93, 0x94), an e acute (0xE9), a euro sign (0x80). */
const CP1252_PARAGRAPH = '\u201CThe caf\u00E9 will charge \u20AC2 a cup,\u201D said Irene Castell.';
const cp1252 = (text: string) =>
  Buffer.from(
    text
      .replace(/\u201C/gu, '\x93')
      .replace(/\u201D/gu, '\x94')
      .replace(/\u20AC/gu, '\x80'),
    'latin1',
  );

function redirect(response: ServerResponse, status: number, location: string): void {
  response.writeHead(status, { location });
  response.end();
}

function html(response: ServerResponse, body: string | Buffer, contentType = 'text/html; charset=utf-8'): void {
  response.writeHead(200, { 'content-type': contentType });
  response.end(body);
}

/** Writes 64 KB chunks (no Content-Length, so chunked) until `total` bytes or the client hangs up. */
function stream(response: ServerResponse, total: number): void {
  response.writeHead(200, { 'content-type': 'text/html' });
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  const more = (): void => {
    while (sent < total && !response.destroyed) {
      sent += chunk.length;
      if (!response.write(chunk)) return void response.once('drain', more);
    }
    response.end();
  };
  more();
}

const server = new PageServer({
  '/article': (_, response) => html(response, FERRY),
  '/plain': (_, response) => html(response, 'The ferry will run all winter.', 'text/plain'),
  '/hop1': (_, response) => redirect(response, 302, '/hop2'),
  '/hop2': (_, response) => redirect(response, 301, `${server.url('/hop3')}`),
  '/hop3': (_, response) => redirect(response, 307, 'article'),
  '/loop': (_, response) => redirect(response, 302, '/loop'),
  '/to-private': (_, response) => redirect(response, 302, 'http://10.0.0.1/admin'),
  '/to-metadata': (_, response) => redirect(response, 302, 'http://169.254.169.254/latest/meta-data/'),
  '/to-intranet': (_, response) => redirect(response, 302, `http://intranet.test:${server.port}/article`),
  '/to-ftp': (_, response) => redirect(response, 302, 'ftp://files.example.com/page.html'),
  '/endless': (_, response) => stream(response, 3 * 1024 * 1024),
  '/bomb': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    response.end(gzipSync(Buffer.alloc(3 * 1024 * 1024, ' ')));
  },
  '/declared-large': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(5_000_000) });
    response.write('<p>');
  },
  '/slow': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.write('<html><body><p>The ferry');
  },
  '/silent': () => {},
  '/image': (_, response) => html(response, Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png'),
  '/cp1252': (_, response) =>
    html(response, cp1252(`<html><body><p>${CP1252_PARAGRAPH}</p></body></html>`), 'text/html; charset=windows-1252'),
  '/cp1252-meta': (_, response) =>
    html(response, cp1252(`<html><head><meta charset="windows-1252"></head><body><p>${CP1252_PARAGRAPH}</p></body></html>`), 'text/html'),
  '/gzip': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
    response.end(gzipSync(FERRY));
  },
});

const LOOPBACK: FetchPageOptions = { allowLoopback: true };

async function refusal(promise: Promise<unknown>): Promise<FetchPageError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchPageError) return error;
    throw error;
  }
  throw new Error('the fetch was not refused');
}

function requestsTo(path: string): number {
  return server.requests.filter((r) => r.path === path).length;
}

beforeAll(() => server.start());
afterAll(() => server.stop());

describe('fetchPage from a real server on 127.0.0.1', () => {
  it('GIVEN a news page THEN its text, kind and charset, and the article reads out of it', async () => {
    const page = await fetchPage(server.url('/article'), LOOPBACK);
    expect(page).toMatchObject({ url: server.url('/article'), kind: 'html', mediaType: 'text/html', charset: 'utf-8' });
    expect(readArticlePage(page.text, page.url).meta.title).toBe('Alder Bay ferry to run through winter after council vote');
  });

  it('GIVEN a plain-text page THEN kind text', async () => {
    expect(await fetchPage(server.url('/plain'), LOOPBACK)).toMatchObject({ kind: 'text', text: 'The ferry will run all winter.' });
  });

  it('GIVEN a gzip-compressed page THEN the same text', async () => {
    expect((await fetchPage(server.url('/gzip'), LOOPBACK)).text).toBe(FERRY);
  });

  it('GIVEN a chain of three redirects (302, 301 absolute, 307 relative) THEN the page at its end, with its final address', async () => {
    const page = await fetchPage(server.url('/hop1'), LOOPBACK);
    expect(page.url).toBe(server.url('/article'));
    expect(page.text).toBe(FERRY);
  });

  it('GIVEN a redirect loop THEN "too many redirects" after the first request and five redirects', async () => {
    const before = requestsTo('/loop');
    const error = await refusal(fetchPage(server.url('/loop'), LOOPBACK));
    expect(error.message).toBe('too many redirects');
    expect(requestsTo('/loop') - before).toBe(6);
  });

  it('GIVEN a windows-1252 page that says so in its header THEN curly quotes, e acute and euro sign as written', async () => {
    const page = await fetchPage(server.url('/cp1252'), LOOPBACK);
    expect(page.charset).toBe('windows-1252');
    expect(page.text).toContain(CP1252_PARAGRAPH);
  });

  it('GIVEN a windows-1252 page that says so only in <meta charset> THEN the same', async () => {
    expect((await fetchPage(server.url('/cp1252-meta'), LOOPBACK)).text).toContain(CP1252_PARAGRAPH);
  });
});

describe('fetchPage refusals, each one line for the moderator', () => {
  it('GIVEN 127.0.0.1 without allowLoopback THEN "that address is on a private network", and nothing reaches the server', async () => {
    const before = server.requests.length;
    const error = await refusal(fetchPage(server.url('/article')));
    expect(error).toMatchObject({ reason: 'private network', message: 'that address is on a private network' });
    expect(server.requests.length).toBe(before);
  });

  it('GIVEN localhost without allowLoopback THEN refused after resolving it', async () => {
    expect((await refusal(fetchPage(`http://localhost:${server.port}/article`))).reason).toBe('private network');
  });

  it.each([
    ['/to-private', '10.0.0.1 is 10.0.0.1 (private)'],
    ['/to-metadata', '169.254.169.254 is 169.254.169.254 (cloud metadata)'],
  ])('GIVEN a redirect (%s) to a private address, even with allowLoopback THEN refused before connecting to it', async (path, detail) => {
    const error = await refusal(fetchPage(server.url(path), LOOPBACK));
    // A connection attempt to an unroutable address would have ended in a timeout or "unreachable", not this.
    expect(error).toMatchObject({ reason: 'private network', message: 'that address is on a private network', detail });
  });

  it('GIVEN a redirect to a host name that resolves to a private address THEN refused after that redirect', async () => {
    const resolveHost = async (name: string) => (name === 'intranet.test' ? ['192.168.1.20'] : []);
    const error = await refusal(fetchPage(server.url('/to-intranet'), { ...LOOPBACK, resolveHost }));
    expect(error.detail).toBe('intranet.test is 192.168.1.20 (private)');
  });

  it('GIVEN a host name with one public and one private address THEN refused', async () => {
    const resolveHost = async () => ['93.184.215.14', '10.20.30.40'];
    expect((await refusal(fetchPage('http://mixed.test/page', { resolveHost }))).reason).toBe('private network');
  });

  it('GIVEN a host name THEN the connection goes to the address it was checked as, not to a new lookup', async () => {
    const lookups: string[] = [];
    const resolveHost = async (name: string) => {
      lookups.push(name);
      return ['127.0.0.1'];
    };
    const page = await fetchPage(`http://pages.test:${server.port}/article`, { ...LOOPBACK, resolveHost });
    expect(page.text).toBe(FERRY);
    expect(lookups).toEqual(['pages.test']);
    expect(server.requests.at(-1)).toEqual({ path: '/article', host: `pages.test:${server.port}` });
  });

  it('GIVEN a page that streams past 2 MB with no Content-Length THEN "the page is larger than 2 MB"', async () => {
    const error = await refusal(fetchPage(server.url('/endless'), LOOPBACK));
    expect(error).toMatchObject({ reason: 'too large', message: 'the page is larger than 2 MB' });
  });

  it('GIVEN a small gzip answer that unpacks past 2 MB THEN refused as too large', async () => {
    expect((await refusal(fetchPage(server.url('/bomb'), LOOPBACK))).reason).toBe('too large');
  });

  it('GIVEN a Content-Length over the cap THEN refused without reading', async () => {
    expect((await refusal(fetchPage(server.url('/declared-large'), LOOPBACK))).reason).toBe('too large');
  });

  it('GIVEN a page that stops sending (a short timeout for the test) THEN "the page did not answer within …"', async () => {
    const error = await refusal(fetchPage(server.url('/slow'), { ...LOOPBACK, timeoutMs: 300 }));
    expect(error).toMatchObject({ reason: 'timeout', message: 'the page did not answer within 0.3 seconds' });
  });

  it('GIVEN a server that never answers THEN a timeout', async () => {
    expect((await refusal(fetchPage(server.url('/silent'), { ...LOOPBACK, timeoutMs: 300 }))).reason).toBe('timeout');
  });

  it('GIVEN an image THEN "that is not a web page (image/png)"', async () => {
    expect((await refusal(fetchPage(server.url('/image'), LOOPBACK))).message).toBe('that is not a web page (image/png)');
  });

  it('GIVEN a missing page THEN "the page answered 404 Not Found"', async () => {
    expect((await refusal(fetchPage(server.url('/missing'), LOOPBACK))).message).toBe('the page answered 404 Not Found');
  });

  it('GIVEN a redirect to ftp: THEN only http and https', async () => {
    expect((await refusal(fetchPage(server.url('/to-ftp'), LOOPBACK))).message).toBe('only http and https addresses can be read');
  });

  it.each([
    ['file:///etc/passwd', 'only http and https addresses can be read'],
    ['javascript:alert(1)', 'only http and https addresses can be read'],
    ['not an address', 'that is not a web address'],
  ])('GIVEN %j THEN %j', async (address, message) => {
    expect((await refusal(fetchPage(address))).message).toBe(message);
  });

  it('GIVEN a host name that does not resolve THEN "the site could not be reached"', async () => {
    const resolveHost = async () => {
      throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    };
    expect((await refusal(fetchPage('http://nowhere.test/', { resolveHost }))).message).toBe('the site could not be reached (ENOTFOUND)');
  });

  it('GIVEN an address written as a number (http://2130706433/ is 127.0.0.1) THEN refused as private', async () => {
    expect((await refusal(fetchPage('http://2130706433/'))).reason).toBe('private network');
  });
});
