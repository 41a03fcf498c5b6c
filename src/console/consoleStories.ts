import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { storyDetails, storyLine } from '../store/describeStory.js';
import type { StoryDesk, StoryResult, StorySummary } from '../store/StoryDesk.js';
import { CONSOLE_ACTOR, CONSOLE_GUILD } from './consoleEntries.js';
import { parseOptions } from './parseOptions.js';

/**
 * `/story …` in the offline console, which acts as a moderator of one local server:
 *   /story add <http(s) address or path to a .txt, .md or .html file>
 *   /story list | use s1 | show s1 | remove s1 | restore s1 | refresh s1
 * (an id may also be written id:s1). Removal is not asked again here, as /entry remove is not: restore undoes it.
 */

export const STORY_HELP = [
  'Story commands (the stories this local server follows; s0 is the article shipped with the bot):',
  '  /story add <https://… | path/to/story.txt|.md|.html>   read a story; the console is answered from it next',
  '  /story list   /story use s1   /story show s1   /story remove s1   /story restore s1   /story refresh s1',
].join('\n');

const TAKES_ID = new Set(['use', 'show', 'remove', 'restore', 'refresh']);

function said(result: StoryResult<StorySummary>, done: (story: StorySummary) => string, failed: string): string {
  return result.ok ? done(result.value) : `${failed}: ${result.message}.`;
}

export async function handleStoryLine(stories: StoryDesk, rest: string, say: (line: string) => void = () => {}): Promise<string> {
  const { positional, options } = parseOptions(rest);
  const action = (positional[0] ?? '').toLowerCase();
  const argument = options['id'] ?? positional[1] ?? '';
  if ((TAKES_ID.has(action) || action === 'add') && !argument) {
    return action === 'add'
      ? 'Nothing done: give a web address or a file, like /story add https://example.com/news/story.html.'
      : `Nothing done: the id is missing; write /story ${action} s1.`;
  }
  switch (action) {
    case 'add': {
      let result: StoryResult<StorySummary>;
      if (/^https?:\/\//iu.test(argument)) {
        say(`Fetching ${argument}\u2026`);
        result = await stories.add(CONSOLE_GUILD, CONSOLE_ACTOR, { kind: 'url', address: argument });
      } else {
        let bytes: Buffer;
        try {
          bytes = readFileSync(argument);
        } catch {
          return `Nothing added: cannot read ${argument}.`;
        }
        result = await stories.add(CONSOLE_GUILD, CONSOLE_ACTOR, { kind: 'file', name: basename(argument), bytes });
      }
      return said(
        result,
        (story) => `Added story ${story.id}; the console is answered from it now.\n${storyDetails(story)}`,
        'Nothing added',
      );
    }
    case 'list': {
      const list = stories.list(CONSOLE_GUILD);
      return list.length === 0 ? 'This server follows no story. Add one with /story add.' : list.map((s) => storyLine(s)).join('\n');
    }
    case 'show':
      return said(stories.show(CONSOLE_GUILD, argument), (story) => storyDetails(story), 'No such story');
    case 'use':
      return said(
        stories.use(CONSOLE_GUILD, CONSOLE_ACTOR, argument),
        (story) => `The console is answered from story ${story.id} now: ${story.headline}.`,
        'Nothing changed',
      );
    case 'remove':
      return said(
        stories.remove(CONSOLE_GUILD, CONSOLE_ACTOR, argument),
        (story) => `Removed story ${story.id}. /story restore ${story.id} brings it back.`,
        'Nothing removed',
      );
    case 'restore':
      return said(
        stories.restore(CONSOLE_GUILD, CONSOLE_ACTOR, argument),
        (story) => `Restored story ${story.id}. /story use ${story.id} makes it the current story.`,
        'Nothing restored',
      );
    case 'refresh':
      say(`Fetching ${argument} again\u2026`);
      return said(
        await stories.refresh(CONSOLE_GUILD, CONSOLE_ACTOR, argument),
        (story) => `Fetched story ${story.id} again.\n${storyDetails(story)}`,
        'Nothing changed',
      );
    default:
      return STORY_HELP;
  }
}
