import { describe, expect, test } from 'vitest';
import { markerFrame, normalise } from '../../../src/site/map/marker-frame.ts';

const round = (f: ReturnType<typeof markerFrame>) =>
  f && Object.fromEntries(Object.entries(f).map(([k, v]) => [k, Math.round(v * 10) / 10]));

describe('markerFrame', () => {
  test.each([
    { name: 'no points: no frame', points: [], frame: null },
    {
      name: 'one point gets the minimum size around it',
      points: [{ lat: 33, lon: 44 }],
      frame: { west: 32, east: 56, south: 26, north: 40, centre: 44 },
    },
    {
      name: 'a region is padded by 15% of its span',
      points: [{ lat: 30, lon: 30 }, { lat: 50, lon: 70 }],
      frame: { west: 24, east: 76, south: 27, north: 53, centre: 50 },
    },
    {
      name: 'across the antimeridian the frame is narrow, not world-wide',
      points: [{ lat: -18, lon: 178 }, { lat: -14, lon: -172 }],
      frame: { west: 171, east: 195, south: -23, north: -9, centre: -177 },
    },
    {
      name: 'points spread round the world need the world map',
      points: [{ lat: 38, lon: -97 }, { lat: 33, lon: 44 }, { lat: 37, lon: 127 }],
      frame: null,
    },
    {
      name: 'latitudes are clamped short of the poles',
      points: [{ lat: -84, lon: 0 }],
      frame: { west: -12, east: 12, south: -85, north: -77, centre: 0 },
    },
  ])('$name', ({ points, frame }) => {
    expect(round(markerFrame(points))).toEqual(frame);
  });

  test.each([
    [190, -170],
    [-180, -180],
    [180, -180],
    [-540, -180],
    [45, 45],
  ])('normalise(%d) = %d', (input, output) => expect(normalise(input)).toBe(output));
});
