// npm run generate:blind --workspace fraud-models: writes data/blind.csv and data/blind-sellers.csv.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateBlindOrders, generateBlindSellers, toBlindCsv, toBlindSellersCsv } from './index';

const seed = Number(process.env.BLIND_SEED ?? 1);
const out = join(__dirname, '..', '..', 'data');
mkdirSync(out, { recursive: true });

const tally = (rows: readonly { segment: string; label: number }[]) => {
  const counts = new Map<string, { rows: number; labelled: number }>();
  for (const row of rows) {
    const c = counts.get(row.segment) ?? { rows: 0, labelled: 0 };
    c.rows++;
    c.labelled += row.label;
    counts.set(row.segment, c);
  }
  return [...counts].sort().map(([segment, c]) => `  ${segment.padEnd(22)} ${String(c.rows).padStart(7)} rows, ${c.labelled} labelled fraud`);
};

const orders = generateBlindOrders(seed);
writeFileSync(join(out, 'blind.csv'), toBlindCsv(orders));
const fraud = orders.filter((r) => r.typology !== 'legit').length;
console.log(`blind.csv: ${orders.length} orders, ${fraud} fraud (${((100 * fraud) / orders.length).toFixed(2)}%)`);
console.log(tally(orders).join('\n'));

const sellerRows = generateBlindSellers(seed);
writeFileSync(join(out, 'blind-sellers.csv'), toBlindSellersCsv(sellerRows));
const sellerFraud = sellerRows.filter((r) => r.typology !== 'legit').length;
console.log(`blind-sellers.csv: ${sellerRows.length} rows, ${sellerFraud} fraud (${((100 * sellerFraud) / sellerRows.length).toFixed(2)}%)`);
console.log(tally(sellerRows).join('\n'));
