/**
 * `Has the railroad been hit by a stoppage before?`, `Had she previously been disciplined?`: a yes/no question asking whether
 * something happened at an earlier time. A sentence answers it only when it speaks of one (`the first walkout since
 * 1994`, `in 2019`, `three years ago`, `previously`, `for the first time`); a sentence of the story's own events, however
 * many words it shares, does not say whether it happened before. So with `When was the roof last replaced?`: the last
 * time was before the story's events, and a sentence of those events does not give it.
 */

/**
 * A yes/no question with `previously` in it, or `before` as an adverb, ending it (`…a stoppage before?`): `before the
 * vote` asks which came first. (`Ever` alone asks whether at any time, the story's own too: `Is there any sign that
 * life ever existed there?`.)
 */
const BEFORE_QUESTION = /^\s*(?:has|have|had|did|does|do|was|were|is|are)\b.*(?:\bpreviously\b|\bbefore\s*[?.!]*\s*$)/iu;

/** Words of a sentence for a time before the story's events. */
const EARLIER_TIME =
  /\b(?:since|in|of|until|before)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:1[89]|20)\d{2}s?\b|\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:years?|decades?|months?)\s+(?:ago|earlier|before)\b|\b(?:previous(?:ly)?|earlier|former(?:ly)?|once\s+before|never\s+before|in\s+the\s+past|for\s+the\s+first\s+time|first\s+(?:[\p{L}-]+\s+){0,3}since|last\s+(?:time|year|season|month))\b/iu;

/**
 * `When was the roof last replaced?`, `When was the last strike?`: a `when` question asking the last time something
 * happened, which was before the story's events. (`last year`, `last week`: a time of its own, not the last time.)
 */
const WHEN_LAST_QUESTION =
  /^\s*when\s+(?:was|were|did|had|has|have|is|are)\b.*\blast\b(?!\s+(?:year|week|month|season|night|time|weekend|spring|summer|autumn|fall|winter)\b)/iu;

export function asksIfBefore(question: string): boolean {
  return BEFORE_QUESTION.test(question) || WHEN_LAST_QUESTION.test(question);
}

/** Does the text speak of a time before the story's events? */
export function speaksOfEarlierTime(text: string): boolean {
  return EARLIER_TIME.test(text);
}
