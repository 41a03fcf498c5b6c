import { STOP_WORDS } from '../src/search/analyzer.js';
import { WordVectors } from '../src/search/WordVectors.js';
import type { EntryFields } from '../src/store/EntryStore.js';

/**
 * Deterministic made-up entries for the benchmarks, so that every run measures the same data.
 * - `templateEntries`: the old news-style template (few words, one sentence shape), now on a proper generator.
 * - `vocabularyEntries`: sentences over a realistic vocabulary: tens of thousands of distinct English words drawn
 *   with Zipf's law (the word vectors list words by frequency), each server with a cast of its own speakers.
 *   Words are drawn one by one; no text of any article is copied.
 */

/** mulberry32: a seeded 32-bit generator (every bit of its state used, unlike a product taken modulo n past 2^53). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number from 0 to n − 1. */
function pick(random: () => number, n: number): number {
  return Math.floor(random() * n);
}

function oneOf<T>(random: () => number, items: readonly T[]): T {
  return items[pick(random, items.length)]!;
}

const FIRST = ['Ana', 'Luis', 'Marta', 'Jorge', 'Elena', 'Pedro', 'Sofia', 'Diego', 'Laura', 'Tomas', 'Irene', 'Pablo'];
const LAST = ['Garcia', 'Lopez', 'Hernandez', 'Martinez', 'Gonzalez', 'Perez', 'Sanchez', 'Ramirez', 'Torres', 'Flores', 'Rivera', 'Gomez'];
const ROLES = ['Senator', 'Mayor', 'Governor', 'Spokesperson', 'Minister', 'Analyst', 'Councilmember', 'Director'];
const NOUNS = ['border', 'cartel', 'shipment', 'tariff', 'bridge', 'grant', 'port', 'drone', 'treaty', 'budget', 'flood', 'route'];
const VERBS = ['approved', 'rejected', 'delayed', 'expanded', 'inspected', 'funded', 'closed', 'reopened', 'questioned', 'announced'];
const PLACES = ['Tijuana', 'Monterrey', 'El Paso', 'Laredo', 'Sonora', 'Chihuahua', 'Riverton', 'Millbrook', 'Juarez', 'Nogales'];

function fact(text: string, sourceName: string | null): EntryFields {
  return {
    kind: 'fact',
    text,
    speakerName: null,
    speakerRole: null,
    when: null,
    where: null,
    sourceName,
    sourceUrl: sourceName ? 'https://agency.example.gov/reports' : null,
    claimBy: null,
    corrects: null,
  };
}

function quote(text: string, speakerName: string, speakerRole: string): EntryFields {
  return { ...fact(text, null), kind: 'quote', speakerName, speakerRole };
}

/** The store bench's entries: one sentence shape over a few dozen words. */
export function templateEntries(count: number, seed = 1): EntryFields[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const text = `The ${oneOf(random, NOUNS)} near ${oneOf(random, PLACES)} was ${oneOf(random, VERBS)} after ${2 + pick(random, 400)} ${oneOf(random, NOUNS)}s were counted in ${2020 + pick(random, 6)}, report ${i}.`;
    return random() < 0.5
      ? quote(text, `${oneOf(random, FIRST)} ${oneOf(random, LAST)}`, oneOf(random, ROLES))
      : fact(text, 'the state agency');
  });
}

/** Words that join content words into sentences, as news prose uses them. */
const JOINERS = ['the', 'of', 'and', 'to', 'in', 'a', 'for', 'on', 'that', 'with', 'by', 'at', 'from', 'was', 'is', 'after', 'as', 'its'];
const NEWS_ROLES = [
  'Senator',
  'Mayor',
  'Governor',
  'spokesperson',
  'minister',
  'analyst',
  'council member',
  'director',
  'chief executive',
  'union leader',
  'professor',
  'police chief',
  'judge',
  'economist',
  'resident',
  'nurse',
  'engineer',
  'farmer',
  'teacher',
  'lawyer',
];
const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ven', 'dor', 'sa', 'tel', 'bri', 'no', 'qua', 'zel', 'mar', 'ti', 'fen', 'gal', 'ru', 'pe'];

/** A made-up proper name of two or three syllables (`Kalomi`, `Venra`). */
function properName(random: () => number): string {
  const length = 2 + pick(random, 2);
  const word = Array.from({ length }, () => oneOf(random, SYLLABLES)).join('');
  return word[0]!.toUpperCase() + word.slice(1);
}

/** Common English content words, commonest first, and a sampler of their ranks by Zipf's law. */
export class Vocabulary {
  readonly words: string[];
  private readonly cumulative: Float64Array;

  constructor(size = 40_000, vectors = WordVectors.load()) {
    const words: string[] = [];
    for (const word of vectors.wordsByFrequency()) {
      if (words.length >= size) break;
      if (/^[a-z]{3,}$/u.test(word) && !STOP_WORDS.has(word)) words.push(word);
    }
    this.words = words;
    this.cumulative = new Float64Array(words.length);
    let total = 0;
    for (let rank = 0; rank < words.length; rank++) {
      total += 1 / (rank + 1);
      this.cumulative[rank] = total;
    }
    for (let rank = 0; rank < words.length; rank++) this.cumulative[rank]! /= total;
  }

  /** A word drawn by Zipf's law: the commonest often, each rare one seldom. */
  draw(random: () => number): string {
    const target = random();
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return this.words[low]!;
  }
}

/**
 * `count` entries of one server (the same for the same server number every run): half quotes by the server's own
 * cast of speakers, half facts from its own sources, each a sentence of 10 to 30 words.
 */
export function vocabularyEntries(vocabulary: Vocabulary, server: number, count: number): EntryFields[] {
  const random = seededRandom(0x5eed ^ Math.imul(server + 1, 0x9e3779b1));
  const cast = Array.from({ length: 4 + pick(random, 12) }, () => ({
    name: `${properName(random)} ${properName(random)}`,
    role: oneOf(random, NEWS_ROLES),
  }));
  const sources = Array.from({ length: 3 }, () => `the ${properName(random)} ${vocabulary.draw(random)} office`);
  const sentence = (): string => {
    const length = 10 + pick(random, 21);
    const words: string[] = [];
    for (let i = 0; i < length; i++) {
      const roll = random();
      words.push(roll < 0.35 ? oneOf(random, JOINERS) : roll < 0.4 ? String(1 + pick(random, 2000)) : vocabulary.draw(random));
    }
    const text = words.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  return Array.from({ length: count }, () => {
    if (random() < 0.5) {
      const speaker = oneOf(random, cast);
      return quote(sentence(), speaker.name, speaker.role);
    }
    return fact(sentence(), random() < 0.7 ? oneOf(random, sources) : null);
  });
}
