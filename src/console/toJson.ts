import type { AnswerSet } from '../search/Answerer.js';
import type { Entry } from '../story/types.js';

/** The machine-readable form of entries and answers that other tools (the evaluator) read. */
export interface EntryJson {
  id: string;
  kind: Entry['kind'];
  text: string;
  speaker: { name: string; role: string | null } | null;
  source: Entry['source'];
  paragraph: number;
  when: string | null;
  where: string | null;
  partial: boolean;
  post: Entry['post'];
  origin: Entry['origin'];
  /** For a quote: which attribution pattern settled its speaker. */
  attributedBy?: string | null;
}

export function entryToJson(entry: Entry): EntryJson {
  return {
    id: entry.id,
    kind: entry.kind,
    text: entry.text,
    speaker: entry.speaker ? { name: entry.speaker.name, role: entry.speaker.role } : null,
    source: entry.source,
    paragraph: entry.paragraph,
    when: entry.when,
    where: entry.where,
    partial: entry.partial,
    post: entry.post,
    origin: entry.origin,
    ...(entry.kind === 'quote' && entry.origin === 'article' ? { attributedBy: entry.attributedBy ?? null } : {}),
  };
}

export function answerToJson(set: AnswerSet): Record<string, unknown> {
  return {
    query: set.query,
    command: set.command,
    results: set.results.map((answer) => ({ ...entryToJson(answer.entry), score: Number(answer.score.toFixed(4)) })),
    suggestions: set.suggestions,
    // Not an answer: what comes nearest when the story has none (`results` stays empty).
    ...(set.nearest ? { nearest: { ...entryToJson(set.nearest.entry), score: Number(set.nearest.score.toFixed(4)), answer: false } } : {}),
    ...(set.problem ? { problem: set.problem } : {}),
    ...(set.silence ? { silence: set.silence } : {}),
  };
}
