// Stable text output: one GeoJSON feature per line, RFC 4180 CSV, SHA-256 checksums.
import crypto from 'node:crypto';
import fs from 'node:fs';

export const sha256 = (data) => crypto.createHash('sha256').update(data).digest('hex');

/** SHA-256 of a file, read in pieces (Census downloads reach hundreds of megabytes). */
export function sha256File(file) {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(1 << 20);
    for (let n; (n = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0;) hash.update(buffer.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

export function featureCollection(features) {
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

const csvField = (v) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function writeCsv(columns, rows) {
  return `${[columns, ...rows.map((r) => columns.map((c) => r[c]))].map((r) => r.map(csvField).join(',')).join('\n')}\n`;
}
