import type { Entry } from '../../src/story/types.js';

/** A moderator's fact of one server as the index holds it: text only, no speaker, no place in the article. */
export function moderatorFact(id: string, guildId: string, text: string): Entry {
  return {
    id,
    kind: 'fact',
    text,
    speaker: null,
    source: { name: 'a moderator', type: 'article', attribution: null, url: null },
    paragraph: 0,
    context: '',
    lead: '',
    when: null,
    where: null,
    partial: false,
    post: null,
    origin: 'moderator',
    guildId,
  };
}
