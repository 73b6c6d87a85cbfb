/**
 * Atom 1.0 (RFC 4287) documents. Pure and deterministic: no build time anywhere, so the same corpus
 * gives the same bytes. Every text goes through `xmlEscape`.
 *
 * Ids are `tag:` URIs (RFC 4151) derived from content (the site's authority and the article's or
 * event's own id), so they stay the same when a page's URL or the base URL changes. Links are absolute
 * when a base URL is configured, else root-relative (Atom resolves them against the feed's address).
 */
import { xmlEscape } from './xml-escape.ts';

export interface AtomEntry {
  readonly id: string;
  readonly title: string;
  /** RFC 3339 date-time. */
  readonly updated: string;
  readonly href: string;
  readonly summary: string;
  readonly authors: readonly string[];
}

export interface AtomFeed {
  readonly id: string;
  readonly title: string;
  /** The feed's own address (rel="self") and the page it describes (rel="alternate"). */
  readonly selfHref: string;
  readonly alternateHref: string;
  /** Feed-level author, so that entries without one are still valid. */
  readonly author: string;
  readonly generator: { readonly name: string; readonly version: string };
  readonly entries: readonly AtomEntry[];
}

/** Used as the feed's `updated` when it has no entries: a fixed date, never the build time. */
export const EMPTY_FEED_UPDATED = '1970-01-01T00:00:00Z';

export function atomXml(feed: AtomFeed): string {
  const updated = feed.entries.map((e) => e.updated).sort().at(-1) ?? EMPTY_FEED_UPDATED;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlEscape(feed.id)}</id>`,
    `  <title>${xmlEscape(feed.title)}</title>`,
    `  <updated>${xmlEscape(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.selfHref)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(feed.alternateHref)}"/>`,
    `  <author><name>${xmlEscape(feed.author)}</name></author>`,
    `  <generator version="${xmlEscape(feed.generator.version)}">${xmlEscape(feed.generator.name)}</generator>`,
    ...feed.entries.flatMap(entryLines),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}

function entryLines(e: AtomEntry): string[] {
  return [
    '  <entry>',
    `    <id>${xmlEscape(e.id)}</id>`,
    `    <title type="text">${xmlEscape(e.title)}</title>`,
    `    <updated>${xmlEscape(e.updated)}</updated>`,
    `    <link rel="alternate" type="text/html" href="${xmlEscape(e.href)}"/>`,
    ...e.authors.map((a) => `    <author><name>${xmlEscape(a)}</name></author>`),
    ...(e.summary ? [`    <summary type="text">${xmlEscape(e.summary)}</summary>`] : []),
    '  </entry>',
  ];
}

/**
 * A `tag:` URI: `tag:<authority>,<date>:<specific>`. The specific part is percent-encoded except for
 * characters RFC 4151 allows as they are.
 */
export function tagUri(authority: string, date: string, specific: string): string {
  const safe = specific.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/?]/g, (c) =>
    [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
  return `tag:${authority},${date}:${safe}`;
}

/**
 * The RFC 3339 date-time of a calendar value: "2024-02-02" → "2024-02-02T00:00:00Z"; a month or year
 * ("2024-02", "2024") starts on its first day. Null for anything else (weeks, seasons, vague values).
 */
export function atomDate(value: string): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}T00:00:00Z`;
}
