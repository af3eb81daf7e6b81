// Measures how far the generalized county lines sit from where they should be, using an independent
// witness: the Census internal point of every ZIP Code Tabulation Area whose whole population lies in
// one county. Such a point belongs inside that county; when the generalized polygon misses it, the
// distance from the point to that county's polygon is a lower bound of the local boundary error.

const METERS_PER_DEGREE = 111_195;

function pointInRing(x, y, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function pointInPolygons(x, y, polygons) {
  return polygons.some((p) => pointInRing(x, y, p[0]) && !p.slice(1).some((h) => pointInRing(x, y, h)));
}

function distanceMeters(x, y, polygons) {
  const k = Math.cos((y * Math.PI) / 180);
  let best = Infinity;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const ax = (ring[i - 1][0] - x) * k;
        const ay = ring[i - 1][1] - y;
        const bx = (ring[i][0] - x) * k;
        const by = ring[i][1] - y;
        const dx = bx - ax;
        const dy = by - ay;
        const len2 = dx * dx + dy * dy;
        const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
        best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
      }
    }
  }
  return best * METERS_PER_DEGREE;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** @returns summary of single-county ZIP internal points against the generalized county polygons */
export function measureBoundaryError(zipRows, counties) {
  const byFips = new Map(counties.map((c) => [c.fips, c]));
  let tested = 0;
  const misses = [];
  for (const z of zipRows) {
    const parts = z.counties.split('|');
    if (parts.length !== 1 || !parts[0]) continue;
    const county = byFips.get(parts[0].split(':')[0]);
    if (!county || county.polygons.length === 0) continue;
    tested++;
    if (!pointInPolygons(z.lon, z.lat, county.polygons)) {
      misses.push({ zip: z.zip, county: county.fips, meters: distanceMeters(z.lon, z.lat, county.polygons) });
    }
  }
  const meters = misses.map((m) => m.meters).sort((a, b) => a - b);
  const worst = misses.sort((a, b) => b.meters - a.meters)[0];
  return {
    tested,
    missed: misses.length,
    p50: Math.round(percentile(meters, 50)),
    p90: Math.round(percentile(meters, 90)),
    p99: Math.round(percentile(meters, 99)),
    max: Math.round(worst.meters),
    worst,
  };
}
