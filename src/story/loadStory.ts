import { existsSync, readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import { cleanArticle } from './cleanArticle.js';
import { extractEntries } from './extractEntries.js';
import type { Story, StoryMeta } from './types.js';

/** A story could not be read: the message names the file and what is wrong with it. */
export class StoryLoadError extends Error {
  override name = 'StoryLoadError';
}

/** The largest article read: a long news story is some 100 KB; past this, a file is not one article. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
/** Above this share of control characters (other than tab, line and page breaks) a file is not prose. */
const MAX_CONTROL_SHARE = 0.1;
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/gu;

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * An article file's bytes as text, or a one-line refusal naming the file: too large, NUL bytes, not UTF-8,
 * or mostly control characters. A byte-order mark is kept, as a plain UTF-8 read keeps it.
 */
export function decodeArticle(bytes: Uint8Array, file: string): string {
  if (bytes.length > MAX_ARTICLE_BYTES) throw new StoryLoadError(`${file}: the article is larger than 2 MB (${megabytes(bytes.length)})`);
  if (bytes.includes(0)) throw new StoryLoadError(`${file}: not a text file (it contains NUL bytes)`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new StoryLoadError(`${file}: not a text file (it is not valid UTF-8)`);
  }
  const controls = text.match(CONTROL_CHARACTER)?.length ?? 0;
  if (controls > text.length * MAX_CONTROL_SHARE) {
    throw new StoryLoadError(
      `${file}: not a text file (${Math.round((100 * controls) / text.length)}% of its characters are control characters)`,
    );
  }
  return text;
}

const MetaSchema = z
  .object({
    published: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/u, 'published must be YYYY-MM-DD')
      .nullable()
      .default(null),
    title: z.string().min(1).nullable().default(null),
    outlet: z.string().min(1).nullable().default(null),
  })
  .strict();

/** `data/article.txt` → `data/article.meta.json`: what the article's text itself gives about it. */
export function metaPathFor(articlePath: string): string {
  return `${articlePath.replace(/\.[^./]+$/u, '')}.meta.json`;
}

function readMeta(articlePath: string): StoryMeta | null {
  const path = metaPathFor(articlePath);
  if (!existsSync(path)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new StoryLoadError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = MetaSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new StoryLoadError(`${path}: ${issue.path.join('.') || 'metadata'}: ${issue.message}`);
  }
  return parsed.data;
}

/** Builds a story from an article's text; `meta` falls back to what embedded posts date it by. */
export function buildStory(raw: string, file: string, meta: StoryMeta | null = null): Story {
  const paragraphs = cleanArticle(raw);
  if (paragraphs.length === 0) throw new StoryLoadError(`${file}: the article is empty`);
  const postDates = paragraphs.flatMap((p) => (p.post?.date ? [p.post.date] : [])).sort();
  const resolvedMeta: StoryMeta = meta ?? { published: postDates.at(-1) ?? null, title: null, outlet: null };
  const { entries, speakers } = extractEntries(paragraphs, resolvedMeta);
  return { file, meta: resolvedMeta, paragraphs, speakers, entries };
}

export function loadStory(articlePath: string): Story {
  let raw: string;
  try {
    // The size first, so that a huge file is refused without being read.
    const size = statSync(articlePath).size;
    if (size > MAX_ARTICLE_BYTES) throw new StoryLoadError(`${articlePath}: the article is larger than 2 MB (${megabytes(size)})`);
    raw = decodeArticle(readFileSync(articlePath), articlePath);
  } catch (error) {
    if (error instanceof StoryLoadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new StoryLoadError(`${articlePath}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'error'})`}`);
  }
  if (raw.trim().length === 0) throw new StoryLoadError(`${articlePath}: the article is empty`);
  return buildStory(raw, articlePath, readMeta(articlePath));
}
