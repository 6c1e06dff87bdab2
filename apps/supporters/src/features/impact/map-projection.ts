// Places' centre points (lat/lng) onto an SVG, with no map tiles: an equirectangular projection with longitude
// shrunk by the cosine of the middle latitude, which is true enough across one province.

export type GeoPoint = { lat: number; lng: number };
export type ScreenPoint = { x: number; y: number };
export type Projection = { width: number; height: number; project: (p: GeoPoint) => ScreenPoint };

/**
 * Fits the points inside width x (computed height) with `padding` around them; north is up. A single point (or
 * points on one line) sits in the middle instead of dividing by zero.
 */
export function fitProjection(points: readonly GeoPoint[], options: { width: number; padding: number; maxHeight?: number }): Projection {
  const { width, padding } = options;
  if (points.length === 0) return { width, height: width / 2, project: () => ({ x: width / 2, y: width / 4 }) };
  const lats = points.map((p) => p.lat);
  const lngs = points.map((p) => p.lng);
  const [minLat, maxLat, minLng, maxLng] = [Math.min(...lats), Math.max(...lats), Math.min(...lngs), Math.max(...lngs)];
  const shrink = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = (maxLng - minLng) * shrink;
  const spanY = maxLat - minLat;
  const inner = width - 2 * padding;
  const maxInnerHeight = (options.maxHeight ?? width) - 2 * padding;
  // One scale for both axes, so distances keep their proportions.
  const scale = Math.min(spanX > 0 ? inner / spanX : Infinity, spanY > 0 ? maxInnerHeight / spanY : Infinity);
  const finite = Number.isFinite(scale) ? scale : 0;
  const height = Math.max(spanY * finite, Math.min(inner, maxInnerHeight) / 2) + 2 * padding;
  const offsetX = (width - spanX * finite) / 2;
  const offsetY = (height - spanY * finite) / 2;
  return {
    width,
    height,
    project: ({ lat, lng }) => ({ x: offsetX + (lng - minLng) * shrink * finite, y: offsetY + (maxLat - lat) * finite }),
  };
}
