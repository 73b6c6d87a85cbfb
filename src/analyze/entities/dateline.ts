/**
 * Wire datelines at the start of a paragraph: "LUSAKA, March 4 (Reuters) - …",
 * "KYIV, Ukraine (AP) — …", "LONDON -- …". The capitalised words before the agency or the
 * dash name the place the story was filed from; the word in brackets is the news agency; the
 * word after the dash opens the story's first sentence.
 */
import type { Token } from '../nlp.ts';
import { countryOf, isKnownCity } from './gazetteer.ts';

export interface Dateline {
  /** Token range (inclusive) of the filing place ("LUSAKA", "MEXICO CITY"). */
  readonly place: readonly [number, number];
  /** Token range (inclusive) of the region or country after a comma ("Ukraine"), if any. */
  readonly region?: readonly [number, number];
  /** Token range (inclusive) of the bracketed agency ("Reuters", "AP"), if any. */
  readonly agency?: readonly [number, number];
  /** Index of the first token of the story proper. */
  readonly body: number;
}

const DASH_AFTER = /^\)?\s*(?:-{1,2}|—|–)\s+$/;
const CAPS_WORD = /^\p{Lu}[\p{Lu}.'’-]*$/u;
const CAPITALISED = /^\p{Lu}[\p{L}.'’-]*$/u;

/** The dateline opening these tokens (the first sentence of a paragraph), or null. */
export function findDateline(tokens: readonly Token[]): Dateline | null {
  let i = 0;
  // The place: one to four words in capitals ("SAO PAULO", "KUALA LUMPUR").
  while (i < tokens.length && i < 4 && CAPS_WORD.test(tokens[i]!.text) && /\p{Lu}{2}/u.test(tokens[i]!.text)) {
    if (i > 0 && !/^\s+$/.test(tokens[i - 1]!.post + tokens[i]!.pre)) break;
    i++;
  }
  if (i === 0) return null;
  const place: [number, number] = [0, i - 1];
  let k = i - 1;
  let region: [number, number] | undefined;
  // ", Ukraine", ", Northwest Territories", ", March 4", ", Spain, March 4".
  let dated = false;
  for (let round = 0; round < 2 && /^,\s+$/.test(tokens[k]!.post + (tokens[k + 1]?.pre ?? '')); round++) {
    let j = k + 1;
    const from = j;
    while (j < tokens.length && j - from < 4 && (CAPITALISED.test(tokens[j]!.text) || /^\d{1,2}$/.test(tokens[j]!.text))) {
      j++;
      if (!/^\s+$/.test(tokens[j - 1]!.post + (tokens[j]?.pre ?? ''))) break;
    }
    if (j === from) return null;
    const words = tokens.slice(from, j);
    if (words.some((t) => t.tags.includes('Date') || /^\d/.test(t.text))) dated = true;
    else if (!region) region = [from, j - 1];
    k = j - 1;
  }
  let agency: [number, number] | undefined;
  const next = tokens[k + 1];
  if (next && /\($/.test(tokens[k]!.post + next.pre) && !/\)/.test(tokens[k]!.post)) {
    // "(Reuters)", "(AP)", "(Agence France-Presse)".
    let j = k + 1;
    while (j < tokens.length && j - k <= 4 && !/\)/.test(tokens[j]!.post)) j++;
    if (j >= tokens.length || !/\)/.test(tokens[j]!.post) || !tokens.slice(k + 1, j + 1).every((t) => CAPITALISED.test(t.text))) return null;
    agency = [k + 1, j];
    k = j;
  }
  if (!DASH_AFTER.test(tokens[k]!.post) || k + 1 >= tokens.length) return null;
  // "NATO - the alliance …": with neither agency, date nor region, only a known place (the
  // gazetteers or compromise's lexicon) files a story.
  if (!agency && !dated && !region) {
    const placeText = tokens.slice(place[0], place[1] + 1).map((t) => t.text).join(' ');
    const placeTagged = tokens.slice(place[0], place[1] + 1).some((t) => t.tags.includes('Place') || t.tags.includes('City'));
    if (!isKnownCity(placeText) && countryOf(placeText) === undefined && !placeTagged) return null;
  }
  return { place, ...(region ? { region } : {}), ...(agency ? { agency } : {}), body: k + 1 };
}
