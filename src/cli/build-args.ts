/** The build's command-line options, shared by `npm run build` and `npm start`. */
import type { ParseArgsConfig } from 'node:util';
import type { BuildOptions } from '../config.ts';

export const BUILD_OPTION_HELP = `  --input DIR         folder of articles (default: seeds)
  --output DIR        where the site is written, replaced atomically (default: _site)
  --path-prefix PATH  URL path the site is served under, e.g. /news/ (default: /)
  --base-url URL      absolute URL the site is published at, e.g. https://example.org/news/,
                      for canonical links, Open Graph, JSON-LD, feeds and sitemap.xml (default: none)
  --title TEXT        site name shown in the header (default: newsweave)
  --jobs N            threads for analysis, this one included; 1 = no workers (default: 2)
  --cache-dir DIR     analysis cache (default: .newsweave-cache)
  --no-cache          analyse every article again
  --strict            fail when any input has an error (the previous output is kept)
  --quiet             print only errors
`;

export const BUILD_ARG_OPTIONS = {
  input: { type: 'string' },
  output: { type: 'string' },
  'path-prefix': { type: 'string' },
  'base-url': { type: 'string' },
  title: { type: 'string' },
  jobs: { type: 'string' },
  'cache-dir': { type: 'string' },
  'no-cache': { type: 'boolean' },
  strict: { type: 'boolean' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

type Values = { readonly [K in keyof typeof BUILD_ARG_OPTIONS]?: (typeof BUILD_ARG_OPTIONS)[K]['type'] extends 'string' ? string : boolean };

/** Parsed flags → overrides for `resolveOptions` (only what was given). */
export function buildOverrides(values: Values): Partial<BuildOptions> {
  return {
    ...(values.input !== undefined && { input: values.input }),
    ...(values.output !== undefined && { output: values.output }),
    ...(values['path-prefix'] !== undefined && { pathPrefix: values['path-prefix'] }),
    ...(values['base-url'] !== undefined && { baseUrl: values['base-url'] }),
    ...(values.title !== undefined && { siteTitle: values.title }),
    ...(values.jobs !== undefined && { jobs: Number(values.jobs) }),
    ...(values['cache-dir'] !== undefined && { cacheDir: values['cache-dir'] }),
    ...(values['no-cache'] && { cacheDir: null }),
    ...(values.strict && { strict: true }),
    ...(values.quiet && { quiet: true }),
  };
}
