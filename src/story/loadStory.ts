import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { cleanArticle } from './cleanArticle.js';
import { extractEntries } from './extractEntries.js';
import type { Story, StoryMeta } from './types.js';

/** A story could not be read: the message names the file and what is wrong with it. */
export class StoryLoadError extends Error {
  override name = 'StoryLoadError';
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
    raw = readFileSync(articlePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new StoryLoadError(`${articlePath}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'error'})`}`);
  }
  if (raw.trim().length === 0) throw new StoryLoadError(`${articlePath}: the article is empty`);
  return buildStory(raw, articlePath, readMeta(articlePath));
}
