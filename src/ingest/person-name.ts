/**
 * Shape tests for personal names as printed in bylines ("Jane Doe", "J. R. Smith", "Ali al-Hassan",
 * "Mary-Kate O'Neil"). No lexicon of names: a name is 2–4 capitalised words (particles allowed)
 * none of which is a function word, a calendar word or a common page/section word. That is weak
 * evidence alone, so callers also require a byline position.
 */

const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'du', 'dos', 'das', 'bin', 'ibn', 'al', 'el', 'y', 'st.']);

/** Words that make a capitalised line something other than a personal name. */
const NOT_NAME_WORDS = new Set(
  (
    'the a an and or but of in on at to for with from by as into over after before about against ' +
    'is are was were be been has have had will would can could should may might must do does did ' +
    'this that these those it its our your my his her their we you he she they i not no yes new all ' +
    'more most some any here there what who why how when where which ' +
    'january february march april june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow ' +
    'news live story stories reply comment comments share read related advertisement subscribe ' +
    'home world politics business sport sports opinion analysis breaking exclusive update updates ' +
    'video videos photo photos latest top menu search login contact privacy terms editorial staff ' +
    'reporter correspondent editor editors desk report reports press agency media times post daily ' +
    'herald tribune journal gazette weekly network channel radio tv television online digital ' +
    'north south east west middle central northern southern eastern western united states kingdom ' +
    'republic city county state street avenue square government ministry minister president ' +
    'war attack attacks strike strikes says said say killed dies dead'
  ).split(' '),
);

const CAPITALISED = /^\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*\.?$/u;
const INITIAL = /^\p{Lu}\.$/u;
const PREFIXED = /^(?:al|el|bin|ibn|abu|abd|ben|d|o)[-'’]\p{Lu}[\p{L}'’-]*$/u;

/** True when `word` can be part of a printed personal name. */
export function isNameWord(word: string): boolean {
  if (PARTICLES.has(word)) return true;
  if (NOT_NAME_WORDS.has(word.toLowerCase().replace(/\.$/, ''))) return false;
  if (/['’]s$/.test(word)) return false; // a possessive belongs to a sentence, not a byline
  return INITIAL.test(word) || PREFIXED.test(word) || CAPITALISED.test(word);
}

/** True when the whole of `text` has the shape of one personal name of 2–4 words. */
export function personName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (PARTICLES.has(first) || PARTICLES.has(last) || INITIAL.test(last)) return false;
  // A final full stop ends a sentence, except after a suffix such as "Jr.".
  if (last.endsWith('.') && !/^(?:Jr|Sr)\.$/.test(last)) return false;
  return words.every(isNameWord);
}
