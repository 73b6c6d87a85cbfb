/**
 * Corpus → SiteData: the view model of every page, and the only place that decides URLs. Pure: the
 * same corpus and options always give the same SiteData (and so byte-identical pages).
 */
import type { Corpus } from '../model.ts';
import { aboutPage } from './about-page.ts';
import { actorGroups } from './actor-groups.ts';
import { actorPage, groupsByCountry } from './actor-page.ts';
import { articlePage } from './article-page.ts';
import { coOccurrence } from './co-occurrence.ts';
import { duplicatesPage } from './duplicates-page.ts';
import { eventLookup } from './event-lookup.ts';
import { eventPage } from './event-page.ts';
import { eventsIndexPage } from './events-index-page.ts';
import { dataPage } from './exports/data-page.ts';
import { exportTables } from './exports/export-tables.ts';
import { articlesFeed, eventsFeed } from './feeds.ts';
import { siteVisuals } from './graph/site-visuals.ts';
import { homePage } from './home-page.ts';
import { actorHead, articleHead, eventHead } from './page-head.ts';
import { searchPage } from './search-page.ts';
import { articleSearchTags, datedSearchTags, entitySearchTags } from './search-tags.ts';
import { siteContext } from './site-context.ts';
import { stableJson } from './stable-json.ts';
import { timelinePage } from './timeline-page.ts';
import type { ActorLink, SiteData } from './view-models.ts';

export type * from './view-models.ts';

export interface SiteOptions {
  /** Where the site is served from ("/" or "/news/"); every href starts with it. */
  readonly pathPrefix: string;
  readonly siteTitle: string;
  /** Absolute URL the site is published at, for canonical links, JSON-LD and feeds. */
  readonly baseUrl?: string | null;
  /** How many of the most mentioned actors the network page draws (default 60). */
  readonly networkSize?: number;
}

export function buildSiteData(corpus: Corpus, options: SiteOptions): SiteData {
  const context = siteContext(corpus, options.pathPrefix);
  const { urls } = context;
  const together = coOccurrence(corpus);
  const countries = groupsByCountry(corpus.entities);
  const baseUrl = options.baseUrl ?? null;
  const visuals = siteVisuals(context, options.networkSize);
  const actors = corpus.entities.map((entity) => ({
    ...actorPage(context, entity, together, countries),
    head: actorHead(context, entity, baseUrl),
    search: entitySearchTags(context, entity),
    visuals: visuals.actorVisuals(entity),
  }));
  const actorLinks: ActorLink[] = corpus.entities.flatMap((e) => context.actorLink(e.id) ?? []);
  const corpusJson = stableJson(corpus);

  return {
    title: options.siteTitle,
    baseUrl,
    pathPrefix: urls.prefix,
    stylesheetHref: urls.href(urls.stylesheet),
    nav: [
      { key: 'home', text: 'Home', href: urls.href(urls.home) },
      { key: 'actors', text: 'Actors', href: urls.href(urls.actors) },
      { key: 'timeline', text: 'Timeline', href: urls.href(urls.timeline) },
      { key: 'events', text: 'Events', href: urls.href(urls.events) },
      { key: 'network', text: 'Network', href: urls.href(urls.network) },
      { key: 'places', text: 'Places', href: urls.href(urls.places) },
      { key: 'about', text: 'Method', href: urls.href(urls.about) },
      { key: 'data', text: 'Data', href: urls.href(urls.dataPage) },
    ],
    home: homePage(context),
    articles: corpus.articles.map((_, i) => ({ ...articlePage(context, i), head: articleHead(context, i, baseUrl), search: articleSearchTags(context, i) })),
    actorIndex: {
      path: urls.actors,
      href: urls.href(urls.actors),
      groups: actorGroups(actorLinks),
      total: actorLinks.length,
    },
    actors,
    duplicates: duplicatesPage(context),
    timeline: timelinePage(context),
    eventIndex: eventsIndexPage(context),
    events: eventLookup(context).events.map((event) => ({
      ...eventPage(context, event),
      head: eventHead(context, event, urls.event(event.slug), baseUrl),
      search: datedSearchTags('event', event.date?.value ?? null),
    })),
    about: aboutPage(context),
    data: { path: urls.data, href: urls.href(urls.data), json: corpusJson },
    dataPage: dataPage(context, exportTables(context), corpusJson),
    notFound: { path: urls.notFound },
    network: visuals.network,
    places: visuals.places,
    search: searchPage(urls),
    feeds: {
      articles: articlesFeed(corpus, { urls, siteTitle: options.siteTitle, baseUrl }),
      events: eventsFeed(corpus, { urls, siteTitle: options.siteTitle, baseUrl }),
    },
  };
}
