// Writes the synthetic training data: `tsx src/generate.ts` → fraud-models/data/orders.csv and features.json.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURE_NAMES, MONOTONE } from './features';
import { buildDataset, toCsv } from './synthetic/dataset';

const DATA_DIR = join(__dirname, '..', 'data');

const rows = buildDataset();
mkdirSync(DATA_DIR, { recursive: true });
const file = join(DATA_DIR, 'orders.csv');
writeFileSync(file, toCsv(rows));
// What train.py needs from the feature definitions beside the rows: the monotone directions.
writeFileSync(join(DATA_DIR, 'features.json'), JSON.stringify({ feature_names: FEATURE_NAMES, monotone: MONOTONE }, null, 2) + '\n');

const summary = new Map<string, number>();
for (const row of rows) {
  for (const key of [`${row.split} rows`, `${row.split} label=1`, `typology ${row.typology}`, `segment ${row.segment}`]) {
    summary.set(key, (summary.get(key) ?? 0) + (key.endsWith('label=1') ? row.label : 1));
  }
}
console.log(`wrote ${rows.length} rows to ${file}`);
for (const [key, count] of [...summary].sort()) console.log(`  ${key}: ${count}`);
