/**
 * The alias file's merge, split, type and rename rules, applied after automatic resolution (its
 * `ignore` rules run before it: `drop-ignored-mentions.ts`). Pure and deterministic.
 *
 * Rules name actors by any of their names (normalised as in resolution, so case, "the",
 * possessives and apostrophes do not matter) and run in a fixed order: split, merge, type,
 * rename. A rule that names no actor is a warning at its line.
 *
 * - split: the mentions with that name leave whatever actor holds them and become one actor.
 * - merge: the actors named become one, typed like the first; aliases brought in by the merge
 *   are marked `curated`; its display name is `name`, else the first name listed.
 * - Actors no rule touched keep their ids (and URLs); changed actors get the slug of their final
 *   name, unique among all ids.
 */
import type { Alias, Analysis, ArticleId, CuratedChange, Curation, Diagnostic, Entity, EntityId, EntityType, MentionRef, MergeRule } from '../model.ts';
import { RESERVED_ACTOR_SLUGS } from '../site/site-urls.ts';
import { slugify, uniqueSlugs } from '../site/slug.ts';
import { normalizeName } from './normalize-name.ts';

export interface CurationResult {
  readonly entities: Entity[];
  /** Parallel to each analysis's mentions, as `Corpus.mentionEntities`. */
  readonly mentionEntities: EntityId[][];
  readonly diagnostics: Diagnostic[];
}

/** An actor being edited. `origin` is the entity it started as (none for a split-off actor). */
interface Draft {
  origin: Entity | undefined;
  name: string;
  type: EntityType;
  typeVotes: Partial<Record<EntityType, number>>;
  mentions: MentionRef[];
  /** Rule of each alias text it had before curation; texts not here came in by curation. */
  rules: Map<string, MergeRule>;
  country: EntityId | undefined;
  changes: Set<CuratedChange>;
  /** Entities merged into this one, so references to them can follow. */
  absorbed: EntityId[];
  live: boolean;
}

const CHANGE_ORDER: readonly CuratedChange[] = ['merge', 'split', 'type', 'name'];

