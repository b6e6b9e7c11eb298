// `npm run evaluate --workspace fraud-models -- --model fraud-gbt-v3 [--model fraud-gbt-v2 ...]`:
// evaluates each model on data/orders.csv's held-out split and data/blind.csv, and writes
// models/<version>.eval.{json,md} beside it.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadScorer } from '../scorer';
import { REQUIRED_SETS, evaluateModel, type EvaluationSet } from './evaluate-model';
import { parseEvalCsv } from './eval-rows';
import { renderMarkdown, SYNTHETIC_DATA_CAVEAT } from './report-markdown';

const ROOT = join(__dirname, '..', '..');
const DATA = {
  generator: { file: join(ROOT, 'data', 'orders.csv'), source: 'data/orders.csv, split=test', keep: (f: (c: string) => string) => f('split') === 'test' },
  blind: { file: join(ROOT, 'data', 'blind.csv'), source: 'data/blind.csv', keep: () => true },
} as const;

const { values } = parseArgs({ options: { model: { type: 'string', multiple: true } } });
const versions = values.model ?? [];
if (versions.length === 0) throw new Error('usage: npm run evaluate --workspace fraud-models -- --model <version> [--model <version> ...]');

const sets: EvaluationSet[] = REQUIRED_SETS.flatMap((name) => {
  const { file, source, keep } = DATA[name];
  if (!existsSync(file)) {
    console.warn(`${file} does not exist: ${name} set skipped (${name === 'generator' ? 'npx tsx src/generate.ts' : 'npm run generate:blind'})`);
    return [];
  }
  return [{ name, source, rows: parseEvalCsv(readFileSync(file, 'utf8'), file, keep) }];
});

void (async () => {
  for (const version of versions) {
    const started = performance.now();
    const scorer = await loadScorer(join(ROOT, 'models', `${version}.onnx`));
    const evaluation = await evaluateModel(scorer, sets);
    await scorer.close();
    const report = { ...evaluation, synthetic_data: SYNTHETIC_DATA_CAVEAT };
    writeFileSync(
      join(ROOT, 'models', `${version}.eval.json`),
      JSON.stringify(report, (_, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(6)) : v), 2) + '\n',
    );
    writeFileSync(join(ROOT, 'models', `${version}.eval.md`), renderMarkdown(evaluation, REQUIRED_SETS));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`${version}: holds on both: ${evaluation.holds_on_both} (${seconds} s); wrote models/${version}.eval.{json,md}`);
  }
})();
