import { writeFileSync } from 'node:fs';
import { buildDataset, toCsv } from './fraud-models/src/synthetic/dataset';
const cfg = process.argv[2] === 'parity' ? { seed: 11, days: 30, buyers: 2_000, sellers: 400 } : { seed: 42, days: 60, buyers: 2_000, sellers: 400 };
writeFileSync('/tmp/td_small.csv', toCsv(buildDataset(cfg)));
