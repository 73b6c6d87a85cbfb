/**
 * The drawn views of the corpus: the network page, the places page, and for each actor its
 * neighbourhood graph and (for a place) a small map. Built once per site; the SVGs are markup
 * strings made from escaped text, for the templates to insert as they are.
 */
import type { Entity, EntityId } from '../../model.ts';
import { TYPE_LABELS } from '../labels.ts';
import { placeLocation, type PlaceLocation } from '../map/place-coordinates.ts';
import { markerFrame } from '../map/marker-frame.ts';
import { worldMapSvg, type MapMarker } from '../map/world-map-svg.ts';
import type { SiteContext } from '../site-context.ts';
import type { ActorLink } from '../view-models.ts';
import { actorGraph, type ActorGraph, type GraphNode } from './actor-graph.ts';
import { graphSvg } from './graph-svg.ts';
import { layoutGraph } from './layout-graph.ts';
import { neighbourhood, topActors } from './select-graph.ts';

/**
 * A neighbourhood (an actor and at most 12 others, the actor pinned) settles in far fewer ticks
 * than the whole network, and it is laid out once per actor page: 120 instead of 300.
 */
const NEIGHBOURHOOD_TICKS = 120;

/** Actors on the network page unless the site options say otherwise. */
export const NETWORK_SIZE = 60;
/** Neighbours drawn around an actor on its page. */
const NEIGHBOURS = 12;

export interface NetworkRow {
  readonly actor: ActorLink;
  readonly typeLabel: string;
  /** Strongest same-sentence partners drawn on the graph, most sentences first. */
  readonly together: readonly ActorLink[];
  /** Actors it acts on in events, and actors acting on it (count = events). */
  readonly actsOn: readonly ActorLink[];
  readonly actedOnBy: readonly ActorLink[];
}

export interface NetworkPage {
  readonly path: string;
  readonly href: string;
  readonly svg: string;
  /** Actors drawn, and actors in the corpus. */
  readonly shown: number;
  readonly total: number;
  /** Every drawn actor with its links, as text: the graph without the picture. */
  readonly rows: readonly NetworkRow[];
}

export interface PlaceRow {
  readonly actor: ActorLink;
  /** "33.34° N, 44.40° E"; null without coordinates. */
  readonly coordinates: string | null;
  readonly status: PlaceLocation['status'];
  /** How the coordinates were found, or why there are none. */
  readonly basis: string;
}

export interface PlacesPage {
  readonly path: string;
  readonly href: string;
  readonly maps: readonly { readonly caption: string; readonly svg: string }[];
  readonly located: readonly PlaceRow[];
  readonly unlocated: readonly PlaceRow[];
  readonly total: number;
}

export interface ActorVisuals {
  /** The actor with its strongest neighbours; null when it has none. */
  readonly neighbourhoodSvg: string | null;
  /** For a place with coordinates: a small map around it. */
  readonly mapSvg: string | null;
  readonly place: PlaceRow | null;
  readonly networkHref: string;
  readonly placesHref: string;
}

export interface SiteVisuals {
  readonly network: NetworkPage;
  readonly places: PlacesPage;
  actorVisuals(entity: Entity): ActorVisuals;
}

export function siteVisuals(context: SiteContext, networkSize = NETWORK_SIZE): SiteVisuals {
  const { urls, corpus } = context;
  const graph = actorGraph(corpus);
  const hrefOf = (node: { readonly slug: string }): string => urls.href(urls.actor(node.slug));
  const places = placeRows(context);
  const markers = new Map<EntityId, MapMarker>(places.flatMap(({ entity, row, location }) =>
    location.status === 'found'
      ? [[entity.id, { name: entity.name, href: row.actor.href, lat: location.lat, lon: location.lon, mentions: entity.mentions.length, tip: `${entity.name}: ${row.actor.count} mention${row.actor.count === 1 ? '' : 's'}` }]]
      : []));

  return {
    network: networkPage(context, graph, networkSize, hrefOf),
    places: placesPage(context, places.map((p) => p.row), [...markers.values()]),
    actorVisuals(entity) {
      const near = neighbourhood(graph, entity.id, NEIGHBOURS);
      const neighbourhoodSvg = near && near.nodes.length > 1
        ? graphSvg(layoutGraph(near, { width: 560, height: 340, centre: entity.id, minRadius: 6, maxRadius: 18, margin: 36, ticks: NEIGHBOURHOOD_TICKS }), {
            id: `near-${entity.slug}`,
            title: `${entity.name} and the ${near.nodes.length - 1} actors most often named with it or acting with it`,
            href: hrefOf,
            labels: near.nodes.length,
            centre: entity.id,
          })
        : null;
      const place = places.find((p) => p.entity.id === entity.id);
      const marker = markers.get(entity.id);
      const mapSvg = marker
        ? worldMapSvg(
            [...markers.values()].map((m) => (m === marker ? { ...m, focus: true } : m)),
            { id: `map-${entity.slug}`, title: `Where ${entity.name} is`, width: 320, height: 200, frame: markerFrame([marker], { minLon: 36, minLat: 20 }), labels: 0, maxRadius: 7 },
          )
        : null;
      return { neighbourhoodSvg, mapSvg, place: place?.row ?? null, networkHref: urls.href(urls.network), placesHref: urls.href(urls.places) };
    },
  };
}

