/**
 * `npm run build [-- options]`: builds the site from a folder of articles.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build, formatDiagnostic } from '../build.ts';
import { resolveOptions, type BuildOptions } from '../config.ts';

const HELP = `Usage: npm run build -- [options]

Builds a static site from a folder of news articles (.txt, .md).

Options:
  --input DIR         folder of articles (default: seeds)
  --output DIR        where the site is written, replaced atomically (default: _site)
  --path-prefix PATH  URL path the site is served under, e.g. /news/ (default: /)
  --title TEXT        site name shown in the header (default: newsweave)
  --jobs N            worker threads for analysis, 0 = none (default: 2)
  --cache-dir DIR     analysis cache (default: .newsweave-cache)
  --no-cache          analyse every article again
  --strict            fail when any input has an error (the previous output is kept)
  --quiet             print only errors
  -h, --help          show this help
`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      input: { type: 'string' },
      output: { type: 'string' },
      'path-prefix': { type: 'string' },
      title: { type: 'string' },
      jobs: { type: 'string' },
      'cache-dir': { type: 'string' },
      'no-cache': { type: 'boolean' },
      strict: { type: 'boolean' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const overrides: Partial<BuildOptions> = {
    ...(values.input !== undefined && { input: values.input }),
    ...(values.output !== undefined && { output: values.output }),
    ...(values['path-prefix'] !== undefined && { pathPrefix: values['path-prefix'] }),
    ...(values.title !== undefined && { siteTitle: values.title }),
    ...(values.jobs !== undefined && { jobs: Number(values.jobs) }),
    ...(values['cache-dir'] !== undefined && { cacheDir: values['cache-dir'] }),
    ...(values['no-cache'] && { cacheDir: null }),
    ...(values.strict && { strict: true }),
    ...(values.quiet && { quiet: true }),
  };
  const options = resolveOptions(overrides);
  const log = (line: string): void => {
    if (!options.quiet) process.stderr.write(`${line}\n`);
  };
  const report = await build(options, log);
  const { diagnostics } = report.corpus;
  for (const d of diagnostics) {
    if (!options.quiet || d.severity === 'error') process.stderr.write(`${formatDiagnostic(d)}\n`);
  }
  const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  log(
    `built ${report.pages} pages from ${report.corpus.articles.length} article(s) into ${path.relative(process.cwd(), options.output) || '.'} ` +
      `in ${s(report.milliseconds.total)} (analysis ${s(report.milliseconds.analyse)}: ${report.analysed} analysed, ${report.cached} cached; ` +
      `render ${s(report.milliseconds.render)}); ${diagnostics.length} diagnostic(s)`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const err = error as Error;
    process.stderr.write(`newsweave: ${err.name === 'BuildError' || err.name === 'ConfigError' ? err.message : (err.stack ?? String(err))}\n`);
    process.exit(1);
  },
);
