import { z } from 'zod';
import { type DeskMessage, deskMessage, parseIssue } from './deskMessages.js';
import type { EntryFields } from './EntryStore.js';

/**
 * What a moderator may save, checked field by field: text 2–1,000 characters after trimming; names, roles,
 * when and where 2–100; no control characters anywhere. Bidi overrides and isolates and zero-width characters
 * are removed first (they can make text read differently from what it is), so text made only of them is empty.
 * A source is a name and an http(s) URL, both or neither. A failure names the field.
 */

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;
/** Bidi embeddings, overrides, isolates and marks; zero-width spaces, joiners and the byte-order mark; soft hyphen. */
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\u00AD\u180E]/gu;

/** Removes the characters that do not show, or that change how the text around them shows. */
export function removeInvisible(value: string): string {
  return value.replace(INVISIBLE, '');
}

const missing = (input: unknown): boolean => input === undefined || input === null;

// Each check names its problem as a code (`field-too-long|text|1000`), put in words by deskMessages, in either language.
function text(field: string, max: number) {
  return z
    .string({ error: (issue) => (missing(issue.input) ? `field-missing|${field}` : `field-not-text|${field}`) })
    .transform((value) => removeInvisible(value).trim())
    .refine((value) => !CONTROL.test(value), { message: `field-control|${field}` })
    .refine((value) => value.length <= max, { message: `field-too-long|${field}|${max}` })
    .refine((value) => value.length !== 1, { message: `field-too-short|${field}` });
}

const requiredText = (field: string, max: number) =>
  text(field, max).refine((value) => value.length >= 1, { message: `field-empty|${field}` });

const optionalText = (field: string, max: number) =>
  text(field, max)
    .nullish()
    .transform((v) => (v === undefined || v === null || v.length === 0 ? null : v));

function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\/[^\s/$.?#].[^\s]*$/iu.test(value)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

export const EntryFieldsSchema = z
  .object({
    kind: z.enum(['quote', 'fact'], {
      error: (issue) => (missing(issue.input) ? 'kind-missing' : 'kind-invalid'),
    }),
    text: requiredText('text', 1000),
    speakerName: optionalText('speakerName', 100),
    speakerRole: optionalText('speakerRole', 100),
    when: optionalText('when', 100),
    where: optionalText('where', 100),
    sourceName: optionalText('sourceName', 100),
    sourceUrl: optionalText('sourceUrl', 500).refine((v) => v === null || isHttpUrl(v), {
      message: 'field-not-url|sourceUrl',
    }),
    claimBy: optionalText('claimBy', 100),
    corrects: optionalText('corrects', 40).refine((v) => v === null || /^[qf]\d+-\d+$/u.test(v), {
      message: 'corrects-not-id',
    }),
  })
  .refine((fields) => fields.kind === 'fact' || fields.speakerName !== null, {
    message: 'speaker-required',
    path: ['speakerName'],
  })
  .refine((fields) => fields.sourceUrl === null || fields.sourceName !== null, {
    message: 'source-name-missing',
    path: ['sourceName'],
  })
  .refine((fields) => fields.sourceName === null || fields.sourceUrl !== null, {
    message: 'source-url-missing',
    path: ['sourceUrl'],
  });

export type EntryValidation = { ok: true; fields: EntryFields } | { ok: false; message: string; why: DeskMessage };

export function validateEntryFields(input: unknown): EntryValidation {
  const parsed = EntryFieldsSchema.safeParse(input);
  if (parsed.success) return { ok: true, fields: parsed.data };
  const why = parseIssue(parsed.error.issues[0]?.message ?? '') ?? { code: 'field-not-text', vars: { field: 'text' } };
  return { ok: false, message: deskMessage(why), why };
}

/** `Claudia Sheinbaum, Mexican President` → name and role. */
export function splitNameAndRole(value: string | null | undefined): { name: string | null; role: string | null } {
  const trimmed = (value ?? '').trim();
  if (!trimmed) return { name: null, role: null };
  const comma = trimmed.indexOf(',');
  if (comma < 0) return { name: trimmed, role: null };
  return { name: trimmed.slice(0, comma).trim() || null, role: trimmed.slice(comma + 1).trim() || null };
}

/** `NBC News https://…` → name and URL. */
export function splitSource(value: string | null | undefined): { name: string | null; url: string | null } {
  const trimmed = (value ?? '').trim();
  const url = /\b[a-z][a-z0-9+.-]*:\/\/\S+/iu.exec(trimmed)?.[0] ?? null;
  const name = (url ? trimmed.replace(url, '') : trimmed).replace(/[\s,;:-]+$/u, '').trim();
  return { name: name || null, url };
}

/** The export file's format; an export imported into an empty server gives the same entries. */
export const ExportRecordSchema = z.object({
  id: z.number().int().positive().optional(),
  /** The story the entry belongs to (`s3`): an import puts it there when the server has that story. */
  story: z.string().max(20).nullable().optional(),
  kind: z.unknown(),
  text: z.unknown(),
  speaker: z.object({ name: z.unknown(), role: z.unknown() }).nullable().optional(),
  when: z.unknown().optional(),
  where: z.unknown().optional(),
  source: z.object({ name: z.unknown(), url: z.unknown() }).nullable().optional(),
  claimBy: z.unknown().optional(),
  corrects: z.unknown().optional(),
  /** The words the corrected article entry had when exported: an import finds them again by words. */
  correctsText: z.unknown().optional(),
});

export const ExportFileSchema = z.object({
  format: z.literal('storydesk-entries', { error: 'not-export' }),
  version: z.literal(1, { error: 'export-version' }),
  entries: z.array(z.unknown(), { error: 'not-export' }).max(10_000, { error: 'too-many-records' }),
});
