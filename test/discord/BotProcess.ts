import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../paths.js';

/** The environment the bot (or `npm run deploy`) needs to talk to a stand-in; nothing else of ours leaks in. */
export function standInEnv(apiBase: string): Record<string, string> {
  return {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? '/tmp',
    DISCORD_TOKEN: 'MTEwMDAwMDAwMDAwMDAwMDAwMg.stand-in.token-for-tests',
    DISCORD_API_URL: apiBase,
  };
}

/**
 * The real bot — the entry point `npm start` runs — as a child process, pointed at a stand-in.
 * Collects its JSON log lines so tests can wait for `ready` and read what it logged.
 */
export class BotProcess {
  readonly logs: Array<Record<string, unknown>> = [];
  readonly stderr: string[] = [];
  child: ChildProcess | null = null;
  readonly databasePath: string;

  constructor(
    private readonly apiBase: string,
    private readonly extraEnv: Record<string, string> = {},
    databasePath?: string,
  ) {
    this.databasePath = databasePath ?? join(mkdtempSync(join(tmpdir(), 'storydesk-')), 'bot.db');
  }

  /** The bot process, started as a process manager would (`node --import tsx src/main.ts`), its output not yet read. */
  spawnChild(): ChildProcess {
    return spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'main.ts')], {
      cwd: ROOT,
      env: {
        ...standInEnv(this.apiBase),
        DATABASE_PATH: this.databasePath,
        LOG_LEVEL: 'debug',
        ...this.extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  start(): void {
    this.child = this.spawnChild();
    let buffer = '';
    this.child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        try {
          this.logs.push(JSON.parse(line) as Record<string, unknown>);
        } catch {
          this.logs.push({ raw: line });
        }
      }
    });
    this.child.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
  }

  async waitForLog(message: string, timeoutMs = 20_000): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = this.logs.find((l) => l['msg'] === message);
      if (found) return found;
      if (this.child?.exitCode !== null && this.child?.exitCode !== undefined) {
        throw new Error(`bot exited (${this.child.exitCode}) before "${message}": ${this.stderr.join('')}`);
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`bot did not log "${message}" within ${timeoutMs} ms: ${this.stderr.join('')}`);
  }

  /** Sends a signal and resolves with the exit code. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill(signal);
    return exited;
  }
}
