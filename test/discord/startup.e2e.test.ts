import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../paths.js';
import { BotProcess, standInEnv } from './BotProcess.js';
import { APPLICATION_ID, type BrokenRest, DiscordStandIn } from './DiscordStandIn.js';

/**
 * `npm start` (the bot) and `npm run deploy` against a Discord that fails in each way it can: every failure is one
 * line on stderr, exit code 1, no stack trace; the bot logs each step of its start as it begins.
 */

const standIn = new DiscordStandIn();
beforeAll(() => standIn.start());
afterEach(() => standIn.breakRest(null));
afterAll(() => standIn.stop());

function run(command: 'start' | 'deploy', env: Record<string, string>): Promise<{ status: number | null; stderr: string; stdout: string }> {
  // `npm run deploy` is `node --import tsx src/deploy.ts`; run directly, each case saves npm's own start-up.
  const child =
    command === 'deploy'
      ? spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'deploy.ts')], {
          cwd: ROOT,
          env: { ...standInEnv(standIn.apiBase), ...env },
        })
      : new BotProcess(standIn.apiBase, env).spawnChild();
  let stderr = '';
  let stdout = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (status) => resolve({ status, stderr, stdout })));
}

const host = () => `127.0.0.1:${standIn.port}`;
const failures: Array<[string, BrokenRest | null, Record<string, string>, (route: string) => string]> = [
  [
    'a name that does not resolve',
    null,
    { DISCORD_API_URL: 'http://storydesk-test.invalid/api' },
    () => 'cannot reach Discord at storydesk-test.invalid: the name does not resolve (DNS); check the network and DISCORD_API_URL',
  ],
  [
    'the token refused (401)',
    { status: 401, body: '{"message": "401: Unauthorized", "code": 0}', contentType: 'application/json' },
    {},
    () => 'Discord refused the token (401 Unauthorized): check DISCORD_TOKEN (Developer Portal, Bot, Reset Token)',
  ],
  [
    "Discord's own trouble (503)",
    { status: 503, body: 'upstream connect error', contentType: 'text/plain' },
    {},
    (route) => `Discord at ${host()} answered ${route} with 503 Service Unavailable: trouble on Discord's side; try again in a few minutes`,
  ],
  [
    'an answer that is not JSON',
    { status: 200, body: '<html><body>Welcome to the captive portal</body></html>', contentType: 'text/html; charset=utf-8' },
    {},
    (route) => `Discord at ${host()} answered ${route} with something that is not JSON (HTTP 200, text/html); check DISCORD_API_URL`,
  ],
  [
    'no answer within the deadline',
    'hang',
    { DISCORD_TIMEOUT_SECONDS: '1' },
    (route) => `Discord at ${host()} did not answer ${route} within 1 s`,
  ],
];

describe('npm start when Discord fails', () => {
  it.each(failures)('GIVEN %s THEN one line, exit 1, no stack; each step was logged as it began', async (_name, broken, env, message) => {
    if (broken) standIn.breakRest(broken);
    const result = await run('start', env);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${message('GET /gateway/bot')}\n`);
    const steps = result.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(steps).toEqual(['starting', 'asking Discord for the gateway']);
  });
});

describe('npm run deploy when Discord fails', () => {
  it.each(failures)('GIVEN %s THEN one line, exit 1, no stack', async (_name, broken, env, message) => {
    if (broken) standIn.breakRest(broken);
    const result = await run('deploy', { DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_GUILD_ID: '1200000000000000010', ...env });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`deploy failed: ${message(`PUT /applications/${APPLICATION_ID}/guilds/1200000000000000010/commands`)}\n`);
    expect(result.stdout).toBe(
      'deploy: registering 6 commands in server 1200000000000000010 at ' +
        `${env['DISCORD_API_URL'] ? 'storydesk-test.invalid' : host()}\u2026\n`,
    );
  });

  it.each([
    ['an empty list', '[]', 'sent 6, got 0 commands; missing /about'],
    ['an object', '{}', 'sent 6, got no list; missing /about'],
  ])('GIVEN Discord answering the PUT with %s THEN it does not say it registered anything', async (_name, body, detail) => {
    standIn.breakRest({ status: 200, body, contentType: 'application/json' }, (method) => method === 'PUT');
    const result = await run('deploy', { DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_GUILD_ID: '1200000000000000010' });
    expect(result.status).toBe(1);
    expect(result.stdout).not.toContain('registered');
    expect(result.stderr).toBe(
      `deploy failed: Discord's answer does not list the commands sent (${detail}); nothing can be said to be registered\n`,
    );
  });
});

describe('npm run deploy -- --remove', () => {
  it('GIVEN commands registered to the test server THEN --remove takes them all away from it, and says which', async () => {
    const env = { DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_GUILD_ID: '1200000000000000011' };
    expect((await run('deploy', env)).status).toBe(0);
    const removed = spawn('npm', ['run', '--silent', 'deploy', '--', '--remove'], {
      cwd: ROOT,
      env: { ...standInEnv(standIn.apiBase), ...env },
    });
    let stdout = '';
    removed.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    expect(await new Promise((resolve) => removed.once('exit', resolve))).toBe(0);
    expect(stdout).toContain('removed 6 commands in server 1200000000000000011: /about /ask /entry /facts /quote /story\n');
    const route = `/api/v10/applications/${APPLICATION_ID}/guilds/1200000000000000011/commands`;
    const puts = standIn.requests.filter((r) => r.method === 'PUT' && r.path === route);
    expect(puts.at(-1)!.body).toEqual([]);
  });

  it('GIVEN no DISCORD_GUILD_ID THEN --remove refuses with one line, touching nothing global', async () => {
    const before = standIn.requests.length;
    const child = spawn('npm', ['run', '--silent', 'deploy', '--', '--remove'], { cwd: ROOT, env: standInEnv(standIn.apiBase) });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(1);
    expect(stderr).toBe(
      'deploy failed: config: DISCORD_GUILD_ID is missing (deploy --remove removes the commands registered to that test server)\n',
    );
    expect(standIn.requests.length).toBe(before);
  });
});
