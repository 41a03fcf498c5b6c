/** The plain data the story core produces. Nothing here knows about Discord. */

export type EntityKind = 'person' | 'organisation';

/** A canonical person or organisation that speaks or reports in the story. */
export interface Speaker {
  /** Stable id derived from the name, e.g. `claudia-sheinbaum`. */
  id: string;
  /** Full name as the article first gives it: `Claudia Sheinbaum`. */
  name: string;
  /** Role or title when the article gives one: `Mexican President`. */
  role: string | null;
  kind: EntityKind;
  /** Other ways the article refers to the same entity (surname, first name, handle). */
  aliases: string[];
  /** What else the article calls a person (`quarterback`, `former special envoy to Kyiv`), besides the role. */
  descriptions?: string[];
}

/** Who stands behind a fact: the article itself, a reporting body, or a party making a claim. */
export interface Source {
  name: string;
  type: 'article' | 'report' | 'claim';
  /** The article's own words for it: `according to the Government Accountability Office`, `NBC News reported`. */
  attribution: string | null;
  url?: string | null;
  /** For a claim a moderator added with a source: who reports the claim (the claimant is `name`). */
  reportedBy?: { name: string; url: string | null } | null;
}

/** A social-media post embedded in the article. */
export interface EmbeddedPost {
  poster: string;
  handle: string | null;
  date: string | null;
}

export type EntryKind = 'quote' | 'fact';
export type EntryOrigin = 'article' | 'moderator';

export interface Entry {
  id: string;
  kind: EntryKind;
  /** The exact words: a quote's words without its quotation marks, or a fact's sentence. */
  text: string;
  speaker: Speaker | null;
  source: Source;
  /** 1-based paragraph of the article; 0 for moderator entries. */
  paragraph: number;
  /** The sentence before the entry's own, for search and for context lines. */
  context: string;
  /** A quote's own sentence without the quoted words: its attribution, or the question it answers. */
  lead: string;
  when: string | null;
  where: string | null;
  /** A quote kept inside reported speech (`he would be “proud” to…`): the text is its whole sentence. */
  partial: boolean;
  post: EmbeddedPost | null;
  origin: EntryOrigin;
  /** The Discord server a moderator's entry belongs to; null for the article's own entries. */
  guildId: string | null;
  /** For an article's quote: which attribution pattern settled its speaker (the eval's breakdown reads it). */
  attributedBy?: string | null;
  /** For a moderator's correction: the id of the article entry it supersedes. */
  corrects?: string | null;
}

export interface Paragraph {
  /** 1-based, stable: counts only paragraphs kept after cleaning. */
  number: number;
  text: string;
  post: EmbeddedPost | null;
}

export interface StoryMeta {
  /** ISO date the story was published, when known. */
  published: string | null;
  title: string | null;
  outlet: string | null;
}

export interface Story {
  file: string;
  meta: StoryMeta;
  paragraphs: Paragraph[];
  speakers: Speaker[];
  entries: Entry[];
}
