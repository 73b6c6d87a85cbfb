/**
 * Scores figures against the gold: a gold figure is found when one of our figures in its
 * sentence has the same value (or, for a vague amount, no value) and a compatible unit.
 * Also reports how many found figures carry the gold qualifier.
 */
import type { Corpus, Figure, FigureQualifier, FigureUnit } from '../model.ts';
import { unitOfNoun } from '../analyze/figures/units.ts';
import { findGoldSentence } from './find-gold-sentence.ts';
import { goldArticle } from './gold-article-index.ts';

export interface GoldFigure {
  readonly claim: string;
  readonly value: number | null;
  readonly unit: string;
  readonly qualifier?: string;
  readonly category: string;
  readonly sentence: string;
}

export interface FigureScore {
  readonly gold: number;
  readonly found: number;
  readonly recall: number;
  /** Found figures whose qualifier agrees with the gold one (both none counts). */
  readonly rightQualifier: number;
  /** Our figures in all, for a sense of volume. */
  readonly predicted: number;
  readonly failures: readonly string[];
}

/** The unit class a gold unit label names ("soldiers killed" → killed), or null for a plain noun. */
export function goldUnitClass(unit: string): FigureUnit | null {
  const u = unit.toLowerCase();
  if (/\bage\b/.test(u)) return 'age';
  if (/killed|lives|deaths|dead/.test(u)) return 'killed';
  if (/wounded|injured/.test(u)) return 'wounded';
  if (/hostage/.test(u)) return 'hostages';
  if (/fraction|share/.test(u)) return 'fraction';
  if (/usd|dollar|money|eur/.test(u)) return 'money';
  if (/percent/.test(u)) return 'percent';
  if (/^days?$|weeks?|months?/.test(u)) return 'days';
  if (/troops|soldiers|servicemembers/.test(u)) return 'troops';
  return null;
}

/** Gold qualifier labels folded onto ours ("over" → "more than", "around" → "about"). */
export function goldQualifier(q: string | undefined): FigureQualifier | null {
  if (!q) return null;
  const l = q.toLowerCase();
  if (/over|more than/.test(l)) return 'more than';
  if (/around|about|approx|~/.test(l)) return 'about';
  if (/at least/.test(l)) return 'at least';
  if (/nearly|almost/.test(l)) return 'nearly';
  if (/up to/.test(l)) return 'up to';
  if (/fewer|less/.test(l)) return 'fewer than';
  if (/tens of thousands/.test(l)) return 'tens of thousands';
  if (/dozens|thousands|hundreds|several/.test(l)) return l as FigureQualifier;
  return null;
}

const singular = (w: string): string => w.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');

export function unitCompatible(gold: GoldFigure, ours: Figure): boolean {
  const cls = goldUnitClass(gold.unit);
  // A gold label that names a class (killed, wounded, money, age …) wants exactly that class.
  if (cls !== null) return ours.unit === cls;
  const goldWords = gold.unit.split(/[^A-Za-z]+/).filter(Boolean).map(singular);
  if (ours.noun && goldWords.includes(singular(ours.noun))) return true;
  return goldWords.includes(singular(ours.unit)) || gold.unit.split(/[^A-Za-z]+/).some((w) => unitOfNoun(w.toLowerCase()) === ours.unit);
}

function valueMatches(gold: GoldFigure, ours: Figure): boolean {
  if (gold.value === null) return ours.value === null;
  if (ours.value === null) return false;
  return Math.abs(ours.value - gold.value) <= 0.01 * Math.max(1, Math.abs(gold.value));
}

export function scoreFigures(corpus: Corpus, gold: readonly { readonly file: string; readonly figures?: readonly GoldFigure[] }[]): FigureScore {
  let total = 0;
  let found = 0;
  let rightQualifier = 0;
  let predicted = 0;
  const failures: string[] = [];
  for (const g of gold) {
    const built = goldArticle(corpus, g.file);
    if (!built) continue;
    const { article, analysis } = built;
    predicted += analysis.figures.length;
    for (const f of g.figures ?? []) {
      total++;
      const span = findGoldSentence(article.text, f.sentence);
      if (!span) {
        failures.push(`${g.file}: sentence not found for "${f.claim}"`);
        continue;
      }
      const inSentence = analysis.figures.filter((o) => o.start >= span.start && o.end <= span.end);
      const match = inSentence.find((o) => valueMatches(f, o) && unitCompatible(f, o));
      if (!match) {
        const seen = inSentence.map((o) => `${o.text}=${o.value} ${o.unit}${o.noun ? `/${o.noun}` : ''}`).join(', ') || 'none';
        failures.push(`${g.file}: missed ${f.value ?? f.qualifier} ${f.unit} ("${f.claim}"); ours in sentence: ${seen}`);
        continue;
      }
      found++;
      if (match.qualifier === goldQualifier(f.qualifier) || (f.value === null && match.value === null)) rightQualifier++;
    }
  }
  return { gold: total, found, recall: total === 0 ? 0 : found / total, rightQualifier, predicted, failures };
}
