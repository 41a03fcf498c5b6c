import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the eval and the weight fit share: the question format of ../shared/eval (its README), what counts
 * as a hit, where each set's article is, and the two halves of the published articles.
 */

export interface Question {
  id: string;
  command: 'quote' | 'facts' | 'ask';
  query: string;
  anyOf?: string[];
  speaker?: string;
  none?: boolean;
}
/** An answer as the CLI contract gives it: its text and speaker. */
export interface ResultJson {
  text: string;
  speaker: { name: string } | null;
  attributedBy?: string | null;
}

export const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\u2019\u2018]/gu, "'")
    .replace(/[\u201C\u201D]/gu, '"')
    .replace(/\s+/gu, ' ')
    .trim();
/** The first answer holds one of the expected words (and is by the expected speaker); a `none` question is answered by silence. */
export function isHit(question: Question, results: ResultJson[]): boolean {
  if (question.none) return results.length === 0;
  const first = results[0];
  if (!first || first.text.length > 400) return false;
  const text = normalise(first.text);
  if (!(question.anyOf ?? []).some((answer) => text.includes(normalise(answer)))) return false;
  if (question.speaker && !(first.speaker?.name ?? '').toLowerCase().includes(question.speaker.toLowerCase())) return false;
  return true;
}

export function articleFor(set: string, folder: string, where: { evalDir: string; root: string; fromPages: boolean }): string {
  const { evalDir, root, fromPages } = where;
  const name = set.split('.')[0]!;
  const page = join(folder, 'html', `${name}.html`);
  if (fromPages && existsSync(page)) return page;
  if (name === 'story') return join(root, 'data', 'article.txt');
  for (const dir of [join(folder, 'articles'), join(evalDir, 'articles'), join(root, 'test', 'fixtures')]) {
    if (!existsSync(dir)) continue;
    const file = readdirSync(dir).find((f) => f.startsWith(name) && f.endsWith('.txt'));
    if (file) return join(dir, file);
  }
  throw new Error(`no article for set ${set}`);
}

/** The halves of the published articles: the slugs of each `## Part X` section of SOURCES.md. */
export function halves(realDir: string): Map<string, string[]> {
  const parts = new Map<string, string[]>();
  let part: string | null = null;
  for (const line of readFileSync(join(realDir, 'SOURCES.md'), 'utf8').split('\n')) {
    const heading = /^## Part (\w+)/u.exec(line);
    if (heading) part = heading[1]!;
    const row = /^\| `([a-z0-9-]+)` \|/u.exec(line);
    if (part && row) parts.set(part, [...(parts.get(part) ?? []), row[1]!]);
  }
  return parts;
}
