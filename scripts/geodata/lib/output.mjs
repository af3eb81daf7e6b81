// Stable text output: one GeoJSON feature per line, RFC 4180 CSV, SHA-256 checksums.
import crypto from 'node:crypto';

export const sha256 = (data) => crypto.createHash('sha256').update(data).digest('hex');

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
