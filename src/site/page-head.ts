/**
 * What a page says about itself in `<head>`: Open Graph title, type and description, and its
 * schema.org JSON-LD. Canonical URLs come from the page path and the base URL in the layout
 * (templates/_includes/layouts/base.njk), the same for every page.
 */
import type { Entity, EntityId, EntityType, Event } from '../model.ts';
import { absoluteUrl } from './absolute-url.ts';
import { shorten } from './feeds.ts';
import { actorJsonLd, articleJsonLd, eventJsonLd, jsonLdText, type NamedRef } from './json-ld.ts';
import { TYPE_LABELS } from './labels.ts';
import type { SiteContext } from './site-context.ts';

export interface PageHead {
  readonly title: string;
  readonly ogType: 'article' | 'profile' | 'website';
  readonly description: string;
  /** For articles: the publication date, as `article:published_time`. */
  readonly published: string | null;
  /** JSON text, already safe inside `<script type="application/ld+json">`. */
  readonly jsonLd: string;
}

const DESCRIPTION_CHARS = 200;

export function articleHead(context: SiteContext, index: number, baseUrl: string | null): PageHead {
  const { corpus, urls } = context;
  const article = corpus.articles[index]!;
  const { meta } = article;
  const title = meta.title.value ?? article.file;
  const first = article.paragraphs.find((p) => p.kind !== 'heading') ?? article.paragraphs[0];
  const published = meta.published.value && /^\d{4}-\d{2}-\d{2}$/.test(meta.published.value) ? meta.published.value : null;
  const mentioned = [...new Set(corpus.mentionEntities[index] ?? [])].flatMap((id) => actorRef(context, id, baseUrl) ?? []);
  const jsonLd = articleJsonLd({
    headline: title,
    datePublished: published,
    author: meta.author.value,
    publisher: meta.source.value,
    url: absoluteUrl(baseUrl, urls.article(article.slug)),
    basedOn: meta.url.value && /^https?:\/\//i.test(meta.url.value) ? meta.url.value : null,
    mentions: mentioned,
  });
  return {
    title,
    ogType: 'article',
    description: first ? shorten(article.text.slice(first.start, first.end), DESCRIPTION_CHARS) : '',
    published,
    jsonLd: jsonLdText(jsonLd),
  };
}

export function actorHead(context: SiteContext, entity: Entity, baseUrl: string | null): PageHead {
  const label = TYPE_LABELS[entity.type].one;
  const mentions = entity.mentions.length;
  const articles = entity.articles.length;
  const jsonLd = actorJsonLd({
    name: entity.name,
    type: entity.type,
    url: absoluteUrl(baseUrl, context.urls.actor(entity.slug)),
    alternateNames: entity.aliases.map((a) => a.text).filter((t) => t !== entity.name),
  });
  return {
    title: entity.name,
    ogType: entity.type === 'person' ? 'profile' : 'website',
    description: `${label[0]!.toUpperCase()}${label.slice(1)}: ${mentions} mention${mentions === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}.`,
    published: null,
    jsonLd: jsonLdText(jsonLd),
  };
}

/** For event pages: `path` is the event page's root-relative path, as the site decides it. */
export function eventHead(context: SiteContext, event: Event, path: string, baseUrl: string | null): PageHead {
  const { corpus, urls } = context;
  const ref = (id: EntityId): (NamedRef & { type: EntityType }) | null => actorRef(context, id, baseUrl);
  const reportIndexes = [...new Set(event.reports.map((r) => context.articleIndex.get(r.articleId)).filter((i): i is number => i !== undefined))];
  const jsonLd = eventJsonLd({
    name: event.title,
    startDate: event.date?.value ?? null,
    url: absoluteUrl(baseUrl, path),
    places: event.places.flatMap((id) => ref(id) ?? []),
    participants: [...event.agents, ...event.targets].flatMap((id) => ref(id) ?? []),
    reports: reportIndexes.map((i) => {
      const article = corpus.articles[i]!;
      return { name: article.meta.title.value ?? article.file, url: absoluteUrl(baseUrl, urls.article(article.slug)) };
    }),
  });
  const n = reportIndexes.length;
  return {
    title: event.title,
    ogType: 'website',
    description: `Reported in ${n} article${n === 1 ? '' : 's'}${event.discrepancies.length ? '; the reports differ' : ''}.`,
    published: null,
    jsonLd: jsonLdText(jsonLd),
  };
}

function actorRef(context: SiteContext, id: EntityId, baseUrl: string | null): (NamedRef & { type: EntityType }) | null {
  const entity = context.entityById.get(id);
  if (!entity) return null;
  return { name: entity.name, type: entity.type, url: absoluteUrl(baseUrl, context.urls.actor(entity.slug)) };
}
