// `npm run generate:b --workspace fraud-models` → fraud-models/data/orders-b.csv, and a count of
// rows per segment on stdout.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateOrdersB, toOrdersBCsv } from './index';

const dir = join(__dirname, '..', '..', 'data');
mkdirSync(dir, { recursive: true });
const rows = generateOrdersB();
writeFileSync(join(dir, 'orders-b.csv'), toOrdersBCsv(rows));
const counts = new Map<string, { rows: number; labelled: number }>();
for (const row of rows) {
  const c = counts.get(row.segment) ?? { rows: 0, labelled: 0 };
  c.rows++;
  c.labelled += row.label;
  counts.set(row.segment, c);
}
const fraud = rows.filter((r) => r.typology !== 'legit').length;
const lines = [...counts].sort((a, b) => b[1].rows - a[1].rows).map(([segment, c]) => `  ${segment.padEnd(24)} ${String(c.rows).padStart(7)}  labelled ${c.labelled}`);
process.stdout.write(`orders-b.csv: ${rows.length} orders, fraud ${((100 * fraud) / rows.length).toFixed(2)}%\n${lines.join('\n')}\n`);
