/**
 * The Atom feeds of the site: articles by publication date, and events by their date. Entries need a
 * date (Atom's `updated` is required and the build time is not a fact about an article), so undated
 * articles and events are left out of the feeds; they are on the site.
 */
import type { Article, Corpus, Event } from '../model.ts';
import { absoluteUrl } from './absolute-url.ts';
import { atomDate, atomXml, tagUri, type AtomEntry } from './atom-feed.ts';
import type { SiteUrls } from './site-urls.ts';

/** The year in every tag: URI. Fixed, so ids never change; it only has to be a date the name was in use. */
const TAG_DATE = '2024';
/** Tag authority when no base URL names the site's own domain. */
const DEFAULT_AUTHORITY = 'newsweave';
const SUMMARY_CHARS = 280;

export interface FeedView {
  readonly path: string;
  readonly href: string;
  readonly title: string;
  readonly xml: string;
}

export interface FeedSettings {
  readonly urls: SiteUrls;
  readonly siteTitle: string;
  readonly baseUrl: string | null;
}

export const FEED_PATHS = { articles: '/feed/articles.xml', events: '/feed/events.xml' } as const;

export function articlesFeed(corpus: Corpus, s: FeedSettings): FeedView {
  const entries = corpus.articles
    .flatMap((article) => articleEntry(article, s) ?? [])
    .sort((a, b) => (a.updated === b.updated ? (a.id < b.id ? -1 : 1) : a.updated < b.updated ? 1 : -1));
  return feedView(corpus, s, 'articles', `${s.siteTitle}: articles`, entries);
}

export function eventsFeed(corpus: Corpus, s: FeedSettings): FeedView {
  const titles = new Map(corpus.articles.map((a) => [a.id, a.meta.title.value ?? a.file]));
  const entries = corpus.events
    .flatMap((event) => eventEntry(event, titles, s) ?? [])
    .sort((a, b) => (a.updated === b.updated ? (a.id < b.id ? -1 : 1) : a.updated < b.updated ? 1 : -1));
  return feedView(corpus, s, 'events', `${s.siteTitle}: events`, entries);
}

function feedView(corpus: Corpus, s: FeedSettings, kind: keyof typeof FEED_PATHS, title: string, entries: AtomEntry[]): FeedView {
  const path = FEED_PATHS[kind];
  const link = (p: string): string => absoluteUrl(s.baseUrl, p) ?? s.urls.href(p);
  const xml = atomXml({
    id: tagUri(authority(s.baseUrl), TAG_DATE, `feed/${kind}`),
    title,
    selfHref: link(path),
    alternateHref: link(s.urls.home),
    author: s.siteTitle,
    generator: corpus.generator,
    entries,
  });
  return { path, href: s.urls.href(path), title, xml };
}

function articleEntry(article: Article, s: FeedSettings): AtomEntry | null {
  const updated = article.meta.published.value === null ? null : atomDate(article.meta.published.value);
  if (updated === null) return null;
  const path = s.urls.article(article.slug);
  const first = article.paragraphs.find((p) => p.kind !== 'heading') ?? article.paragraphs[0];
  return {
    id: tagUri(authority(s.baseUrl), TAG_DATE, `article/${article.id}`),
    title: article.meta.title.value ?? article.file,
    updated,
    href: absoluteUrl(s.baseUrl, path) ?? s.urls.href(path),
    summary: first ? shorten(article.text.slice(first.start, first.end), SUMMARY_CHARS) : '',
    authors: article.meta.author.value ? [article.meta.author.value] : [],
  };
}

function eventEntry(event: Event, titles: ReadonlyMap<string, string>, s: FeedSettings): AtomEntry | null {
  const updated = event.date ? atomDate(event.date.value) : null;
  if (updated === null) return null;
  const path = s.urls.event(event.slug);
  const sources = [...new Set(event.reports.map((r) => titles.get(r.articleId) ?? r.articleId))];
  const reported = `Reported in ${sources.length} article${sources.length === 1 ? '' : 's'}: ${sources.join('; ')}.`;
  const differ = event.discrepancies.map((d) => d.summary);
  return {
    id: tagUri(authority(s.baseUrl), TAG_DATE, `event/${event.id}`),
    title: event.title,
    updated,
    href: absoluteUrl(s.baseUrl, path) ?? s.urls.href(path),
    summary: [reported, ...(differ.length ? [`Reports differ: ${differ.join('; ')}.`] : [])].join(' '),
    authors: [],
  };
}

function authority(baseUrl: string | null): string {
  return baseUrl ? new URL(baseUrl).hostname : DEFAULT_AUTHORITY;
}

/** The text cut at a word boundary near `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
