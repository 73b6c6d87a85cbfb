/**
 * The part of the globe a set of points needs: a longitude range found across the largest empty
 * gap (so points on both sides of the antimeridian give a narrow frame, not a world-wide one) and
 * a latitude range, padded and widened to a minimum size. Null when the points need the world.
 */
export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}

export interface Frame {
  /** Western edge; `east` may exceed 180 when the frame crosses the antimeridian. */
  readonly west: number;
  readonly east: number;
  readonly south: number;
  readonly north: number;
  /** Middle longitude in [-180, 180): what the projection is rotated to. */
  readonly centre: number;
}

export interface FrameOptions {
  /** Degrees added on each side, as a share of the span. */
  readonly padding?: number;
  /** Smallest width and height in degrees (one point still shows its surroundings). */
  readonly minLon?: number;
  readonly minLat?: number;
  /** Wider or taller than this and the points need the world map. */
  readonly maxLon?: number;
  readonly maxLat?: number;
}

export function markerFrame(points: readonly GeoPoint[], options: FrameOptions = {}): Frame | null {
  const { padding = 0.15, minLon = 24, minLat = 14, maxLon = 150, maxLat = 90 } = options;
  if (points.length === 0) return null;
  const lons = [...new Set(points.map((p) => normalise(p.lon)))].sort((a, b) => a - b);
  // The widest gap between neighbouring longitudes (wrapping round) is what the frame leaves out.
  let gapAfter = lons.length - 1;
  let widest = lons[0]! + 360 - lons.at(-1)!;
  for (let i = 0; i + 1 < lons.length; i++) {
    const gap = lons[i + 1]! - lons[i]!;
    if (gap > widest) (widest = gap), (gapAfter = i);
  }
  const west = lons[(gapAfter + 1) % lons.length]!;
  const lonSpan = 360 - widest;
  const lats = points.map((p) => p.lat);
  const [south, north] = [Math.min(...lats), Math.max(...lats)];

  const padLon = Math.max(lonSpan * padding, (minLon - lonSpan) / 2, 0);
  const padLat = Math.max((north - south) * padding, (minLat - (north - south)) / 2, 0);
  const frame = {
    west: west - padLon,
    east: west + lonSpan + padLon,
    south: Math.max(-85, south - padLat),
    north: Math.min(85, north + padLat),
  };
  if (frame.east - frame.west > maxLon || frame.north - frame.south > maxLat) return null;
  return { ...frame, centre: normalise((frame.west + frame.east) / 2) };
}

/** Any longitude → [-180, 180). */
export function normalise(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}
