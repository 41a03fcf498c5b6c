import { z } from 'zod';
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

function text(field: string, max: number) {
  return z
    .string({ error: (issue) => (missing(issue.input) ? `${field} is missing` : `${field} must be text`) })
    .transform((value) => removeInvisible(value).trim())
    .refine((value) => !CONTROL.test(value), { message: `${field} must not contain control characters` })
    .refine((value) => value.length <= max, { message: `${field} must be at most ${max} characters` })
    .refine((value) => value.length !== 1, { message: `${field} must be at least 2 characters` });
}

const requiredText = (field: string, max: number) =>
  text(field, max).refine((value) => value.length >= 1, { message: `${field} must not be empty` });

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
      error: (issue) => (missing(issue.input) ? 'kind is missing (quote or fact)' : 'kind must be quote or fact'),
    }),
    text: requiredText('text', 1000),
    speakerName: optionalText('speaker name', 100),
    speakerRole: optionalText('speaker role', 100),
    when: optionalText('when', 100),
    where: optionalText('where', 100),
    sourceName: optionalText('source name', 100),
    sourceUrl: optionalText('source URL', 500).refine((v) => v === null || isHttpUrl(v), {
      message: 'source URL must be an http(s) URL',
    }),
    claimBy: optionalText('claim by', 100),
    corrects: optionalText('corrects', 40).refine((v) => v === null || /^[qf]\d+-\d+$/u.test(v), {
      message: 'corrects must be the id of an article entry, like q11-21',
    }),
  })
  .refine((fields) => fields.kind === 'fact' || fields.speakerName !== null, {
    message: 'speaker name is required for a quote',
    path: ['speakerName'],
  })
  .refine((fields) => fields.sourceUrl === null || fields.sourceName !== null, {
    message: 'source name is missing: a source is a name and an http(s) URL, like NBC News https://www.nbcnews.com/\u2026',
    path: ['sourceName'],
  })
  .refine((fields) => fields.sourceName === null || fields.sourceUrl !== null, {
    message: 'source URL is missing: a source is a name and an http(s) URL, like NBC News https://www.nbcnews.com/\u2026',
    path: ['sourceUrl'],
  });

export type EntryValidation = { ok: true; fields: EntryFields } | { ok: false; message: string };

export function validateEntryFields(input: unknown): EntryValidation {
  const parsed = EntryFieldsSchema.safeParse(input);
  if (parsed.success) return { ok: true, fields: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? 'the entry is not valid' };
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
  format: z.literal('storydesk-entries', { error: 'not a storydesk export (format must be "storydesk-entries")' }),
  version: z.literal(1, { error: 'unknown export version (expected 1)' }),
  entries: z.array(z.unknown()).max(10_000, { error: 'at most 10,000 entries per import' }),
});
