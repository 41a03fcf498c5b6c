import type { Entry } from '../story/types.js';
import { ServerIndexView } from './ServerIndexView.js';
import { StoryIndex } from './StoryIndex.js';

/**
 * Each server's own index, built from its stored entries the first time the server is asked something and kept
 * while it is used: within a memory budget (estimated, see StoryIndex.estimatedBytes), the servers used least
 * recently are let go first, and built again when next asked. The article's index is not here: it is built once per
 * story and shared. A change in one server touches that server's index only, and only when it is loaded (when it is
 * not, the next build reads the change from the store).
 *
 * `T` is what is kept with each server's view (its answerer and whatever caches hang on the view).
 */
export interface ServerIndexesOptions<T> {
  /** The index of the article a server answers about: one per story, shared by every server reading it. */
  articleOf(guildId: string): StoryIndex;
  /** A server's own entries as stored now, read when its index is built. */
  entriesOf(guildId: string): Entry[];
  /**
   * An entry's text as already analysed (stored with it, see storedTerms.ts), when known: spares analysing it. Asked
   * once for each entry, as the index is built from it.
   */
  textTermsOf?(entry: Entry): string[] | null;
  /** What to keep with a server's view. */
  build(view: ServerIndexView): T;
  /** What the servers' own indexes may take together, in bytes (estimated); the one in use is kept whatever its size. */
  budgetBytes: number;
  /** Told after a server's index is built (not when a loaded one is used again). */
  onBuilt?(guildId: string): void;
}

export interface ServerSearch<T> {
  view: ServerIndexView;
  built: T;
}

interface Loaded<T> extends ServerSearch<T> {
  own: StoryIndex;
  bytes: number;
}

export class ServerIndexes<T> {
  /** Oldest use first: a Map keeps insertion order, and each use moves its server to the end. */
  private readonly loaded = new Map<string, Loaded<T>>();
  private bytes = 0;
  private builds = 0;

  constructor(private readonly options: ServerIndexesOptions<T>) {}

  /** A server's view and what is kept with it, built now if it is not loaded. */
  get(guildId: string): ServerSearch<T> {
    const article = this.options.articleOf(guildId);
    const cached = this.loaded.get(guildId);
    if (cached && cached.view.article === article) {
      this.loaded.delete(guildId);
      this.loaded.set(guildId, cached);
      return cached;
    }
    if (cached) this.forget(guildId);
    const own = new StoryIndex(this.options.entriesOf(guildId), article, (entry) => this.options.textTermsOf?.(entry) ?? null);
    const view = new ServerIndexView(guildId, article, own);
    const loaded: Loaded<T> = { view, own, built: this.options.build(view), bytes: own.estimatedBytes };
    this.builds++;
    this.loaded.set(guildId, loaded);
    this.bytes += loaded.bytes;
    this.fitBudget();
    this.options.onBuilt?.(guildId);
    return loaded;
  }

  /** A server's view if it is loaded; nothing is built and the order of use is left as it was. */
  peek(guildId: string): ServerSearch<T> | undefined {
    return this.loaded.get(guildId);
  }

  /** Adds or replaces one of a server's entries in its index, if that index is loaded. */
  add(guildId: string, entry: Entry): void {
    this.change(guildId, (own) => own.add(entry));
  }

  /** Takes one of a server's entries out of its index, if that index is loaded. */
  remove(guildId: string, id: string): void {
    this.change(guildId, (own) => own.remove(id));
  }

  /** Lets a server's index go (the next question builds it again from the store). */
  forget(guildId: string): void {
    const loaded = this.loaded.get(guildId);
    if (!loaded) return;
    this.loaded.delete(guildId);
    this.bytes -= loaded.bytes;
  }

  /** How many servers' indexes are loaded. */
  get size(): number {
    return this.loaded.size;
  }

  /** What the loaded indexes take together, in bytes (estimated). */
  get estimatedBytes(): number {
    return this.bytes;
  }

  /** How many indexes were built since start (a server built again after eviction counts again). */
  get buildCount(): number {
    return this.builds;
  }

  private change(guildId: string, apply: (own: StoryIndex) => void): void {
    const loaded = this.loaded.get(guildId);
    if (!loaded) return;
    apply(loaded.own);
    this.bytes += loaded.own.estimatedBytes - loaded.bytes;
    loaded.bytes = loaded.own.estimatedBytes;
    this.fitBudget();
  }

  /** Lets the least recently used servers go until the rest fit; the most recent one stays. */
  private fitBudget(): void {
    for (const guildId of this.loaded.keys()) {
      if (this.bytes <= this.options.budgetBytes || this.loaded.size <= 1) return;
      this.forget(guildId);
    }
  }
}
