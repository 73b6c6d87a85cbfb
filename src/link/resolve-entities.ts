/**
 * Corpus-level entity resolution: turns every article's mentions into actors.
 *
 * 1. Mentions go into name groups (`name-groups.ts`): same normalised name → same group
 *    corpus-wide; a bare surname is scoped to its article when that article has the full name.
 * 2. Merge rules link groups (`merge-links.ts`): surname and shorter full forms within an
 *    article, "Long Name (ACR)", acronym initials, country names/codes from world-countries,
 *    spelling variants, a unique full name for a bare surname across articles, group
 *    singulars, nationality adjectives.
 * 3. Each connected set of groups is one actor: type by weighted majority vote, canonical
 *    name = the country's common name, a person's longest full form, or an organisation's or
 *    place's most used form; aliases with counts and the rule that
 *    reached them, id = unique slug of the canonical name.
 * Pure and deterministic: input order is the only order used, and ties break on fixed keys.
 */
import type { Alias, Analysis, Article, ArticleId, Entity, EntityId, EntityType, MergeRule, MentionRef } from '../model.ts';
import { countryOf } from '../analyze/entities/gazetteer.ts';
import { slugify, uniqueSlugs } from '../site/slug.ts';
import {
  acronymLinks,
  countryGroupsOfPeople,
  countryLinks,
  crossArticleSurnameLinks,
  definedAcronymLinks,
  demonymLinks,
  droppedSuffixLinks,
  groupSingularLinks,
  shortFormLinks,
  surnameLinks,
  variantLinks,
} from './entities/merge-links.ts';
import { buildNameGroups, isDemonymModifier, majorityType, voteWeight, type NameGroup } from './entities/name-groups.ts';
import { rulesFromRoot, UnionFind, type Link } from './entities/union-find.ts';
import { acronymLetters, jaroWinkler, normalizeName, skeletonKey } from './normalize-name.ts';

export interface ResolveInput {
  readonly articles: readonly Article[];
  readonly analyses: readonly Analysis[];
}

export interface ResolveOutput {
  readonly entities: Entity[];
  /** `mentionEntities[i][j]` is the actor of `analyses[i].mentions[j]`. */
  readonly mentionEntities: EntityId[][];
}

export interface LikelyDuplicate {
  readonly a: EntityId;
  readonly b: EntityId;
  readonly reason: string;
  readonly score: number;
}

export function resolveEntities(input: ResolveInput): ResolveOutput {
  const { analyses, articles } = input;
  const { groups, groupOf } = buildNameGroups(analyses);
  const links: Link[] = [
    ...definedAcronymLinks(articles, analyses, groupOf),
    ...surnameLinks(groups),
    ...countryLinks(groups),
    ...acronymLinks(groups),
    ...variantLinks(groups),
    ...crossArticleSurnameLinks(groups),
    ...shortFormLinks(groups),
    ...droppedSuffixLinks(groups),
    ...groupSingularLinks(groups),
    ...demonymLinks(groups),
  ];
  const sets = new UnionFind(groups.length);
  for (const link of links) sets.union(link.a, link.b);

  const components = new Map<number, NameGroup[]>();
  for (const g of groups) {
    const root = sets.find(g.id);
    (components.get(root) ?? components.set(root, []).get(root)!).push(g);
  }

  const drafts = [...components.values()].map((members) => buildDraft(members, links, analyses));
  drafts.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : x.firstGroup - y.firstGroup));
  const ids = uniqueSlugs(drafts.map((d) => slugify(d.name, 'entity'))) as unknown as EntityId[];

  const entityOfGroup = new Map<number, EntityId>();
  drafts.forEach((d, k) => d.groupIds.forEach((g) => entityOfGroup.set(g, ids[k]!)));
  const peopleCountry = countryGroupsOfPeople(groups);

  const entities: Entity[] = drafts.map((d, k) => {
    const countryGroup = d.groupIds.map((g) => peopleCountry.get(g)).find((c) => c !== undefined);
    const country = countryGroup !== undefined ? entityOfGroup.get(countryGroup) : undefined;
    return {
      id: ids[k]!,
      slug: ids[k]! as unknown as Entity['slug'],
      name: d.name,
      type: d.type,
      typeVotes: d.typeVotes,
      aliases: d.aliases,
      mentions: d.mentions,
      articles: d.articles,
      ...(country !== undefined && country !== ids[k] && d.type === 'group' ? { country } : {}),
    };
  });
  const mentionEntities = groupOf.map((row) => row.map((g) => entityOfGroup.get(g)!));
  return { entities, mentionEntities };
}

interface Draft {
  readonly name: string;
  readonly type: EntityType;
  readonly typeVotes: Partial<Record<EntityType, number>>;
  readonly aliases: Alias[];
  readonly mentions: MentionRef[];
  readonly articles: ArticleId[];
  readonly groupIds: number[];
  readonly firstGroup: number;
}

