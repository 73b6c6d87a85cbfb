/**
 * Scores time expressions against the gold: span detection (strict = same offsets, relaxed =
 * overlap) and value accuracy, plus publication dates. Gold offsets point into the raw file;
 * they are aligned to the article body first. A gold expression printed in a header line that
 * ingest moved into metadata (a dateline) is scored against the article's publication date.
 */
import type { Corpus, TimeExpression } from '../model.ts';
import { alignOffset } from './align-offset.ts';
import type { GoldArticle } from './gold.ts';
import { prf, type PRF } from './score-entities.ts';
import { goldArticle } from './gold-article-index.ts';

export interface TimeScore {
  readonly strict: PRF;
  readonly relaxed: PRF;
  /** Gold expressions (in the body or the header) found with the right value. */
  readonly rightValue: number;
  readonly gold: number;
  /** Publication dates right (or honestly unknown when the gold has none). */
  readonly publishedRight: number;
  readonly articles: number;
  readonly failures: readonly string[];
}

export function scoreTimes(corpus: Corpus, gold: readonly GoldArticle[], rawByFile: ReadonlyMap<string, string>): TimeScore {
  let strictTp = 0;
  let relaxedTp = 0;
  let predicted = 0;
  let goldInBody = 0;
  let rightValue = 0;
  let goldTotal = 0;
  let publishedRight = 0;
  const failures: string[] = [];
  const falsePositives: string[] = [];

  for (const g of gold) {
    const built = goldArticle(corpus, g.file);
    const raw = rawByFile.get(g.file);
    if (!built || raw === undefined) continue;
    const { article, analysis } = built;
    const published = article.meta.published.value;
    if (published === g.published) publishedRight++;
    else failures.push(`${g.file}: published ${published ?? 'unknown'} (${article.meta.published.basis}), gold ${g.published ?? 'unknown'}`);

    const matched = new Set<TimeExpression>();
    for (const t of g.times) {
      goldTotal++;
      if (article.removed.some((r) => r.text.includes(t.text))) {
        // A dateline: ingest turned it into the publication date.
        if (t.value === null || t.value === published) rightValue++;
        else failures.push(`${g.file}: header "${t.text}" gold ${t.value}, published ${published ?? 'unknown'}`);
        continue;
      }
      goldInBody++;
      const start = alignOffset(raw, t.offset, t.text, article.text);
      if (start === null) {
        failures.push(`${g.file}: gold "${t.text}" not in the body text`);
        continue;
      }
      const end = start + t.text.length;
      const exact = analysis.times.find((p) => p.start === start && p.end === end);
      const overlapping = exact ?? analysis.times.find((p) => p.start < end && start < p.end);
      if (exact) strictTp++;
      if (overlapping) {
        relaxedTp++;
        matched.add(overlapping);
      }
      const valueOk = overlapping !== undefined && valueMatches(t.value, overlapping);
      if (valueOk) rightValue++;
      else {
        failures.push(
          `${g.file}: "${t.text}" gold ${t.value ?? '(no calendar value)'}: ${overlapping ? `got "${overlapping.text}" = ${overlapping.value}` : 'not found'}`,
        );
      }
    }
    predicted += analysis.times.length;
    for (const p of analysis.times) if (!matched.has(p)) falsePositives.push(`${g.file}: extra "${p.text}" = ${p.value}`);
  }

  return {
    strict: prf(strictTp, predicted - strictTp, goldInBody - strictTp),
    relaxed: prf(relaxedTp, predicted - relaxedTp, goldInBody - relaxedTp),
    rightValue,
    gold: goldTotal,
    publishedRight,
    articles: gold.length,
    failures: [...failures, ...falsePositives],
  };
}

/** A gold null value (a duration or vague reference) is right when we gave no calendar date. */
function valueMatches(gold: string | null, predicted: TimeExpression): boolean {
  if (gold === null) return predicted.type === 'duration' || predicted.type === 'set' || /_REF$/.test(predicted.value);
  return predicted.value === gold;
}
