/**
 * Development measurement on the seed gold (not a test): parses each seed, finds mentions,
 * resolves entities, and prints how many gold actors came out whole and right.
 * Run: node --import tsx test/analyze/entities/eval-seed-gold.ts [--verbose]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis, Article, ArticleId, EntityId, Mention } from '../../../src/model.ts';
import { parseText } from '../../../src/analyze/nlp.ts';
import { findMentions } from '../../../src/analyze/mentions.ts';
import { resolveEntities } from '../../../src/link/resolve-entities.ts';

const SEEDS = new URL('../../../seeds/', import.meta.url).pathname;
const GOLD = '/work/shared/gold';
const verbose = process.argv.includes('--verbose');

interface GoldEntity { name: string; type: string; aliases: string[] }

function paragraphsOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

const files = readdirSync(SEEDS).filter((f) => /\.(txt|md)$/.test(f)).sort();
const articles: Article[] = [];
const analyses: Analysis[] = [];
for (const file of files) {
  const text = readFileSync(join(SEEDS, file), 'utf8').normalize('NFC').replace(/\r\n?/g, '\n');
  const paragraphs = paragraphsOf(text);
  const parsed = parseText(text, paragraphs);
  const id = file.replace(/\.\w+$/, '') as ArticleId;
  articles.push({ id, text } as unknown as Article);
  analyses.push({ articleId: id, analyzerVersion: 'dev', sentences: [], mentions: findMentions(text, parsed), times: [], events: [], quotes: [], figures: [], diagnostics: [] });
}
const { entities, mentionEntities } = resolveEntities({ articles, analyses });
const byId = new Map(entities.map((e) => [e.id, e]));

function matches(alias: string, m: Mention): boolean {
  const bare = alias.replace(/^The /, "");
  return alias === m.name || alias === m.text || bare === m.name || (m.title !== undefined && alias.toLowerCase().endsWith(' ' + m.name.toLowerCase()));
}

let total = 0, whole = 0, typed = 0, splits = 0, missing = 0;
const usedEntities = new Set<EntityId>();
files.forEach((file, a) => {
  const gold = JSON.parse(readFileSync(join(GOLD, file.replace(/\.\w+$/, '.gold.json')), 'utf8')) as { entities: GoldEntity[] };
  const mentions = analyses[a]!.mentions;
  for (const g of gold.entities) {
    total++;
    const found = new Set<EntityId>();
    const unmatched: string[] = [];
    for (const alias of g.aliases) {
      const hits = mentions.map((m, j) => (matches(alias, m) ? mentionEntities[a]![j]! : null)).filter((x): x is EntityId => x !== null);
      if (hits.length === 0) unmatched.push(alias);
      hits.forEach((h) => { found.add(h); usedEntities.add(h); });
    }
    const ids = [...found];
    const one = ids.length === 1 ? byId.get(ids[0]!) : undefined;
    const okType = one?.type === g.type;
    if (ids.length > 1) splits++;
    if (ids.length === 0) missing++;
    if (one && okType) typed++;
    if (one && okType && unmatched.length === 0) whole++;
    else if (verbose) console.log(`${file.slice(0, 3)} ✗ ${g.type} ${g.name} → ${ids.map((i) => `${i}(${byId.get(i)?.type})`).join(', ') || '—'}${unmatched.length ? ` unmatched: ${unmatched.join(' / ')}` : ''}`);
  }
});

const corpus = JSON.parse(readFileSync(join(GOLD, 'corpus.gold.json'), 'utf8')) as { entities: Array<{ name: string; type: string; all_aliases: string[] }> };
let cTotal = 0, cWhole = 0;
for (const g of corpus.entities) {
  cTotal++;
  const found = new Set<EntityId>();
  analyses.forEach((an, a) => an.mentions.forEach((m, j) => { if (g.all_aliases.some((al) => matches(al, m))) found.add(mentionEntities[a]![j]!); }));
  const ids = [...found];
  if (ids.length === 1 && byId.get(ids[0]!)?.type === g.type) cWhole++;
  else if (verbose) console.log(`corpus ✗ ${g.type} ${g.name} → ${ids.join(', ')}`);
}
const spurious = entities.filter((e) => !usedEntities.has(e.id));
console.log(`per-article gold actors: ${total}; whole (one actor, right type, all aliases merged): ${whole} (${((100 * whole) / total).toFixed(1)}%); one actor with right type: ${typed} (${((100 * typed) / total).toFixed(1)}%); split over >1 actor: ${splits}; not found: ${missing}`);
console.log(`cross-article gold actors: ${cTotal}; one actor with right type across the corpus: ${cWhole} (${((100 * cWhole) / cTotal).toFixed(1)}%)`);
console.log(`actors: ${entities.length}; spurious (no gold alias matched): ${spurious.length}`);
if (verbose) console.log('spurious:', spurious.map((e) => `${e.name}(${e.type}:${e.mentions.length})`).join('; '));
