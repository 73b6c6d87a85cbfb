/**
 * Every URL of the site. `path` is where a page is written (root-relative, used as the Eleventy
 * permalink); `href` is the same path under the deployment's path prefix, used in links.
 */
export interface SiteUrls {
  readonly prefix: string;
  href(path: string): string;
  readonly home: string;
  readonly actors: string;
  /** Pairs of actors that may be one, for the site's owner to review. */
  readonly duplicates: string;
  readonly timeline: string;
  readonly about: string;
  /** The whole corpus as JSON. */
  readonly data: string;
  /** The data page, which documents every export file. */
  readonly dataPage: string;
  /** A file of the data export ("events.csv"). */
  dataFile(name: string): string;
  readonly stylesheet: string;
  /** The timeline's filter script (public/timeline.js). */
  readonly timelineScript: string;
  readonly notFound: string;
  /** The search page, its script (public/search.js) and the Pagefind bundle written at build time. */
  readonly search: string;
  readonly searchScript: string;
  readonly searchBundle: string;
  article(slug: string): string;
  actor(slug: string): string;
  sentence(articleSlug: string, sentenceIndex: number): string;
  /** The events index and one event's page. */
  readonly events: string;
  event(slug: string): string;
  /** The actor network graph and the map of places. */
  readonly network: string;
  readonly places: string;
}

/** Actor slugs that would collide with other pages under /actors/; resolution must not hand them out. */
export const RESERVED_ACTOR_SLUGS: readonly string[] = ['duplicates'];

export function siteUrls(pathPrefix: string): SiteUrls {
  const prefix = normalisePrefix(pathPrefix);
  return {
    prefix,
    href: (path) => prefix + path.replace(/^\//, ''),
    home: '/',
    actors: '/actors/',
    duplicates: '/actors/duplicates/',
    timeline: '/timeline/',
    about: '/about/',
    data: '/data/corpus.json',
    dataPage: '/data/',
    dataFile: (name) => `/data/${name}`,
    stylesheet: '/style.css',
    timelineScript: '/timeline.js',
    notFound: '/404.html',
    search: '/search/',
    searchScript: '/search.js',
    searchBundle: '/pagefind/pagefind.js',
    article: (slug) => `/articles/${slug}/`,
    actor: (slug) => `/actors/${slug}/`,
    sentence: (slug, index) => `/articles/${slug}/${sentenceFragment(index)}`,
    events: '/events/',
    event: (slug) => `/events/${slug}/`,
    network: '/network/',
    places: '/places/',
  };
}

/**
 * `to` as seen from the page at `from` (both root-relative paths): "../timeline.js" from
 * "/timeline/". Relative links keep working under any path prefix and from file://.
 */
export function relativeHref(from: string, to: string): string {
  const fromDirs = from.split('/').slice(1, -1);
  const toParts = to.split('/').slice(1);
  let shared = 0;
  while (shared < fromDirs.length && shared < toParts.length - 1 && fromDirs[shared] === toParts[shared]) shared++;
  return '../'.repeat(fromDirs.length - shared) + toParts.slice(shared).join('/');
}

/** `#s-N` for a 0-based sentence index. */
export function sentenceFragment(index: number): string {
  return `#s-${index + 1}`;
}

/** "/", "/news/" … : always starts and ends with one slash. */
function normalisePrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
