import type { Entry, EntryKind } from '../story/types.js';
import type { IndexHit, TermQuery } from './StoryIndex.js';

/**
 * What an answerer searches: the entries one server sees (the article's and its own) with their word statistics.
 * StoryIndex is one; ServerIndexView is the article's index and a server's own searched as one.
 */
export interface SearchView {
  /** Moves whenever an entry is added, replaced or removed: what is derived from the whole vocabulary rebuilds then. */
  readonly revision: number;
  readonly size: number;
  /** Every word the entries use as written (lower case, unstemmed), stop words left out. */
  words(): Iterable<string>;
  /** Whether any entry holds this index term. */
  has(term: string): boolean;
  /** Inverse document frequency of an index term; an unknown term counts as rarest. */
  idf(term: string): number;
  get(id: string): Entry | undefined;
  /** The article's entries and one server's own. */
  visible(guildId: string | null): Entry[];
  /** Changes when what one server sees changes. */
  versionOf(guildId: string | null): string;
  query(query: TermQuery, scope: { kind?: EntryKind; guildId?: string | null }): IndexHit[];
}
