/**
 * sitemap.xml from the pages actually written, so every page any template adds is listed. IO: reads
 * the file names under `dir` and writes `dir/sitemap.xml`; only called when a base URL is configured.
 */
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { absoluteUrl } from '../site/absolute-url.ts';
import { pagePathOfFile, sitemapXml } from '../site/sitemap.ts';

/** Pages that are not content: the search page and Pagefind's own files. */
const LEFT_OUT = /^\/(search|pagefind)\//;

export async function writeSitemap(dir: string, baseUrl: string): Promise<{ urls: number }> {
  const files = (await readdir(dir, { recursive: true })).map((f) => f.split(path.sep).join('/'));
  const urls = files
    .flatMap((f) => pagePathOfFile(f) ?? [])
    .filter((p) => !LEFT_OUT.test(p))
    .map((p) => absoluteUrl(baseUrl, p)!);
  await writeFile(path.join(dir, 'sitemap.xml'), sitemapXml(urls));
  return { urls: urls.length };
}
