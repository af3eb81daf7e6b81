// Reads Census county and state boundaries in their usual forms: the .zip as downloaded (the
// shapefile at its root or in a folder), a .shp, GeoJSON or .geojson.gz; cartographic
// (cb_YYYY_us_county_500k, _5m, _20m) or TIGER/Line (tl_YYYY_us_county); NAME or NAMELSAD. GDAL's
// ogr2ogr turns any of them into RFC 7946 GeoJSON (WGS84, counter-clockwise, split at ±180°).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { STATE_BY_FIPS } from './states.mjs';
import { sha256File } from './output.mjs';
import { zipEntries } from './zip.mjs';

/** What the legal/statistical area description (LSAD) code of a county adds to its name. */
const LSAD_SUFFIX = {
  '03': 'City and Borough', '04': 'Borough', '05': 'Census Area', '06': 'County', '07': 'District',
  10: 'Island', 12: 'Municipality', 13: 'Municipio', 15: 'Parish', 25: 'city', PL: 'Planning Region',
};
const ANY_SUFFIX = new RegExp(`\\s+(?:${Object.values(LSAD_SUFFIX).sort((a, b) => b.length - a.length).join('|')})$`, 'i');

const RESOLUTIONS = {
  '500k': 'Census cartographic boundary file, 1:500,000',
  '5m': 'Census cartographic boundary file, 1:5,000,000',
  '20m': 'Census cartographic boundary file, 1:20,000,000',
  tiger: 'Census TIGER/Line (full resolution, legal lines, water included)',
};

/** Vintage and resolution as the Census names its files: cb_2018_us_county_500k, tl_2024_us_county. */
export function describe(file) {
  const base = path.basename(file).toLowerCase();
  const vintage = base.match(/(?:^|[^0-9])(?:cb|tl)_(\d{4})_/)?.[1] ?? null;
  const resolution = base.startsWith('tl_') ? 'tiger' : (base.match(/_(500k|5m|20m)(?:[_.]|$)/)?.[1] ?? null);
  return { vintage, resolution, kind: resolution ? RESOLUTIONS[resolution] : 'county boundaries as supplied' };
}

/** The path GDAL reads the file by, in place: inside a zip or through gzip. */
export function gdalPath(file) {
  const abs = path.resolve(file);
  if (!fs.existsSync(abs)) throw new Error(`no such file: ${file}`);
  if (/\.zip$/i.test(abs)) {
    const entries = zipEntries(abs);
    const shapefiles = entries.filter((e) => /\.shp$/i.test(e));
    const geojson = entries.filter((e) => /\.(geo)?json$/i.test(e));
    const chosen = shapefiles.length ? shapefiles : geojson;
    if (chosen.length !== 1) {
      throw new Error(`${file}: expected one shapefile or GeoJSON file inside, found ${chosen.length ? chosen.join(', ') : 'none'}`);
    }
    return `/vsizip/${abs}/${chosen[0]}`;
  }
  return /\.gz$/i.test(abs) ? `/vsigzip/${abs}` : abs;
}

