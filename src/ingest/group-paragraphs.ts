/**
 * Body lines → paragraphs for plain text. A blank line always ends a paragraph. Consecutive lines
 * stay separate paragraphs (scraped news usually has one paragraph per line, and header lines such
 * as a standfirst and a caption follow each other without blank lines), except that a line
 * continues the previous one when the text is hard-wrapped: the previous line does not end a
 * sentence and the next starts in lower case, or the previous line is long but stops mid-sentence
 * in a file whose lines are all short (≤ 100 characters, as wrapped text is).
 *
 * A short stand-alone line (2–6 words, capitalised, no closing punctuation) between two body
 * paragraphs, the first of which ends a sentence, is a subheading: kind `heading`. Longer such lines
 * were already removed as related-story links by infer-header.
 */
import type { Paragraph } from '../model.ts';
import type { HeaderLine } from './infer-header.ts';

export interface TextBlock {
  /** Paragraph text, whitespace runs collapsed. */
  readonly text: string;
  /** 1-based source line the block starts on. */
  readonly line: number;
  readonly kind: Paragraph['kind'];
}

const BULLET = /^\s*(?:[•·▪◦●■‣⁃*]|[-–—](?=\s)|\d{1,2}[.)](?=\s))\s*/;
const WRAP_WIDTH = 100;
const ENDS_SENTENCE = /[.!?:;"”’')\]]$/;

/** Groups lines into paragraph blocks; list-item lines become `list-item` blocks without their bullet. */
export function groupParagraphs(lines: readonly HeaderLine[]): TextBlock[] {
  const hardWrapped = lines.every((l) => l.text.length <= WRAP_WIDTH) && lines.some((l) => l.text.trim().length >= 50);
  const blocks: { parts: string[]; line: number; kind: Paragraph['kind'] }[] = [];
  let open: (typeof blocks)[number] | null = null;
  let previousText = '';
  for (const l of lines) {
    const raw = l.text.trim();
    if (raw === '') {
      open = null;
      continue;
    }
    const bullet = BULLET.exec(l.text);
    const listItem = l.kind === 'list-item' || bullet !== null;
    const text = bullet ? l.text.slice(bullet[0].length).trim() : raw;
    const continues =
      open !== null &&
      !listItem &&
      !ENDS_SENTENCE.test(previousText) &&
      (/^\p{Ll}/u.test(text) || (hardWrapped && previousText.length >= 40));
    if (open && continues) open.parts.push(text);
    else {
      open = { parts: [text], line: l.line, kind: listItem ? 'list-item' : 'paragraph' };
      blocks.push(open);
    }
    previousText = text;
  }
  const grouped = blocks.map((b) => ({ text: collapseSpaces(b.parts.join(' ')), line: b.line, kind: b.kind })).filter((b) => b.text !== '');
  const standalone = standaloneLines(lines);
  return grouped.map((block, i) => {
    const previous = grouped[i - 1];
    const isSubheading =
      block.kind === 'paragraph' &&
      standalone.has(block.line) &&
      previous !== undefined &&
      i + 1 < grouped.length &&
      /[.!?]["”’')\]]?$/.test(previous.text) &&
      subheadingShape(block.text);
    return isSubheading ? { ...block, kind: 'heading' as const } : block;
  });
}

/** Source lines with a blank line (or nothing) directly above and below. */
function standaloneLines(lines: readonly HeaderLine[]): Set<number> {
  const found = new Set<number>();
  lines.forEach((l, i) => {
    const blank = (j: number): boolean => (lines[j]?.text.trim() ?? '') === '';
    if (l.text.trim() !== '' && blank(i - 1) && blank(i + 1)) found.add(l.line);
  });
  return found;
}

const MAX_SUBHEADING_WORDS = 6;

function subheadingShape(text: string): boolean {
  const words = text.split(' ').length;
  return words >= 2 && words <= MAX_SUBHEADING_WORDS && /^[\p{Lu}\d]/u.test(text) && !/[.!?:;,"”’'…)\]]$/.test(text) && !/["“”]/.test(text);
}

/** One space for every run of whitespace; no leading or trailing space. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
