import { describe, expect, test } from 'vitest';
import { CompactPath } from '../../../src/site/map/compact-path.ts';
import { markerFrame } from '../../../src/site/map/marker-frame.ts';
import { worldMapSvg, type MapMarker } from '../../../src/site/map/world-map-svg.ts';

const marker = (name: string, lat: number, lon: number, mentions = 1): MapMarker => ({
  name, lat, lon, mentions, href: `/actors/${name.toLowerCase()}/`, tip: `${name}: ${mentions} mentions`,
});
const baghdad = marker('Baghdad', 33.3, 44.4, 9);
const gaza = marker('Gaza', 31.5, 34.5, 24);
const washington = marker('Washington', 38.9, -77, 12);
const world = { id: 'w', title: 'World', width: 960, height: 500, frame: null, labels: 10 };

describe('world map', () => {
  test('the same markers give byte-identical SVG', () => {
    expect(worldMapSvg([baghdad, gaza, washington], world)).toBe(worldMapSvg([baghdad, gaza, washington], world));
  });

  test('every marker links to its place, with a tooltip; bigger markers are drawn first', () => {
    const svg = worldMapSvg([baghdad, gaza, washington], world);
    const links = [...svg.matchAll(/<a href="([^"]+)" class="marker"><title>([^<]+)<\/title><circle cx="[\d.]+" cy="[\d.]+" r="([\d.]+)"/g)];
    expect(links.map((m) => m[1])).toEqual(['/actors/gaza/', '/actors/washington/', '/actors/baghdad/']);
    expect(Number(links[0]![3])).toBeGreaterThan(Number(links[2]![3]));
  });

  test('no markers: still the outline, no links', () => {
    const svg = worldMapSvg([], world);
    expect(svg).toContain('class="land"');
    expect(svg).not.toContain('<a ');
  });

  test('the whole-world outline stays small', () => {
    expect(worldMapSvg([], world).length).toBeLessThan(40_000);
  });

  test('a regional frame draws only the outlines inside it, and drops markers outside', () => {
    const frame = markerFrame([baghdad, gaza])!;
    const svg = worldMapSvg([baghdad, gaza, washington], { ...world, id: 'r', width: 320, height: 200, frame });
    expect(svg.length).toBeLessThan(6_000);
    expect(svg).toContain('/actors/gaza/');
    expect(svg).not.toContain('/actors/washington/');
  });

  test('across the antimeridian both sides are on one map', () => {
    const fiji = marker('Fiji', -18, 178);
    const samoa = marker('Samoa', -13.8, -172);
    const svg = worldMapSvg([fiji, samoa], { ...world, width: 320, height: 200, frame: markerFrame([fiji, samoa]) });
    const xs = [...svg.matchAll(/<circle cx="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(xs).toHaveLength(2);
    expect(Math.abs(xs[0]! - xs[1]!)).toBeLessThan(320);
  });

  test('names and hrefs are escaped', () => {
    const evil = { ...marker('<b>"X" & Y</b>', 10, 10), href: '/a?x=1&y=<2>' };
    const svg = worldMapSvg([evil], { ...world, title: 'Map <of> "places"' });
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('href="/a?x=1&amp;y=&lt;2&gt;"');
    expect(svg).toContain('&lt;b&gt;&quot;X&quot; &amp; Y&lt;/b&gt;');
    expect(svg).toContain('Map &lt;of&gt; &quot;places&quot;');
  });
});

describe('CompactPath', () => {
  const path = (draw: (p: CompactPath) => void, step = 1) => {
    const p = new CompactPath(step);
    draw(p);
    return p.result();
  };
  test.each([
    { name: 'a ring as relative moves', draw: (p: CompactPath) => { p.moveTo(10, 10); p.lineTo(20, 10); p.lineTo(20, 5); p.closePath(); }, d: 'M10 10l10 0 0-5z' },
    { name: 'repeated points after rounding are dropped', draw: (p: CompactPath) => { p.moveTo(0, 0); p.lineTo(0.2, 0.1); p.lineTo(5, 0); p.lineTo(5, 5); p.closePath(); }, d: 'M0 0l5 0 0 5z' },
    { name: 'a ring collapsing to a point is dropped', draw: (p: CompactPath) => { p.moveTo(0, 0); p.lineTo(0.3, 0.2); p.lineTo(0.1, 0.4); p.closePath(); }, d: '' },
    { name: 'an open line keeps two points', draw: (p: CompactPath) => { p.moveTo(1, 1); p.lineTo(4, -2); }, d: 'M1 1l3-3' },
    { name: 'no drift: deltas come from rounded points', draw: (p: CompactPath) => { p.moveTo(0, 0); p.lineTo(0.6, 0); p.lineTo(1.2, 0); p.lineTo(1.8, 0); }, d: 'M0 0l1 0 1 0' },
  ])('$name', ({ draw, d }) => {
    expect(path(draw)).toBe(d);
  });
});
