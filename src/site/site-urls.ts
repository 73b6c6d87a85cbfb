/**
 * Every URL of the site. `path` is where a page is written (root-relative, used as the Eleventy
 * permalink); `href` is the same path under the deployment's path prefix, used in links.
 */
export interface SiteUrls {
  readonly prefix: string;
  href(path: string): string;
  readonly home: string;
  readonly actors: string;
  readonly timeline: string;
  readonly about: string;
  readonly data: string;
  readonly stylesheet: string;
  readonly notFound: string;
  article(slug: string): string;
  actor(slug: string): string;
  sentence(articleSlug: string, sentenceIndex: number): string;
}

export function siteUrls(pathPrefix: string): SiteUrls {
  const prefix = normalisePrefix(pathPrefix);
  return {
    prefix,
    href: (path) => prefix + path.replace(/^\//, ''),
    home: '/',
    actors: '/actors/',
    timeline: '/timeline/',
    about: '/about/',
    data: '/data/corpus.json',
    stylesheet: '/style.css',
    notFound: '/404.html',
    article: (slug) => `/articles/${slug}/`,
    actor: (slug) => `/actors/${slug}/`,
    sentence: (slug, index) => `/articles/${slug}/${sentenceFragment(index)}`,
  };
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
