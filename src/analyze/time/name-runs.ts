/**
 * False-positive guards: a weekday or number that is part of a name ("Fox News Sunday",
 * "the Sunday Times", "Gate 14") rather than a date.
 */

/** Capitalised words that may stand before a date word without making it part of a name. */
const DATE_CONTEXT_WORDS = new Set([
  'on', 'last', 'next', 'this', 'early', 'late', 'by', 'until', 'till', 'since', 'the', 'every',
  'each', 'and', 'or', 'from', 'through', 'before', 'after', 'during', 'in', 'of', 'past', 'coming',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'as', 'at', 'but',
  'earlier', 'later', 'then', 'also', 'that', 'for', 'to', 'over', 'between', 'around', 'about',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'posted', 'updated', 'published', 'dated',
]);

/** Words that make "Sunday …" a publication or an occasion, not a day. */
const NAME_HEADS = new Set([
  'times', 'telegraph', 'mirror', 'express', 'post', 'herald', 'mail', 'tribune', 'star',
  'independent', 'observer', 'people', 'sport', 'night', 'school', 'prayers', 'prayer',
  'service', 'mass', 'sermon', 'league', 'football', 'edition', 'magazine', 'show', 'club',
]);

/** The word right before, unless a closing quote or bracket ends a title in between (“This Week” Sunday). */
const WORD_BEFORE = /([A-Za-z][A-Za-z.'’-]*)["“'‘(]?\s+["“'‘(]?$/;
const WORD_AFTER = /^['’]?s?\s*["”'’)]?\s+([A-Za-z][A-Za-z'’-]*)/;

function isTitleCase(word: string): boolean {
  return /^[A-Z]/.test(word);
}

/**
 * True when the date word at [start, end) sits inside a run of capitalised words that
 * makes a proper name: a capitalised non-date word right before it ("Fox News Sunday"),
 * or "the Sunday Times"-style heads right after it.
 */
export function insideProperName(text: string, start: number, end: number, sentenceStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, start - 40), start);
  const after = text.slice(end, end + 30);
  const previous = WORD_BEFORE.exec(before)?.[1];
  const next = WORD_AFTER.exec(after)?.[1];
  if (previous && isTitleCase(previous) && !DATE_CONTEXT_WORDS.has(previous.toLowerCase().replace(/\.$/, ''))) {
    return true;
  }
  if (next && isTitleCase(next)) {
    if (NAME_HEADS.has(next.toLowerCase())) return true;
    if (previous && previous.toLowerCase() === 'the' && !DATE_CONTEXT_WORDS.has(next.toLowerCase())) return true;
  }
  return false;
}

/** True when a number follows a capitalised name word: "Gate 14", "Resolution 2334", "Apollo 11". */
export function numberAfterName(text: string, start: number, sentenceStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, start - 30), start);
  const previous = /([A-Za-z][A-Za-z'’-]*)\s+$/.exec(before)?.[1];
  return Boolean(previous && isTitleCase(previous) && !DATE_CONTEXT_WORDS.has(previous.toLowerCase()));
}
