import { nameKey, slug } from '../story/normalize.js';
import type { Entry, Source, Speaker } from '../story/types.js';
import type { CorrectionState } from './CorrectionResolver.js';
import type { StoredContent } from './EntryStore.js';

/**
 * A moderator's stored entry as the core's Entry. A speaker the article already knows (same name, or a
 * surname alias) is that same speaker, so `/quote sheinbaum` finds both the article's quote and the new one.
 */

export function entryId(id: number): string {
  return `m${id}`;
}

export function storedIdOf(id: string): number | null {
  const match = /^m?(\d{1,12})$/u.exec(id.trim());
  return match ? Number(match[1]) : null;
}

/**
 * Which known speaker a stored name is (or, for none, the id of a speaker of that name), per list of known speakers
 * (a story's), looked up once per name: a server's entries come from a few speakers, and its index is built from all
 * of them at once.
 */
const namesByKnown = new WeakMap<Speaker[], { count: number; names: Map<string, Speaker | string> }>();
const NAMES_PER_STORY = 10_000;

function knownSpeaker(name: string, known: Speaker[]): Speaker | string {
  let cache = namesByKnown.get(known);
  if (cache?.count !== known.length) {
    cache = { count: known.length, names: new Map() };
    namesByKnown.set(known, cache);
  }
  let found = cache.names.get(name);
  if (found === undefined) {
    const key = nameKey(name);
    found =
      known.find(
        (s) =>
          nameKey(s.name) === key ||
          s.aliases.some((a) => nameKey(a) === key && s.kind === 'person' && a.split(' ').length > 0 && key.split(' ').length === 1),
      ) ?? slug(name);
    if (cache.names.size >= NAMES_PER_STORY) cache.names.clear();
    cache.names.set(name, found);
  }
  return found;
}

function resolveSpeaker(name: string, role: string | null, known: Speaker[]): Speaker {
  const same = knownSpeaker(name, known);
  if (typeof same !== 'string') return role && role !== same.role ? { ...same, role } : same;
  const tokens = name.split(/\s+/u);
  return { id: same, name, role, kind: 'person', aliases: tokens.length > 1 ? [tokens[0]!, tokens.at(-1)!] : [] };
}

function sourceOf(stored: StoredContent): Source {
  if (stored.kind === 'fact' && stored.claimBy) {
    // A claim with a source: whose claim it is, and who reports it; both are shown and both are searched.
    const reportedBy = stored.sourceName ? { name: stored.sourceName, url: stored.sourceUrl } : null;
    return {
      name: stored.claimBy,
      type: 'claim',
      attribution: reportedBy ? `${stored.claimBy} says, according to ${reportedBy.name}` : `${stored.claimBy} says`,
      url: reportedBy ? null : stored.sourceUrl,
      reportedBy,
    };
  }
  if (stored.sourceName)
    return { name: stored.sourceName, type: 'report', attribution: `according to ${stored.sourceName}`, url: stored.sourceUrl };
  return { name: 'a moderator', type: 'article', attribution: null, url: stored.sourceUrl };
}

/**
 * `correction` says which article entry a correction supersedes now (see CorrectionResolver), so the answer can
 * keep the original in view: the answerer sees `corrects: <its current id>`. A detached correction corrects nothing.
 */
export function toEntry(stored: StoredContent, knownSpeakers: Speaker[], correction: CorrectionState | null = null): Entry {
  const original = correction?.attached ? correction.original : undefined;
  return {
    id: entryId(stored.id),
    kind: stored.kind,
    text: stored.text,
    speaker: stored.kind === 'quote' && stored.speakerName ? resolveSpeaker(stored.speakerName, stored.speakerRole, knownSpeakers) : null,
    source: sourceOf(stored),
    paragraph: original?.paragraph ?? 0,
    context: original ? `Corrects paragraph ${original.paragraph}, which read: \u201C${original.text}\u201D` : '',
    lead: '',
    when: stored.when,
    where: stored.where,
    partial: false,
    post: null,
    origin: 'moderator',
    guildId: stored.guildId,
    corrects: original?.id ?? null,
  };
}
