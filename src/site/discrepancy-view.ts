/** Where the reports of an event disagree: each differing value beside the others, linked to its sentence. */
import type { Discrepancy } from '../model.ts';
import { dateView } from './date-view.ts';
import { DISCREPANCY_LABELS, MINOR_LABELS } from './event-labels.ts';
import type { SiteContext } from './site-context.ts';
import type { DiscrepancyValue, DiscrepancyView } from './view-models.ts';

export function discrepancyView(context: SiteContext, discrepancy: Discrepancy): DiscrepancyView {
  const { urls } = context;
  const label = DISCREPANCY_LABELS[discrepancy.kind] + (discrepancy.unit ? `: ${discrepancy.unit}` : '');
  const values = discrepancy.values.flatMap((v): DiscrepancyValue[] => {
    const a = context.articleIndex.get(v.articleId);
    if (a === undefined) return [];
    const article = context.articleLink(a);
    const date = discrepancy.kind === 'date' ? dateView(v.value) : null;
    return [{
      text: date ? date.text : v.value,
      datetime: date?.datetime ?? null,
      outlet: article.source ?? article.text,
      article,
      href: urls.href(urls.sentence(context.corpus.articles[a]!.slug, v.sentence)),
      sentenceNumber: v.sentence + 1,
    }];
  });
  return { label, summary: discrepancy.summary, minor: (discrepancy.minor && MINOR_LABELS[discrepancy.kind]) || null, values };
}
