import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { BOT_USER_ID, MEMBER_PERMISSIONS, MODERATOR_PERMISSIONS, MODERATOR_ROLE_ID, message, OWNER_ID, snowflake } from './payloads.js';

/**
 * A small stand-in for Discord on 127.0.0.1, enough for the real discord.js client:
 * REST (gateway/bot, application commands, interaction callbacks, webhook edits and follow-ups, attachments)
 * and a WebSocket gateway (HELLO, IDENTIFY → READY, heartbeats, RESUME → RESUMED, INTERACTION_CREATE), sharded as
 * Discord shards: `GET /gateway/bot` recommends `shardCount` shards, each IDENTIFY names its `shard: [id, count]`, and
 * a server's interactions go to the session of the shard that owns it, `(guild_id >> 22) % count`. A bot that
 * identifies with fewer shards than required is closed with 4011, as Discord does past 2,500 servers.
 * It records every request and reproduces Discord's own refusals: 50035 for over-long fields, 40060 for a
 * second acknowledgement, 10062 for an interaction answered after 3 seconds, and 429 when told to.
 */

/** Discord's epoch (2015-01-01), the origin of the time in a snowflake. */
const DISCORD_EPOCH = 1_420_070_400_000n;
let interactionCounter = 0n;

/** An id as Discord mints it: the time it was made (`at`, ms) in its high bits, so `createdTimestamp` is that time. */
export function timedSnowflake(at: number): string {
  interactionCounter = (interactionCounter + 1n) % 4096n;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | interactionCounter).toString();
}

/** The shard that owns a server, as Discord computes it. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** One gateway connection: which shard it identified as, and its session. */
interface GatewaySession {
  socket: WebSocket;
  shard: [number, number];
  sessionId: string;
  sequence: number;
  ready: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
  /** Files sent as multipart parts, by field name. */
  files: Record<string, string>;
  at: number;
  /** 429 when the stand-in refused it as rate limited; otherwise what the route answered is not recorded. */
  rateLimited?: boolean;
}

export const APPLICATION_ID = '1100000000000000001';
export { BOT_USER_ID, snowflake };

interface PendingInteraction {
  id: string;
  token: string;
  createdAt: number;
  acknowledged: boolean;
}

/** How the stand-in's REST misbehaves when told to: an answer of its own, or none at all. */
export type BrokenRest = { status: number; body: string; contentType: string } | 'hang';

type Waiter = { match: (request: RecordedRequest) => boolean; resolve: (request: RecordedRequest) => void };

function validationError(res: ServerResponse, field: string, message: string): void {
  send(res, 400, {
    code: 50035,
    message: 'Invalid Form Body',
    errors: { [field]: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message }] } },
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === null ? '' : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(text);
}

/** Parses JSON or multipart bodies the way discord.js sends them. */
function parseBody(raw: Buffer, contentType: string | undefined): { body: unknown; files: Record<string, string> } {
  if (raw.length === 0) return { body: null, files: {} };
  if (contentType?.startsWith('multipart/form-data')) {
    const boundary = /boundary=(.+)$/u.exec(contentType)?.[1];
    const files: Record<string, string> = {};
    let body: unknown = null;
    if (!boundary) return { body, files };
    for (const part of raw.toString('utf8').split(`--${boundary}`)) {
      const name = /name="([^"]+)"/u.exec(part)?.[1];
      const content = part.split('\r\n\r\n').slice(1).join('\r\n\r\n').replace(/\r\n$/u, '');
      if (!name) continue;
      if (name === 'payload_json') body = JSON.parse(content);
      else files[name] = content;
    }
    return { body, files };
  }
  return { body: JSON.parse(raw.toString('utf8')), files: {} };
}

