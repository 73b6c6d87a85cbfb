/** View model of the search page (/search/): where its script and the Pagefind bundle are, and filter labels. */
import { jsonLdText } from './json-ld.ts';
import { ENTITY_TYPES, TYPE_LABELS } from './labels.ts';
import type { SiteUrls } from './site-urls.ts';

export interface SearchPage {
  readonly path: string;
  readonly href: string;
  readonly scriptHref: string;
  /** Pagefind's JS API, under the path prefix (written by the build after rendering). */
  readonly bundleHref: string;
  /** Readable names of the `type` filter's values ({ person: { one, many } }), as JSON safe inside `<script>`. */
  readonly labelsJson: string;
}

export function searchPage(urls: SiteUrls): SearchPage {
  const labels: Record<string, { one: string; many: string }> = {
    article: { one: 'article', many: 'Articles' },
    event: { one: 'event', many: 'Events' },
  };
  for (const type of ENTITY_TYPES) labels[type] = TYPE_LABELS[type];
  return {
    path: urls.search,
    href: urls.href(urls.search),
    scriptHref: urls.href(urls.searchScript),
    bundleHref: urls.href(urls.searchBundle),
    labelsJson: jsonLdText(labels),
  };
}
