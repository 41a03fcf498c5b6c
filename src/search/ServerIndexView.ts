import type { Entry, EntryKind } from '../story/types.js';
import type { SearchView } from './SearchView.js';
import type { IndexHit, StoryIndex, TermQuery } from './StoryIndex.js';

/**
 * What one server searches: the article's index, built once and shared by every server, and the server's own index,
 * which holds its moderators' entries and nothing else. Word statistics (document frequencies, the vocabulary, which
 * terms the story knows) are those of the two together, and the server's own index searches the article's documents
 * alongside its entries (see StoryIndex), so scores weigh words over exactly these entries: a server's answers depend
 * on the article and its own entries alone, never on another server's, and are what one index of both would give.
 *
 * A view belongs to one server: asked about another, it throws (a caller holding the wrong server's view is a bug).
 */
export class ServerIndexView implements SearchView {
  constructor(
    readonly guildId: string | null,
    readonly article: StoryIndex,
    /** The server's own entries (built alongside `article`); null for the view of the article alone. */
    readonly own: StoryIndex | null,
  ) {}

  private check(guildId: string | null | undefined): void {
    if ((guildId ?? null) !== this.guildId) {
      throw new Error(`search view: the view of server ${this.guildId ?? '(none)'} was asked about server ${guildId ?? '(none)'}`);
    }
  }

  get revision(): number {
    return this.article.revision + (this.own?.revision ?? 0);
  }

  get size(): number {
    return this.article.size + (this.own?.size ?? 0);
  }

  *words(): IterableIterator<string> {
    yield* this.article.words();
    if (!this.own) return;
    for (const word of this.own.words()) if (!this.article.hasWord(word)) yield word;
  }

  has(term: string): boolean {
    return this.article.has(term) || (this.own?.has(term) ?? false);
  }

  idf(term: string): number {
    const df = this.article.documentFrequencyOf(term) + (this.own?.documentFrequencyOf(term) ?? 0);
    return Math.log(1 + (this.size + 1) / (df + 0.5));
  }

  get(id: string): Entry | undefined {
    return this.article.get(id) ?? this.own?.get(id);
  }

  visible(guildId: string | null): Entry[] {
    this.check(guildId);
    const article = this.article.visible(null);
    return this.own ? [...article, ...this.own.all()] : article;
  }

  versionOf(guildId: string | null): string {
    this.check(guildId);
    return `${this.article.revision}:${this.own?.revision ?? 0}`;
  }

  /** Quotes or facts holding every term, the last as typed so far, best first (see StoryIndex.prefixQuery). */
  prefixQuery(terms: string[], kind: EntryKind): IterableIterator<Entry> {
    return (this.own ?? this.article).prefixQuery(terms, { kind, guildId: this.guildId });
  }

  /** Best first. The server's own index searches the article's documents too, so one query scores both alike. */
  query(query: TermQuery, scope: { kind?: EntryKind; guildId?: string | null }): IndexHit[] {
    this.check(scope.guildId);
    return (this.own ?? this.article).query(query, { kind: scope.kind, guildId: this.guildId }, (term) => this.has(term));
  }
}
