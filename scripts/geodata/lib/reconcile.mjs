// Puts the counties of a Census file beside those of the embedded geodata, so that nothing is lost
// silently: a county the file lacks is taken from the embedded data (a file without the island
// territories still yields Guam), and a state whose county codes differ from the embedded ones (a
// vintage before Connecticut's 2022 planning regions or Alaska's 2019 split) keeps the file's.
import fs from 'node:fs';
import path from 'node:path';
import { polygonsOf } from './geometry.mjs';
import { STATE_BY_FIPS } from './states.mjs';

/** The counties of a geodata folder (the embedded one): {fips, name, state, polygons}. */
export function readGeodataCounties(dir) {
  const fc = JSON.parse(fs.readFileSync(path.join(dir, 'counties.geojson'), 'utf8'));
  return fc.features.map((f) => ({
    fips: f.properties.fips,
    name: f.properties.name.replace(/ city$/, ''), // the build adds " city" to independent cities again
    state: STATE_BY_FIPS.get(f.properties.stateFips),
    polygons: polygonsOf(f.geometry),
  }));
}

/**
 * @param input counties read from the Census file
 * @param embedded counties of the embedded geodata
 * @param splitStates USPS codes of states split between offices by county (their codes must match)
 * @returns {{counties, filled, recoded}}: the counties to build from, each with `filled` (true when
 *     from the embedded data); the filled-in ones; and per state with other codes, the file's codes
 *     and the embedded ones they stand for
 */
export function reconcile(input, embedded, splitStates) {
  const inputCodes = new Set(input.map((c) => c.fips));
  const embeddedCodes = new Set(embedded.map((c) => c.fips));
  const otherCodes = new Map(); // state FIPS -> input codes the embedded data does not have
  for (const c of input) {
    if (!embeddedCodes.has(c.fips)) otherCodes.set(c.state.fips, [...(otherCodes.get(c.state.fips) ?? []), c.fips]);
  }
  const recoded = [...otherCodes.entries()].sort().map(([state, codes]) => ({
    state: STATE_BY_FIPS.get(state).usps,
    input: codes.sort(),
    embedded: embedded.filter((c) => c.state.fips === state && !inputCodes.has(c.fips)).map((c) => c.fips).sort(),
  }));
  const broken = recoded.filter((r) => splitStates.has(r.state));
  if (broken.length) {
    throw new Error(`county codes of ${broken.map((r) => r.state).join(', ')} differ from the AOR definitions `
      + `(${broken.map((r) => r.input.join(' ')).join('; ')}): these states are split between offices by county`);
  }
  const filled = embedded.filter((c) => !inputCodes.has(c.fips) && !otherCodes.has(c.state.fips));
  return {
    counties: [...input.map((c) => ({ ...c, filled: false })), ...filled.map((c) => ({ ...c, filled: true }))]
      .sort((a, b) => (a.fips < b.fips ? -1 : 1)),
    filled: filled.map((c) => ({ fips: c.fips, name: c.name, state: c.state.usps })),
    recoded,
  };
}
