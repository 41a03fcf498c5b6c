import { type CorrectionState, describeCorrection } from './CorrectionResolver.js';
import { entryId } from './toEntry.js';
import type { AuditRow, EntryFields, StoredEntry } from './EntryStore.js';

/** Plain-text descriptions of moderators' entries, shared by the console and the bot. */

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}

/** `corrects q8-16` or `detached correction`, for a list line; empty for an entry that corrects nothing. */
function correctionTag(correction: CorrectionState | null): string {
  if (!correction) return '';
  return correction.attached ? `corrects ${correction.original.id} \u00B7 ` : 'detached correction \u00B7 ';
}

export function storedSummary(entry: StoredEntry, max = 80, correction: CorrectionState | null = null): string {
  const who = entry.kind === 'quote' ? `${entry.speakerName ?? '?'}: ` : entry.claimBy ? `claim by ${entry.claimBy}: ` : '';
  const removed = entry.deletedAt ? ' (removed)' : '';
  return `${entryId(entry.id)} \u00B7 ${entry.kind} \u00B7 ${correctionTag(correction)}${who}${clip(entry.text.replace(/\s+/gu, ' '), max)}${removed}`;
}

export function fieldLines(fields: EntryFields): string[] {
  const lines = [`kind: ${fields.kind}`, `text: ${fields.text}`];
  if (fields.speakerName) lines.push(`speaker: ${fields.speakerName}${fields.speakerRole ? `, ${fields.speakerRole}` : ''}`);
  if (fields.when) lines.push(`when: ${fields.when}`);
  if (fields.where) lines.push(`where: ${fields.where}`);
  if (fields.sourceName || fields.sourceUrl) lines.push(`source: ${[fields.sourceName, fields.sourceUrl].filter(Boolean).join(' ')}`);
  if (fields.claimBy) lines.push(`claim by: ${fields.claimBy}`);
  if (fields.corrects) lines.push(`corrects: ${fields.corrects}`);
  return lines;
}

/** Every field of an entry; for a correction, what it corrects in the article as it is now (or that it is detached). */
export function storedDetails(entry: StoredEntry, correction: CorrectionState | null = null): string {
  const fields = fieldLines(entry).filter((line) => !(correction && line.startsWith('corrects: ')));
  return [
    `${entryId(entry.id)}${entry.deletedAt ? ' (removed)' : ''}`,
    ...fields,
    ...(correction ? [describeCorrection(correction)] : []),
    `added by ${entry.createdBy} at ${entry.createdAt}`,
    `last changed by ${entry.updatedBy} at ${entry.updatedAt}`,
    ...(entry.deletedAt ? [`removed by ${entry.deletedBy} at ${entry.deletedAt}`] : []),
  ].join('\n');
}

export function historyLines(rows: AuditRow[]): string {
  return rows
    .map((row) => {
      const change =
        row.action === 'edit' && row.before && row.after
          ? (Object.keys(row.after) as Array<keyof EntryFields>)
              .filter((key) => row.before![key] !== row.after![key])
              .map(
                (key) =>
                  `${key}: \u201C${clip(String(row.before![key] ?? ''), 40)}\u201D \u2192 \u201C${clip(String(row.after![key] ?? ''), 40)}\u201D`,
              )
              .join('; ')
          : '';
      return `${row.at} \u00B7 ${row.action} by ${row.actor}${change ? ` \u00B7 ${change}` : ''}`;
    })
    .join('\n');
}
