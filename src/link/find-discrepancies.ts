/**
 * Where the reports of one event disagree, across articles:
 * - counts: the same kind of count (killed, wounded, targets …) stated differently ("34" vs
 *   "more than 40"). Any difference of number or hedge is flagged; it is `minor` when the ranges
 *   the hedges imply overlap ("about 85" vs "more than 85": both can be true);
 * - dates: reports giving different days ("on Saturday" → 27 January vs "January 28");
 *   a week or month containing the day is not a disagreement; `minor` when no two reports of
 *   different days share a count, so they may tell different days of one campaign;
 * - places: compass words that contradict around the same place ("northeastern Freedonia" vs
 *   "northwest Freedonia").
 * Planned reports (the strikes as announced) are left out: their figures and dates are of the plan.
 */
import type { Analysis, Article, ArticleId, Discrepancy, EntityId, Figure } from '../model.ts';
import { bearingBefore, bearingsConflict, type Bearing } from './events/compass.ts';
import { daysDiffer } from './events/compatible-dates.ts';
import { impliedRange } from './events/implied-range.ts';
import { countsCompatible, figureKey } from './events/report-similarity.ts';
import type { ReportFeatures } from './events/report-features.ts';

export interface DiscrepancyInput {
  readonly articles: readonly Article[];
  readonly analyses: readonly Analysis[];
  readonly mentionEntities: readonly (readonly EntityId[])[];
}

type Value = Discrepancy['values'][number];

function overlap(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

export function figureText(f: Pick<Figure, 'value' | 'qualifier'>): string {
  const n = (f.value ?? 0).toLocaleString('en-GB');
  return f.qualifier ? `${f.qualifier} ${n}` : n;
}

function label(input: DiscrepancyInput, id: ArticleId): string {
  const article = input.articles.find((a) => a.id === id);
  return article?.meta?.source.value ?? article?.meta?.title.value ?? id; // outlet, else headline
}

function summary(input: DiscrepancyInput, what: string, values: readonly Value[]): string {
  return `${what}: ${values.map((v) => `${v.value} (${label(input, v.articleId)})`).join(' vs ')}`;
}

/** One entry per article and distinct value, in report order. */
function distinct(values: readonly Value[]): Value[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = `${v.articleId}\u0000${v.value}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** Differing values from at least two articles. */
function disagree(values: readonly Value[]): boolean {
  return new Set(values.map((v) => v.articleId)).size >= 2 && new Set(values.map((v) => v.value)).size >= 2;
}

function countDiscrepancies(reports: readonly ReportFeatures[], input: DiscrepancyInput): Discrepancy[] {
  const byUnit = new Map<string, { value: Value; figure: Figure }[]>();
  for (const r of reports) {
    for (const figure of r.figureValues) {
      // A tally's own count (people, troops) is what its reports may disagree on, whatever the unit.
      if (figureKey(figure) === null && !(r.mention.type === 'tally' && figure.value !== null)) continue;
      const entry = { value: { articleId: r.articleId, value: figureText(figure), sentence: figure.sentence }, figure };
      byUnit.set(figure.unit, [...(byUnit.get(figure.unit) ?? []), entry]);
    }
  }
  const out: Discrepancy[] = [];
  for (const [unit, entries] of byUnit) {
    const values = distinct(entries.map((e) => e.value));
    if (!disagree(values)) continue;
    const ranges = entries.map((e) => impliedRange(e.figure.value as number, e.figure.qualifier));
    const minor = ranges.every((a) => ranges.every((b) => overlap(a, b)));
    out.push({ kind: 'count', unit, values, summary: summary(input, unit, values), ...(minor ? { minor: true } : {}) });
  }
  return out;
}

function dateDiscrepancy(reports: readonly ReportFeatures[], input: DiscrepancyInput): Discrepancy[] {
  const dated = reports.filter((r) => r.date?.precision === 'day');
  const apart = (a: ReportFeatures, b: ReportFeatures): boolean => a.articleId !== b.articleId && daysDiffer(a.date!, b.date!);
  if (!dated.some((a) => dated.some((b) => apart(a, b)))) return [];
  const values = distinct(dated.map((r) => ({ articleId: r.articleId, value: r.date!.value, sentence: r.mention.sentence })));
  // Reports on different days that share a count (3 killed and 3 killed) tell one incident: a real
  // disagreement. With nothing but the event in common they may tell two days of one campaign.
  const oneIncident = dated.some((a) => dated.some((b) => apart(a, b) && a.figureValues.some((x) => b.figureValues.some((y) => countsCompatible(x, y)))));
  return [{ kind: 'date', values, summary: summary(input, 'date', values), ...(oneIncident ? {} : { minor: true }) }];
}

function placeDiscrepancies(reports: readonly ReportFeatures[], input: DiscrepancyInput): Discrepancy[] {
  const byPlace = new Map<EntityId, { value: Value; bearing: Bearing }[]>();
  const seenSentences = new Set<string>();
  for (const r of reports) {
    const key = `${r.articleIndex}:${r.mention.sentence}`;
    if (seenSentences.has(key)) continue;
    seenSentences.add(key);
    const article = input.articles[r.articleIndex];
    const analysis = input.analyses[r.articleIndex];
    if (!article || !analysis) continue;
    analysis.mentions.forEach((m, i) => {
      const id = input.mentionEntities[r.articleIndex]?.[i];
      if (m.sentence !== r.mention.sentence || m.type !== 'place' || !id) return;
      const bearing = bearingBefore(article.text.slice(Math.max(0, m.start - 24), m.start));
      if (!bearing) return;
      const value = { articleId: r.articleId, value: `${bearing.text} ${m.text}`, sentence: m.sentence };
      byPlace.set(id, [...(byPlace.get(id) ?? []), { value, bearing }]);
    });
  }
  const out: Discrepancy[] = [];
  for (const entries of byPlace.values()) {
    const conflict = entries.some((a) => entries.some((b) => a.value.articleId !== b.value.articleId && bearingsConflict(a.bearing, b.bearing)));
    if (!conflict) continue;
    const values = distinct(entries.map((e) => e.value));
    out.push({ kind: 'place', values, summary: summary(input, 'place', values) });
  }
  return out;
}

export function findDiscrepancies(reports: readonly ReportFeatures[], input: DiscrepancyInput): Discrepancy[] {
  const happened = reports.filter((r) => !r.planned);
  return [...dateDiscrepancy(happened, input), ...countDiscrepancies(happened, input), ...placeDiscrepancies(happened, input)];
}
