/**
 * Outlet (publisher) cues in an article's own text. A scraped article rarely prints its masthead,
 * but it often names itself: "told The Daily Planet", "questioned by The Daily Planet",
 * "The Planet's Spanish-language sister site", "© 2024 Daily Planet", "Other reports by Daily Planet",
 * a wire prefix "LONDON (Wire) -". Each cue has a weight; the name with the highest total wins.
 *
 * Deliberately NOT cues: "told Reuters"/"told CNN" without "The" (stories routinely quote wire
 * services and networks, and the same shape fits a person: "told Smith"), and a "(XYZ)" suffix on a
 * headline or "for The X" photo credits (in reposts these name the embedded story's outlet, not
 * the page's). The result is always basis 'inferred', with a note quoting the cue.
 */
import type { MetaField } from '../model.ts';

export interface OutletLine {
  readonly text: string;
  /** 1-based source line. */
  readonly line: number;
}

interface OutletCue {
  readonly kind: string;
  readonly weight: number;
  readonly pattern: RegExp;
  /** 'top' = only in the first lines with text (a wire prefix opens the story). */
  readonly where?: 'top';
}

// A masthead-like name: "The" + 1–5 capitalised words ("of"/"and"/"&" allowed inside).
const THE_NAME = String.raw`(The\s+\p{Lu}[\p{L}\d&.'’-]*(?:\s+(?:(?:of|and|&|on)\s+)?\p{Lu}[\p{L}\d&.'’-]*){0,4})`;
// A name in a footer: 1–6 capitalised words, "The" optional.
const FOOTER_NAME = String.raw`((?:The\s+)?[\p{Lu}\d][\p{L}\d&.'’-]*(?:\s+(?:(?:of|and|&|on)\s+)?[\p{Lu}\d][\p{L}\d&.'’-]*){0,5})`;

const CUES: readonly OutletCue[] = [
  {
    kind: 'footer',
    weight: 5,
    pattern: new RegExp(String.raw`^(?:other|more)\s+(?:reports|stories|articles|news)\s+(?:by|from)\s+${FOOTER_NAME}\s*\.?$`, 'iu'),
  },
  {
    kind: 'copyright notice',
    weight: 5,
    pattern: new RegExp(String.raw`^(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?${FOOTER_NAME}(?:[\s.,]|$)`, 'iu'),
  },
  {
    kind: 'first published',
    weight: 4,
    pattern: new RegExp(String.raw`^(?:this (?:article|story|piece) )?(?:was )?(?:originally|first) (?:appeared|published) (?:in|on|by) ${FOOTER_NAME}`, 'iu'),
  },
  {
    kind: 'sister publication',
    weight: 2,
    pattern: new RegExp(String.raw`${THE_NAME}['’]s?\s+(?:[\p{L}-]+\s+){0,2}sister\s+(?:site|website|publication|paper|newspaper|channel|network|outlet|title)`, 'u'),
  },
  {
    kind: 'self-reference',
    weight: 1,
    pattern: new RegExp(
      String.raw`\b(?:told|questioned by|contacted by|interviewed by|reached by|speaking to|spoke to|spoke with|speaking with|in an interview with|confirmed to|obtained by|seen by|reviewed by|shared with|provided to|according to documents seen by)\s+${THE_NAME}`,
      'u',
    ),
  },
  {
    kind: 'wire prefix',
    weight: 3,
    where: 'top',
    // "CITY (Wire) -", "CITY, March 3 (Wire) —"
    pattern: /^[\p{Lu}][\p{Lu}\s.'’-]{1,40}(?:,\s*[\p{L}\d .]{1,24})?\s*\(([\p{L}][\p{L}\s&.]{0,30})\)\s*[-–—]/u,
  },
];

/** Lines with text at the top of the article in which a wire prefix may open the story. */
const TOP_LINES = 12;

interface Tally {
  readonly name: string;
  readonly line: number;
  readonly cue: string;
  readonly kind: string;
  weight: number;
  count: number;
}

/** The outlet named by the strongest cues in `lines`, or unknown. Ties go to the earliest cue. */
export function findOutlet(lines: readonly OutletLine[]): MetaField<string> {
  const tallies = new Map<string, Tally>();
  const topLines = new Set(lines.filter((l) => l.text.trim() !== '').slice(0, TOP_LINES).map((l) => l.line));
  for (const { text, line } of lines) {
    for (const cue of CUES) {
      if (cue.where === 'top' && !topLines.has(line)) continue;
      const global = new RegExp(cue.pattern.source, cue.pattern.flags + 'g');
      for (const match of text.trim().matchAll(global)) {
        const name = cleanName(match[1] ?? '');
        if (!name) continue;
        const key = name.toLowerCase().replace(/^the\s+/, '');
        const tally = tallies.get(key);
        if (tally) {
          tally.weight += cue.weight;
          tally.count++;
        } else {
          tallies.set(key, { name, line, cue: match[0].trim(), kind: cue.kind, weight: cue.weight, count: 1 });
        }
      }
    }
  }
  let best: Tally | null = null;
  for (const tally of tallies.values()) if (!best || tally.weight > best.weight) best = tally;
  if (!best) return { value: null, basis: 'unknown' };
  const more = best.count > 1 ? ` (+${best.count - 1} more cue${best.count > 2 ? 's' : ''})` : '';
  return { value: best.name, basis: 'inferred', line: best.line, note: `${best.kind} '${best.cue}'${more}` };
}

/** Trims possessives and trailing punctuation; rejects names that are only "The". */
function cleanName(raw: string): string | null {
  const name = raw
    .trim()
    .replace(/[.,;:]?\s+(?:all|some)\s+rights\s+reserved.*$/i, '')
    .replace(/['’]s?$/, '')
    .replace(/[.,;:]+$/, '')
    .trim();
  if (!name || /^the$/i.test(name)) return null;
  return name;
}
