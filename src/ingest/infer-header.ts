/**
 * Reads the header and page furniture of an article given as lines: headline, dateline, byline,
 * outlet cues, URL, and boilerplate. Pure. Used for plain text (one entry per source line) and for
 * Markdown (one entry per block, blank entries between blocks).
 *
 * Decisions, in order:
 * 1. Boilerplate lines (see classify-boilerplate) and short Title-Case lines (1–3 words, no
 *    punctuation) that occur twice or more (repeated widgets such as a "Live Story" label) are removed.
 * 2. A line that is only a URL becomes the URL (if none yet) and is removed.
 * 3. Byline lines ("By …", "Posted by … on DATE", "Posted on DATE by …") in the first 10 or last 4
 *    lines are removed; a date in the byline is a dateline. A dateline-only line anywhere is removed; the first non-"Updated"
 *    one gives `published` (basis 'stated'), else the first "Updated" one.
 * 4. Headline: the first remaining line that is not a list item. If it has headline shape it is the
 *    title (removed from the body, reason "headline"); otherwise the article has no title. Later
 *    lines equal to the title are removed as "repeated headline". A teaser/standfirst stays.
 * 5. A line of only personal names ("Jane Doe", "Jane Doe and Ali Khan", "Jane Doe in Lisbon") next to
 *    the headline or a dateline, in the first 10 lines, is the byline.
 * 6. A trailing bracketed photo credit is cut from its caption line; the caption text stays.
 * 7. Related-story links: a stand-alone body line (blank line or removed line on both sides) of
 *    7–20 words that starts with a capital and has no closing punctuation, between two body
 *    paragraphs of which the previous ends a sentence. Shorter such lines (≤ 6 words) are kept:
 *    they are far more often section subheadings ("Talks stall in Cairo") than links.
 * 8. Outlet: see find-outlet; cues are read on all lines, removed ones included (footers).
 */
import type { MetaField, Paragraph, RemovedLine } from '../model.ts';
import { classifyBoilerplate, findTrailingCredit } from './classify-boilerplate.ts';
import { findOutlet } from './find-outlet.ts';
import { headlineShape } from './headline-shape.ts';
import { parseByline } from './parse-byline.ts';
import { parseDateline } from './parse-dateline.ts';
import { personName } from './person-name.ts';

export interface HeaderLine {
  /** The line text ('' for a blank line). */
  readonly text: string;
  /** 1-based source line. */
  readonly line: number;
  /** Block kind when already known (Markdown); plain-text lines leave it out. */
  readonly kind?: Paragraph['kind'];
}

export interface HeaderOptions {
  /** A title already known (front matter, Markdown H1): no headline search, only repeats removed. */
  readonly knownTitle?: string | null;
}

export interface HeaderInference {
  readonly title: MetaField<string>;
  readonly published: MetaField<string>;
  readonly author: MetaField<string>;
  readonly source: MetaField<string>;
  readonly url: MetaField<string>;
  /** The input lines with removed ones blanked ('') and photo credits cut; same length and order. */
  readonly body: readonly HeaderLine[];
  readonly removed: readonly RemovedLine[];
}

/** Lines from the top (non-blank) in which a byline or a bare name may stand. */
const HEADER_LINES = 10;
/** Lines from the bottom (non-blank) in which a "By …" line may stand. */
const FOOTER_LINES = 4;
const BULLET = /^\s*(?:[•·▪◦●■‣⁃*]|[-–—](?=\s))\s*/;

const UNKNOWN: MetaField<string> = { value: null, basis: 'unknown' };

