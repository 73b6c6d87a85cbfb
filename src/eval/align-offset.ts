/**
 * Maps a phrase located in a raw source file to the same phrase in an article's normalised
 * body text (header lines are removed and whitespace collapsed there, so offsets differ).
 * Among the body's occurrences of the phrase, the one whose preceding context agrees longest
 * with the raw file's wins.
 */
const CONTEXT = 60;

export function alignOffset(raw: string, rawOffset: number, phrase: string, body: string): number | null {
  const before = squash(raw.slice(Math.max(0, rawOffset - CONTEXT), rawOffset));
  let best: number | null = null;
  let bestScore = -1;
  for (let at = body.indexOf(phrase); at !== -1; at = body.indexOf(phrase, at + 1)) {
    const candidate = squash(body.slice(Math.max(0, at - CONTEXT), at));
    const score = commonSuffix(before, candidate);
    if (score > bestScore) {
      bestScore = score;
      best = at;
    }
  }
  return best;
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ');
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
