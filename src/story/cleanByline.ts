import { collapseWhitespace } from './splitBlocks.js';

/**
 * A byline as pages write it → the names alone: `By Jane Doe` → `Jane Doe`; `Jane Doe on December 4, 2014`,
 * `Jane Doe — November 18, 2019`, `October 14, 2009|Jane Doe`, `Jane Doe | jdoe@example.com`,
 * `Jane Doe · News · Posted: Oct 14, 2022` → `Jane Doe`. An address, a handle or a date alone is no byline (null).
 */

const SEPARATOR = /\s*[|·•—–]\s*|\s+-\s+/u;
const DATE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:19|20)\d{2}\b|\b\d{1,2}:\d{2}\b/iu;
const NOT_A_NAME = /^(?:https?:|www\.|@\w+$|\S+@\S+$|(?:posted|published|updated|last updated)\b)/iu;

function beforeDate(segment: string): string {
  const match = DATE.exec(segment);
  const kept = match ? segment.slice(0, match.index) : segment;
  return kept.replace(/(?:[\s,;:]|\b(?:on|at|posted|published|updated))+$/iu, '').trim();
}

export function cleanByline(value: string | null | undefined): string | null {
  if (!value) return null;
  const segments = collapseWhitespace(value)
    .replace(/^by\s+/iu, '')
    .split(SEPARATOR)
    .map((segment) => beforeDate(segment.replace(/^by\s+/iu, '')))
    .filter((segment) => segment.length > 0 && /\p{L}{2,}/u.test(segment) && !NOT_A_NAME.test(segment));
  const byline = segments[0];
  return byline && byline.length <= 120 ? byline : null;
}