function networkPage(context: SiteContext, graph: ActorGraph, size: number, hrefOf: (n: GraphNode) => string): NetworkPage {
  const { urls } = context;
  const top = topActors(graph, size);
  const layout = layoutGraph(top, { width: 960, height: 640 });
  const svg = graphSvg(layout, {
    id: 'network',
    title: `The ${top.nodes.length} most mentioned actors: lines join actors named in the same sentence, arrows point from an actor to the one it acts on`,
    href: hrefOf,
    labels: 30,
  });
  const linkOf = (id: EntityId, count: number): ActorLink[] => {
    const link = context.actorLink(id);
    return link ? [{ ...link, count }] : [];
  };
  const strongest = (links: ActorLink[]): ActorLink[] => links.sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  const rows = top.nodes.flatMap((node): NetworkRow[] => {
    const actor = context.actorLink(node.id);
    if (!actor) return [];
    const edges = top.edges.filter((e) => e.source === node.id || e.target === node.id);
    return [{
      actor,
      typeLabel: TYPE_LABELS[node.type].one,
      together: strongest(edges.filter((e) => e.kind === 'co-occurrence').flatMap((e) => linkOf(e.source === node.id ? e.target : e.source, e.weight))),
      actsOn: strongest(edges.filter((e) => e.kind === 'interaction' && e.source === node.id).flatMap((e) => linkOf(e.target, e.weight))),
      actedOnBy: strongest(edges.filter((e) => e.kind === 'interaction' && e.target === node.id).flatMap((e) => linkOf(e.source, e.weight))),
    }];
  });
  return { path: urls.network, href: urls.href(urls.network), svg, shown: top.nodes.length, total: graph.nodes.length, rows };
}

function placeRows(context: SiteContext): { entity: Entity; location: PlaceLocation; row: PlaceRow }[] {
  return context.corpus.entities
    .filter((e) => e.type === 'place')
    .flatMap((entity) => {
      const actor = context.actorLink(entity.id);
      if (!actor) return [];
      const location = placeLocation(entity);
      const coordinates = location.status === 'found' ? degrees(location.lat, location.lon) : null;
      return [{ entity, location, row: { actor, coordinates, status: location.status, basis: location.basis } }];
    })
    .sort((a, b) => b.row.actor.count - a.row.actor.count || (a.entity.name < b.entity.name ? -1 : a.entity.name > b.entity.name ? 1 : 0));
}

function placesPage(context: SiteContext, rows: readonly PlaceRow[], markers: readonly MapMarker[]): PlacesPage {
  const { urls } = context;
  const maps: { caption: string; svg: string }[] = [];
  const frame = markerFrame(markers, { maxLon: 120, maxLat: 70 });
  maps.push({
    caption: frame ? 'The region the places are in' : 'The world',
    svg: worldMapSvg(markers, { id: 'places-map', title: `${markers.length} places mentioned in the articles`, width: 960, height: frame ? 560 : 500, frame, labels: 12 }),
  });
  // On a world map a crowded region is unreadable: add a closer map of the most crowded one.
  const near = (a: MapMarker, b: MapMarker): boolean => Math.abs(a.lat - b.lat) <= 20 && Math.abs(lonGap(a.lon, b.lon)) <= 25;
  const crowd = markers
    .map((m) => ({ m, close: markers.filter((o) => near(m, o)) }))
    .reduce<{ m: MapMarker; close: MapMarker[] } | undefined>(
      (best, c) => (!best || c.close.length > best.close.length || (c.close.length === best.close.length && c.m.mentions > best.m.mentions) ? c : best),
      undefined,
    );
  if (!frame && crowd && crowd.close.length > 2) {
    const { m: first, close } = crowd;
    maps.push({
      caption: `Closer: the ${close.length} places around ${first.name}`,
      svg: worldMapSvg(close, { id: 'places-detail', title: `${close.length} places around ${first.name}`, width: 960, height: 560, frame: markerFrame(close), labels: 24 }),
    });
  }
  return {
    path: urls.places,
    href: urls.href(urls.places),
    maps: markers.length ? maps : [],
    located: rows.filter((r) => r.status === 'found'),
    unlocated: rows.filter((r) => r.status !== 'found'),
    total: rows.length,
  };
}

function lonGap(a: number, b: number): number {
  return ((((a - b + 180) % 360) + 360) % 360) - 180;
}

function degrees(lat: number, lon: number): string {
  return `${Math.abs(lat).toFixed(2)}° ${lat < 0 ? 'S' : 'N'}, ${Math.abs(lon).toFixed(2)}° ${lon < 0 ? 'W' : 'E'}`;
}
