/**
 * Name comparison keys for entity resolution.
 *
 * - `normalizeName`: the exact-match key. Accents folded, lower case, apostrophes and dots
 *   dropped, hyphens as spaces, no leading "the", no possessive: "The U.S.'s" → "us",
 *   "Al-Qaeda" → "al qaeda", "Zora’ib" → "zoraib".
 * - `isSpellingVariant`: the transliteration rule. Two names are variants when they have the
 *   same number of words and every word pair is either equal, or both words have ≥ 5 letters,
 *   share a consonant skeleton (vowels dropped after the first letter, doubled letters
 *   collapsed, q/k/c/g and ph/f, kh/k, dh/d, tch/ch folded) and differ in length by at most
 *   max(1, 20 % of the longer). Short words must match exactly, so John/Jane never merge;
 *   the length check keeps Niger/Nigeria apart; the skeleton keeps Iran/Iraq and
 *   Austria/Australia apart. The resolver further requires agreeing types and ≥ 2 words or
 *   ≥ 6 letters.
 */

const SKIP_IN_INITIALS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'des', 'al', 'el', '&', 'a', 'an', 'at', 'to']);

/** Exact-match key: see the module comment. */
export function normalizeName(name: string): string {
  return foldAccents(name)
    .toLowerCase()
    .replace(/['’‘ʼ`]s\b$/u, '')
    .replace(/['’‘ʼ`]/gu, '')
    .replace(/\./g, '')
    .replace(/[-‐–—_/]+/g, ' ')
    .replace(/[^\p{L}\p{N}&\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** Consonant skeleton of one lower-case word (see the module comment). */
export function wordSkeleton(word: string): string {
  const w = word
    .replace(/tch/g, 'ch')
    .replace(/ph/g, 'f')
    .replace(/kh/g, 'k')
    .replace(/dh/g, 'd')
    .replace(/ck/g, 'k')
    .replace(/[qcg]/g, 'k');
  const first = w.charAt(0);
  const rest = w.slice(1).replace(/[aeiouy]/g, '');
  return (/[aeiouy]/.test(first) ? 'a' : first) + rest.replace(/(.)\1+/g, '$1');
}

/** Skeleton key of a whole name: the word skeletons joined by spaces. */
export function skeletonKey(name: string): string {
  return normalizeName(name).split(' ').filter(Boolean).map(wordSkeleton).join(' ');
}

/** True when the two names are spelling variants by the rule in the module comment. */
export function isSpellingVariant(a: string, b: string): boolean {
  const wa = normalizeName(a).split(' ').filter(Boolean);
  const wb = normalizeName(b).split(' ').filter(Boolean);
  if (wa.length !== wb.length || wa.length === 0) return false;
  if (wa.join(' ') === wb.join(' ')) return false;
  return wa.every((x, i) => {
    const y = wb[i]!;
    if (x === y) return true;
    if (x.length < 5 || y.length < 5) return false;
    const tolerance = Math.max(1, Math.floor(0.2 * Math.max(x.length, y.length)));
    return Math.abs(x.length - y.length) <= tolerance && wordSkeleton(x) === wordSkeleton(y);
  });
}

/** Initials of a long name, skipping function words and particles: "Ministry of Defence" → "MD". */
export function initialsOf(name: string): string {
  return normalizeName(name)
    .split(' ')
    .filter((w) => w && !SKIP_IN_INITIALS.has(w))
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

/** The letters of an acronym-shaped name ("U.S." → "US"), or null for other names. */
export function acronymLetters(name: string): string | null {
  const compact = name.replace(/\./g, '');
  return /^\p{Lu}{2,7}$/u.test(compact) ? compact : null;
}

/** Jaro-Winkler similarity of two strings (0..1), for flagging likely duplicates. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aHit = new Array<boolean>(a.length).fill(false);
  const bHit = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (bHit[j] || a[i] !== b[j]) continue;
      aHit[i] = true;
      bHit[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aHit[i]) continue;
    while (!bHit[k]) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
