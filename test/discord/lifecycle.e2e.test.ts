import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../paths.js';
import { BotProcess, standInEnv } from './BotProcess.js';
import { APPLICATION_ID, commandProblems, DiscordStandIn } from './DiscordStandIn.js';

const standIn = new DiscordStandIn();
beforeAll(() => standIn.start());
afterAll(() => standIn.stop());

/** Runs `npm run deploy` without blocking: the stand-in answers from this same process. */
function deploy(env: Record<string, string>): Promise<{ status: number | null; stderr: string }> {
  const child = spawn('npm', ['run', '--silent', 'deploy'], {
    cwd: ROOT,
    env: { ...standInEnv(standIn.apiBase), ...env },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (status) => resolve({ status, stderr })));
}

describe('npm run deploy', () => {
  it('GIVEN DISCORD_GUILD_ID THEN the command definitions go to that server, and Discord would accept them', async () => {
    const run = await deploy({ DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_GUILD_ID: '1200000000000000010' });
    expect(run.status, run.stderr).toBe(0);
    const put = standIn.requests.find(
      (r) => r.method === 'PUT' && r.path === `/api/v10/applications/${APPLICATION_ID}/guilds/1200000000000000010/commands`,
    );
    expect(put).toBeDefined();
    expect(commandProblems(put!.body)).toEqual([]);
    const names = (put!.body as Array<{ name: string; name_localizations?: Record<string, string> }>).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['quote', 'facts', 'ask', 'about']));
    const quote = (put!.body as Array<{ name: string; name_localizations?: Record<string, string> }>).find((c) => c.name === 'quote');
    expect(quote?.name_localizations?.['es-ES']).toBe('cita');
  });

  it('GIVEN no guild and no application id THEN it asks Discord for the application and registers globally, the same list twice', async () => {
    expect((await deploy({})).status).toBe(0);
    expect((await deploy({})).status).toBe(0);
    const puts = standIn.requests.filter((r) => r.method === 'PUT' && r.path === `/api/v10/applications/${APPLICATION_ID}/commands`);
    expect(puts).toHaveLength(2);
    expect(puts[0]!.body).toEqual(puts[1]!.body);
  });

  it('GIVEN no token THEN one line naming DISCORD_TOKEN', async () => {
    const run = await deploy({ DISCORD_TOKEN: '' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('deploy failed: config: DISCORD_TOKEN is missing (deploy needs the bot token)');
  });
});

describe('start-up and shutdown', () => {
  it('GIVEN SIGTERM THEN the bot destroys its client and exits 0 within a few seconds', async () => {
    const bot = new BotProcess(standIn.apiBase);
    bot.start();
    await bot.waitForLog('ready');
    const started = Date.now();
    expect(await bot.stop('SIGTERM')).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(bot.logs.some((l) => l['msg'] === 'shutting down')).toBe(true);
  });

  it('GIVEN a bot serving a database THEN a second bot on the same DATABASE_PATH stops at start with one line, and a console (another owner) may share it', async () => {
    const first = new BotProcess(standIn.apiBase);
    first.start();
    await first.waitForLog('ready');
    try {
      const second = new BotProcess(standIn.apiBase, {}, first.databasePath);
      second.start();
      const code = await new Promise<number | null>((resolve) => second.child!.once('exit', resolve));
      expect(code).toBe(1);
      expect(second.stderr.join('')).toBe(
        `${first.databasePath}: another storydesk process already serves Discord shard 0 from this database; stop it first (one process per set of servers)\n`,
      );
      const console = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'main.ts')], {
        cwd: ROOT,
        input: '/about\n',
        encoding: 'utf8',
        env: { ...process.env, DISCORD_TOKEN: '', DATABASE_PATH: first.databasePath },
      });
      expect(console.status, console.stderr).toBe(0);
    } finally {
      expect(await first.stop('SIGTERM')).toBe(0);
    }
  });

  it("GIVEN the README's systemd ExecStart (compiled JavaScript), run as systemd would THEN SIGTERM reaches the bot: it shuts down cleanly and exits 0", async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const execStart = /^ExecStart=(\S+) (.+)$/mu.exec(readme);
    expect(execStart?.[1]).toMatch(/\/node$/u);
    const args = execStart![2]!.split(' ');
    expect(args).toEqual(['--expose-gc', 'dist/src/main.js']);
    // What `npm ci` (postinstall) and `npm start` (prestart) do before it: build dist/ when a source is newer.
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--if-stale'], { cwd: ROOT, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...standInEnv(standIn.apiBase), DATABASE_PATH: join(mkdtempSync(join(tmpdir(), 'storydesk-unit-')), 'bot.db') },
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    while (!stdout.includes('"msg":"ready"')) await new Promise((resolve) => setTimeout(resolve, 25));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout).toContain('"msg":"shutting down"');
  }, 90_000);

  it('GIVEN a malformed DISCORD_API_URL THEN start-up stops with one line naming it', async () => {
    const bot = new BotProcess(standIn.apiBase, { DISCORD_API_URL: 'not a url' });
    bot.start();
    const code = await new Promise<number | null>((resolve) => bot.child!.once('exit', resolve));
    expect(code).toBe(1);
    expect(bot.stderr.join('').trim()).toMatch(/^config: DISCORD_API_URL /u);
  });
});
