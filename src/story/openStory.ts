import { readFileSync } from 'node:fs';
import { decodePage } from '../web/decodePage.js';
import { fetchPage } from '../web/fetchPage.js';
import { buildStory, loadStory, StoryLoadError } from './loadStory.js';
import { storyFromPage } from './storyFromPage.js';
import type { Story } from './types.js';

/**
 * A story from wherever it is: a web page (`http(s)://…`, fetched within the safety rules of `fetchPage`), a saved
 * page (`.html`, `.htm`: the article read out of it), or an article's text file (`loadStory`).
 */
export async function openStory(source: string, options: { allowLoopback?: boolean } = {}): Promise<Story> {
  if (/^https?:\/\//iu.test(source)) {
    const page = await fetchPage(source, { allowLoopback: options.allowLoopback ?? false });
    return page.kind === 'html' ? storyFromPage(page.text, source, page.url).story : buildStory(page.text, source);
  }
  if (/\.html?$/iu.test(source)) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(source);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new StoryLoadError(`${source}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'error'})`}`);
    }
    return storyFromPage(decodePage(bytes, 'text/html').text, source).story;
  }
  return loadStory(source);
}
