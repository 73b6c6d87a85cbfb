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
import { homePage } from './home-page.ts';
import { siteContext } from './site-context.ts';
import { stableJson } from './stable-json.ts';
import { timelinePage } from './timeline-page.ts';
import type { ActorLink, SiteData } from './view-models.ts';

export type * from './view-models.ts';

export interface SiteOptions {
  /** Where the site is served from ("/" or "/news/"); every href starts with it. */
  readonly pathPrefix: string;
  readonly siteTitle: string;
}

export function buildSiteData(corpus: Corpus, options: SiteOptions): SiteData {
  const context = siteContext(corpus, options.pathPrefix);
  const { urls } = context;
  const together = coOccurrence(corpus);
  const countries = groupsByCountry(corpus.entities);
  const actors = corpus.entities.map((entity) => actorPage(context, entity, together, countries));
  const actorLinks: ActorLink[] = corpus.entities.flatMap((e) => context.actorLink(e.id) ?? []);

  return {
    title: options.siteTitle,
    pathPrefix: urls.prefix,
    stylesheetHref: urls.href(urls.stylesheet),
    nav: [
      { key: 'home', text: 'Home', href: urls.href(urls.home) },
      { key: 'actors', text: 'Actors', href: urls.href(urls.actors) },
      { key: 'timeline', text: 'Timeline', href: urls.href(urls.timeline) },
      { key: 'about', text: 'Method', href: urls.href(urls.about) },
      { key: 'data', text: 'Data', href: urls.href(urls.data) },
    ],
    home: homePage(context),
    articles: corpus.articles.map((_, i) => articlePage(context, i)),
    actorIndex: {
      path: urls.actors,
      href: urls.href(urls.actors),
      groups: actorGroups(actorLinks),
      total: actorLinks.length,
    },
    actors,
    duplicates: duplicatesPage(context),
    timeline: timelinePage(context),
    about: aboutPage(context),
    data: { path: urls.data, href: urls.href(urls.data), json: stableJson(corpus) },
    notFound: { path: urls.notFound },
  };
}
