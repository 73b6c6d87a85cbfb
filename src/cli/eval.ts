/**
 * `npm run eval`: scores the analysis of the seed articles against the hand-checked gold in
 * test/fixtures/gold (a development set: a score here says nothing about unseen news on its own).
 * `--verbose` lists every miss, except on the held-out texts (scores only: they stay held out).
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../build.ts';
import { PROJECT_ROOT, resolveOptions } from '../config.ts';
import type { GoldArticle, GoldCorpus } from '../eval/gold.ts';
import { scoreEntities, type PRF } from '../eval/score-entities.ts';
import { scoreTimes } from '../eval/score-times.ts';
import { scoreEvents } from '../eval/score-events.ts';
import { scoreFigures } from '../eval/score-figures.ts';
import { scoreQuotes } from '../eval/score-quotes.ts';
import { scoreNerDev } from '../eval/ner-dev.ts';
import { scoreHeldOut } from '../eval/held-out.ts';
import { scoreTimexDev } from '../eval/timex-dev.ts';
import { scoreEventClusters } from '../eval/score-event-clusters.ts';
import { failureMessage } from './fail.ts';

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
  const ev = scoreEvents(corpus, gold);
  out.push('', 'Events (gold event found: same type in the same sentence)');
  out.push(`  recall, same type                       ${pct(ev.found, ev.gold)}  (${ev.found}/${ev.gold})`);
  out.push(`  recall, attack/strike as one family     ${pct(ev.foundFamily, ev.gold)}  (${ev.foundFamily}/${ev.gold})`);
  for (const [type, r] of Object.entries(ev.byType).sort()) out.push(`    ${type.padEnd(36)}${pct(r.found, r.gold)}  (${r.found}/${r.gold})`);
  out.push(`  gold 'other' with some event of ours    ${pct(ev.other.found, ev.other.gold)}  (${ev.other.found}/${ev.other.gold})`);
  out.push(`  our events matching a gold event        ${pct(ev.predictedMatched, ev.predicted)}  (${ev.predictedMatched}/${ev.predicted}; the gold lists the main events only)`);
  const cl = scoreEventClusters(corpus, goldCorpus?.events ?? [], goldCorpus?.discrepancies ?? [], gold);
  out.push('', 'Cross-article events (every gold report in ONE event of ours) and discrepancies');
  out.push(`  gold events grouped                     ${pct(cl.grouped, cl.gold)}  (${cl.grouped}/${cl.gold}; ${cl.events} events of ours)`);
  out.push(`  gold discrepancies surfaced             ${pct(cl.surfaced, cl.discrepancies)}  (${cl.surfaced}/${cl.discrepancies})`);
  const qs = scoreQuotes(corpus, gold);
  const fs = scoreFigures(corpus, gold);
  out.push('', 'Quotes (gold quote found by its first words; speaker names the gold speaker)');
  out.push(`  gold quotes found                       ${pct(qs.found, qs.gold)}  (${qs.found}/${qs.gold}; ${qs.predicted} quotes of ours)`);
  out.push(`  speaker accuracy (misses count wrong)   ${pct(qs.rightSpeaker, qs.gold)}  (${qs.rightSpeaker}/${qs.gold})`);
  out.push('', 'Figures (same sentence, same value, compatible unit)');
  out.push(`  recall                                  ${pct(fs.found, fs.gold)}  (${fs.found}/${fs.gold}; ${fs.predicted} figures of ours)`);
  out.push(`  …with the gold qualifier                ${pct(fs.rightQualifier, fs.found)}  (${fs.rightQualifier}/${fs.found})`);
  const ner = await scoreNerDev(path.join(PROJECT_ROOT, 'test', 'fixtures', 'ner-dev'));
  out.push('', `Name spans on the invented news of test/fixtures/ner-dev (${ner.documents} texts; exact span and type)`);
  out.push('                precision recall  F1');
  for (const type of ['person', 'organization', 'place', 'all'] as const) out.push(row(type, ner.score.byType[type]));
  const tdev = await scoreTimexDev(path.join(PROJECT_ROOT, 'test', 'fixtures', 'timex-dev'));
  out.push('', `Time expressions on the invented news of test/fixtures/timex-dev (${tdev.documents} texts; TempEval-3 style)`);
  out.push('                precision recall  F1');
  out.push(row('span strict', tdev.score.strict));
  out.push(row('span relaxed', tdev.score.relaxed));
  out.push(row('value', tdev.score.value));
  out.push(row('type', tdev.score.type));
  // Held out: scores only. Its misses are not printed, so that nobody writes rules against them.
  const held = await scoreHeldOut(path.join(PROJECT_ROOT, 'test', 'fixtures', 'heldout'));
  if (held.names) {
    out.push('', `Held out: name spans on test/fixtures/heldout (${held.names.documents} texts labelled blind; never tuned to)`);
    out.push('                precision recall  F1');
    for (const type of ['person', 'organization', 'place', 'all'] as const) out.push(row(type, held.names.score.byType[type]));
  }
  if (held.times) {
    out.push('', `Held out: time expressions on test/fixtures/heldout (${held.times.documents} texts labelled blind; TempEval-3 style)`);
    out.push('                precision recall  F1');
    out.push(row('span strict', held.times.score.strict));
    out.push(row('span relaxed', held.times.score.relaxed));
    out.push(row('value', held.times.score.value));
    out.push(row('type', held.times.score.type));
  }
  if (values.verbose) {
    out.push('', 'Name span errors (ner-dev):', ...ner.score.errors.map((f) => `  ${f}`));
    out.push('', 'Time errors (timex-dev):', ...tdev.score.errors.map((f) => `  ${f}`));
    out.push('', 'Entity misses:', ...e.failures.map((f) => `  ${f}`));
    out.push('', 'Cross-article misses:', ...e.crossArticle.failures.map((f) => `  ${f}`));
    out.push('', 'Spurious actors:', `  ${e.spurious.join('; ')}`);
    out.push('', 'Time misses:', ...t.failures.map((f) => `  ${f}`));
    out.push('', 'Event misses:', ...ev.failures.map((f) => `  ${f}`));
    out.push('', 'Event cluster and discrepancy misses:', ...cl.failures.map((f) => `  ${f}`));
    out.push('', 'Quote misses:', ...qs.failures.map((f) => `  ${f}`));
    out.push('', 'Figure misses:', ...fs.failures.map((f) => `  ${f}`));
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${failureMessage('newsweave eval', error, 'the README (Measured accuracy)')}\n`);
    process.exit(1);
  },
);