export function applyCuration(
  entities: readonly Entity[],
  mentionEntities: readonly (readonly EntityId[])[],
  curation: Curation,
  analyses: readonly Analysis[],
): CurationResult {
  const diagnostics: Diagnostic[] = [];
  const warn = (line: number, severity: 'warning' | 'info', reason: string): void => {
    diagnostics.push({ file: curation.file, line, severity, ruleId: severity === 'warning' ? 'curation-unknown-name' : 'curation-no-effect', reason });
  };
  const articleIndex = new Map<ArticleId, number>(analyses.map((a, i) => [a.articleId, i]));
  const mentionOf = (ref: MentionRef) => analyses[articleIndex.get(ref.articleId) ?? -1]?.mentions[ref.mention];
  const keysOf = (ref: MentionRef): string[] => {
    const m = mentionOf(ref);
    return m ? [normalizeName(m.name), normalizeName(m.text)] : [];
  };

  const drafts: Draft[] = entities.map((e) => ({
    origin: e,
    name: e.name,
    type: e.type,
    typeVotes: { ...e.typeVotes },
    mentions: [...e.mentions],
    rules: new Map(e.aliases.map((a) => [a.text, a.rule])),
    country: e.country,
    changes: new Set(),
    absorbed: [],
    live: true,
  }));
  /** Live actors with a name (or a mention named) `name`. */
  const find = (name: string): Draft[] => {
    const key = normalizeName(name);
    return drafts.filter((d) => d.live && (normalizeName(d.name) === key || d.mentions.some((r) => keysOf(r).includes(key))));
  };

  for (const rule of curation.split) {
    const key = normalizeName(rule.name);
    const holders = find(rule.name);
    if (holders.length === 0) {
      warn(rule.line, 'warning', `split: no actor is named '${rule.name}'`);
      continue;
    }
    const taken: MentionRef[] = [];
    for (const d of holders) {
      const out = d.mentions.filter((r) => keysOf(r).includes(key));
      if (out.length === d.mentions.length) continue; // already an actor of its own
      d.mentions = d.mentions.filter((r) => !keysOf(r).includes(key));
      for (const r of out) {
        const type = mentionOf(r)?.type;
        if (!type || !d.typeVotes[type]) continue;
        if (d.typeVotes[type] === 1) delete d.typeVotes[type];
        else d.typeVotes[type] = d.typeVotes[type]! - 1;
      }
      if (!d.mentions.some((r) => keysOf(r).includes(normalizeName(d.name)))) d.name = mostUsedName(d.mentions, mentionOf) ?? d.name;
      d.changes.add('split');
      taken.push(...out);
    }
    if (taken.length === 0) {
      warn(rule.line, 'info', `split: '${rule.name}' is already an actor of its own`);
      continue;
    }
    const typeVotes: Partial<Record<EntityType, number>> = {};
    for (const r of taken) {
      const type = mentionOf(r)?.type;
      if (type) typeVotes[type] = (typeVotes[type] ?? 0) + 1;
    }
    drafts.push({
      origin: undefined,
      name: mostUsedName(taken, mentionOf) ?? rule.name,
      type: topVote(typeVotes) ?? holders[0]!.type,
      typeVotes,
      mentions: taken,
      rules: new Map(),
      country: undefined,
      changes: new Set(['split']),
      absorbed: [],
      live: true,
    });
  }

  for (const rule of curation.merge) {
    const found: Draft[] = [];
    let unknown = 0;
    for (const name of rule.names) {
      const matches = find(name);
      if (matches.length === 0) {
        warn(rule.line, 'warning', `merge: no actor is named '${name}'`);
        unknown++;
      }
      for (const d of matches) if (!found.includes(d)) found.push(d);
    }
    const [base, ...others] = found;
    if (!base) continue;
    if (others.length === 0 && rule.name === undefined) {
      if (unknown === 0) warn(rule.line, 'info', `merge: ${rule.names.map((n) => `'${n}'`).join(', ')} are already one actor`);
      continue;
    }
    for (const d of others) {
      d.live = false;
      base.mentions.push(...d.mentions);
      for (const [type, n] of Object.entries(d.typeVotes) as [EntityType, number][]) base.typeVotes[type] = (base.typeVotes[type] ?? 0) + n;
      base.country ??= d.country;
      if (d.origin) base.absorbed.push(d.origin.id);
      base.absorbed.push(...d.absorbed);
    }
    base.name = rule.name ?? rule.names[0]!;
    base.changes.add('merge');
  }

  for (const rule of curation.type) {
    const matches = find(rule.name);
    if (matches.length === 0) warn(rule.line, 'warning', `type: no actor is named '${rule.name}'`);
    for (const d of matches) {
      if (d.type === rule.type) continue;
      d.type = rule.type;
      d.changes.add('type');
    }
  }

  for (const rule of curation.rename) {
    const matches = find(rule.from);
    if (matches.length === 0) warn(rule.line, 'warning', `rename: no actor is named '${rule.from}'`);
    for (const d of matches) {
      d.name = rule.to;
      d.changes.add('name');
    }
  }

  return { ...finish(drafts, entities, mentionEntities, { articleIndex, mentionOf }), diagnostics };
}

interface Lookup {
  readonly articleIndex: ReadonlyMap<ArticleId, number>;
  mentionOf(ref: MentionRef): { readonly name: string } | undefined;
}

