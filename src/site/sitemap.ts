/**
 * sitemap.xml (sitemaps.org 0.9). The protocol requires absolute URLs, so a sitemap is only written
 * when a base URL is configured. No `lastmod`: the build has no honest date for a page.
 */
import { xmlEscape } from './xml-escape.ts';

/** Absolute page URLs in, the sitemap out; URLs are sorted and deduplicated for stable bytes. */
export function sitemapXml(urls: readonly string[]): string {
  const sorted = [...new Set(urls)].sort();
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sorted.map((u) => `  <url><loc>${xmlEscape(u)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * The site path of a built HTML file ("actors/x/index.html" → "/actors/x/"), or null for files that
 * are not pages of their own (the 404 page).
 */
export function pagePathOfFile(file: string): string | null {
  const rel = file.split('\\').join('/').replace(/^\/+/, '');
  if (!rel.endsWith('.html') || rel === '404.html') return null;
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}
