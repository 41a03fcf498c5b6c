import { createInterface } from 'node:readline';
import { z } from 'zod';
import { loadConfig } from './config.js';
import { answerToJson, entryToJson } from './console/toJson.js';
import { renderAnswerSet, renderEntry } from './console/renderText.js';
import { buildKnowledge, type Knowledge } from './knowledge.js';
import { openStory } from './story/openStory.js';
import { COMMANDS, type Command } from './search/Answerer.js';
import { checkStory } from './story/checkStory.js';

/**
 * The machine-readable contract (see ../shared/eval/README.md):
 *   cli [--story FILE] quote|facts|ask "<query>" [--json]
 *   cli [--story FILE] entries [--json]
 *   cli [--story FILE] batch --json < queries.jsonl
 *   cli [--story FILE] check        (what to look at before the bot answers from an article)
 */

const BatchLine = z.object({ command: z.enum(COMMANDS as [Command, ...Command[]]), query: z.string() });

const BATCH_SHAPE = 'each line must be {"command": "quote|facts|ask", "query": "..."}';

function answerBatchLine(knowledge: Knowledge, line: string, number: number): Record<string, unknown> {
  const failed = (error: string) => ({ query: null, results: [], error: `line ${number}: ${error}` });
  if (!line.trim()) return failed(`the line is empty; ${BATCH_SHAPE}`);
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return failed(`not JSON; ${BATCH_SHAPE}`);
  }
  const parsed = BatchLine.safeParse(raw);
  if (!parsed.success) return failed(BATCH_SHAPE);
  return answerToJson(knowledge.answerer.answer(parsed.data.command, parsed.data.query));
}

function usage(): never {
  process.stderr.write(
    'usage: cli [--story FILE|PAGE.html|URL] (quote|facts|ask) "<query>" [--json] | entries [--json] | batch --json | check\n',
  );
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  const args = [...argv];
  let story: string | undefined;
  const storyAt = args.indexOf('--story');
  if (storyAt >= 0) {
    story = args[storyAt + 1];
    if (!story) usage();
    args.splice(storyAt, 2);
  }
  const json = args.includes('--json');
  const positional = args.filter((a) => a !== '--json');
  const [command, ...rest] = positional;
  const config = loadConfig();
  // A text file, a saved web page (.html) or a web address.
  const knowledge = buildKnowledge(await openStory(story ?? config.STORY_PATH, { allowLoopback: config.ALLOW_LOOPBACK_FETCH_FOR_TESTS }));

  if (command === 'entries') {
    const entries = knowledge.articleIndex.all();
    if (json) process.stdout.write(`${JSON.stringify({ entries: entries.map(entryToJson) })}\n`);
    else process.stdout.write(`${entries.map(renderEntry).join('\n\n')}\n`);
    return;
  }
  if (command === 'check') {
    const { problems, notes } = checkStory(knowledge.story);
    const { entries, speakers } = knowledge.story;
    const quotes = entries.filter((e) => e.kind === 'quote').length;
    process.stdout.write(
      `entries: ${entries.length} (quotes: ${quotes}, facts: ${entries.length - quotes}); speakers: ${speakers.map((s) => s.name).join(', ') || 'none'}\n`,
    );
    for (const note of notes) process.stdout.write(`note: ${note}\n`);
    process.stdout.write(problems.length === 0 ? 'no problems found\n' : `${problems.map((p) => `problem: ${p}`).join('\n')}\n`);
    process.exitCode = problems.length === 0 ? 0 : 1;
    return;
  }
  if (command === 'batch') {
    // One output line for every input line, in order: an empty or malformed line gets an error object, so
    // line n of the output always answers line n of the input.
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    let number = 0;
    for await (const line of lines) {
      number += 1;
      process.stdout.write(`${JSON.stringify(answerBatchLine(knowledge, line, number))}\n`);
    }
    return;
  }
  if (!command || !(COMMANDS as readonly string[]).includes(command)) usage();
  const set = knowledge.answerer.answer(command as Command, rest.join(' '));
  process.stdout.write(json ? `${JSON.stringify(answerToJson(set))}\n` : `${renderAnswerSet(set)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
