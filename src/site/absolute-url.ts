/**
 * Absolute URLs for canonical links, Open Graph, JSON-LD, feeds and the sitemap. Pages know their
 * root-relative `path` ("/actors/x/"); the configured base URL ("https://example.org/news/") already
 * holds the path prefix, so the path is resolved against it without its leading slash.
 */

/** The absolute URL of a root-relative site path, or null when no base URL is configured. */
export function absoluteUrl(baseUrl: string | null, path: string): string | null {
  if (!baseUrl) return null;
  return new URL(path.replace(/^\/+/, ''), baseUrl).href;
}
