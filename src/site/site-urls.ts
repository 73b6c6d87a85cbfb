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
  readonly data: string;
  readonly stylesheet: string;
  /** The timeline's filter script (public/timeline.js). */
  readonly timelineScript: string;
  readonly notFound: string;
  article(slug: string): string;
  actor(slug: string): string;
  sentence(articleSlug: string, sentenceIndex: number): string;
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
    stylesheet: '/style.css',
    timelineScript: '/timeline.js',
    notFound: '/404.html',
    article: (slug) => `/articles/${slug}/`,
    actor: (slug) => `/actors/${slug}/`,
    sentence: (slug, index) => `/articles/${slug}/${sentenceFragment(index)}`,
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