/** Classifies the lines of one article; see the module comment for the rules. */
export function inferHeader(lines: readonly HeaderLine[], options: HeaderOptions = {}): HeaderInference {
  const texts = lines.map((l) => l.text.trim());
  const removedReason: (string | null)[] = texts.map(() => null);
  const nonBlank = texts.flatMap((t, i) => (t === '' ? [] : [i]));
  const headerZone = new Set(nonBlank.slice(0, HEADER_LINES));
  const footerZone = new Set(nonBlank.slice(-FOOTER_LINES));
  const isList = (i: number): boolean => lines[i]?.kind === 'list-item' || BULLET.test(lines[i]?.text ?? '');
  // Markdown headings and quotes are structure the author chose: never links, bylines or widgets.
  const isMarkedUp = (i: number): boolean => lines[i]?.kind === 'heading' || lines[i]?.kind === 'blockquote';

  let url: MetaField<string> = UNKNOWN;
  let author: MetaField<string> = UNKNOWN;
  let published: MetaField<string> = UNKNOWN;
  let updated: MetaField<string> = UNKNOWN;
  const datelineIndexes: number[] = [];

  // 1. Boilerplate and repeated widgets.
  const widgetCounts = countRepeatedWidgets(texts);
  for (const i of nonBlank) {
    const text = texts[i] ?? '';
    if (isMarkedUp(i)) continue;
    removedReason[i] = classifyBoilerplate(text) ?? ((widgetCounts.get(text) ?? 0) >= 2 ? 'repeated widget label' : null);
  }

  for (const i of nonBlank) {
    if (removedReason[i]) continue;
    const text = texts[i] ?? '';
    const line = lines[i]?.line ?? 0;
    // 2. URL lines.
    if (/^(?:(?:source|url|link|originally published at|read (?:it|more) at)\s*:?\s*)?https?:\/\/\S+$/i.test(text)) {
      removedReason[i] = 'source url';
      if (url.value === null) url = { value: text.replace(/^[^h]*(?=https?:)/i, ''), basis: 'stated', line, note: `URL line '${text}'` };
      continue;
    }
    // 3. Bylines and datelines.
    const byline = headerZone.has(i) || footerZone.has(i) ? parseByline(text) ?? dateThenByline(text) : null;
    if (byline) {
      removedReason[i] = 'byline';
      if (author.value === null) author = { value: byline.author, basis: 'stated', line, note: `byline '${text}'` };
      const tailDate = byline.rest ? parseDateline(byline.rest) : null;
      if (tailDate) {
        datelineIndexes.push(i);
        const field: MetaField<string> = { value: tailDate.value, basis: 'stated', line, note: `dateline '${text}'` };
        if (tailDate.updated) updated = updated.value === null ? field : updated;
        else if (published.value === null) published = field;
      }
      continue;
    }
    const dateline = parseDateline(text);
    if (dateline) {
      removedReason[i] = 'dateline';
      datelineIndexes.push(i);
      const field: MetaField<string> = { value: dateline.value, basis: 'stated', line, note: `dateline '${text}'` };
      if (dateline.updated) updated = updated.value === null ? field : updated;
      else if (published.value === null) published = field;
    }
  }
  if (published.value === null && updated.value !== null) published = { ...updated, note: `${updated.note ?? ''} (only an update date is printed)` };

  // 4. Headline.
  let title: MetaField<string> = UNKNOWN;
  let titleIndex = -1;
  const knownTitle = options.knownTitle?.trim() || null;
  if (!knownTitle) {
    const first = nonBlank.find((i) => !removedReason[i] && !isList(i));
    if (first !== undefined && headlineShape(texts[first] ?? '')) {
      titleIndex = first;
      removedReason[first] = 'headline';
      title = { value: texts[first] ?? '', basis: 'stated', line: lines[first]?.line, note: 'first headline-shaped line' };
    }
  }
  const titleKey = comparable(knownTitle ?? title.value ?? '');
  if (titleKey) {
    for (const i of nonBlank) if (!removedReason[i] && comparable(texts[i] ?? '') === titleKey) removedReason[i] = 'repeated headline';
  }

  // 5. A bare name next to the headline or a dateline.
  if (author.value === null) {
    const anchors = new Set([titleIndex, ...datelineIndexes]);
    for (const i of nonBlank) {
      if (!headerZone.has(i) || removedReason[i] || isMarkedUp(i)) continue;
      const name = bareNameLine(texts[i] ?? '');
      if (!name) continue;
      const neighbours = [previousNonBlank(nonBlank, i), nextNonBlank(nonBlank, i)];
      if (!neighbours.some((n) => n !== undefined && anchors.has(n))) continue;
      removedReason[i] = 'byline';
      author = { value: name, basis: 'stated', line: lines[i]?.line, note: `name line '${texts[i]}' next to the headline or dateline` };
      break;
    }
  }

  const removed: RemovedLine[] = [];
  const captions = new Set<number>();
  const body: HeaderLine[] = lines.map((l, i) => {
    const reason = removedReason[i];
    if (reason) {
      removed.push({ line: l.line, text: texts[i] ?? '', reason });
      return { ...l, text: '' };
    }
    // 6. Photo credits on caption lines.
    const credit = findTrailingCredit(l.text);
    if (credit) {
      removed.push({ line: l.line, text: credit.trim(), reason: 'image credit (cut from caption line)' });
      captions.add(i);
      return { ...l, text: l.text.slice(0, l.text.length - credit.length) };
    }
    return l;
  });

  // 7. Related-story links between body paragraphs.
  for (const i of relatedLinkIndexes(body, titleIndex, (i) => isList(i) || isMarkedUp(i) || captions.has(i))) {
    const l = body[i];
    if (!l) continue;
    removed.push({ line: l.line, text: l.text.trim(), reason: 'related-link' });
    body[i] = { ...l, text: '' };
  }
  removed.sort((a, b) => a.line - b.line);

  // 8. Outlet cues.
  const source = findOutlet(lines.map((l) => ({ text: l.text, line: l.line })));

  return { title, published, author, source, url, body, removed };
}

