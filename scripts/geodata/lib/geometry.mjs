// Planar helpers for RFC 7946 output: 6-decimal rounding, counter-clockwise exterior rings,
// dropping zero-area pieces, splitting rings that cross the antimeridian, and wrap-aware bboxes.
import polygonClipping from 'polygon-clipping';

export const round6 = (v) => Math.round(v * 1e6) / 1e6;

/** Twice the signed planar area of a closed ring (positive when counter-clockwise). */
export function ringArea2(ring) {
  let sum = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return sum;
}

function roundRing(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [round6(x), round6(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0], first[1]]);
  return out;
}

function orient(ring, counterClockwise) {
  return ringArea2(ring) > 0 === counterClockwise ? ring : ring.slice().reverse();
}

const before = (a, b) => a[0] - b[0] || a[1] - b[1];

/** The same closed ring, starting at its lowest (x, then y) vertex: one canonical form per ring. */
function canonicalStart(ring) {
  let start = 0;
  for (let i = 1; i < ring.length - 1; i++) if (before(ring[i], ring[start]) < 0) start = i;
  const open = ring.slice(0, -1);
  const rotated = open.slice(start).concat(open.slice(0, start));
  return rotated.concat([rotated[0]]);
}

/**
 * Rounds, re-orients (exterior CCW, holes CW), drops rings and polygons of zero area, and puts rings
 * and polygons in a canonical order, so that equal shapes are written as equal bytes.
 */
export function normalizePolygons(polygons) {
  const out = [];
  for (const polygon of polygons) {
    const rings = [];
    for (const [i, raw] of polygon.entries()) {
      const ring = roundRing(raw);
      if (ring.length < 4 || ringArea2(ring) === 0) {
        if (i === 0) break; // zero-area exterior: the whole piece goes
        continue;
      }
      rings.push(canonicalStart(orient(ring, i === 0)));
    }
    if (rings.length > 0) out.push([rings[0], ...rings.slice(1).sort((a, b) => before(a[0], b[0]))]);
  }
  return out.sort((a, b) => before(a[0][0], b[0][0]));
}

function crossesAntimeridian(ring) {
  for (let i = 1; i < ring.length; i++) {
    if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) return true;
  }
  return false;
}

/**
 * Splits polygons whose rings jump across ±180° into pieces on either side. Longitudes are unwrapped
 * to [0, 360) for clipping, then the eastern half is shifted back by -360.
 */
export function splitAntimeridian(polygons) {
  const out = [];
  for (const polygon of polygons) {
    if (!polygon.some(crossesAntimeridian)) {
      out.push(polygon);
      continue;
    }
    const unwrapped = polygon.map((ring) => ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]));
    const west = polygonClipping.intersection(unwrapped, [[[0, -90], [180, -90], [180, 90], [0, 90], [0, -90]]]);
    const east = polygonClipping.intersection(unwrapped, [[[180, -90], [360, -90], [360, 90], [180, 90], [180, -90]]]);
    out.push(...west, ...east.map((p) => p.map((ring) => ring.map(([x, y]) => [x - 360, y]))));
  }
  return out;
}

/** Polygon list of a GeoJSON Polygon or MultiPolygon geometry. */
export function polygonsOf(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`expected a Polygon or MultiPolygon, got ${geometry.type}`);
}

export function geometryOf(polygons) {
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * RFC 7946 bbox [west, south, east, north]. When the pieces lie on both sides of the antimeridian the
 * smallest longitude interval covering them is chosen, which gives west > east (RFC 7946 section 5.2).
 */
export function bboxOf(polygons) {
  let south = Infinity;
  let north = -Infinity;
  const spans = [];
  for (const polygon of polygons) {
    let w = Infinity;
    let e = -Infinity;
    for (const [x, y] of polygon[0]) {
      w = Math.min(w, x);
      e = Math.max(e, x);
      south = Math.min(south, y);
      north = Math.max(north, y);
    }
    spans.push([w, e]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  let west = spans[0][0];
  let east = spans[0][1];
  let gap = 0;
  let gapWest = null;
  let reach = spans[0][1];
  for (const [w, e] of spans.slice(1)) {
    if (w - reach > gap) {
      gap = w - reach;
      gapWest = [w, reach];
    }
    reach = Math.max(reach, e);
  }
  east = reach;
  const wrapGap = west + 360 - east;
  if (gapWest && gap > wrapGap) {
    [west, east] = gapWest;
  }
  return [west, south, east, north];
}

/** Bbox of every polygon piece, for building search bands. */
export function pieceBoxes(polygons, margin) {
  return polygons.map((polygon) => {
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of polygon[0]) {
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    }
    return [w - margin, s - margin, e + margin, n + margin];
  });
}