/** Discord's message limits, checked on every message the bot sends. */
function checkMessage(res: ServerResponse, data: Record<string, unknown> | undefined): boolean {
  if (!data) return true;
  const content = typeof data['content'] === 'string' ? data['content'] : '';
  if (content.length > 2000) {
    validationError(res, 'content', 'Must be 2000 or fewer in length.');
    return false;
  }
  const embeds = (data['embeds'] as Array<Record<string, unknown>> | undefined) ?? [];
  let total = 0;
  for (const embed of embeds) {
    const description = String(embed['description'] ?? '');
    if (description.length > 4096) {
      validationError(res, 'embeds.0.description', 'Must be 4096 or fewer in length.');
      return false;
    }
    const fields = (embed['fields'] as Array<{ name: string; value: string }> | undefined) ?? [];
    for (const field of fields) {
      if (field.value.length > 1024 || field.name.length > 256) {
        validationError(res, 'embeds.0.fields', 'Must be 1024 or fewer in length.');
        return false;
      }
      total += field.value.length + field.name.length;
    }
    const footer = embed['footer'] as { text?: string } | undefined;
    const title = String(embed['title'] ?? '');
    if (title.length > 256) {
      validationError(res, 'embeds.0.title', 'Must be 256 or fewer in length.');
      return false;
    }
    total += description.length + title.length + (footer?.text?.length ?? 0);
  }
  if (total > 6000) {
    validationError(res, 'embeds', 'Embed size exceeds maximum size of 6000');
    return false;
  }
  return true;
}

/** Command definitions as Discord checks them (names, lengths, option types). */
export function commandProblems(commands: unknown): string[] {
  const problems: string[] = [];
  if (!Array.isArray(commands)) return ['body must be an array'];
  const checkOption = (option: Record<string, unknown>, path: string): void => {
    const name = String(option['name'] ?? '');
    if (!/^[-_\p{L}\p{N}]{1,32}$/u.test(name) || name !== name.toLowerCase()) problems.push(`${path}.name "${name}"`);
    const description = String(option['description'] ?? '');
    if (description.length < 1 || description.length > 100) problems.push(`${path}.description length ${description.length}`);
    const type = Number(option['type']);
    if (!Number.isInteger(type) || type < 1 || type > 11) problems.push(`${path}.type ${type}`);
    for (const [locale, value] of Object.entries((option['name_localizations'] as Record<string, string> | undefined) ?? {})) {
      if (!/^[-_\p{L}\p{N}]{1,32}$/u.test(value) || value !== value.toLowerCase()) problems.push(`${path}.name_localizations.${locale}`);
    }
    for (const [locale, value] of Object.entries((option['description_localizations'] as Record<string, string> | undefined) ?? {})) {
      if (value.length < 1 || value.length > 100) problems.push(`${path}.description_localizations.${locale}`);
    }
    for (const [i, child] of ((option['options'] as Array<Record<string, unknown>> | undefined) ?? []).entries())
      checkOption(child, `${path}.options.${i}`);
  };
  commands.forEach((command: Record<string, unknown>, i: number) => {
    const name = String(command['name'] ?? '');
    if (!/^[-_\p{L}\p{N}]{1,32}$/u.test(name)) problems.push(`${i}.name "${name}"`);
    const description = String(command['description'] ?? '');
    if (description.length < 1 || description.length > 100) problems.push(`${i}.description`);
    for (const [j, option] of ((command['options'] as Array<Record<string, unknown>> | undefined) ?? []).entries())
      checkOption(option, `${i}.options.${j}`);
  });
  const names = commands.map((c: Record<string, unknown>) => c['name']);
  if (new Set(names).size !== names.length) problems.push('duplicate command names');
  return problems;
}

export class DiscordStandIn {
  readonly requests: RecordedRequest[] = [];
  readonly gatewayOps: Array<{ op: number; t?: string; shard?: number }> = [];
  readonly attachments = new Map<string, string>();
  private server: Server | null = null;
  private readonly wss = new WebSocketServer({ noServer: true });
  /** Live sessions by shard id. */
  private readonly sessions = new Map<number, GatewaySession>();
  /** Sessions by session id, for RESUME. */
  private readonly sessionsById = new Map<string, GatewaySession>();
  /** How many shards `GET /gateway/bot` recommends, and how many an IDENTIFY must name at least (4011 otherwise). */
  shardCount = 1;
  /** `session_start_limit.max_concurrency`: how many shards may identify at once. */
  maxConcurrency = 1;
  /** When set, every IDENTIFY is answered by closing the connection with this code (4004 bad token, 4014…). */
  closeOnIdentify: number | null = null;
  private readonly interactions = new Map<string, PendingInteraction>();
  private readonly waiters: Waiter[] = [];
  private rateLimitNext = 0;
  private broken: { mode: BrokenRest; match: (method: string, path: string) => boolean } | null = null;
  private readonly registered = new Map<string, unknown[]>();
  private failWebhooksNext = 0;
  private identifyCount = 0;
  private readyWaiters: Array<{ shard: number; resolve: () => void }> = [];
  port = 0;

  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get identifies(): number {
    return this.identifyCount;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('upgrade', (req, socket, head) => {
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onGateway(ws));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    const closed = new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    // Requests left hanging on purpose (breakRest('hang')) would keep close() waiting for ever.
    this.server?.closeAllConnections?.();
    await closed;
  }

  /** Answers the next `count` REST requests with 429 and a short retry_after. */
  rateLimitNextRequests(count: number): void {
    this.rateLimitNext = count;
  }

  /**
   * Makes REST misbehave, for every route or those `match` picks: answer with a given status and body (a refused
   * token, Discord's 5xx, an HTML page), or never answer. `null` puts it right.
   */
  breakRest(mode: BrokenRest | null, match: (method: string, path: string) => boolean = () => true): void {
    this.broken = mode === null ? null : { mode, match };
  }

  /** Refuses the next `count` webhook requests (edits and follow-ups) with a 400 Invalid Form Body. */
  failNextWebhooks(count: number): void {
    this.failWebhooksNext = count;
  }

  /** Resolves once shard `shard`'s session is ready (READY or RESUMED sent) — immediately if it is. */
  waitForSession(shard = 0): Promise<void> {
    if (this.sessions.get(shard)?.ready) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push({ shard, resolve }));
  }

