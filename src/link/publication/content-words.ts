/**
 * The words of a sentence that say what it is about, for telling whether two sentences in
 * different articles report the same event: lower case, four letters or more, a plural "s"
 * dropped, without function words and without calendar words (the date is what is being
 * compared, so it must not count as agreement about the event).
 */

const FUNCTION_WORDS = new Set([
  'about', 'above', 'across', 'after', 'again', 'against', 'along', 'also', 'although', 'among',
  'another', 'around', 'because', 'been', 'before', 'being', 'below', 'between', 'both', 'but',
  'came', 'come', 'could', 'does', 'doing', 'done', 'down', 'during', 'each', 'either', 'even',
  'ever', 'every', 'from', 'further', 'have', 'having', 'here', 'himself', 'herself', 'into',
  'itself', 'just', 'know', 'like', 'made', 'make', 'many', 'more', 'most', 'much', 'must',
  'near', 'neither', 'never', 'once', 'only', 'other', 'ours', 'over', 'said', 'same', 'says',
  'should', 'since', 'some', 'still', 'such', 'than', 'that', 'their', 'theirs', 'them',
  'themselves', 'then', 'there', 'these', 'they', 'this', 'those', 'though', 'through', 'told',
  'under', 'until', 'upon', 'very', 'want', 'well', 'were', 'what', 'when', 'where', 'whether',
  'which', 'while', 'whom', 'whose', 'will', 'with', 'within', 'without', 'would', 'your',
  'according', 'including', 'saying', 'statement', 'reported', 'report', 'news',
]);

const CALENDAR_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'today', 'tonight', 'yesterday', 'tomorrow', 'week', 'weekend',
  'month', 'year', 'last', 'next', 'early', 'late', 'later', 'earlier', 'morning', 'afternoon',
  'evening', 'night', 'overnight', 'hour', 'day',
]);

export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    const word = singular(match[0]);
    if (word.length < 4 || FUNCTION_WORDS.has(word) || CALENDAR_WORDS.has(word)) continue;
    words.add(word);
  }
  return words;
}

/** Crude plural folding ("attacks" → "attack", "weeks" → "week"), enough to compare sentences. */
function singular(word: string): string {
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** How many content words two sets share. */
export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}
