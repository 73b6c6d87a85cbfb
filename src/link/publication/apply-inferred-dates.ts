/** Puts inferred publication dates into the articles' metadata, marked as inferred. */
import type { Article, ArticleId } from '../../model.ts';
import type { InferredPublication } from '../infer-publication-dates.ts';

/** The articles with their inferred dates (same order), and the indices of those that changed. */
export function applyInferredDates(
  articles: readonly Article[],
  inferred: ReadonlyMap<ArticleId, InferredPublication>,
): { readonly articles: Article[]; readonly changed: number[] } {
  const changed: number[] = [];
  const out = articles.map((article, i) => {
    const date = inferred.get(article.id);
    if (!date || article.meta.published.value !== null) return article;
    changed.push(i);
    return { ...article, meta: { ...article.meta, published: { value: date.value, basis: 'inferred' as const, note: date.note } } };
  });
  return { articles: out, changed };
}
