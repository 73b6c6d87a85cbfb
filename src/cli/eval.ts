/**
 * `npm run eval`: scores the analysis of the seed articles against the hand-checked gold in
 * test/fixtures/gold (a development set: a score here says nothing about unseen news on its own).
 * `--verbose` lists every miss.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../build.ts';
import { PROJECT_ROOT, resolveOptions } from '../config.ts';
import type { GoldArticle, GoldCorpus } from '../eval/gold.ts';
import { scoreEntities, type PRF } from '../eval/score-entities.ts';
import { scoreTimes } from '../eval/score-times.ts';

const pct = (n: number, d: number): string => (d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const f3 = (x: number): string => x.toFixed(3);
const row = (label: string, s: PRF): string =>
  `  ${label.padEnd(13)} ${f3(s.precision)}  ${f3(s.recall)}  ${f3(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { verbose: { type: 'boolean', short: 'v' }, gold: { type: 'string' }, input: { type: 'string' } } });
  const goldDir = path.resolve(values.gold ?? path.join(PROJECT_ROOT, 'test', 'fixtures', 'gold'));
  const input = path.resolve(values.input ?? path.join(PROJECT_ROOT, 'seeds'));
  const files = (await readdir(goldDir)).filter((f) => /\.gold\.json$/.test(f) && !f.startsWith('corpus')).sort();
  const gold = await Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(goldDir, f), 'utf8')) as GoldArticle));
  const goldCorpus = (await readFile(path.join(goldDir, 'corpus.gold.json'), 'utf8').then((s) => JSON.parse(s) as GoldCorpus).catch(() => null));
  const raw = new Map(await Promise.all(gold.map(async (g) => [g.file, await readFile(path.join(input, g.file), 'utf8')] as const)));

  const { corpus } = await loadCorpus(resolveOptions({ input, quiet: true }), (line) => process.stderr.write(`${line}\n`));
  const e = scoreEntities(corpus, gold, goldCorpus);
  const t = scoreTimes(corpus, gold, raw);

  const out: string[] = [];
  out.push(`newsweave eval on ${gold.length} gold article(s) in ${path.relative(process.cwd(), goldDir) || goldDir}`, '');
  out.push('Entities: (surface form, type) pairs per article', '                precision recall  F1');
  for (const type of ['person', 'organization', 'place', 'group', 'all'] as const) out.push(row(type, e.byType[type]));
  out.push('', 'Actors');
  out.push(`  gold entities found                     ${pct(e.found, e.gold)}  (${e.found}/${e.gold})`);
  out.push(`  …with the right type                    ${pct(e.rightType, e.gold)}  (${e.rightType}/${e.gold})`);
  out.push(`  …one actor, right type, all aliases     ${pct(e.complete, e.gold)}  (${e.complete}/${e.gold})`);
  out.push(`  spurious actor pages                    ${pct(e.spuriousPages, e.actorPages)}  (${e.spuriousPages}/${e.actorPages})`);
  out.push(`  split actor pages                       ${pct(e.splitPages, e.actorPages)}  (${e.splitPages}/${e.actorPages})`);
  out.push(`  cross-article entities as one actor     ${pct(e.crossArticle.merged, e.crossArticle.total)}  (${e.crossArticle.merged}/${e.crossArticle.total})`);
  out.push('', 'Time expressions (body text)', '                precision recall  F1');
  out.push(row('span strict', t.strict));
  out.push(row('span relaxed', t.relaxed));
  out.push(`  right value (incl. datelines)           ${pct(t.rightValue, t.gold)}  (${t.rightValue}/${t.gold})`);
  out.push(`  publication dates right                 ${pct(t.publishedRight, t.articles)}  (${t.publishedRight}/${t.articles})`);
  if (values.verbose) {
    out.push('', 'Entity misses:', ...e.failures.map((f) => `  ${f}`));
    out.push('', 'Cross-article misses:', ...e.crossArticle.failures.map((f) => `  ${f}`));
    out.push('', 'Spurious actors:', `  ${e.spurious.join('; ')}`);
    out.push('', 'Time misses:', ...t.failures.map((f) => `  ${f}`));
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`newsweave eval: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
