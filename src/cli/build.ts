/**
 * `npm run build [-- options]`: builds the site from a folder of articles.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build, formatDiagnostic } from '../build.ts';
import { resolveOptions } from '../config.ts';
import { BUILD_ARG_OPTIONS, BUILD_OPTION_HELP, buildOverrides } from './build-args.ts';
import { failureMessage } from './fail.ts';

const HELP = `Usage: npm run build -- [options]

Builds a static site from a folder of news articles (.txt, .md).

Options:
${BUILD_OPTION_HELP}  -h, --help          show this help
`;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: BUILD_ARG_OPTIONS });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const overrides = buildOverrides(values);
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
    process.stderr.write(`${failureMessage('newsweave', error, '`npm run build -- --help`')}\n`);
    process.exit(1);
  },
);
