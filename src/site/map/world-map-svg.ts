/**
 * Places on a static world map, as an inline SVG string: a Natural Earth projection of
 * world-atlas's 110m land and borders (read from node_modules at build time, never fetched),
 * zoomed to a frame when the places fit a region, with each place a marker linking to its actor.
 * Colours come from CSS classes and custom properties, so light, dark and print themes apply.
 */
import { createRequire } from 'node:module';
import { geoNaturalEarth1, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { escapeXml, num } from '../graph/svg-text.ts';
import { CompactPath } from './compact-path.ts';
import type { Frame } from './marker-frame.ts';

export interface MapMarker {
  readonly name: string;
  readonly href: string;
  readonly lat: number;
  readonly lon: number;
  readonly mentions: number;
  /** Tooltip and accessible name. */
  readonly tip: string;
  /** The place the page is about: drawn outlined and always labelled. */
  readonly focus?: boolean;
}

export interface WorldMapOptions {
  /** Unique within the page. */
  readonly id: string;
  readonly title: string;
  readonly width: number;
  readonly height: number;
  /** The region to show; null for the whole world. */
  readonly frame: Frame | null;
  /** How many of the most mentioned markers get a visible label. */
  readonly labels: number;
  readonly minRadius?: number;
  readonly maxRadius?: number;
}

interface Outlines {
  readonly land: GeoPermissibleObjects;
  readonly borders: GeoPermissibleObjects;
}

let outlines: Outlines | undefined;

function loadOutlines(): Outlines {
  if (outlines) return outlines;
  const require = createRequire(import.meta.url);
  const topo = require('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
  outlines = {
    land: feature(topo, topo.objects.land),
    // Shared borders only, each once (coastlines come with the land).
    borders: mesh(topo, topo.objects.countries, (a, b) => a !== b),
  };
  return outlines;
}

export function worldMapSvg(markers: readonly MapMarker[], options: WorldMapOptions): string {
  const { width: w, height: h, frame, minRadius = 3, maxRadius = 14 } = options;
  const projection = project(frame, w, h);
  const { land, borders } = loadOutlines();
  const draw = (object: GeoPermissibleObjects): string => {
    const context = new CompactPath(1);
    geoPath(projection, context)(object);
    return context.result();
  };
  const background = frame
    ? `<rect class="sea" width="${w}" height="${h}"/>`
    : `<path class="sea" d="${draw({ type: 'Sphere' })}"/>`;

  const most = Math.max(1, ...markers.map((m) => m.mentions));
  const placed = markers.flatMap((m) => {
    const p = projection([m.lon, m.lat]);
    if (!p || p[0] < 0 || p[0] > w || p[1] < 0 || p[1] > h) return [];
    const r = minRadius + (maxRadius - minRadius) * Math.sqrt(m.mentions / most);
    // The page's own place must be easy to see however rarely it is mentioned.
    return [{ ...m, x: p[0], y: p[1], r: m.focus ? Math.max(r, 6) : r }];
  });
  // Big markers first so small ones stay on top and clickable.
  const ordered = [...placed].sort((a, b) => b.r - a.r || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const labelled = new Set(ordered.slice(0, options.labels).map((m) => m.name));
  const id = escapeXml(options.id);
  const marks = ordered.map((m) => {
    const rightSide = m.x < w - 90;
    const label = labelled.has(m.name) || m.focus
      ? `<text x="${num(rightSide ? m.x + m.r + 3 : m.x - m.r - 3)}" y="${num(m.y + 4)}"${rightSide ? '' : ' text-anchor="end"'}>${escapeXml(m.name)}</text>`
      : '';
    return `<a href="${escapeXml(m.href)}" class="marker${m.focus ? ' focus' : ''}"><title>${escapeXml(m.tip)}</title>`
      + `<circle cx="${num(m.x)}" cy="${num(m.y)}" r="${num(m.r)}"/>${label}</a>`;
  });

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="nw-map" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="group" aria-labelledby="${id}-t">`,
    `<title id="${id}-t">${escapeXml(options.title)}</title>`,
    background,
    `<path class="land" d="${draw(land)}"/>`,
    `<path class="borders" d="${draw(borders)}"/>`,
    `<g class="markers">${marks.join('')}</g>`,
    '</svg>',
  ].join('\n');
}

/** Natural Earth, fitted to the frame (rotated to its middle, clipped to the box) or the globe. */
function project(frame: Frame | null, w: number, h: number): GeoProjection {
  const projection = geoNaturalEarth1().precision(0.5);
  if (!frame) return projection.fitExtent([[1, 1], [w - 1, h - 1]], { type: 'Sphere' });
  projection.rotate([-frame.centre, 0]);
  projection.fitExtent([[4, 4], [w - 4, h - 4]], framePoints(frame));
  return projection.clipExtent([[0, 0], [w, h]]);
}

/** Points along the frame's edges: Natural Earth bends meridians, so corners alone are not enough. */
function framePoints(frame: Frame): MultiPoint {
  const coordinates: [number, number][] = [];
  const steps = 6;
  for (let i = 0; i <= steps; i++) {
    const lon = frame.west + ((frame.east - frame.west) * i) / steps;
    const lat = frame.south + ((frame.north - frame.south) * i) / steps;
    coordinates.push([lon, frame.south], [lon, frame.north], [frame.west, lat], [frame.east, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}
