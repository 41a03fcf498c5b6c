/**
 * The few REST calls `npm start` and `npm run deploy` make before the client takes over, made with `fetch` so that
 * every way they can fail ends in one line that says what happened and what to check: a name that does not
 * resolve, a refused connection, no answer within the deadline, the token refused (401), Discord's own trouble
 * (5xx), an answer that is not JSON. Nothing here ever puts the token in a message.
 */

export interface DiscordApi {
  /** REST base without the version, like `https://discord.com/api` or DISCORD_API_URL. */
  base: string;
  token: string;
  timeoutMs: number;
}

/** Discord could not be reached or refused: the message is one line for the operator. */
export class DiscordApiError extends Error {
  override name = 'DiscordApiError';
  constructor(
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

export const DISCORD_API = 'https://discord.com/api';

function networkProblem(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? (error as { code?: string }).code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME')
    return 'the name does not resolve (DNS); check the network and DISCORD_API_URL';
  if (code === 'ECONNREFUSED') return 'the connection was refused; check DISCORD_API_URL';
  if (code === 'ECONNRESET') return 'the connection was reset';
  if (code.startsWith('ERR_TLS') || code.includes('CERT')) return `the TLS connection failed (${code})`;
  return code ? `the connection failed (${code})` : (cause?.message ?? (error instanceof Error ? error.message : String(error)));
}

/** Makes one call; retries once when Discord says to wait (429) for no more than the deadline allows. */
export async function callDiscord<T>(api: DiscordApi, method: 'GET' | 'PUT', route: string, body?: unknown): Promise<T> {
  const url = `${api.base.replace(/\/+$/u, '')}/v10${route}`;
  const host = new URL(url).host;
  const what = `${method} ${route}`;
  const seconds = Number((api.timeoutMs / 1000).toFixed(1));
  for (let attempt = 0; ; attempt++) {
    const signal = AbortSignal.timeout(api.timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method,
        signal,
        headers: {
          authorization: `Bot ${api.token}`,
          'user-agent': 'DiscordBot (https://github.com/storydesk, 0.1.0) storydesk',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      text = await response.text();
    } catch (error) {
      if (signal.aborted) throw new DiscordApiError(`Discord at ${host} did not answer ${what} within ${seconds} s`);
      throw new DiscordApiError(`cannot reach Discord at ${host}: ${networkProblem(error)}`);
    }
    const type = response.headers.get('content-type') ?? 'no content type';
    let json: unknown;
    try {
      json = text === '' ? null : JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (response.status === 429 && attempt === 0) {
      const wait = Math.min(Number((json as { retry_after?: number } | undefined)?.retry_after ?? 1) * 1000, api.timeoutMs);
      await new Promise((resolve) => setTimeout(resolve, wait));
      continue;
    }
    if (response.status === 401) {
      throw new DiscordApiError(
        'Discord refused the token (401 Unauthorized): check DISCORD_TOKEN (Developer Portal, Bot, Reset Token)',
        401,
      );
    }
    if (response.status >= 500) {
      throw new DiscordApiError(
        `Discord at ${host} answered ${what} with ${response.status} ${response.statusText || 'Server Error'}: trouble on Discord's side; try again in a few minutes`,
        response.status,
      );
    }
    if (json === undefined) {
      throw new DiscordApiError(
        `Discord at ${host} answered ${what} with something that is not JSON (HTTP ${response.status}, ${type.split(';')[0]}); check DISCORD_API_URL`,
        response.status,
      );
    }
    if (!response.ok) {
      const reason = (json as { message?: string } | null)?.message ?? response.statusText;
      const hint = response.status === 404 ? '; check DISCORD_APPLICATION_ID and DISCORD_GUILD_ID' : '';
      throw new DiscordApiError(`Discord refused ${what} (${response.status}: ${reason})${hint}`, response.status);
    }
    return json as T;
  }
}
