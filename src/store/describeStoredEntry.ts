import { type CorrectionState, describeCorrection } from './CorrectionResolver.js';
import type { Lang } from './deskMessages.js';
import type { AuditRow, EntryFields, StoredEntry } from './EntryStore.js';
import { storyId } from './storyId.js';
import { entryId } from './toEntry.js';

/** Plain-text descriptions of moderators' entries, shared by the console (English) and the bot (English or Spanish). */

const WORDS = {
  en: {
    quote: 'quote',
    fact: 'fact',
    kind: 'kind',
    text: 'text',
    speaker: 'speaker',
    when: 'when',
    where: 'where',
    source: 'source',
    claimBy: 'claim by',
    corrects: 'corrects',
    story: 'story',
    removed: '(removed)',
    detached: 'detached correction',
    added: (who: string, at: string) => `added by ${who} at ${at}`,
    changed: (who: string, at: string) => `last changed by ${who} at ${at}`,
    removedBy: (who: string, at: string) => `removed by ${who} at ${at}`,
    actions: { add: 'add', edit: 'edit', remove: 'remove', restore: 'restore' },
    by: 'by',
  },
  es: {
    quote: 'cita',
    fact: 'hecho',
    kind: 'tipo',
    text: 'texto',
    speaker: 'qui\u00E9n habla',
    when: 'cu\u00E1ndo',
    where: 'd\u00F3nde',
    source: 'fuente',
    claimBy: 'afirmaci\u00F3n de',
    corrects: 'corrige',
    story: 'noticia',
    removed: '(quitada)',
    detached: 'correcci\u00F3n desvinculada',
    added: (who: string, at: string) => `agregada por ${who} el ${at}`,
    changed: (who: string, at: string) => `\u00FAltimo cambio por ${who} el ${at}`,
    removedBy: (who: string, at: string) => `quitada por ${who} el ${at}`,
    actions: { add: 'alta', edit: 'edici\u00F3n', remove: 'baja', restore: 'restauraci\u00F3n' },
    by: 'por',
  },
};

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}

/** `corrects q8-16` or `detached correction`, for a list line; empty for an entry that corrects nothing. */
function correctionTag(correction: CorrectionState | null, lang: Lang): string {
  if (!correction) return '';
  const w = WORDS[lang];
  return correction.attached ? `${w.corrects} ${correction.original.id} \u00B7 ` : `${w.detached} \u00B7 `;
}

export function storedSummary(entry: StoredEntry, max = 80, correction: CorrectionState | null = null, lang: Lang = 'en'): string {
  const w = WORDS[lang];
  const who = entry.kind === 'quote' ? `${entry.speakerName ?? '?'}: ` : entry.claimBy ? `${w.claimBy} ${entry.claimBy}: ` : '';
  const removed = entry.deletedAt ? ` ${w.removed}` : '';
  return `${entryId(entry.id)} \u00B7 ${storyId(entry.story)} \u00B7 ${w[entry.kind]} \u00B7 ${correctionTag(correction, lang)}${who}${clip(entry.text.replace(/\s+/gu, ' '), max)}${removed}`;
}

export function fieldLines(fields: EntryFields, lang: Lang = 'en'): string[] {
  const w = WORDS[lang];
  const lines = [`${w.kind}: ${w[fields.kind]}`, `${w.text}: ${fields.text}`];
  if (fields.speakerName) lines.push(`${w.speaker}: ${fields.speakerName}${fields.speakerRole ? `, ${fields.speakerRole}` : ''}`);
  if (fields.when) lines.push(`${w.when}: ${fields.when}`);
  if (fields.where) lines.push(`${w.where}: ${fields.where}`);
  if (fields.sourceName || fields.sourceUrl) lines.push(`${w.source}: ${[fields.sourceName, fields.sourceUrl].filter(Boolean).join(' ')}`);
  if (fields.claimBy) lines.push(`${w.claimBy}: ${fields.claimBy}`);
  if (fields.corrects) lines.push(`${w.corrects}: ${fields.corrects}`);
  return lines;
}

/** Every field of an entry, and its story; for a correction, what it corrects in the article as it is now (or that it is detached). */
export function storedDetails(entry: StoredEntry, correction: CorrectionState | null = null, lang: Lang = 'en'): string {
  const w = WORDS[lang];
  const fields = fieldLines(entry, lang).filter((line) => !(correction && line.startsWith(`${w.corrects}: `)));
  return [
    `${entryId(entry.id)}${entry.deletedAt ? ` ${w.removed}` : ''}`,
    `${w.story}: ${storyId(entry.story)}`,
    ...fields,
    ...(correction ? [describeCorrection(correction, lang)] : []),
    w.added(entry.createdBy, entry.createdAt),
    w.changed(entry.updatedBy, entry.updatedAt),
    ...(entry.deletedAt ? [w.removedBy(entry.deletedBy ?? '?', entry.deletedAt)] : []),
  ].join('\n');
}

export function historyLines(rows: AuditRow[], lang: Lang = 'en'): string {
  const w = WORDS[lang];
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
      return `${row.at} \u00B7 ${w.actions[row.action]} ${w.by} ${row.actor}${change ? ` \u00B7 ${change}` : ''}`;
    })
    .join('\n');
}
