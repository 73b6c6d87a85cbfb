/**
 * Checks every internal link of a built site: the target file exists and, for `#fragment`
 * links, the target page has an element with that id. Returns the broken links.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

export interface BrokenLink {
  readonly page: string;
  readonly href: string;
  readonly problem: string;
}

export async function htmlFiles(root: string): Promise<string[]> {
  return (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
}

export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1] ?? '')));
}

export function hrefsOf(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decodeEntities(m[1] ?? ''));
}

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

export async function findBrokenLinks(root: string, pathPrefix = '/'): Promise<{ broken: BrokenLink[]; checked: number }> {
  const pages = await htmlFiles(root);
  const cache = new Map<string, string | null>();
  const read = async (file: string): Promise<string | null> => {
    if (!cache.has(file)) cache.set(file, await readFile(file, 'utf8').catch(() => null));
    return cache.get(file) ?? null;
  };
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const page of pages) {
    const html = (await read(path.join(root, page))) ?? '';
    const pageUrl = new URL(`http://site${pathPrefix}${page.split(path.sep).join('/')}`);
    for (const href of hrefsOf(html)) {
      if (/^(mailto:|data:|javascript:)/i.test(href)) continue;
      const url = new URL(href, pageUrl);
      if (url.host !== 'site') continue;
      checked++;
      if (!url.pathname.startsWith(pathPrefix)) {
        broken.push({ page, href, problem: 'outside the path prefix' });
        continue;
      }
      let rel = decodeURIComponent(url.pathname.slice(pathPrefix.length));
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      const target = path.join(root, rel);
      const body = await read(target);
      if (body === null) {
        broken.push({ page, href, problem: 'no such file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !idsOf(body).has(fragment)) broken.push({ page, href, problem: `no id "${fragment}"` });
    }
  }
  return { broken, checked };
}
