/**
 * The search index: Pagefind run over the rendered site, offline, writing `<dir>/pagefind/`. IO: reads
 * and writes only inside `dir`. Pagefind reads the `data-pagefind-*` attributes the templates write
 * (body, ignore, filter, meta), so only articles, actors and events are indexed.
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Pagefind bundle files the site does not use, not shipped to keep the site small: its ready-made UIs
 * (public/search.js uses the JS API), and the language-neutral stemmer (the language is forced to en).
 */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui)\.(js|css)$|^pagefind-highlight\.js$|^wasm\.unknown\.pagefind$/;

export class SearchIndexError extends Error {
  override readonly name = 'SearchIndexError';
}

export async function writeSearchIndex(dir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new SearchIndexError(`search index: ${errors.join('; ') || 'Pagefind did not start'}`);
    // Pages go in one by one in sorted order: addDirectory follows the file system's order,
    // which differs between builds and makes Pagefind's output differ with it.
    const pages = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
    let pageCount = 0;
    for (const page of pages) {
      const content = await readFile(path.join(dir, page), 'utf8');
      const added = await index.addHTMLFile({ url: pageUrl(page), content });
      if (added.errors.length) throw new SearchIndexError(`search index: ${page}: ${added.errors.join('; ')}`);
      if (added.file) pageCount++;
    }
    const bundle = path.join(dir, 'pagefind');
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length) throw new SearchIndexError(`search index: ${written.errors.join('; ')}`);
    for (const file of await readdir(bundle)) {
      if (UNUSED.test(file)) await rm(path.join(bundle, file));
    }
    return { pages: pageCount };
  } finally {
    await pagefind.close();
  }
}

/** The site-relative URL Pagefind records for a page file ("a/b/index.html" → "/a/b/"). */
function pageUrl(file: string): string {
  const url = `/${file.split(path.sep).join('/')}`;
  return url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
}
