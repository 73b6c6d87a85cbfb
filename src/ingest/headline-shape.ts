/**
 * Whether a line has the shape of a news headline: short, starting with a capital, and not ending
 * like a sentence. Headlines drop the final full stop; a short line ending with "." is a sentence
 * unless nearly every word is capitalised (some outlets print "Forces Gather. Talks Stall.").
 */

const MAX_HEADLINE_WORDS = 30;
const MAX_HEADLINE_CHARS = 250;

/** Share of words that start with a capital letter or a digit (short function words not counted). */
export function titleCaseRatio(text: string): number {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w) && !/^(?:a|an|the|and|or|of|in|on|at|to|for|by|with|as|vs\.?)$/i.test(w));
  if (words.length === 0) return 0;
  const capitalised = words.filter((w) => /^[^\p{L}\d]*[\p{Lu}\d]/u.test(w)).length;
  return capitalised / words.length;
}

/** True when `line` could be a headline. */
export function headlineShape(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_HEADLINE_CHARS) return false;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > MAX_HEADLINE_WORDS) return false;
  if (!/^[\p{Lu}\d"“‘'(]/u.test(text)) return false;
  const last = text.slice(-1);
  if (/[,;:–—-]/.test(last)) return false;
  if (last === '.' || last === '…') return words.length <= 20 && titleCaseRatio(text) >= 0.8;
  return true;
}
