/**
 * Build options: defaults, overridden once at the edge by the command line.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder (where templates/ and public/ live), whatever the working directory. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface BuildOptions {
  /** Folder of article files. */
  readonly input: string;
  /** Folder the site is written to; replaced atomically on success. */
  readonly output: string;
  /** Folder for cached per-article analyses; null turns the cache off. */
  readonly cacheDir: string | null;
  /** URL path the site is served under ("/" or "/news/"). */
  readonly pathPrefix: string;
  /** Site name shown in the header. */
  readonly siteTitle: string;
  /**
   * Absolute URL the site is published at ("https://example.org/news/"), for canonical links, Open
   * Graph, JSON-LD, feeds and the sitemap; null when unknown (those are then left out or relative).
   */
  readonly baseUrl: string | null;
  /** Threads for analysis, the main one included; 0 or 1 uses no worker threads. */
  readonly jobs: number;
  /** Fail the build when any input has an error diagnostic. */
  readonly strict: boolean;
  /** Print progress and the diagnostics summary to stderr. */
  readonly quiet: boolean;
}

export const DEFAULT_OPTIONS: BuildOptions = {
  input: 'seeds',
  output: '_site',
  cacheDir: '.newsweave-cache',
  pathPrefix: '/',
  siteTitle: 'newsweave',
  baseUrl: null,
  jobs: 2,
  strict: false,
  quiet: false,
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Merges overrides over the defaults and checks them once. */
export function resolveOptions(overrides: Partial<BuildOptions>, cwd = process.cwd()): BuildOptions {
  const merged = { ...DEFAULT_OPTIONS, ...overrides };
  if (!Number.isInteger(merged.jobs) || merged.jobs < 0 || merged.jobs > 64) {
    throw new ConfigError(`--jobs must be a whole number from 0 to 64 (got ${merged.jobs})`);
  }
  const baseUrl = merged.baseUrl === null ? null : parseBaseUrl(merged.baseUrl);
  // A base URL's path is where the site lives: it is the path prefix unless one is given too.
  let prefix = (overrides.pathPrefix === undefined && baseUrl ? new URL(baseUrl).pathname : merged.pathPrefix).trim();
  if (!prefix.startsWith('/')) prefix = `/${prefix}`;
  if (!prefix.endsWith('/')) prefix = `${prefix}/`;
  if (/[^A-Za-z0-9/_.~-]/.test(prefix)) throw new ConfigError(`--path-prefix has characters a URL path cannot use: ${merged.pathPrefix}`);
  if (baseUrl && new URL(baseUrl).pathname !== prefix) {
    throw new ConfigError(`--base-url ${baseUrl} and --path-prefix ${prefix} disagree: the base URL's path must be the path prefix`);
  }
  const input = path.resolve(cwd, merged.input);
  const output = path.resolve(cwd, merged.output);
  if (input === output || input.startsWith(output + path.sep)) {
    throw new ConfigError('the output folder must not be the input folder or contain it');
  }
  return {
    ...merged,
    input,
    output,
    cacheDir: merged.cacheDir === null ? null : path.resolve(cwd, merged.cacheDir),
    pathPrefix: prefix,
    baseUrl,
  };
}

/** An absolute http(s) URL without query or fragment, ending in "/". */
function parseBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ConfigError(`--base-url must be an absolute URL such as https://example.org/news/ (got ${raw})`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError(`--base-url must be an http or https URL (got ${raw})`);
  if (url.search || url.hash || url.username || url.password) throw new ConfigError(`--base-url must not have a query, fragment or credentials (got ${raw})`);
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  if (/[^A-Za-z0-9/_.~-]/.test(url.pathname)) throw new ConfigError(`--base-url has characters a URL path cannot use: ${raw}`);
  return url.href;
}