function finish(
  drafts: readonly Draft[],
  entities: readonly Entity[],
  mentionEntities: readonly (readonly EntityId[])[],
  lookup: Lookup,
): { entities: Entity[]; mentionEntities: EntityId[][] } {
  const reserved = new Set<string>(RESERVED_ACTOR_SLUGS);
  const live = drafts.filter((d) => d.live && d.mentions.length > 0);
  const unchanged = (d: Draft): boolean => d.origin !== undefined && d.changes.size === 0 && !reserved.has(d.origin.id);
  if (live.length === entities.length && live.every(unchanged)) {
    return { entities: [...entities], mentionEntities: mentionEntities.map((row) => [...row]) };
  }
  const byPosition = (x: MentionRef, y: MentionRef): number =>
    (lookup.articleIndex.get(x.articleId) ?? 0) - (lookup.articleIndex.get(y.articleId) ?? 0) || x.mention - y.mention;

  // Untouched actors keep their ids; the others get the slug of their name, in name order.
  const kept = live.filter(unchanged);
  const changed = live
    .filter((d) => !unchanged(d))
    .map((d) => ({ d, mentions: [...d.mentions].sort(byPosition) }))
    .sort((x, y) => compareText(x.d.name, y.d.name) || byPosition(x.mentions[0]!, y.mentions[0]!));
  const slugs = uniqueSlugs(changed.map(({ d }) => slugify(d.name, 'entity')), [...reserved, ...kept.map((d) => d.origin!.id)]);
  const idOf = new Map<Draft, EntityId>(kept.map((d) => [d, d.origin!.id]));
  changed.forEach(({ d }, k) => idOf.set(d, slugs[k]! as string as EntityId));

  // Where each old id went, so country links follow merges and renames.
  const movedTo = new Map<EntityId, EntityId>();
  for (const d of live) {
    if (d.origin) movedTo.set(d.origin.id, idOf.get(d)!);
    for (const id of d.absorbed) movedTo.set(id, idOf.get(d)!);
  }
  const countryOf = (d: Draft, id: EntityId): EntityId | undefined => {
    const country = d.country === undefined ? undefined : movedTo.get(d.country);
    return country !== undefined && country !== id && d.type === 'group' ? country : undefined;
  };

  const out: Entity[] = kept.map((d) => {
    const country = countryOf(d, d.origin!.id);
    if (country === d.origin!.country) return d.origin!;
    const { country: _old, ...rest } = d.origin!;
    return country === undefined ? rest : { ...rest, country };
  });
  for (const { d, mentions } of changed) {
    const id = idOf.get(d)!;
    const country = countryOf(d, id);
    const articles: ArticleId[] = [];
    for (const r of mentions) if (!articles.includes(r.articleId)) articles.push(r.articleId);
    const changes = CHANGE_ORDER.filter((c) => d.changes.has(c));
    out.push({
      id,
      slug: id as string as Entity['slug'],
      name: d.name,
      type: d.type,
      typeVotes: d.typeVotes,
      aliases: aliasesOf(d, mentions, lookup),
      mentions,
      articles,
      ...(country !== undefined ? { country } : {}),
      ...(changes.length > 0 ? { curated: changes } : {}),
    });
  }
  out.sort((x, y) => compareText(x.name, y.name) || compareText(x.id, y.id));

  const rows = mentionEntities.map((row) => [...row]);
  for (const d of live) {
    for (const r of d.mentions) {
      const row = rows[lookup.articleIndex.get(r.articleId) ?? -1];
      if (row && r.mention < row.length) row[r.mention] = idOf.get(d)!;
    }
  }
  return { entities: out, mentionEntities: rows };
}

/**
 * Aliases with counts from the actor's mentions. A name it had before keeps the rule that merged
 * it; a name brought in by a merge or split is `curated`; the display name's own forms are `exact`.
 */
function aliasesOf(d: Draft, mentions: readonly MentionRef[], lookup: Lookup): Alias[] {
  const counts = new Map<string, number>();
  for (const r of mentions) {
    const name = lookup.mentionOf(r)?.name;
    if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const canonical = normalizeName(d.name);
  return [...counts]
    .map(([text, count]): Alias => ({
      text,
      count,
      rule: normalizeName(text) === canonical ? 'exact' : ruleKept(d.rules.get(text)),
    }))
    .sort((x, y) => y.count - x.count || compareText(x.text, y.text));
}

/** A name that was the display name before the curation is now one of its aliases by hand. */
function ruleKept(rule: MergeRule | undefined): MergeRule {
  return rule === undefined || rule === 'exact' ? 'curated' : rule;
}

/** The most frequent mention name among `refs` (ties: alphabetical), or undefined. */
function mostUsedName(refs: readonly MentionRef[], mentionOf: (ref: MentionRef) => { readonly name: string } | undefined): string | undefined {
  const counts = new Map<string, number>();
  for (const r of refs) {
    const name = mentionOf(r)?.name;
    if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort((x, y) => y[1] - x[1] || compareText(x[0], y[0]))[0]?.[0];
}

/** The type with most votes; ties in the order person, organization, group, place. */
function topVote(votes: Partial<Record<EntityType, number>>): EntityType | undefined {
  const order: readonly EntityType[] = ['person', 'organization', 'group', 'place'];
  let best: EntityType | undefined;
  for (const t of order) if ((votes[t] ?? 0) > 0 && (best === undefined || votes[t]! > votes[best]!)) best = t;
  return best;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
