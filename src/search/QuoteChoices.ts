import type { Entry, Speaker } from '../story/types.js';
import type { Answerer } from './Answerer.js';
import { analyze, queryWords } from './analyzer.js';
import { matchSpeakers } from './matchSpeakers.js';
import type { ServerIndexView } from './ServerIndexView.js';

/**
 * What `/quote`'s autocomplete offers as a member types, in one server: first the speakers (with how many quotes
 * each has there) whose names or roles start like what is typed, then quotes holding every word typed so far (the
 * last one may be unfinished) in their words or their speaker's name. The speakers and their counts are tallied once
 * per version of the server's view, not at each keystroke; the quotes come from one index query (a prefix, no typo
 * tolerance), without the `/quote` answer's suggestions or nearest passage; and the last choices are remembered while
 * the view is unchanged (typing back and forth).
 */

export interface SpeakerChoice {
  speaker: Speaker;
  quotes: number;
}

export interface Choices {
  speakers: SpeakerChoice[];
  quotes: Entry[];
}

/** Typed strings whose choices are remembered, per version of the view. */
const REMEMBERED = 200;

export class QuoteChoices {
  private tally: { version: string; speakers: SpeakerChoice[]; corrected: Set<string> } | null = null;
  private readonly remembered = new Map<string, Choices>();

  constructor(
    private readonly view: ServerIndexView,
    private readonly answerer: Answerer,
    private readonly guildId: string | null,
  ) {}

  /** The server's speakers who have quotes here, most quotes first, and which article entries its moderators corrected. */
  private current(): { speakers: SpeakerChoice[]; corrected: Set<string> } {
    const version = this.view.versionOf(this.guildId);
    if (this.tally?.version === version) return this.tally;
    const options = { guildId: this.guildId };
    const counts = new Map<string, number>();
    const shown = new Set<string>();
    for (const entry of this.answerer.visible(options)) {
      shown.add(entry.id);
      if (entry.kind === 'quote' && entry.speaker) counts.set(entry.speaker.id, (counts.get(entry.speaker.id) ?? 0) + 1);
    }
    const speakers = this.answerer
      .speakers(options)
      .filter((speaker) => counts.has(speaker.id))
      .map((speaker) => ({ speaker, quotes: counts.get(speaker.id)! }))
      .sort((a, b) => b.quotes - a.quotes);
    const corrected = new Set(this.view.visible(this.guildId).flatMap((entry) => (shown.has(entry.id) ? [] : [entry.id])));
    this.tally = { version, speakers, corrected };
    this.remembered.clear();
    return this.tally;
  }

  choices(typed: string, limit = 25): Choices {
    const { speakers, corrected } = this.current();
    const remembered = this.remembered.get(typed);
    if (remembered) return remembered;
    const words = queryWords(typed);
    let choices: Choices;
    if (words.length === 0) choices = { speakers: speakers.slice(0, limit), quotes: [] };
    else {
      const byId = new Map(speakers.map((choice) => [choice.speaker.id, choice]));
      const named = matchSpeakers(
        words,
        speakers.map((choice) => choice.speaker),
        { anyPrefix: true },
      ).map((match) => byId.get(match.speaker.id)!);
      choices = { speakers: named.slice(0, limit), quotes: this.quotesWith(words, corrected, limit - Math.min(limit, named.length)) };
    }
    if (this.remembered.size >= REMEMBERED) this.remembered.clear();
    this.remembered.set(typed, choices);
    return choices;
  }

  /** Quotes that hold every word (each as typed, or the last one unfinished), best first. */
  private quotesWith(words: string[], corrected: Set<string>, limit: number): Entry[] {
    if (limit === 0) return [];
    const terms = words.flatMap((word) => analyze(word).slice(0, 1));
    const quotes: Entry[] = [];
    for (const quote of this.view.prefixQuery(terms, 'quote')) {
      if (quotes.length >= limit) break;
      if (!corrected.has(quote.id)) quotes.push(quote);
    }
    return quotes;
  }
}
