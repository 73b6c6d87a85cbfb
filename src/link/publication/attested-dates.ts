/**
 * The calendar days and months a dated article vouches for: its publication date (with its
 * lead as context) and every resolved day or month value in its text (with its sentence).
 * An undated article whose clues land on these values, in sentences about the same thing,
 * is dated by them.
 */
import type { Analysis, Article } from '../../model.ts';
import { contentWords } from './content-words.ts';
import { LEAD_SENTENCES } from './date-clues.ts';

export interface Attestation {
  /** YYYY-MM-DD or YYYY-MM. */
  readonly value: string;
  /** Content words of the sentence(s) that give the value. */
  readonly words: ReadonlySet<string>;
  /** How the article gives it, for the note: "'Jan. 28'" or "its publication date". */
  readonly how: string;
}

export function attestedDates(article: Article, analysis: Analysis): Attestation[] {
  const published = article.meta.published.value;
  if (!published) return [];
  const text = (from: number, to: number): string =>
    analysis.sentences.slice(from, to).map((s) => article.text.slice(s.start, s.end)).join(' ');
  const out: Attestation[] = [{ value: published, words: contentWords(text(0, LEAD_SENTENCES)), how: 'its publication date' }];
  for (const time of analysis.times) {
    if (time.basis === 'unresolved' || time.basis === 'vague') continue;
    const m = /^(\d{4}-\d{2}(?:-\d{2})?)(?:T\w+)?$/.exec(time.value);
    if (!m?.[1]) continue;
    out.push({ value: m[1], words: contentWords(text(time.sentence, time.sentence + 1)), how: `'${time.text}'` });
  }
  return out;
}
