// Fetches the Census county and state files of a vintage, at 1:500,000 (cartographic boundary files)
// or full resolution (TIGER/Line), into a download folder; checks each against a pins file when one
// is given and it names the file, and adds the files it does not name yet (pinned from then on).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sha256File } from './output.mjs';

export const CENSUS_URL = 'https://www2.census.gov';
const ATTEMPTS = 3;
const STALL_SECONDS = 60; // a transfer that sends nothing for this long is given up

/** The Census paths of a vintage's county and state files. */
export function censusFiles(vintage, resolution) {
  if (!/^\d{4}$/.test(String(vintage)) || Number(vintage) < 2018) {
    throw new Error(`--vintage ${vintage}: a year from 2018 on, e.g. 2024`);
  }
  if (resolution === '500k') {
    return [
      { role: 'counties', path: `/geo/tiger/GENZ${vintage}/shp/cb_${vintage}_us_county_500k.zip` },
      { role: 'states', path: `/geo/tiger/GENZ${vintage}/shp/cb_${vintage}_us_state_500k.zip` },
    ];
  }
  if (resolution === 'tiger') {
    return [
      { role: 'counties', path: `/geo/tiger/TIGER${vintage}/COUNTY/tl_${vintage}_us_county.zip` },
      { role: 'states', path: `/geo/tiger/TIGER${vintage}/STATE/tl_${vintage}_us_state.zip` },
    ];
  }
  throw new Error(`--resolution ${resolution}: 500k or tiger`);
}

const defaultDir = () => path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'aor-resolver', 'census');

/**
 * Downloads what is not already there (a file already there is checked, not fetched again).
 * @returns [{role, file, path, url, bytes, sha256, status}] with status "downloaded" or "already there",
 *     and "pinned" or "matches its pin" when a pins file is used
 */
export async function download({ vintage, resolution, dir = defaultDir(), baseUrl = CENSUS_URL, pins }) {
  fs.mkdirSync(dir, { recursive: true });
  const pinned = pins && fs.existsSync(pins) ? JSON.parse(fs.readFileSync(pins, 'utf8')) : {};
  const out = [];
  for (const f of censusFiles(vintage, resolution)) {
    const file = path.basename(f.path);
    const target = path.join(dir, file);
    const url = baseUrl.replace(/\/$/, '') + f.path;
    const fetched = !fs.existsSync(target);
    if (fetched) await fetchTo(url, target);
    const sha256 = sha256File(target);
    const status = [fetched ? 'downloaded' : 'already there'];
    if (pins && pinned[file] && pinned[file] !== sha256) {
      if (fetched) fs.rmSync(target);
      throw new Error(`${file} from ${url} has sha256 ${sha256}, but ${pins} pins ${pinned[file]}: the file changed `
        + 'at its source or on the way; remove its pin to accept the new one');
    }
    if (pins) status.push(pinned[file] ? 'matches its pin' : 'pinned');
    pinned[file] = sha256;
    out.push({ role: f.role, file, path: target, url, bytes: fs.statSync(target).size, sha256, status: status.join(', ') });
  }
  if (pins) fs.writeFileSync(pins, `${JSON.stringify(Object.fromEntries(Object.entries(pinned).sort()), null, 2)}\n`);
  return out;
}

/** Streams a URL to a file through a temporary name, so that a broken transfer leaves nothing behind. */
async function fetchTo(url, target) {
  const partial = `${target}.${crypto.randomBytes(4).toString('hex')}.part`;
  let last;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const stalled = new AbortController();
    let timer;
    const watch = () => {
      clearTimeout(timer);
      timer = setTimeout(() => stalled.abort(new Error(`nothing arrived for ${STALL_SECONDS} s`)), STALL_SECONDS * 1000);
    };
    try {
      watch();
      const response = await fetch(url, { redirect: 'follow', signal: stalled.signal });
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${response.statusText}`);
      const expected = Number(response.headers.get('content-length') ?? -1);
      const out = fs.openSync(partial, 'w');
      let bytes = 0;
      try {
        for await (const chunk of response.body) {
          watch();
          fs.writeSync(out, chunk);
          bytes += chunk.length;
        }
      } finally {
        fs.closeSync(out);
        clearTimeout(timer);
      }
      if (expected >= 0 && bytes !== expected) throw new Error(`${url}: ${bytes} of ${expected} bytes arrived`);
      fs.renameSync(partial, target);
      return;
    } catch (e) {
      clearTimeout(timer);
      fs.rmSync(partial, { force: true });
      last = e;
      if (/HTTP 4\d\d/.test(e.message)) break; // not there: asking again will not help
    }
  }
  throw new Error(`cannot download ${url}: ${last.message}${last.cause ? ` (${last.cause.message ?? last.cause})` : ''}`);
}
