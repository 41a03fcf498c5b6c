import type { Story } from './types.js';

/**
 * What a person adding an article should look at before the bot answers from it: duplicate ids, empty
 * texts, quotes whose speaker could not be found, answer units too long to show. An empty list means
 * the article reads cleanly.
 */
export interface StoryCheck {
  /** Things to fix or look at: the bot would answer worse because of them. */
  problems: string[];
  /** Things worth knowing that are not faults (an article may simply carry no date). */
  notes: string[];
}

export function checkStory(story: Story): StoryCheck {
  const problems: string[] = [];
  const notes: string[] = [];
  const seen = new Set<string>();
  for (const entry of story.entries) {
    if (seen.has(entry.id)) problems.push(`${entry.id}: duplicate id`);
    seen.add(entry.id);
    if (entry.text.trim().length === 0) problems.push(`${entry.id}: empty text (paragraph ${entry.paragraph})`);
    if (entry.kind === 'quote' && !entry.speaker) {
      problems.push(`${entry.id}: no speaker found for the quote \u201C${entry.text.slice(0, 60)}\u201D (paragraph ${entry.paragraph})`);
    }
    if (entry.text.length > 400) problems.push(`${entry.id}: ${entry.text.length} characters, longer than an answer should be`);
  }
  if (!story.meta.published) notes.push(`${story.file}: no publication date (add "published" to its .meta.json for weekdays to resolve)`);
  return { problems, notes };
}