  /** The shard ids with a live, ready session. */
  get readyShards(): number[] {
    return [...this.sessions.values()].filter((s) => s.ready).map((s) => s.shard[0]);
  }

  /** Resolves with the first recorded request (past or future) that matches. */
  waitForRequest(match: (request: RecordedRequest) => boolean, timeoutMs = 10_000): Promise<RecordedRequest> {
    const existing = this.requests.find(match);
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('stand-in: timed out waiting for a request')), timeoutMs);
      this.waiters.push({
        match,
        resolve: (request) => {
          clearTimeout(timer);
          resolve(request);
        },
      });
    });
  }

  /** Drops the gateway connection abnormally (code 1006 on the client side): the client should resume. */
  dropConnection(shard = 0): void {
    this.readyWaiters = this.readyWaiters.filter((w) => w.shard !== shard);
    const session = this.sessions.get(shard);
    session?.socket.terminate();
    if (session) session.ready = false;
    this.gatewayOps.length = 0;
  }

  /** Closes shard `shard`'s connection as Discord does, with a close code (4004, 4011, 4014…). */
  closeGateway(code: number, shard = 0): void {
    const session = this.sessions.get(shard);
    if (!session) throw new Error(`stand-in: no gateway session for shard ${shard}`);
    session.ready = false;
    session.socket.close(code);
  }

  /**
   * Sends INTERACTION_CREATE on the session of the shard that owns its server (shard 0 outside a server) and returns
   * the interaction's id and token. `ageMs` makes it as old as that when it arrives (late delivery, or a bot whose
   * event loop was busy): its id carries that time, and Discord's 3 s deadline counts from then.
   */
  dispatchInteraction(payload: Record<string, unknown>, options: { ageMs?: number } = {}): { id: string; token: string } {
    const guildId = typeof payload['guild_id'] === 'string' ? payload['guild_id'] : null;
    const shard = guildId ? shardOf(guildId, this.shardCount) : 0;
    const session = this.sessions.get(shard);
    if (!session?.ready) throw new Error(`stand-in: no gateway session for shard ${shard}`);
    const createdAt = Date.now() - (options.ageMs ?? 0);
    const id = timedSnowflake(createdAt);
    const token = `tok_${randomBytes(12).toString('hex')}`;
    this.interactions.set(id, { id, token, createdAt, acknowledged: false });
    this.dispatch(session, 'INTERACTION_CREATE', { ...payload, id, token, application_id: APPLICATION_ID, version: 1 });
    return { id, token };
  }

  /** Makes Discord forget an interaction, as it does 3 seconds after dispatch: its callback gets 10062. */
  expireInteraction(id: string): void {
    const pending = this.interactions.get(id);
    if (pending) pending.createdAt = 0;
  }

  /** The interaction callback the bot sent for an interaction id. */
  callbackFor(id: string, timeoutMs = 10_000): Promise<RecordedRequest> {
    return this.waitForRequest(
      (r) => !r.rateLimited && r.method === 'POST' && r.path.startsWith(`/api/v10/interactions/${id}/`),
      timeoutMs,
    );
  }

  private dispatch(session: GatewaySession, t: string, d: unknown): void {
    session.sequence += 1;
    session.socket.send(JSON.stringify({ op: 0, t, s: session.sequence, d }));
    this.gatewayOps.push({ op: 0, t, shard: session.shard[0] });
  }

  private markReady(session: GatewaySession): void {
    session.ready = true;
    const shard = session.shard[0];
    const waiting = this.readyWaiters.filter((w) => w.shard === shard);
    this.readyWaiters = this.readyWaiters.filter((w) => w.shard !== shard);
    for (const waiter of waiting) waiter.resolve();
  }

  private onGateway(ws: WebSocket): void {
    let session: GatewaySession | null = null;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
    ws.on('message', (raw) => {
      const packet = JSON.parse(raw.toString()) as { op: number; d: Record<string, unknown> | number | null };
      const d = (typeof packet.d === 'object' && packet.d !== null ? packet.d : {}) as Record<string, unknown>;
      this.gatewayOps.push({ op: packet.op, ...(session ? { shard: session.shard[0] } : {}) });
      if (packet.op === 1) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      else if (packet.op === 2) {
        this.identifyCount += 1;
        if (this.closeOnIdentify !== null) {
          ws.close(this.closeOnIdentify);
          return;
        }
        const [id, count] = Array.isArray(d['shard']) ? (d['shard'] as [number, number]) : [0, 1];
        if (count < this.shardCount) {
          ws.close(4011);
          return;
        }
        if (id < 0 || id >= count) {
          ws.close(4010);
          return;
        }
        session = { socket: ws, shard: [id, count], sessionId: randomBytes(8).toString('hex'), sequence: 0, ready: false };
        this.sessions.set(id, session);
        this.sessionsById.set(session.sessionId, session);
        this.dispatch(session, 'READY', {
          v: 10,
          user: { id: BOT_USER_ID, username: 'storydesk', discriminator: '0', global_name: null, avatar: null, bot: true, flags: 0 },
          guilds: [],
          session_id: session.sessionId,
          resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
          application: { id: APPLICATION_ID, flags: 0 },
          shard: [id, count],
        });
        this.markReady(session);
      } else if (packet.op === 6) {
        const resumed = this.sessionsById.get(String(d['session_id']));
        if (!resumed) {
          ws.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
          return;
        }
        session = resumed;
        session.socket = ws;
        this.sessions.set(session.shard[0], session);
        this.dispatch(session, 'RESUMED', {});
        this.markReady(session);
      }
    });
    ws.on('close', () => {
      if (session && session.socket === ws) {
        session.ready = false;
        if (this.sessions.get(session.shard[0]) === session) this.sessions.delete(session.shard[0]);
      }
    });
  }

  private record(request: RecordedRequest): void {
    this.requests.push(request);
    for (const waiter of [...this.waiters]) {
      if (waiter.match(request)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(request);
      }
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    let parsed: { body: unknown; files: Record<string, string> };
    try {
      parsed = parseBody(Buffer.concat(chunks), req.headers['content-type']);
    } catch {
      send(res, 400, { code: 50109, message: 'The request body contains invalid JSON.' });
      return;
    }
    const method = req.method ?? 'GET';

    if (path.startsWith('/attachments/')) {
      const file = this.attachments.get(path);
      if (file === undefined) send(res, 404, { message: 'Not Found' });
      else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(file);
      }
      return;
    }

    if (this.broken && path.startsWith('/api/v10/') && this.broken.match(method, path)) {
      this.record({ method, path, body: parsed.body, files: {}, at: Date.now() });
      const { mode } = this.broken;
      if (mode === 'hang') return; // the socket stays open until stop()
      res.writeHead(mode.status, { 'content-type': mode.contentType });
      res.end(mode.body);
      return;
    }

    if (this.rateLimitNext > 0 && path.startsWith('/api/v10/') && path !== '/api/v10/gateway/bot') {
      this.rateLimitNext -= 1;
      this.record({ method, path, body: parsed.body, files: {}, at: Date.now(), rateLimited: true });
      send(
        res,
        429,
        { message: 'You are being rate limited.', retry_after: 0.25, global: false },
        {
          'retry-after': '1',
          'x-ratelimit-limit': '5',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset-after': '0.25',
          'x-ratelimit-bucket': 'standin-bucket',
          'x-ratelimit-scope': 'user',
        },
      );
      return;
    }

    const request: RecordedRequest = { method, path, body: parsed.body, files: parsed.files, at: Date.now() };
    this.respond(request, res);
    this.record(request);
  }

  private respond(request: RecordedRequest, res: ServerResponse): void {
    const { method, path, body } = request;
    if (method === 'GET' && path === '/api/v10/gateway/bot') {
      send(res, 200, {
        url: `ws://127.0.0.1:${this.port}/gateway`,
        shards: this.shardCount,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: this.maxConcurrency },
      });
      return;
    }
    if (method === 'GET' && path === '/api/v10/applications/@me') {
      send(res, 200, { id: APPLICATION_ID, name: 'storydesk', description: '', bot_public: true, flags: 0 });
      return;
    }
    const guild = /^\/api\/v10\/guilds\/(\d+)$/u.exec(path);
    if (guild && method === 'GET') {
      // Every server has @everyone (a plain member's permissions) and a moderators' role with Manage Messages.
      const role = (id: string, name: string, permissions: string, position: number) => ({
        id,
        name,
        permissions,
        position,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      });
      send(res, 200, {
        id: guild[1],
        name: 'Stand-in server',
        icon: null,
        owner_id: OWNER_ID,
        afk_timeout: 300,
        verification_level: 0,
        default_message_notifications: 0,
        explicit_content_filter: 0,
        features: [],
        mfa_level: 0,
        premium_tier: 0,
        preferred_locale: 'en-US',
        nsfw_level: 0,
        emojis: [],
        stickers: [],
        roles: [role(guild[1]!, '@everyone', MEMBER_PERMISSIONS, 0), role(MODERATOR_ROLE_ID, 'Moderators', MODERATOR_PERMISSIONS, 1)],
      });
      return;
    }
    const commands = /^\/api\/v10\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/u.exec(path);
    if (commands && method === 'GET') {
      send(res, 200, this.registered.get(path) ?? []);
      return;
    }
    if (commands && method === 'PUT') {
      const problems = commandProblems(body);
      if (problems.length > 0) {
        send(res, 400, { code: 50035, message: 'Invalid Form Body', errors: problems });
        return;
      }
      const registered = (body as Array<Record<string, unknown>>).map((c) => ({
        ...c,
        id: snowflake(),
        application_id: APPLICATION_ID,
        version: snowflake(),
      }));
      this.registered.set(path, registered);
      send(res, 200, registered);
      return;
    }
    const callback = /^\/api\/v10\/interactions\/(\d+)\/([^/]+)\/callback$/u.exec(path);
    if (callback && method === 'POST') {
      const pending = this.interactions.get(callback[1]!);
      if (!pending || pending.token !== callback[2]) {
        send(res, 404, { code: 10062, message: 'Unknown interaction' });
        return;
      }
      if (pending.acknowledged) {
        send(res, 400, { code: 40060, message: 'Interaction has already been acknowledged.' });
        return;
      }
      if (Date.now() - pending.createdAt > 3000) {
        send(res, 404, { code: 10062, message: 'Unknown interaction' });
        return;
      }
      const data = (body as { data?: Record<string, unknown> } | null)?.data;
      const type = (body as { type?: number } | null)?.type;
      if (type === 8) {
        const choices = (data?.['choices'] as Array<{ name: string }> | undefined) ?? [];
        if (choices.length > 25 || choices.some((c) => c.name.length < 1 || c.name.length > 100)) {
          validationError(res, 'data.choices', 'Must be 25 or fewer in length, names 1-100.');
          return;
        }
      }
      if (!checkMessage(res, data)) return;
      pending.acknowledged = true;
      res.writeHead(204);
      res.end();
      return;
    }
    const webhook = /^\/api\/v10\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/u.exec(path);
    if (webhook && this.failWebhooksNext > 0) {
      this.failWebhooksNext -= 1;
      validationError(res, 'content', 'Refused by the stand-in for this test.');
      return;
    }
    if (webhook) {
      if (!checkMessage(res, body as Record<string, unknown>)) return;
      const sent = (body ?? {}) as { content?: string; embeds?: unknown[]; components?: unknown[] };
      send(res, 200, { ...message(sent.components ?? [], sent.embeds ?? []), content: sent.content ?? '' });
      return;
    }
    send(res, 404, { code: 0, message: `stand-in: no route for ${method} ${path}` });
  }
}