const MIN_LINK_WORDS = 7;
const MAX_LINK_WORDS = 20;

function relatedLinkIndexes(body: readonly HeaderLine[], titleIndex: number, exempt: (i: number) => boolean): number[] {
  const texts = body.map((l) => l.text.trim());
  // Index of the next non-blank line after each line, computed once (linear, even on huge files).
  const nextNonBlankAfter: number[] = new Array<number>(texts.length).fill(-1);
  for (let i = texts.length - 2; i >= 0; i--) nextNonBlankAfter[i] = texts[i + 1] !== '' ? i + 1 : (nextNonBlankAfter[i + 1] ?? -1);
  const found: number[] = [];
  let previous = '';
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] ?? '';
    if (text === '') continue;
    const standalone = i > titleIndex && (texts[i - 1] ?? '') === '' && (texts[i + 1] ?? '') === '' && i + 1 < texts.length;
    if (standalone && !exempt(i) && relatedLinkShape(text) && /[.!?]["”’')\]]?$/.test(previous) && (nextNonBlankAfter[i] ?? -1) !== -1) {
      found.push(i);
      continue; // a removed link does not become the "previous paragraph"
    }
    previous = text;
  }
  return found;
}

/** 7–20 words, starts with a capital or digit, no closing punctuation, no quotation marks. */
function relatedLinkShape(text: string): boolean {
  const words = text.split(/\s+/).length;
  if (words < MIN_LINK_WORDS || words > MAX_LINK_WORDS) return false;
  return /^[\p{Lu}\d]/u.test(text) && !/[.!?:;,"”’'…)\]]$/.test(text) && !/["“”]/.test(text);
}

/** "Posted on March 3, 2022 by Sam Lee": a dateline followed by a byline, read as byline + date tail. */
function dateThenByline(text: string): { author: string; rest: string } | null {
  const match = /^(.*\S)\s+by\s+(.+)$/i.exec(text);
  if (!match || !parseDateline(match[1] ?? '')) return null;
  const byline = parseByline(`By ${match[2] ?? ''}`);
  return byline && byline.rest === '' ? { author: byline.author, rest: match[1] ?? '' } : null;
}

/**
 * The author(s) of a line that is only names: "Jane Doe", "Jane Doe and Ali Khan", "Jane Doe in Lisbon".
 * Read as if it were "By …", but without a date tail or sentence punctuation.
 */
function bareNameLine(text: string): string | null {
  if (/[.!?:;"“”]$/.test(text) || /\d/.test(text)) return null;
  const byline = parseByline(`By ${text}`);
  if (!byline) return null;
  const single = !/,|\band\b|&/.test(byline.author);
  if (single && !personName(byline.author)) return null; // one capitalised word alone is too weak
  if (byline.rest !== '' && !/^\p{Lu}[\p{L}\s'’-]*$/u.test(byline.rest)) return null;
  return byline.author;
}

/** Short Title-Case lines without punctuation, counted, to find widget labels repeated on the page. */
function countRepeatedWidgets(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const words = text.split(/\s+/);
    if (text === '' || words.length > 3 || /[^\p{L}\s'’&-]/u.test(text)) continue;
    if (!words.every((w) => /^\p{Lu}/u.test(w))) continue;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return counts;
}

function previousNonBlank(nonBlank: readonly number[], i: number): number | undefined {
  const at = nonBlank.indexOf(i);
  return at > 0 ? nonBlank[at - 1] : undefined;
}

function nextNonBlank(nonBlank: readonly number[], i: number): number | undefined {
  const at = nonBlank.indexOf(i);
  return at >= 0 ? nonBlank[at + 1] : undefined;
}

/** Case-, space- and quote-insensitive form used to spot a repeated headline. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}
