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
  /** Worker threads for analysis; 0 analyses in the main thread. */
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
  let prefix = merged.pathPrefix.trim();
  if (!prefix.startsWith('/')) prefix = `/${prefix}`;
  if (!prefix.endsWith('/')) prefix = `${prefix}/`;
  if (/[^A-Za-z0-9/_.~-]/.test(prefix)) throw new ConfigError(`--path-prefix has characters a URL path cannot use: ${merged.pathPrefix}`);
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
  };
}
