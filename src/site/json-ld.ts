/**
 * schema.org JSON-LD for article, actor and event pages. Pure: plain inputs in, a string ready to sit
 * inside `<script type="application/ld+json">` out. The JSON is made safe for that spot by escaping
 * `<`, `>` and `&` (so no `</script>` or `<!--` can close or confuse the element) and U+2028/U+2029.
 */
import type { EntityType } from '../model.ts';

export type JsonLd = { readonly [key: string]: JsonLdValue };
type JsonLdValue = string | number | boolean | null | JsonLd | readonly JsonLdValue[];

const SCRIPT_UNSAFE: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** JSON text that can be embedded verbatim in a `<script>` element. */
export function jsonLdText(value: JsonLd): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_UNSAFE[c] ?? c);
}

/** A named thing with an optional URL (an actor, a place, an outlet). */
export interface NamedRef {
  readonly name: string;
  readonly url: string | null;
}

export interface ArticleLd {
  readonly headline: string;
  /** Publication date (YYYY-MM-DD), when known. */
  readonly datePublished: string | null;
  readonly author: string | null;
  /** Outlet. */
  readonly publisher: string | null;
  /** This page, when the base URL is known. */
  readonly url: string | null;
  /** The original article on the web, when known. */
  readonly basedOn: string | null;
  readonly mentions: readonly (NamedRef & { readonly type: EntityType })[];
}

export function articleJsonLd(a: ArticleLd): JsonLd {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.headline,
    datePublished: a.datePublished,
    author: a.author ? { '@type': 'Person', name: a.author } : null,
    publisher: a.publisher ? { '@type': 'Organization', name: a.publisher } : null,
    url: a.url,
    mainEntityOfPage: a.url,
    isBasedOn: a.basedOn,
    mentions: a.mentions.length ? a.mentions.map((m) => thing(m.type, m)) : null,
  });
}

export interface ActorLd extends NamedRef {
  readonly type: EntityType;
  readonly alternateNames: readonly string[];
}

export function actorJsonLd(a: ActorLd): JsonLd {
  return {
    '@context': 'https://schema.org',
    ...thing(a.type, a),
    ...(a.alternateNames.length ? { alternateName: a.alternateNames } : {}),
  };
}

export interface EventLd {
  readonly name: string;
  /** TIMEX-style date value ("2024-02-02", "2024-02"), when the reports date it. */
  readonly startDate: string | null;
  readonly url: string | null;
  readonly places: readonly NamedRef[];
  readonly participants: readonly (NamedRef & { readonly type: EntityType })[];
  /** The article pages that report it. */
  readonly reports: readonly NamedRef[];
}

export function eventJsonLd(e: EventLd): JsonLd {
  const date = e.startDate !== null && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(e.startDate) ? e.startDate : null;
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: e.name,
    startDate: date,
    url: e.url,
    location: e.places.length ? e.places.map((p) => thing('place', p)) : null,
    performer: e.participants.length ? e.participants.map((p) => thing(p.type, p)) : null,
    subjectOf: e.reports.length ? e.reports.map((r) => compact({ '@type': 'NewsArticle', headline: r.name, url: r.url })) : null,
  });
}

/** schema.org type of an actor: a nationality or other group has no closer type than Thing. */
const SCHEMA_TYPES: Readonly<Record<EntityType, string>> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  group: 'Thing',
};

function thing(type: EntityType, ref: NamedRef): JsonLd {
  return compact({ '@type': SCHEMA_TYPES[type], name: ref.name, url: ref.url });
}

/** Drops null fields, so absent facts are absent rather than `null`. */
function compact(value: { readonly [key: string]: JsonLdValue }): JsonLd {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null));
}
