// Reads the free-text coverage of an ICE check-in office ("Counties: A, B and C", "State of Maine",
// "Indiana except Clark, Floyd", "Idaho Counties: ...") into county FIPS codes and whole states.
// Anything it cannot read as a county or a state stays in the text and is listed as unmatched.
import { STATES, STATE_BY_USPS } from './states.mjs';

const ALIASES = new Map([
  ['SD:shannon', 'oglalalakota'], // renamed Oglala Lakota County (46102) in 2015
]);

/** Lower case, letters and digits only, "saint" as "st", "&" as "and", trailing " city" dropped. */
export function normalizeCountyName(name) {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\bsaint\b/g, 'st')
    .replace(/\b(county|parish|borough|city)\b/g, ' ')
    .replace(/[^a-z0-9]/g, '');
}

const STATE_NAMES = STATES.map((s) => s.name.replace(/^U\.S\. /, '')).join('|');
const STATE_HEADER = new RegExp(
  String.raw`(?:\b(?:north|south|east|west|central)[a-z]*\s+)?\b(${STATE_NAMES}|[A-Z]{2})\s+count(?:y|ies)\b(?:\s+of\b)?\s*(?:-+|:)?`,
  'gi',
);

function stateByName(text) {
  const t = text.trim().toLowerCase();
  return STATES.find((s) => s.name.toLowerCase() === t || s.name.replace(/^U\.S\. /, '').toLowerCase() === t
    || s.usps.toLowerCase() === t);
}

/** Splits "Washington Counties - A, B. Idaho Counties - C" into [{state, text}] chunks. */
function chunksByState(text, defaultState) {
  const chunks = [];
  let state = defaultState;
  let last = 0;
  for (const m of text.matchAll(STATE_HEADER)) {
    const named = m[1].length > 2 || m[1] === m[1].toUpperCase() ? stateByName(m[1]) : null;
    if (!named) continue;
    chunks.push({ state, text: text.slice(last, m.index) });
    state = named.usps;
    last = m.index + m[0].length;
  }
  chunks.push({ state, text: text.slice(last) });
  return chunks.filter((c) => c.text.trim() !== '');
}

const WHOLE_STATE = /^(?:(?:the\s+)?state of\s+|island of\s+|commonwealth of (?:the\s+)?)?(.+?)(?:\s*\(.*\))?$/i;

function wholeState(segment) {
  const m = segment.trim().match(WHOLE_STATE);
  if (!m) return null;
  const name = m[1].replace(/ islands$/i, ' Islands').replace(/marianas/i, 'Mariana');
  return stateByName(name) ?? null;
}

function listItems(text) {
  return text
    .replace(/\([^)]*\)/g, '')
    .replace(/^\s*counties\s*[:\-]*\s*/i, '')
    .split(/,|;|\.(?:\s|$)|\band\b|\bincl\b\.?/)
    .map((s) => s.replace(/\bcount(?:y|ies)\b/gi, '').replace(/^\s*(?:the)\s+/i, '').replace(/_/g, ' ').trim())
    .filter((s) => s !== '');
}

/**
 * @param coverage the published free text
 * @param homeState USPS code of the check-in office's own state
 * @param countiesByState Map USPS -> Map normalizedName -> [fips]
 * @returns {{counties: string[], states: string[], unmatched: string[]}}
 */
export function parseCoverage(coverage, homeState, countiesByState) {
  const counties = new Set();
  const states = new Set();
  const unmatched = [];
  const text = protectNames(coverage.replace(/\([^)]*\)/g, ' ').replace(/\bSt\.\s/g, 'St '), countiesByState);

  for (const segment of text.split(/;/)) {
    const whole = wholeState(segment);
    if (whole) {
      states.add(whole.usps);
      continue;
    }
    const except = segment.match(/^\s*([A-Za-z .]+?)\s+except\s+(.*)$/i);
    if (except && stateByName(except[1]) && /count|,|\band\b/i.test(except[2]) && !/\bthe\b/i.test(except[2])) {
      const state = stateByName(except[1]).usps;
      const excluded = new Set(resolveNames(listItems(except[2]), state, countiesByState, unmatched));
      for (const fips of new Set([...countiesByState.get(state).values()].flat())) {
        if (!excluded.has(fips)) counties.add(fips);
      }
      continue;
    }
    const explicitList = /count(?:y|ies)/i.test(segment) || /^[^a-z]*[A-Z][\w' .-]*,/.test(segment.trim());
    if (!explicitList || /^\W*\d/.test(segment)) {
      continue; // vague text such as "Northern Ohio": kept only as text
    }
    for (const chunk of chunksByState(segment, homeState)) {
      const items = listItems(chunk.text).filter((item) => !isVague(item));
      for (const fips of resolveNames(items, chunk.state, countiesByState, unmatched)) counties.add(fips);
    }
  }
  return { counties: [...counties].sort(), states: [...states].sort(), unmatched };
}

function isVague(item) {
  return /\b(?:area|metro|half|incl|non-detained|cases|entry|routes|published|communities|lists)\b/i.test(item)
    || /^\d/.test(item) || /^(?:SE|NE|NW|SW|North|South|East|West|Northern|Southern|Eastern|Western)\b/.test(item);
}

/** "Richmond" names Richmond County, not Richmond city, unless the text says "city". */
function preferCounty(fipsList, item, names) {
  if (fipsList.length < 2 || /\bcity\b/i.test(item)) return fipsList;
  const counties = fipsList.filter((f) => !/ city$/.test(names.get(f)));
  return counties.length ? counties : fipsList;
}

/** Keeps county names that contain "and" ("King and Queen") whole when lists are split on "and". */
function protectNames(text, countiesByState) {
  let out = text;
  for (const byName of countiesByState.values()) {
    for (const name of byName.displayNames ?? []) {
      if (/ and /i.test(name)) out = out.replace(new RegExp(name.replace(/ and /i, '\\s+(?:and|&)\\s+'), 'gi'), name.replace(/ /g, '_'));
    }
  }
  return out;
}

function resolveNames(items, state, countiesByState, unmatched) {
  const names = countiesByState.names;
  const byName = countiesByState.get(state);
  const out = [];
  for (const item of items) {
    const key = normalizeCountyName(item);
    const fips = byName?.get(ALIASES.get(`${state}:${key}`) ?? key);
    if (fips) out.push(...preferCounty(fips, item, names));
    else if (stateByName(item) || item.toLowerCase() === 'district of columbia') {
      const s = stateByName(item) ?? STATE_BY_USPS.get('DC');
      out.push(...new Set([...countiesByState.get(s.usps).values()].flat()));
    } else unmatched.push(`${item} (${state})`);
  }
  return out;
}
