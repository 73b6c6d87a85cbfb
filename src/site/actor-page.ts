/**
 * View model of one actor page: name, type evidence, aliases, every mention in its sentence
 * (grouped by article), and the actors it appears with.
 */
import type { Entity, EntityId, Span } from '../model.ts';
import { actorEvents, actorQuotes } from './actor-events.ts';
import { byCountThenName, compareText } from './actor-groups.ts';
import type { PairCounts } from './co-occurrence.ts';
import { ENTITY_TYPES, MERGE_RULES, TYPE_LABELS } from './labels.ts';
import type { SiteContext } from './site-context.ts';
import type { ActorArticleMentions, ActorLink, ActorPage, DateView } from './view-models.ts';

/** How many co-occurring actors each list shows. */
const TOP_CO_OCCURRING = 10;

export function actorPage(
  context: SiteContext,
  entity: Entity,
  together: { readonly sameSentence: PairCounts; readonly sameArticle: PairCounts },
  groupsByCountry: ReadonlyMap<EntityId, readonly EntityId[]>,
): ActorPage {
  const { urls } = context;
  const mentionsByArticle = mentionsInContext(context, entity);
  const seen = mentionsByArticle.map((m) => m.article.date).filter((d) => d.datetime !== null);
  const sortedSeen = [...seen].sort((a, b) => compareText(a.datetime!, b.datetime!));

  return {
    path: urls.actor(entity.slug),
    href: urls.href(urls.actor(entity.slug)),
    slug: entity.slug,
    id: entity.id,
    name: entity.name,
    type: entity.type,
    typeLabel: TYPE_LABELS[entity.type].one,
    typeVotes: ENTITY_TYPES.map((type) => ({ type, label: TYPE_LABELS[type].one, count: entity.typeVotes[type] ?? 0 }))
      .filter((vote) => vote.count > 0)
      .sort((a, b) => b.count - a.count),
    aliases: [...entity.aliases]
      .sort((a, b) => b.count - a.count || compareText(a.text, b.text))
      .map((alias) => ({ text: alias.text, count: alias.count, rule: alias.rule, ruleExplanation: MERGE_RULES[alias.rule] })),
    mentionCount: entity.mentions.length,
    articleCount: entity.articles.length,
    mentionsByArticle,
    country: entity.country === undefined ? null : context.actorLink(entity.country),
    groups: links(context, groupsByCountry.get(entity.id) ?? []),
    sameSentence: topTogether(context, together.sameSentence.get(entity.id)),
    sameArticle: topTogether(context, together.sameArticle.get(entity.id)),
    firstSeen: (sortedSeen[0] as DateView | undefined) ?? null,
    lastSeen: (sortedSeen.at(-1) as DateView | undefined) ?? null,
    quotes: actorQuotes(context, entity),
    events: actorEvents(context, entity),
  };
}

/** Each article the actor is mentioned in (corpus order), with each sentence quoted once. */
function mentionsInContext(context: SiteContext, entity: Entity): ActorArticleMentions[] {
  const byArticle = new Map<number, Map<number, Span[]>>();
  for (const ref of entity.mentions) {
    const a = context.articleIndex.get(ref.articleId);
    const mention = a === undefined ? undefined : context.corpus.analyses[a]?.mentions[ref.mention];
    if (a === undefined || !mention) continue;
    const sentences = byArticle.get(a) ?? new Map<number, Span[]>();
    sentences.set(mention.sentence, [...(sentences.get(mention.sentence) ?? []), mention]);
    byArticle.set(a, sentences);
  }
  return [...byArticle.keys()].sort((x, y) => x - y).map((a) => {
    const sentences = byArticle.get(a)!;
    return {
      article: context.articleLink(a),
      sentences: [...sentences.keys()].sort((x, y) => x - y).map((s) => context.sentenceQuote(a, s, sentences.get(s)!)),
      mentionCount: [...sentences.values()].reduce((n, spans) => n + spans.length, 0),
    };
  });
}

function topTogether(context: SiteContext, counts: ReadonlyMap<EntityId, number> | undefined): ActorLink[] {
  if (!counts) return [];
  return [...counts]
    .flatMap(([id, count]) => {
      const link = context.actorLink(id);
      return link ? [{ ...link, count }] : [];
    })
    .sort(byCountThenName)
    .slice(0, TOP_CO_OCCURRING);
}

function links(context: SiteContext, ids: readonly EntityId[]): ActorLink[] {
  return ids.flatMap((id) => {
    const link = context.actorLink(id);
    return link ? [link] : [];
  });
}

/** Nationality groups per country actor, so a country page can link back to them. */
export function groupsByCountry(entities: readonly Entity[]): Map<EntityId, EntityId[]> {
  const map = new Map<EntityId, EntityId[]>();
  for (const entity of entities) {
    if (entity.country === undefined) continue;
    map.set(entity.country, [...(map.get(entity.country) ?? []), entity.id]);
  }
  return map;
}
