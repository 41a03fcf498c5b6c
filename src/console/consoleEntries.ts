import { readFileSync, writeFileSync } from 'node:fs';
import type { EntryDesk } from '../store/EntryDesk.js';
import { splitNameAndRole, splitSource } from '../store/entrySchema.js';
import { historyLines, storedDetails, storedSummary } from '../store/describeStoredEntry.js';
import { storyId, storyNumberOf } from '../store/storyId.js';
import type { EntryFields } from '../store/EntryStore.js';
import { parseOptions } from './parseOptions.js';
import { lookupTable } from '../story/lookupTable.js';

/**
 * `/entry …` in the offline console, which acts as a moderator of one local server:
 *   /entry add kind:quote text:"…" speaker:"Name, Role" when:"…" where:"…" source:"Name https://…" [force:yes]
 *   /entry add kind:fact text:"…" source:"…" claim_by:"…" corrects:q11-21
 *   /entry edit id:m3 text:"…"   (fields not given keep their values)
 *   /entry remove id:m3 | restore id:m3 | show id:m3 | history id:m3 | list [kind:quote] [speaker:…]
 *   /entry export [file:path] | import file:path
 */

const n = (value: number): string => value.toLocaleString('en-US');

export const CONSOLE_GUILD = 'console';
export const CONSOLE_ACTOR = 'console';

export const ENTRY_HELP = [
  'Moderator commands (this console is a moderator of a local server):',
  '  /entry add kind:quote text:"…" speaker:"Name, Role" [when:"…"] [where:"…"] [source:"Name https://…"] [corrects:q11-21]',
  '  /entry add kind:fact text:"…" [source:"Name https://…"] [claim_by:"Party"] [corrects:f8-16]',
  '  /entry edit id:m1 [any field]   /entry remove id:m1   /entry restore id:m1',
  '  /entry list [kind:quote|fact] [speaker:…] [story:s1|all]   /entry show id:m1   /entry history id:m1',
  '  /entry export [file:path]   /entry import file:path',
].join('\n');

function fieldsFromOptions(options: Record<string, string>, base: Partial<EntryFields> = {}): Record<string, unknown> {
  const speaker =
    options['speaker'] !== undefined
      ? splitNameAndRole(options['speaker'])
      : { name: base.speakerName ?? null, role: base.speakerRole ?? null };
  const source =
    options['source'] !== undefined ? splitSource(options['source']) : { name: base.sourceName ?? null, url: base.sourceUrl ?? null };
  return {
    kind: options['kind'] ?? base.kind,
    text: options['text'] ?? base.text,
    speakerName: speaker.name,
    speakerRole: options['role'] ?? speaker.role,
    when: options['when'] ?? base.when ?? null,
    where: options['where'] ?? base.where ?? null,
    sourceName: source.name,
    sourceUrl: options['url'] ?? source.url,
    claimBy: options['claim_by'] ?? base.claimBy ?? null,
    corrects: options['corrects'] ?? base.corrects ?? null,
  };
}

const ENTRY_FIELDS = ['kind', 'text', 'speaker', 'role', 'when', 'where', 'source', 'url', 'claim_by', 'corrects'];

/** The fields each action takes; anything else is refused by name rather than dropped. */
const FIELDS_OF = lookupTable<string[]>({
  add: [...ENTRY_FIELDS, 'force'],
  edit: ['id', ...ENTRY_FIELDS],
  remove: ['id'],
  restore: ['id'],
  show: ['id'],
  history: ['id'],
  list: ['kind', 'speaker', 'story'],
  export: ['file'],
  import: ['file'],
});
/** Actions that take an entry id, which may also be given bare: `/entry show m3`. */
const TAKES_ID = new Set(['edit', 'remove', 'restore', 'show', 'history']);

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** Why a line's options do not fit its action, or null when they do. */
function optionProblem(action: string, positional: string[], options: Record<string, string>): string | null {
  const allowed = FIELDS_OF[action]!;
  for (const name of Object.keys(options)) {
    if (allowed.includes(name)) continue;
    const near = allowed.filter((field) => editDistance(name, field) <= 2).sort((a, b) => editDistance(name, a) - editDistance(name, b));
    const hint = near[0] ? ` (did you mean ${near[0]}?)` : '';
    return `${name} is not a field of /entry ${action}${hint}; its fields are ${allowed.join(', ')}`;
  }
  const extra = positional.slice(TAKES_ID.has(action) && options['id'] === undefined ? 2 : 1);
  if (extra.length > 0) {
    return `\u201C${extra.join(' ').slice(0, 40)}\u201D is not a field: write field:value, with double quotes around a value that has spaces (text:"\u2026")`;
  }
  return null;
}

