// Scores a labelled seller CSV with the seller-risk model and prints the report (seller-risk-eval.ts).
//   npm run eval:sellers -w fraud-models [-- file.csv]   (default: data/blind-sellers.csv)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRows, report } from './seller-risk-eval';

const file = process.argv[2] ?? path.join(__dirname, '..', 'data', 'blind-sellers.csv');
process.stdout.write(report(parseRows(readFileSync(file, 'utf8'))));
