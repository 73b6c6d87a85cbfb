/**
 * `npm start [-- options]`: builds the site, serves it on http://127.0.0.1:8080 and rebuilds on every
 * change to the articles, templates or public assets, reloading open pages when the new site is in
 * place. The analysis cache makes a rebuild cost little more than rendering. Ctrl-C stops it.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build, formatDiagnostic } from '../build.ts';
import { PROJECT_ROOT, resolveOptions, type BuildOptions } from '../config.ts';
import { startDevServer } from '../dev/dev-server.ts';
import { watchDebounced } from '../dev/watch.ts';
import { BUILD_ARG_OPTIONS, BUILD_OPTION_HELP, buildOverrides } from './build-args.ts';
import { failureMessage } from './fail.ts';

const HELP = `Usage: npm start -- [options]

Builds the site, serves it locally with live reload, and rebuilds when files change.

Options:
  --port N            port to serve on, on 127.0.0.1 (default: 8080)
${BUILD_OPTION_HELP}  -h, --help          show this help
`;

const DEBOUNCE_MS = 200;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { ...BUILD_ARG_OPTIONS, port: { type: 'string' } } });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const port = Number(values.port ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a whole number from 0 to 65535 (got ${values.port})`);
  const options = resolveOptions(buildOverrides(values));
  const log = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };

  // One build at a time; changes during a build ask for one more build after it.
  let running: Promise<void> | null = null;
  let again = false;
  const rebuild = async (reason: string): Promise<boolean> => {
    if (running) {
      again = true;
      return false;
    }
    let ok = false;
    running = runBuild(options, reason, log).then((result) => {
      ok = result;
    });
    await running;
    running = null;
    if (again) {
      again = false;
      return rebuild('more changes');
    }
    return ok;
  };

  await rebuild('start');
  const server = await startDevServer({ root: options.output, pathPrefix: options.pathPrefix, port });
  log(`serving ${path.relative(process.cwd(), options.output) || '.'} at ${server.url} (Ctrl-C to stop)`);

  const watched = [options.input, path.join(PROJECT_ROOT, 'templates'), path.join(PROJECT_ROOT, 'public')];
  const watcher = watchDebounced(watched, DEBOUNCE_MS, (files) => {
    void rebuild(`${files.length} change(s): ${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''}`).then((ok) => {
      if (ok) server.reload();
    });
  });

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    log('stopping');
    watcher.close();
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Builds once; a failed build is reported and the previous site keeps being served. */
async function runBuild(options: BuildOptions, reason: string, log: (line: string) => void): Promise<boolean> {
  const t0 = performance.now();
  log(`building (${reason})`);
  try {
    const report = await build(options, options.quiet ? () => {} : log);
    for (const d of report.corpus.diagnostics) if (d.severity === 'error') log(formatDiagnostic(d));
    log(`built ${report.pages} pages in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
    return true;
  } catch (error) {
    log(`build failed, still serving the previous site: ${(error as Error).message}`);
    return false;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${failureMessage('newsweave serve', error, '`npm start -- --help`')}\n`);
  process.exit(1);
});