/** Converts any readable input to RFC 7946 GeoJSON in WGS84 with ogr2ogr, and parses it. */
function toGeoJson(file, out) {
  const source = gdalPath(file);
  try {
    execFileSync('ogr2ogr', ['-f', 'GeoJSON', '-t_srs', 'EPSG:4326', '-lco', 'RFC7946=YES',
      '-lco', 'COORDINATE_PRECISION=6', '-lco', 'WRITE_NAME=NO', out, source], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    if (e.code === 'ENOENT') throw new Error('ogr2ogr not found: install GDAL (Debian: apt-get install gdal-bin)');
    throw new Error(`${file}: GDAL cannot read it: ${String(e.stderr ?? e.message).trim()}`);
  }
  return JSON.parse(fs.readFileSync(out, 'utf8')).features;
}

/** The most decimals of the first coordinates: how finely the source rounds them. */
function decimalsOf(features) {
  let most = 0;
  let seen = 0;
  for (const f of features) {
    for (const v of JSON.stringify(f.geometry?.coordinates ?? []).match(/-?\d+\.?\d*/g) ?? []) {
      most = Math.max(most, v.includes('.') ? v.split('.')[1].length : 0);
      if (++seen > 20_000) return most;
    }
  }
  return most;
}

const text = (v) => (v === undefined || v === null ? '' : String(v).trim());

function countyName(p) {
  if (text(p.NAME)) return text(p.NAME);
  const long = text(p.NAMELSAD) || text(p.name);
  const suffix = LSAD_SUFFIX[text(p.LSAD)];
  if (suffix && long.toLowerCase().endsWith(` ${suffix.toLowerCase()}`)) return long.slice(0, -suffix.length - 1);
  return text(p.LSAD) === '00' ? long : long.replace(ANY_SUFFIX, '');
}

function countyFips(p, f) {
  const fips = text(p.GEOID) || (text(p.STATEFP) && text(p.COUNTYFP) ? text(p.STATEFP) + text(p.COUNTYFP) : '')
    || text(p.fips) || text(p.id) || text(f.id);
  return fips.padStart(5, '0');
}

/** Reads the features of a Census file, checking each; every problem is reported at once. */
function readFeatures(file, work, role, identify) {
  const features = toGeoJson(file, path.join(work, `${role}.geojson`));
  const problems = [];
  const seen = new Map();
  const out = [];
  const withoutGeometry = [];
  features.forEach((f, i) => {
    const where = `${path.basename(file)}: feature ${i + 1}`;
    const item = identify(f.properties ?? {}, f, where, problems);
    if (!item) return;
    if (!f.geometry) {
      withoutGeometry.push(item.fips); // left out: a county is then taken from the embedded data
    } else if (!/^(Multi)?Polygon$/.test(f.geometry.type)) {
      problems.push(`${where} (${item.fips}) is a ${f.geometry.type}, not a Polygon or MultiPolygon`);
    } else if (seen.has(item.fips)) {
      problems.push(`${where} (${item.fips}) repeats the code of feature ${seen.get(item.fips)}`);
    } else {
      seen.set(item.fips, i + 1);
      out.push({ ...item, geometry: f.geometry });
    }
  });
  if (problems.length) throw new Error(`${problems.length} problem(s) in ${file}:\n  ${problems.join('\n  ')}`);
  const meta = {
    role, file: path.basename(file), sha256: sha256File(file), bytes: fs.statSync(file).size,
    features: out.length, coordinateDecimals: decimalsOf(features), ...describe(file),
    ...(withoutGeometry.length ? { withoutGeometry } : {}),
  };
  return { features: out, meta };
}

/** Counties: {fips, name, state, geometry}; GEOID or STATEFP+COUNTYFP; NAME, or NAMELSAD less its LSAD. */
export function readCounties(file, work) {
  return readFeatures(file, work, 'counties', (p, f, where, problems) => {
    const fips = countyFips(p, f);
    const name = countyName(p);
    const state = STATE_BY_FIPS.get(fips.slice(0, 2));
    if (!/^\d{5}$/.test(fips) || !state) {
      problems.push(`${where}: '${fips}' is not a county FIPS code (GEOID, or STATEFP and COUNTYFP, are needed)`);
      return null;
    }
    if (!name) {
      problems.push(`${where} (${fips}) has no name (NAME or NAMELSAD)`);
      return null;
    }
    return { fips, name, state };
  });
}

/** States: {fips, state, geometry} by STATEFP (or GEOID). */
export function readStates(file, work) {
  return readFeatures(file, work, 'states', (p, f, where, problems) => {
    const fips = (text(p.STATEFP) || text(p.GEOID) || text(p.STATE)).padStart(2, '0');
    const state = STATE_BY_FIPS.get(fips);
    if (!state) {
      problems.push(`${where}: '${fips}' is not a state FIPS code (STATEFP is needed)`);
      return null;
    }
    return { fips, state };
  });
}