export async function handleEntryLine(desk: EntryDesk, rest: string, say: (line: string) => void = () => {}): Promise<string> {
  const { positional, options } = parseOptions(rest);
  const action = (positional[0] ?? '').toLowerCase();
  const id = options['id'] ?? positional[1] ?? '';
  if (FIELDS_OF[action]) {
    const problem = optionProblem(action, positional, options);
    if (problem) return `Nothing done: ${problem}.`;
  }
  if (TAKES_ID.has(action) && !id) return `Nothing done: id is missing; write /entry ${action} id:m1.`;
  switch (action) {
    case 'add': {
      const result = desk.add(CONSOLE_GUILD, CONSOLE_ACTOR, fieldsFromOptions(options), {
        force: /^(yes|true)$/iu.test(options['force'] ?? ''),
      });
      if (result.ok) return `Saved entry ${result.value.id}.`;
      if (result.reason === 'duplicate')
        return `Not saved: ${result.message} (\u201C${result.duplicateOf.text.slice(0, 80)}\u201D). Add force:yes to add it anyway.`;
      return `Not saved: ${result.message}.`;
    }
    case 'edit': {
      const current = desk.get(CONSOLE_GUILD, id);
      if (!current.ok) return `Not changed: ${current.message}.`;
      const result = desk.edit(CONSOLE_GUILD, CONSOLE_ACTOR, id, fieldsFromOptions(options, current.value));
      return result.ok ? `Saved entry ${result.value.id}.` : `Not changed: ${result.message}.`;
    }
    case 'remove':
    case 'restore': {
      const result = action === 'remove' ? desk.remove(CONSOLE_GUILD, CONSOLE_ACTOR, id) : desk.restore(CONSOLE_GUILD, CONSOLE_ACTOR, id);
      return result.ok ? `${action === 'remove' ? 'Removed' : 'Restored'} entry ${result.value.id}.` : `Not changed: ${result.message}.`;
    }
    case 'show': {
      const result = desk.get(CONSOLE_GUILD, id);
      return result.ok ? storedDetails(result.value, desk.correctionOf(result.value)) : `${result.message}.`;
    }
    case 'history': {
      const result = desk.history(CONSOLE_GUILD, id);
      return result.ok ? historyLines(result.value) : `${result.message}.`;
    }
    case 'list': {
      const kind = options['kind'] === 'quote' || options['kind'] === 'fact' ? options['kind'] : undefined;
      // The current story's entries unless another story, or `all`, is asked for.
      const asked = options['story']?.trim() ?? '';
      const story = asked === '' ? desk.currentStoryOf(CONSOLE_GUILD) : asked.toLowerCase() === 'all' ? 'all' : storyNumberOf(asked);
      if (story === null) return `\u201C${asked}\u201D is not a story id: write one like s1, or all.`;
      const entries = desk.list(CONSOLE_GUILD, { kind, speaker: options['speaker'], story: story === 'all' ? undefined : story });
      return entries.length === 0 ? 'No entries yet.' : entries.map((e) => storedSummary(e, 80, desk.correctionOf(e))).join('\n');
    }
    case 'export': {
      const json = desk.exportJson(CONSOLE_GUILD);
      if (!options['file']) return json;
      writeFileSync(options['file'], json);
      return `Exported to ${options['file']}.`;
    }
    case 'import': {
      if (!options['file']) return 'Import needs file:path.';
      let text: string;
      try {
        text = readFileSync(options['file'], 'utf8');
      } catch {
        return `Cannot read ${options['file']}.`;
      }
      const result = await desk.importJson(CONSOLE_GUILD, CONSOLE_ACTOR, text, {
        onChecked: (records) => say(`Checked ${records.toLocaleString('en-US')} records; writing them in one transaction\u2026`),
      });
      if (!result.ok) return `Not imported: ${result.message}.`;
      const { added, updated, unchanged, rejected, stories, elsewhere } = result.value;
      const reasons = rejected.slice(0, 10).map((r) => `  record ${r.index + 1}: ${r.reason}`);
      const byStory = Object.entries(stories).map(([story, records]) => `${story} ${n(records)}`);
      return [
        `Imported: ${n(added)} added, ${n(updated)} updated, ${n(unchanged)} unchanged, ${n(rejected.length)} rejected.`,
        ...(byStory.length > 0 ? [`By story: ${byStory.join(', ')}.`] : []),
        ...(elsewhere > 0
          ? [
              `${n(elsewhere)} of the records named a story this server does not have (or removed): they went to the current story, ${storyId(desk.currentStoryOf(CONSOLE_GUILD))}.`,
            ]
          : []),
        ...reasons,
      ].join('\n');
    }
    default:
      return ENTRY_HELP;
  }
}
