/**
 * Scores quotes against the gold: a gold quote is found when one of our quotes contains its
 * first words; its speaker is right when our speaker (as written, its mention, or the actor
 * that mention resolved to) names the gold speaker. Gold speakers "unnamed …" are right when
 * ours is a description with the same head noun ("the official"); "unattributed" wants none.
 */
import type { Corpus, Quote } from '../model.ts';
import { normalizeSurface } from './normalize-surface.ts';
import { goldArticleIndex } from './gold-article-index.ts';

export interface GoldQuote {
  readonly speaker: string;
  readonly text: string;
}

export interface QuoteScore {
  readonly gold: number;
  /** Gold quotes we found (by their first words). */
  readonly found: number;
  /** Found quotes with the right speaker. */
  readonly rightSpeaker: number;
  /** rightSpeaker / gold: a missed quote counts as a wrong speaker. */
  readonly accuracy: number;
  readonly predicted: number;
  readonly failures: readonly string[];
}

interface GoldFile {
  readonly file: string;
  readonly entities?: readonly { readonly name: string; readonly aliases: readonly string[] }[];
  readonly quotes?: readonly GoldQuote[];
}

const fold = (s: string): string =>
  s.normalize('NFC').replace(/[’‘`]/g, "'").replace(/[“”"]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
const firstWords = (s: string, n: number): string => fold(s).replace(/[.,;:!?…]+$/, '').split(' ').slice(0, n).join(' ');
const surname = (s: string): string =>
  normalizeSurface(s).replace(/\b(?:jr|sr|ii|iii)\.?$/, '').trim().split(' ').at(-1)!.replace(/^al-/, '');
const singular = (w: string): string => w.replace(/s$/, '');

export function speakerMatches(goldSpeaker: string, names: readonly string[], hasSpeaker: boolean, named: boolean, goldAliases: readonly string[]): boolean {
  const g = goldSpeaker.toLowerCase();
  if (g.startsWith('unattributed')) return !hasSpeaker;
  if (g.startsWith('unnamed')) {
    const head = g.replace(/^unnamed\s+/, '').replace(/\s*\(.*$/, '').trim().split(' ').at(-1) ?? '';
    return !named && names.some((n) => fold(n).split(/\W+/).map(singular).includes(singular(head)));
  }
  const wanted = [goldSpeaker, ...goldAliases].map(normalizeSurface);
  return names.some((n) => wanted.includes(normalizeSurface(n)) || wanted.some((w) => w.includes(' ') && surname(w) === surname(n) && surname(n).length > 2));
}

export function scoreQuotes(corpus: Corpus, gold: readonly GoldFile[]): QuoteScore {
  const entityById = new Map(corpus.entities.map((e) => [e.id, e]));
  let total = 0;
  let found = 0;
  let right = 0;
  let predicted = 0;
  const failures: string[] = [];
  for (const g of gold) {
    const i = goldArticleIndex(corpus, g.file);
    const analysis = corpus.analyses[i];
    if (!analysis) continue;
    predicted += analysis.quotes.length;
    const used = new Set<Quote>();
    for (const q of g.quotes ?? []) {
      total++;
      const words = firstWords(q.text, 6);
      // Each of our quotes answers one gold quote; gold quotes come in text order.
      const ours: Quote | undefined = analysis.quotes.find((o) => !used.has(o) && fold(o.text).includes(words));
      if (!ours) {
        failures.push(`${g.file}: quote not found: "${words}…" (${q.speaker})`);
        continue;
      }
      found++;
      used.add(ours);
      const s = ours.speaker;
      const names: string[] = [];
      let named = false;
      if (s) {
        names.push(s.text);
        if (s.mention !== undefined) {
          const m = analysis.mentions[s.mention];
          if (m) names.push(m.text, m.name);
          const entity = entityById.get(corpus.mentionEntities[i]?.[s.mention] ?? ('' as never));
          if (entity) names.push(entity.name, ...entity.aliases.map((a) => a.text));
          named = m?.type === 'person';
        }
      }
      const aliases = g.entities?.find((e) => e.name === q.speaker)?.aliases ?? [];
      if (speakerMatches(q.speaker, names, s !== null, named, aliases)) right++;
      else failures.push(`${g.file}: "${words}…" speaker ${s ? `"${s.text}" (${s.via})` : 'none'}, gold ${q.speaker}`);
    }
  }
  return { gold: total, found, rightSpeaker: right, accuracy: total === 0 ? 0 : right / total, predicted, failures };
}
