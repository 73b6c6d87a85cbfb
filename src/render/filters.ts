/**
 * Template filters, as an Eleventy plugin (like eleventy-base-blog's `_config/filters.js`).
 * Filters format values already decided by `src/site`; none of them builds a URL (`absoluteUrl` only
 * resolves a page's own path against the configured base URL, for canonical links).
 */
import type { UserConfig } from '@11ty/eleventy';
import { absoluteUrl } from '../site/absolute-url.ts';
import { readableDate } from '../site/readable-date.ts';

/** "1 mention", "3 mentions"; a `many` form can be given for irregular plurals. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export default function filters(config: UserConfig): void {
  config.addFilter('readableDate', (value: string) => readableDate(String(value)));
  config.addFilter('count', count);
  config.addFilter('absoluteUrl', (path: string, baseUrl: string | null) => absoluteUrl(baseUrl, String(path)) ?? '');
}
