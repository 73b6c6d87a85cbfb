/**
 * Maps a request path to a file under the site folder, as a static host would: the path prefix is
 * stripped, "/" ends in index.html, and nothing outside the folder can be reached. Pure.
 */
import path from 'node:path';

export type Resolved =
  | { readonly kind: 'file'; readonly file: string }
  /** A folder asked for without its trailing slash: redirect, so relative links resolve. */
  | { readonly kind: 'redirect'; readonly location: string }
  | { readonly kind: 'not-found' };

export function resolveRequest(root: string, pathPrefix: string, requestUrl: string): Resolved {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, 'http://dev').pathname);
  } catch {
    return { kind: 'not-found' };
  }
  if (pathname.includes('\0')) return { kind: 'not-found' };
  if (pathname === pathPrefix.replace(/\/$/, '') && pathPrefix !== '/') return { kind: 'redirect', location: pathPrefix };
  if (!pathname.startsWith(pathPrefix)) return { kind: 'not-found' };
  const rel = pathname.slice(pathPrefix.length);
  const file = path.resolve(root, rel);
  if (file !== root && !file.startsWith(root + path.sep)) return { kind: 'not-found' };
  if (rel === '' || rel.endsWith('/')) return { kind: 'file', file: path.join(file, 'index.html') };
  return { kind: 'file', file };
}

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};
