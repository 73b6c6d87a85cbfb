/**
 * What Pagefind reads from a page besides its text: filters (`type`, `month`) and meta (`date`). The
 * templates write these as hidden `data-pagefind-filter` / `data-pagefind-meta` elements
 * (templates/_includes/search.njk), so the search page can filter by kind of page and by month.
 */
import type { Entity, EntityType } from '../model.ts';
import type { SiteContext } from './site-context.ts';

export interface SearchTags {
  /** "article", "event", or the actor's type ("person", "organization", "place", "group"). */
  readonly type: 'article' | 'event' | EntityType;
  /** Months ("2024-02") the page belongs to: its date's, or for an actor those of its articles. */
  readonly months: readonly string[];
  /** The date shown with a result (YYYY-MM-DD, YYYY-MM or YYYY), when there is one. */
  readonly date: string | null;
}

/** "2024-02" from "2024-02-02" or "2024-02"; null for years, weeks, vague or missing values. */
export function monthOf(value: string | null | undefined): string | null {
  const m = /^(\d{4}-\d{2})(?:-\d{2})?$/.exec(value ?? '');
  return m ? m[1]! : null;
}

/** Tags of a page with one date (an article, an event). */
export function datedSearchTags(type: SearchTags['type'], date: string | null): SearchTags {
  const month = monthOf(date);
  return { type, months: month ? [month] : [], date: date && /^\d{4}(-\d{2}){0,2}$/.test(date) ? date : null };
}

/** Tags of an actor: every month it was written about, in order, without a date of its own. */
export function actorSearchTags(type: EntityType, articleDates: readonly (string | null)[]): SearchTags {
  const months = [...new Set(articleDates.flatMap((d) => monthOf(d) ?? []))].sort();
  return { type, months, date: null };
}

export function articleSearchTags(context: SiteContext, index: number): SearchTags {
  return datedSearchTags('article', context.corpus.articles[index]?.meta.published.value ?? null);
}

export function entitySearchTags(context: SiteContext, entity: Entity): SearchTags {
  const dates = entity.articles.map((id) => {
    const i = context.articleIndex.get(id);
    return i === undefined ? null : (context.corpus.articles[i]?.meta.published.value ?? null);
  });
  return actorSearchTags(entity.type, dates);
}
