/**
 * The analyzer only sees a publication date, not how it was obtained; for an article dated
 * by inference, this makes each explanation resolved against that date say it is inferred
 * ("against the inferred publication date 2024-02-04"), so no derived date looks stated.
 */
import type { Analysis } from '../../model.ts';

export function markInferredAnchor(analysis: Analysis, published: string): Analysis {
  return {
    ...analysis,
    times: analysis.times.map((time) =>
      time.anchor === published && !time.explanation.includes('inferred publication date')
        ? { ...time, explanation: time.explanation.replaceAll('the publication date', 'the inferred publication date') }
        : time,
    ),
  };
}
