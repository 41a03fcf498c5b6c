import type { EntryFields } from '../../src/store/EntryStore.js';

/** A moderator's fact with nothing but its text: no speaker, source, claimant, time or place. */
export function plainFact(text: string): EntryFields {
  return {
    kind: 'fact',
    text,
    speakerName: null,
    speakerRole: null,
    when: null,
    where: null,
    sourceName: null,
    sourceUrl: null,
    claimBy: null,
    corrects: null,
  };
}
