import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AttachmentPolicy, fetchAttachment } from '../../src/discord/fetchAttachment.js';

/**
 * Downloads for `/entry import`, against real HTTP servers on 127.0.0.1: "discord" stands for Discord's CDN (an
 * allowed origin), "elsewhere" for any other host, which must never be contacted.
 */

interface Host {
  server: Server;
  origin: string;
  hits: string[];
  /** What the last response managed to write before the client hung up. */
  written: number;
}

async function host(handle: (req: IncomingMessage, res: ServerResponse, self: Host) => void): Promise<Host> {
  const self: Host = { server: createServer(), origin: '', hits: [], written: 0 };
  self.server.on('request', (req, res) => {
    self.hits.push(req.url ?? '');
    handle(req, res, self);
  });
  await new Promise<void>((resolve) => self.server.listen(0, '127.0.0.1', resolve));
  self.origin = `http://127.0.0.1:${(self.server.address() as AddressInfo).port}`;
  return self;
}

const MB = 2 ** 20;
let discord: Host;
let elsewhere: Host;
let policy: AttachmentPolicy;

beforeAll(async () => {
  elsewhere = await host((_req, res) => res.end('{"format":"storydesk-entries"}'));
  discord = await host((req, res, self) => {
    if (req.url === '/ok.json') res.end('{"format":"storydesk-entries","version":1,"entries":[]}');
    else if (req.url === '/away') res.writeHead(302, { location: `${elsewhere.origin}/file.json` }).end();
    else if (req.url === '/hop') res.writeHead(302, { location: '/ok.json' }).end();
    else if (req.url === '/huge') {
      // 64 MB with no Content-Length, sent in 64 KB pieces for as long as the client reads.
      res.writeHead(200, { 'content-type': 'application/json' });
      const piece = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = (): void => {
        while (sent < 64 * MB) {
          sent += piece.length;
          self.written = sent;
          if (!res.write(piece)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end();
      };
      res.on('close', () => res.removeAllListeners('drain'));
      pump();
    } else if (req.url === '/slow') {
      res.writeHead(200);
      res.write('{');
      // never ends
    } else res.writeHead(404).end();
  });
  policy = { origins: [discord.origin], maxBytes: 1 * MB, timeoutMs: 400 };
});

afterAll(async () => {
  for (const h of [discord, elsewhere]) {
    h.server.closeAllConnections();
    await new Promise((resolve) => h.server.close(resolve));
  }
});

describe('downloading an attachment', () => {
  it('GIVEN an attachment on Discord THEN its text', async () => {
    expect(await fetchAttachment(`${discord.origin}/ok.json`, policy)).toContain('storydesk-entries');
  });

  it('GIVEN an address that is not Discord THEN refused, and that host is never contacted', async () => {
    await expect(fetchAttachment(`${elsewhere.origin}/file.json`, policy)).rejects.toThrow(
      `the file is not a Discord attachment (${new URL(elsewhere.origin).host} is not Discord)`,
    );
    await expect(fetchAttachment('https://cdn.discordapp.com.evil.example/x.json', policy)).rejects.toThrow(/is not a Discord attachment/u);
    expect(elsewhere.hits).toEqual([]);
  });

  it('GIVEN Discord redirecting elsewhere THEN refused before following; a redirect within Discord is followed', async () => {
    await expect(fetchAttachment(`${discord.origin}/away`, policy)).rejects.toThrow(/is not a Discord attachment/u);
    expect(elsewhere.hits).toEqual([]);
    expect(await fetchAttachment(`${discord.origin}/hop`, policy)).toContain('storydesk-entries');
  });

  it('GIVEN a body larger than the cap with no Content-Length THEN refused, and reading stops soon after the cap', async () => {
    await expect(fetchAttachment(`${discord.origin}/huge`, policy)).rejects.toThrow('the file is larger than 1 MB');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(discord.written).toBeLessThan(16 * MB);
  });

  it('GIVEN a download that never finishes THEN refused once the deadline passes', async () => {
    await expect(fetchAttachment(`${discord.origin}/slow`, policy)).rejects.toThrow('the attachment took longer than 0.4 s to download');
  });
});
