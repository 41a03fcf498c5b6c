import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Command } from './Command.js';

/**
 * Reads every command file in `commands/`: the one source of truth for the bot's runtime and for
 * `npm run deploy`. A file that does not export a valid command, or a duplicate name, fails loudly.
 */

export const COMMANDS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'commands');

function isCommand(value: unknown): value is Command {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Command>;
  return (
    typeof candidate.data === 'object' &&
    candidate.data !== null &&
    typeof candidate.data.name === 'string' &&
    typeof candidate.data.toJSON === 'function' &&
    typeof candidate.execute === 'function'
  );
}

export async function loadCommands(dir = COMMANDS_DIR): Promise<Map<string, Command>> {
  const commands = new Map<string, Command>();
  const files = readdirSync(dir)
    .filter((f) => /\.(?:ts|js)$/u.test(f) && !f.endsWith('.d.ts'))
    .sort();
  for (const file of files) {
    const module = (await import(pathToFileURL(join(dir, file)).href)) as { default?: unknown };
    if (!isCommand(module.default)) {
      throw new Error(`commands/${file}: default export is not a command ({ data, execute } satisfies Command)`);
    }
    const name = module.default.data.name;
    if (commands.has(name)) throw new Error(`commands/${file}: a command named "${name}" is already defined`);
    commands.set(name, module.default);
  }
  if (commands.size === 0) throw new Error(`${dir}: no command files found`);
  return commands;
}
