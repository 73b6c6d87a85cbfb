/**
 * Scores actors against the gold: per-type precision / recall / F1 over (surface form, type)
 * pairs per article, and the actor-level figures the product promises: each gold entity one
 * actor, right type, every listed alias merged; few spurious or split actor pages.
 */
import type { Corpus, EntityId, EntityType } from '../model.ts';
import type { GoldArticle, GoldCorpus } from './gold.ts';
import { normalizeSurface } from './normalize-surface.ts';
import { goldArticleIndex } from './gold-article-index.ts';

export interface PRF {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface EntityScore {
  readonly byType: Readonly<Record<EntityType | 'all', PRF>>;
  readonly gold: number;
  /** Gold entities with at least one actor. */
  readonly found: number;
  /** …whose actor has the gold type. */
  readonly rightType: number;
  /** …that are exactly one actor, of the right type, with every listed alias merged into it. */
  readonly complete: number;
  /** Extra actor pages that split a gold entity. */
  readonly splitPages: number;
  /** Actor pages that match no gold entity in any article. */
  readonly spuriousPages: number;
  readonly actorPages: number;
  /** Entities of the gold corpus file that appear in several articles, and how many became one actor. */
  readonly crossArticle: { readonly total: number; readonly merged: number; readonly failures: readonly string[] };
  /** Gold entities that are not complete, with the reason, for reading. */
  readonly failures: readonly string[];
  readonly spurious: readonly string[];
}

const TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'group'];

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function scoreEntities(corpus: Corpus, gold: readonly GoldArticle[], goldCorpus: GoldCorpus | null): EntityScore {
  const entityById = new Map(corpus.entities.map((e) => [e.id, e]));
  const counts = Object.fromEntries([...TYPES, 'all'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<EntityType | 'all', { tp: number; fp: number; fn: number }>;
  let found = 0;
  let rightType = 0;
  let complete = 0;
  let splitPages = 0;
  const failures: string[] = [];
  const matchedEntities = new Set<EntityId>();
  /** For the cross-article check: per gold name, the actors its aliases became. */
  const actorsByGoldName = new Map<string, Set<EntityId>>();

  for (const g of gold) {
    const i = goldArticleIndex(corpus, g.file);
    const analysis = corpus.analyses[i];
    const entityOf = corpus.mentionEntities[i];
    if (i < 0 || !analysis || !entityOf) {
      failures.push(`${g.file}: article not built`);
      continue;
    }
    /** surface → actors it was resolved to in this article */
    const actorsBySurface = new Map<string, Set<EntityId>>();
    const surfacesByActor = new Map<EntityId, Set<string>>();
    analysis.mentions.forEach((m, j) => {
      const id = entityOf[j];
      if (!id) return;
      // The gold lists titled forms ("President X") as aliases; a mention keeps its title apart.
      const surfaces = [m.text, ...(m.title !== undefined ? [`${m.title} ${m.text}`] : [])].map(normalizeSurface);
      for (const surface of surfaces) {
        (actorsBySurface.get(surface) ?? actorsBySurface.set(surface, new Set()).get(surface))?.add(id);
        (surfacesByActor.get(id) ?? surfacesByActor.set(id, new Set()).get(id))?.add(surface);
      }
    });

    // Per-type P/R/F1 over distinct (surface, type) pairs.
    const goldPairs = new Set(g.entities.flatMap((e) => e.aliases.map((a) => `${normalizeSurface(a)}\t${e.type}`)));
    const predictedPairs = new Set<string>();
    analysis.mentions.forEach((m, j) => {
      const type = entityById.get(entityOf[j]!)?.type;
      const titled = m.title !== undefined ? `${normalizeSurface(`${m.title} ${m.text}`)}\t${type}` : undefined;
      const bare = `${normalizeSurface(m.text)}\t${type}`;
      // The titled form counts when the gold lists it; the bare name unless only the titled one matched.
      const titledHit = titled !== undefined && goldPairs.has(titled);
      if (titledHit) predictedPairs.add(titled);
      if (!titledHit || goldPairs.has(bare)) predictedPairs.add(bare);
    });
    for (const pair of predictedPairs) {
      const type = pair.split('\t')[1] as EntityType;
      const hit = goldPairs.has(pair);
      counts[type][hit ? 'tp' : 'fp']++;
      counts.all[hit ? 'tp' : 'fp']++;
    }
    for (const pair of goldPairs) {
      if (predictedPairs.has(pair)) continue;
      const type = pair.split('\t')[1] as EntityType;
      counts[type].fn++;
      counts.all.fn++;
    }

    // Actor-level figures.
    for (const e of g.entities) {
      const aliases = new Set(e.aliases.map(normalizeSurface));
      const actors = new Set<EntityId>();
      for (const a of aliases) for (const id of actorsBySurface.get(a) ?? []) actors.add(id);
      for (const id of actors) matchedEntities.add(id);
      const key = normalizeSurface(e.name);
      const acc = actorsByGoldName.get(key) ?? actorsByGoldName.set(key, new Set()).get(key);
      for (const id of actors) acc?.add(id);
      if (actors.size === 0) {
        failures.push(`${g.file}: ${e.name} (${e.type}): not found`);
        continue;
      }
      found++;
      splitPages += actors.size - 1;
      const types = [...actors].map((id) => entityById.get(id)?.type);
      const typeOk = types.includes(e.type);
      if (typeOk) rightType++;
      const [only] = actors;
      const merged = actors.size === 1 && only !== undefined && [...aliases].every((a) => surfacesByActor.get(only)?.has(a));
      if (merged && typeOk) complete++;
      else {
        const why = [
          !typeOk && `typed ${types.join('/')}`,
          actors.size > 1 && `split into ${[...actors].map((id) => entityById.get(id)?.name).join(' | ')}`,
          actors.size === 1 && !merged && `aliases missing: ${[...aliases].filter((a) => !surfacesByActor.get(only as EntityId)?.has(a)).join(', ')}`,
        ].filter(Boolean);
        failures.push(`${g.file}: ${e.name} (${e.type}): ${why.join('; ')}`);
      }
    }
  }

  const spurious = corpus.entities.filter((e) => !matchedEntities.has(e.id));
  const crossFailures: string[] = [];
  let crossTotal = 0;
  let crossMerged = 0;
  for (const e of goldCorpus?.entities ?? []) {
    if (Object.keys(e.articles).length < 2) continue;
    crossTotal++;
    const actors = actorsByGoldName.get(normalizeSurface(e.name)) ?? new Set();
    if (actors.size === 1) crossMerged++;
    else crossFailures.push(`${e.name}: ${actors.size === 0 ? 'not found' : [...actors].map((id) => entityById.get(id)?.name).join(' | ')}`);
  }

  return {
    byType: Object.fromEntries(Object.entries(counts).map(([t, c]) => [t, prf(c.tp, c.fp, c.fn)])) as Record<EntityType | 'all', PRF>,
    gold: gold.reduce((n, g) => n + g.entities.length, 0),
    found,
    rightType,
    complete,
    splitPages,
    spuriousPages: spurious.length,
    actorPages: corpus.entities.length,
    crossArticle: { total: crossTotal, merged: crossMerged, failures: crossFailures },
    failures,
    spurious: spurious.map((e) => `${e.name} (${e.type}, ${e.mentions.length})`),
  };
}
