import type { TextBlock } from './splitBlocks.js';

/**
 * Paragraphs of a page that are not article text, told by their words: the conventions of news pages, in English,
 * with nothing of any one site. Each rule has a name, so a test (and a reader wondering why a paragraph went) sees
 * which one took it. `debrisReason` returns the first rule that holds, or null for article text.
 */

export interface DebrisContext {
  /** The page's headline: a paragraph repeating it is the headline, not the text. */
  title: string | null;
  /** Who wrote it: a paragraph that is just the byline, or opens `<byline> is a reporter…`, goes. */
  byline: string | null;
}

interface DebrisRule {
  name: string;
  test(text: string, block: TextBlock, context: DebrisContext): boolean;
}

const WORD = /\p{L}{2,}/gu;

function words(text: string): number {
  return text.split(' ').length;
}

/** Labels of page furniture standing alone: `Related Coverage`, `You may also like`, `Advertisement`, `Image`. */
const LABEL =
  /^(?:advertisement|ad|sponsored|image|photo|video|audio|graphic|media|gallery|comments?|share|share this(?: article| story)?|subscribe|sign up|log ?in|print|email|e-mail|tweet|related(?: news| stories| articles| coverage| content| topics| links)?|read more|read next|more on this(?: story| topic)?|more from .{1,30}|see also|also read|you (?:may|might) also like|recommended(?: for you)?|trending(?: now| stories)?|latest(?: news| stories)?|popular|most (?:read|popular|viewed|shared)|top stories|highlights|key points|loading(?: content)?|continue reading|story continues below(?: advertisement)?|skip (?:ad|advertisement)|listen to (?:this )?(?:article|story)|\d+ min(?:ute)?s? read|slideshow|(?:slideshow|gallery|photos|images) \( ?\d+ (?:images|photos|pictures) ?\))\s*[:.…]*$/iu;

/** Months, weekdays, clock times and the words around them; what a dateline or a time stamp is made of. */
const DATE_WORD =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|updated?|published|posted|modified|last|first|on|at|am|pm|a\.m|p\.m|[ecmp][sd]?t|gmt|utc|bst|cet|cest|ist|aest|hkt|jst|\d{1,4}(?:st|nd|rd|th|am|pm)?|\d{1,2}:\d{2}(?::\d{2})?(?:am|pm)?)$/iu;
const HAS_DATE_OR_TIME =
  /\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iu;

/** `Nov. 20, 2019 6:02 AM EST`, `Published November 20th, 2019 - 07:29 GMT`, `SURABAYA, Indonesia Tue Dec 30, 2014 11:44pm GMT`. */
function isDateline(text: string): boolean {
  // `— Name (@handle) Month D, YYYY` signs an embedded post, which the ingestion reads.
  if (words(text) > 14 || /^[\u2014\u2013-]/u.test(text) || !HAS_DATE_OR_TIME.test(text)) return false;
  const left = text
    .split(/[\s,|/–—-]+/u)
    .map((word) => word.replace(/^[([]+|[)\].:;]+$/gu, ''))
    .filter((word) => word.length > 0 && !DATE_WORD.test(word));
  // What is left may be a place (capitalised words); any other word makes it a sentence.
  return left.every((word) => /^\p{Lu}/u.test(word));
}

/** `By Jane Doe`, `By Jane Doe and John Roe, Staff Writers`, `By REUTERS`. */
const BYLINE = /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:(?:\s+|\s*,\s*|\s+and\s+|\s*&\s*)(?:\p{Lu}[\p{L}.'’-]*|in|of|the|for))*\.?$/u;

/** `Jane Doe, BBC diplomatic correspondent`: who wrote a box, not what it says. */
const CONTRIBUTOR =
  /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3},\s+[^.!?]{0,60}\b(?:correspondent|editor|reporter|writer|columnist|contributor)$/iu;

const CREDIT =
  /^(?:\(?\s*(?:additional )?(?:reporting|writing|editing|compiled|produced|research) by\b|(?:photo|image|picture|video|graphic|illustration)s?(?: credit)?\s*[:|]|credits?\s*[:|]|(?:image|photo) copyright\b|(?:image|media|photo|video) caption\b|©|\(c\)\s|copyright\b|all rights reserved|disclaimer\s*:|this (?:article|story) (?:has been|was) (?:adapted|republished|reprinted|originally published|first published)\b)/iu;

const PROMPT =
  /^(?:(?:read more|read next|see also|related|more|also read|watch|listen)\s*:|sign up\b|subscribe\b|click here\b|share (?:this|on)\b|follow\b.{0,100}\b(?:facebook|twitter|instagram|linkedin|tiktok|youtube|threads|bluesky|coverage)\b|download (?:our|the) app\b)/iu;
const INBOX = /\b(?:in your inbox|our newsletter|newsletter\b.{0,40}\bsign up)\b/iu;
const AFFILIATE = /\bmay (?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?commission\b/iu;

function startsWithName(text: string, name: string | null): boolean {
  if (!name) return false;
  return name.split(/\s*(?:,|\band\b|&)\s*/u).some((person) => {
    const trimmed = person.trim();
    return trimmed.includes(' ') && new RegExp(`^${escapeRegExp(trimmed)} (?:is|was|covers|writes|reports|has been)\\b`, 'u').test(text);
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function sameText(a: string, b: string | null): boolean {
  return b !== null && a.toLowerCase().replace(/\W+/gu, ' ').trim() === b.toLowerCase().replace(/\W+/gu, ' ').trim();
}

export const DEBRIS_RULES: readonly DebrisRule[] = [
  { name: 'no words', test: (text) => (text.match(WORD) ?? []).length === 0 },
  { name: 'link list', test: (_, block) => block.linkDensity >= 0.8 },
  { name: 'one long token', test: (text) => !/\s/u.test(text) && text.length >= 25 },
  { name: 'label', test: (text) => LABEL.test(text) },
  { name: 'headline', test: (text, _, context) => sameText(text, context.title) },
  { name: 'byline', test: (text, _, context) => BYLINE.test(text) || sameText(text, context.byline) || CONTRIBUTOR.test(text) },
  { name: 'author bio', test: (text, _, context) => words(text) <= 80 && startsWithName(text, context.byline) },
  { name: 'credit', test: (text) => CREDIT.test(text) },
  { name: 'dateline', test: isDateline },
  { name: 'prompt', test: (text) => words(text) <= 40 && (PROMPT.test(text) || INBOX.test(text)) },
  { name: 'affiliate note', test: (text) => words(text) <= 60 && AFFILIATE.test(text) },
  { name: 'editor note in brackets', test: (text) => /^\[[^\]]+\]$/u.test(text) },
];

export function debrisReason(block: TextBlock, context: DebrisContext): string | null {
  for (const rule of DEBRIS_RULES) if (rule.test(block.text, block, context)) return rule.name;
  return null;
}
