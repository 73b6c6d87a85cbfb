/**
 * Scores events against the gold: a gold event is found when we report an event of the same
 * type in the sentence the gold quotes (a verbatim substring of the article, mapped to our
 * sentences through the article text). Gold type `other` has no counterpart in our lexicon and
 * is counted apart. "family" recall also accepts attack ↔ strike, which the gold tells apart
 * by who strikes whom, not by the word. Precision counts our events in sentences and types the
 * gold names; the gold does not list every event, so it is a lower bound.
 */
import type { Corpus, EventMention, EventType, Sentence } from '../model.ts';
import { goldArticle } from './gold-article-index.ts';

export interface GoldEvent {
  readonly summary: string;
  readonly type: string;
  readonly sentence: string;
}

export interface GoldEventArticle {
  readonly file: string;
  readonly events?: readonly GoldEvent[];
}

export interface TypeRecall {
  readonly gold: number;
  readonly found: number;
}

export interface EventScore {
  /** Gold events other than `other`. */
  readonly gold: number;
  /** …found with the same type in the same sentence. */
  readonly found: number;
  /** …found with the same type or its family (attack ↔ strike). */
  readonly foundFamily: number;
  /** Gold events typed `other`, and how many of their sentences hold any event of ours. */
  readonly other: TypeRecall;
  readonly byType: Readonly<Record<string, TypeRecall>>;
  /** Our events in the gold articles, and those matching a gold event's sentence and type. */
  readonly predicted: number;
  readonly predictedMatched: number;
  /** Gold sentences that could not be located in the article text. */
  readonly unlocated: number;
  readonly failures: readonly string[];
}

const FAMILIES: readonly (readonly string[])[] = [['attack', 'strike']];

/** Whether our type answers a gold type, strictly or within its family. */
export function typeMatches(gold: string, ours: EventType, family: boolean): boolean {
  if (gold === ours) return true;
  return family && FAMILIES.some((f) => f.includes(gold) && f.includes(ours));
}

/** Our sentence indices that overlap the gold sentence, or null when it is not in the text. */
export function locateSentence(text: string, sentences: readonly Sentence[], quoted: string): number[] | null {
  const at = findLoosely(text, quoted);
  if (at === null) return null;
  return sentences.filter((s) => s.start < at.end && at.start < s.end).map((s) => s.index);
}

/** Exact match first, then with quotes and runs of white space folded. */
function findLoosely(text: string, quoted: string): { start: number; end: number } | null {
  const exact = text.indexOf(quoted);
  if (exact >= 0) return { start: exact, end: exact + quoted.length };
  const fold = (s: string): string => s.replace(/[“”„]/g, '"').replace(/[‘’]/g, "'");
  const words = fold(quoted).trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const match = new RegExp(words.join('\\s+')).exec(fold(text));
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

export function scoreEvents(corpus: Pick<Corpus, 'articles' | 'analyses'>, gold: readonly GoldEventArticle[]): EventScore {
  let total = 0;
  let found = 0;
  let foundFamily = 0;
  let predicted = 0;
  let unlocated = 0;
  const other = { gold: 0, found: 0 };
  const byType: Record<string, { gold: number; found: number }> = {};
  const matchedOurs = new Set<EventMention>();
  const failures: string[] = [];

  for (const g of gold) {
    const built = goldArticle(corpus, g.file);
    if (!built) continue;
    const { article, analysis } = built;
    predicted += analysis.events.length;
    for (const e of g.events ?? []) {
      const where = locateSentence(article.text, analysis.sentences, e.sentence);
      const inSentence = where === null ? [] : analysis.events.filter((ev) => where.includes(ev.sentence));
      if (where === null) {
        unlocated++;
        failures.push(`${g.file}: gold sentence not in text: "${e.sentence.slice(0, 60)}…"`);
      }
      if (e.type === 'other') {
        other.gold++;
        if (inSentence.length > 0) other.found++;
        continue;
      }
      total++;
      const row = (byType[e.type] ??= { gold: 0, found: 0 });
      row.gold++;
      const strict = inSentence.filter((ev) => typeMatches(e.type, ev.type, false));
      const family = inSentence.filter((ev) => typeMatches(e.type, ev.type, true));
      for (const ev of family) matchedOurs.add(ev);
      if (strict.length > 0) {
        found++;
        row.found++;
      }
      if (family.length > 0) foundFamily++;
      if (strict.length === 0) {
        const got = inSentence.map((ev) => `${ev.type}:"${ev.trigger}"${ev.modality === 'asserted' ? '' : `(${ev.modality})`}`).join(', ') || 'nothing';
        failures.push(`${g.file}: ${e.type} "${e.summary}": got ${got}`);
      }
    }
  }
  return { gold: total, found, foundFamily, other, byType, predicted, predictedMatched: matchedOurs.size, unlocated, failures };
}
