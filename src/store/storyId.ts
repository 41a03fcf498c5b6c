/** A story as moderators write it: `s3`; `s0` is the article shipped with the bot. */
export function storyId(id: number): string {
  return `s${id}`;
}

const STORY_ID = /^s?(\d{1,12})$/iu;

/** The number a written story id names (`s3`, `S3` or `3`); null when it is not one. */
export function storyNumberOf(id: string): number | null {
  const match = STORY_ID.exec(id.trim());
  return match ? Number(match[1]) : null;
}
