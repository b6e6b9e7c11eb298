// npm run generate:c --workspace fraud-models → fraud-models/data/orders-c.csv
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateOrdersC, toOrdersCCsv } from './index';

const rows = generateOrdersC();
const dir = join(__dirname, '..', '..', 'data');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'orders-c.csv'), toOrdersCCsv(rows));
const fraud = rows.filter((r) => r.typology !== 'legit').length;
process.stdout.write(`orders-c.csv: ${rows.length} orders, ${fraud} fraud (${((100 * fraud) / rows.length).toFixed(2)}%)\n`);
