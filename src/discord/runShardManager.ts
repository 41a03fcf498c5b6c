import type { ChildProcess } from 'node:child_process';
import { type Shard, ShardingManager } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { StartupError } from '../StartupError.js';
import { FATAL_GATEWAY_EXIT_CODE } from './fatalGatewayClose.js';
import type { ShardPlan } from './planShards.js';

/** Discord lets one shard per concurrency bucket identify every 5 s. */
const IDENTIFY_SPACING_MS = 5500;
/** How long a shard process that died is left down before it is started again (longer when it died starting). */
const RESTART_DELAY_MS = 1000;
const RESTART_AFTER_FAILED_START_MS = 5000;

/**
 * Several shards on this machine: discord.js's ShardingManager starts one process per shard, each running this same
 * entry point (with the same Node flags, so `node dist/src/main.js` and `node --import tsx src/main.ts` alike) as a
 * shard process that serves only its own servers (SHARDING_MANAGER, SHARDS and SHARD_COUNT in its environment).
 * Their logs reach this process's stdout and stderr.
 *
 * - A shard process that dies after it was ready (a crash, SIGKILL, out of memory) is started again.
 * - One that stops before it is first ready (its database locked by another process, a bad story…) stops the whole
 *   bot with exit code 1: it said why in one line, and starting it again would fail the same way.
 * - One that exits with FATAL_GATEWAY_EXIT_CODE (Discord closed its gateway for good: 4004, 4011, 4014…) stops the
 *   whole bot with that code, for the supervisor to act (with SHARD_COUNT=auto, a restart re-plans the shards).
 * - SIGINT/SIGTERM stop every shard process cleanly, then this one exits 0.
 */
export async function runShardManager(config: Config, logger: Logger, plan: ShardPlan): Promise<void> {
  const entry = process.argv[1];
  if (!entry) throw new StartupError('cannot tell which file to start for each shard (process.argv[1] is empty)');
  const timeoutMs = config.DISCORD_TIMEOUT_SECONDS * 1000;
  const manager = new ShardingManager(entry, {
    totalShards: plan.shardCount,
    shardList: plan.shards,
    token: config.DISCORD_TOKEN ?? '',
    execArgv: process.execArgv,
    mode: 'process',
    respawn: false,
  });
  let stopping = false;
  /** A shard process exited with FATAL_GATEWAY_EXIT_CODE: the whole bot exits with it. */
  let fatal = false;
  const everReady = new Set<number>();

  /** Stops every shard process, waits for them, then exits (78 if any shard was closed for good, else exitCode, after `line`). */
  const stopAll = async (exitCode: number, line?: string): Promise<never> => {
    stopping = true;
    const exits = [...manager.shards.values()].map((shard) => {
      const child = shard.process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      return exited;
    });
    const force = setTimeout(() => process.exit(exitCode || 1), 8000);
    force.unref();
    await Promise.all(exits);
    logger.flush();
    if (fatal) process.exit(FATAL_GATEWAY_EXIT_CODE);
    if (line) process.stderr.write(`${line}\n`);
    process.exit(exitCode);
  };
  const stop = (signal: string): void => {
    if (stopping) return;
    logger.info({ signal }, 'shutting down');
    void stopAll(0);
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));

  const restart = (shard: Shard, delayMs: number): void => {
    setTimeout(() => {
      if (stopping || shard.process) return;
      logger.info({ shard: shard.id }, 'restarting shard process');
      shard.spawn(timeoutMs + 30_000).catch((error: unknown) => {
        if (!stopping) logger.warn({ shard: shard.id, err: error }, 'restarted shard process did not get ready');
      });
    }, delayMs).unref();
  };

  manager.on('shardCreate', (shard) => {
    shard.on('spawn', (child) => logger.info({ shard: shard.id, pid: (child as ChildProcess).pid }, 'shard process started'));
    shard.on('ready', () => {
      everReady.add(shard.id);
      logger.info({ shard: shard.id }, 'shard ready');
    });
    shard.on('death', (died) => {
      // Mode 'process': each shard is a child process.
      const child = died as ChildProcess;
      const how = { shard: shard.id, exitCode: child.exitCode, signal: child.signalCode };
      if (child.exitCode === FATAL_GATEWAY_EXIT_CODE) {
        fatal = true;
        logger.fatal(how, 'Discord closed a shard for good; stopping every shard');
        if (!stopping) void stopAll(FATAL_GATEWAY_EXIT_CODE);
        return;
      }
      if (stopping) return;
      // Before it was ever ready, the start of the whole bot fails (spawn() rejects below): no restart.
      if (!everReady.has(shard.id)) return;
      const readyBefore = shard.ready;
      logger.warn(how, 'shard process died; restarting it');
      restart(shard, readyBefore ? RESTART_DELAY_MS : RESTART_AFTER_FAILED_START_MS);
    });
  });

  // Shards of one concurrency bucket identify 5 s apart; when Discord allows all of them at once, no wait.
  const delay = plan.maxConcurrency >= plan.shards.length ? 0 : IDENTIFY_SPACING_MS;
  logger.info({ shards: plan.shards, shardCount: plan.shardCount }, 'starting shard processes');
  try {
    await manager.spawn({ amount: plan.shardCount, delay, timeout: timeoutMs + 30_000 });
  } catch (error) {
    if (stopping) return;
    const which = [...manager.shards.values()].find((shard) => !everReady.has(shard.id));
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    logger.error({ shard: which?.id, err: error }, 'a shard process did not start');
    await stopAll(1, `shard ${which?.id ?? '?'} did not start (${reason}); every shard was stopped`);
  }
  logger.info({ shards: plan.shards, shardCount: plan.shardCount }, 'all shards ready');
}