function buildDraft(members: readonly NameGroup[], links: readonly Link[], analyses: readonly Analysis[]): Draft {
  const countryName = members.map((g) => countryOf(bestName(g))?.country).find((c) => c !== undefined);
  const hasNonAdjective = members.some((g) => !g.adjectiveOf);
  // A nationality adjective votes for what it attaches to: its country, or its people.
  const attachesTo: EntityType = countryName || !hasNonAdjective ? 'place' : 'group';
  const votes = new Map<EntityType, number>();
  const weighted = new Map<EntityType, number>();
  for (const g of members) {
    for (const { mention } of g.mentions) {
      const type = isDemonymModifier(mention) ? attachesTo : mention.type;
      votes.set(type, (votes.get(type) ?? 0) + 1);
      weighted.set(type, (weighted.get(type) ?? 0) + voteWeight(mention));
    }
  }
  const type = majorityType(weighted);
  const adjectiveCountry = members.find((g) => g.adjectiveOf)?.adjectiveOf;
  const name = countryName ?? canonicalName(members, type) ?? adjectiveCountry ?? bestName(members[0]!);
  const root = pickRoot(members, name);
  const rules = rulesFromRoot(root.id, members.map((g) => g.id), links);

  const aliasCounts = new Map<string, { count: number; rule: MergeRule }>();
  for (const g of [...members].sort((x, y) => x.id - y.id)) {
    for (const [text, count] of g.names) {
      const rule: MergeRule = normalizeName(text) === normalizeName(name) ? 'exact' : rules.get(g.id) ?? 'exact';
      const known = aliasCounts.get(text);
      aliasCounts.set(text, { count: (known?.count ?? 0) + count, rule: known?.rule ?? rule });
    }
  }
  const aliases = [...aliasCounts.entries()]
    .map(([text, { count, rule }]) => ({ text, count, rule }))
    .sort((x, y) => y.count - x.count || (x.text < y.text ? -1 : x.text > y.text ? 1 : 0));

  const mentions = members
    .flatMap((g) => g.mentions)
    .sort((x, y) => x.article - y.article || x.index - y.index);
  const articleIds: ArticleId[] = [];
  for (const m of mentions) {
    const id = analyses[m.article]!.articleId;
    if (articleIds[articleIds.length - 1] !== id) articleIds.push(id);
  }
  const typeVotes: Partial<Record<EntityType, number>> = {};
  for (const t of ['person', 'organization', 'place', 'group'] as const) {
    const n = votes.get(t);
    if (n) typeVotes[t] = n;
  }
  return {
    name,
    type,
    typeVotes,
    aliases,
    mentions: mentions.map((m) => ({ articleId: analyses[m.article]!.articleId, mention: m.index })),
    articles: [...new Set(articleIds)],
    groupIds: members.map((g) => g.id).sort((x, y) => x - y),
    firstGroup: Math.min(...members.map((g) => g.id)),
  };
}

/** A group's most frequent surface name. */
function bestName(group: NameGroup): string {
  return [...group.names.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0];
}

/**
 * The longest full form among names of the winning type: not an acronym when a long form
 * exists; ties by frequency, then alphabetical.
 */
function canonicalName(members: readonly NameGroup[], type: EntityType): string | undefined {
  const candidates: Array<{ text: string; count: number }> = [];
  for (const g of members) {
    if (g.adjectiveOf) continue;
    const typed = g.mentions.some((m) => m.mention.type === type);
    if (!typed) continue;
    for (const [text, count] of g.names) candidates.push({ text, count });
  }
  const long = candidates.filter((c) => !acronymLetters(c.text));
  const pool = long.length > 0 ? long : candidates;
  const size = (text: string): number => normalizeName(text).split(' ').length;
  // A person is named in full ("Joe Smith" over the more frequent "Smith"); an organisation or
  // place by its most used form, since its longer forms tend to add descriptors ("X Brigades").
  const bySize = (x: { text: string }, y: { text: string }): number => size(y.text) - size(x.text);
  const byCount = (x: { count: number }, y: { count: number }): number => y.count - x.count;
  pool.sort((x, y) =>
    (type === 'person' ? bySize(x, y) || byCount(x, y) : byCount(x, y) || bySize(x, y)) || (x.text < y.text ? -1 : x.text > y.text ? 1 : 0),
  );
  return pool[0]?.text;
}

function pickRoot(members: readonly NameGroup[], name: string): NameGroup {
  const key = normalizeName(name);
  return (
    members.find((g) => [...g.names.keys()].some((n) => normalizeName(n) === key)) ??
    [...members].sort((x, y) => y.mentions.length - x.mentions.length || x.id - y.id)[0]!
  );
}

/**
 * Pairs of actors the resolver kept apart although their names look alike: same type and
 * Jaro-Winkler ≥ 0.88 on normalised names, the same consonant skeleton, or persons sharing a
 * surname. For an owners' review page; sorted by score, then ids.
 */
export function likelyDuplicates(entities: readonly Entity[]): LikelyDuplicate[] {
  const out: LikelyDuplicate[] = [];
  const keys = entities.map((e) => normalizeName(e.name));
  for (let i = 0; i < entities.length; i++) {
    for (let j = i + 1; j < entities.length; j++) {
      const x = entities[i]!;
      const y = entities[j]!;
      if (x.type !== y.type) continue;
      const kx = keys[i]!;
      const ky = keys[j]!;
      const score = jaroWinkler(kx, ky);
      const [a, b] = x.id < y.id ? [x.id, y.id] : [y.id, x.id];
      if (x.type === 'person' && kx.split(' ').at(-1) === ky.split(' ').at(-1) && kx !== ky) {
        out.push({ a, b, reason: 'same surname', score: Math.max(score, 0.5) });
      } else if (skeletonKey(x.name) === skeletonKey(y.name)) {
        out.push({ a, b, reason: 'same consonant skeleton', score });
      } else if (score >= 0.88) {
        out.push({ a, b, reason: 'similar spelling', score });
      }
    }
  }
  return out.sort((p, q) => q.score - p.score || (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : p.b > q.b ? 1 : 0));
}
