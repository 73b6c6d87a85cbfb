/**
 * URL slugs. A slug derives from content only (a title, a name), so URLs stay stable across
 * rebuilds; collisions get deterministic numeric suffixes in input order.
 */
import type { Slug } from '../model.ts';

const MAX_LENGTH = 80;

/** Lower-case ASCII slug: accents folded, apostrophes dropped, other runs of non-alphanumerics → "-". */
export function slugify(text: string, fallback = 'untitled'): Slug {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_LENGTH)
    .replace(/-+$/, '');
  return (slug || fallback) as Slug;
}

/**
 * Makes every slug in the list unique: the first keeps its slug, later ones get "-2", "-3" …
 * Callers pass items in a deterministic order (sorted ids), so the result is stable.
 */
export function uniqueSlugs(slugs: readonly Slug[], reserved: Iterable<string> = []): Slug[] {
  const taken = new Set<string>(reserved);
  return slugs.map((slug) => {
    let candidate: string = slug;
    for (let n = 2; taken.has(candidate); n++) candidate = `${slug}-${n}`;
    taken.add(candidate);
    return candidate as Slug;
  });
}
