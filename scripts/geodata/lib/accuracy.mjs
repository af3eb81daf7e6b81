// Measures how far the county lines sit from where they should be, using an independent witness:
// the Census internal point of every ZIP Code Tabulation Area whose whole population lies in one
// county. Such a point belongs inside that county. When the polygons miss it, it lies either in
// another county (a line on the wrong side of it) or in no county (a coastline short of it), and
// its distance to its county is a lower bound of the local error. From the two kinds of misses come
// the two distances the resolver uses: how near an office line an answer is flagged nearBoundary,
// and how far off the coast a point is still given to the nearest county.

const METERS_PER_DEGREE = 111_195;
const FLOOR_METERS = 100; // neither distance is set below this
const SNAP_MAX_METERS = 5556; // 3 nautical miles, the breadth of state waters on most coasts

function pointInRing(x, y, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function pointInPolygons(x, y, polygons) {
  return polygons.some((p) => pointInRing(x, y, p[0]) && !p.slice(1).some((h) => pointInRing(x, y, h)));
}

export function distanceMeters(x, y, polygons) {
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
const roundUp100 = (m) => Math.ceil(m / 100) * 100;

/** Count, median, 90th percentile and largest distance of a kind of miss, with the farthest one. */
function summary(misses) {
  const meters = misses.map((m) => m.meters).sort((a, b) => a - b);
  const worst = misses.slice().sort((a, b) => b.meters - a.meters)[0];
  return misses.length === 0 ? { count: 0 } : {
    count: misses.length,
    p50: Math.round(percentile(meters, 50)),
    p90: Math.round(percentile(meters, 90)),
    max: Math.round(worst.meters),
    worst: { zip: worst.zip, county: worst.county, meters: Math.round(worst.meters), ...(worst.in ? { in: worst.in } : {}) },
  };
}

function boxOf(polygons) {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of polygons) {
    for (const [x, y] of p[0]) {
      w = Math.min(w, x); e = Math.max(e, x); s = Math.min(s, y); n = Math.max(n, y);
    }
  }
  return [w, s, e, n];
}

/** The county whose polygons hold the point, or null. */
function countyAt(x, y, counties) {
  return counties.find((c) => {
    const [w, s, e, n] = c.box;
    return x >= w && x <= e && y >= s && y <= n && pointInPolygons(x, y, c.polygons);
  }) ?? null;
}

/**
 * @param zipRows ZIP rows with lat, lon and counties ("fips:percent|...")
 * @param counties {fips, polygons}
 * @param unwitnessed ZIP codes whose county was inferred from the polygons themselves (not witnesses)
 * @returns the measured accuracy and the nearBoundary and snap distances derived from it
 */
export function measureAccuracy(zipRows, counties, unwitnessed = new Set()) {
  const withArea = counties.filter((c) => c.polygons.length).map((c) => ({ ...c, box: boxOf(c.polygons) }));
  const byFips = new Map(withArea.map((c) => [c.fips, c]));
  let tested = 0;
  const wrongCounty = [];
  const offCoast = [];
  for (const z of zipRows) {
    const parts = z.counties.split('|');
    const county = parts.length === 1 && parts[0] ? byFips.get(parts[0].split(':')[0]) : null;
    if (!county || unwitnessed.has(z.zip)) continue;
    tested++;
    if (pointInPolygons(z.lon, z.lat, county.polygons)) continue;
    const miss = { zip: z.zip, county: county.fips, meters: distanceMeters(z.lon, z.lat, county.polygons) };
    const other = countyAt(z.lon, z.lat, withArea);
    if (other) wrongCounty.push({ ...miss, in: other.fips });
    else offCoast.push(miss);
  }
  const wrong = summary(wrongCounty);
  const coast = summary(offCoast);
  return {
    method: 'Census internal points of the ZIP Code Tabulation Areas whose whole population lies in one county',
    tested,
    inCounty: tested - wrongCounty.length - offCoast.length,
    wrongCounty: wrong,
    offCoast: coast,
    // every witness found on the wrong side of a line lies within the band
    nearBoundaryMeters: Math.max(FLOOR_METERS, roundUp100(wrong.max ?? 0)),
    // every witness off the coast is reached, up to the breadth of state waters
    snapMeters: Math.min(SNAP_MAX_METERS, Math.max(FLOOR_METERS, roundUp100(coast.max ?? 0))),
  };
}
