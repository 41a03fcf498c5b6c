import { basename } from 'node:path';
import type { Entry, Story } from '../story/types.js';
import { detached, type Lang, type Vars } from './deskMessages.js';
import type { CorrectionAnchor, StoredContent } from './EntryStore.js';

/**
 * Finds, in the article as it is now, the entry a correction corrects. A correction is anchored to the words it
 * corrects, their kind and the story they were read from, not to a positional id (`q3-5`), which names another
 * sentence once paragraphs are added or removed. So when the article file changes, a correction either stays on
 * the same words (under whatever id they have now) or is detached: shown to moderators as such, answered to no one,
 * and hiding nothing.
 */

export type CorrectionState =
  | { attached: true; original: Entry }
  | { attached: false; reason: 'other-story' | 'words-gone'; anchor: CorrectionAnchor | null };

/** The same words however the article types its quotation marks, apostrophes and spaces. */
function wordsKey(kind: string, text: string): string {
  const normal = text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201B\u02BC`\u00B4]/gu, "'")
    .replace(/[\u201C\u201D\u201E\u201F]/gu, '"')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
  return `${kind}:${normal}`;
}

export class CorrectionResolver {
  /** The story an anchor belongs to: the article file's name. */
  readonly story: string;
  private readonly byWords = new Map<string, Entry[]>();
  private readonly byId = new Map<string, Entry>();

  constructor(article: Story) {
    this.story = basename(article.file);
    for (const entry of article.entries) {
      const key = wordsKey(entry.kind, entry.text);
      this.byWords.set(key, [...(this.byWords.get(key) ?? []), entry]);
      this.byId.set(entry.id, entry);
    }
  }

  /** The anchor for a correction of this article entry. */
  anchorFor(original: Entry): CorrectionAnchor {
    return { text: original.text, kind: original.kind, story: this.story };
  }

  /** The article entry with these words now; `preferId` picks among identical sentences. */
  resolve(anchor: CorrectionAnchor, preferId: string | null = null): CorrectionState {
    if (anchor.story !== this.story) return { attached: false, reason: 'other-story', anchor };
    const found = this.byWords.get(wordsKey(anchor.kind, anchor.text)) ?? [];
    const original = found.find((e) => e.id === preferId) ?? found[0];
    return original ? { attached: true, original } : { attached: false, reason: 'words-gone', anchor };
  }

  /**
   * Where a stored correction stands now; null for an entry that corrects nothing. A correction saved before
   * anchors existed has only its id: it is taken to correct what that id names now, and `legacyAnchor` is the
   * anchor to save for it, so that from then on it follows its words.
   */
  stateOf(stored: StoredContent): { state: CorrectionState; legacyAnchor: CorrectionAnchor | null } | null {
    if (!stored.corrects) return null;
    if (stored.anchor) return { state: this.resolve(stored.anchor, stored.corrects), legacyAnchor: null };
    const original = this.byId.get(stored.corrects);
    if (!original) return { state: { attached: false, reason: 'words-gone', anchor: null }, legacyAnchor: null };
    return { state: { attached: true, original }, legacyAnchor: this.anchorFor(original) };
  }
}

/** The values a detached correction's message needs (see deskMessages' `detached`). */
export function detachedVars(state: Extract<CorrectionState, { attached: false }>): Vars {
  return { reason: state.reason, text: state.anchor?.text ?? '', story: state.anchor?.story ?? '?' };
}

/** A line for moderators on what a correction corrects now, or that it is detached. */
export function describeCorrection(state: CorrectionState, lang: Lang = 'en'): string {
  if (!state.attached) return detached(detachedVars(state), lang);
  const { original } = state;
  return lang === 'es'
    ? `corrige ${original.id} (p\u00E1rrafo ${original.paragraph}: \u201C${original.text}\u201D)`
    : `corrects ${original.id} (paragraph ${original.paragraph}: \u201C${original.text}\u201D)`;
}
