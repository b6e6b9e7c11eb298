import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type Config, loadConfig } from '../config';
import { trainingLabels, trainingLabelsCsv } from '../modules/risk/scoring';
import { withCliDatabase } from './cli-database';
import { errorMessage, fail, out } from './cli-output';

const COMMAND = 'labels:export';

// npm run labels:export -- --out labels.csv [--since 2026-11-01] [--model fraud-gbt-v1]
// Writes closed fraud cases and fraud chargebacks as training labels, with the features as scored at
// payment time, in the columns of the model named (default: the active one) — for train.py --extra.
// Exit 0: written; 2: usage, configuration or connection error.
const USAGE = 'usage: npm run labels:export -- --out <file.csv> [--since <ISO date>] [--model <version>]';

async function main(): Promise<number> {
  let args;
  let config: Config;
  try {
    args = parseArgs({ options: { out: { type: 'string' }, since: { type: 'string' }, model: { type: 'string' }, help: { type: 'boolean' } } }).values;
    config = loadConfig();
  } catch (err) {
    return fail(COMMAND, `${errorMessage(err)}\n${USAGE}`);
  }
  if (args.help) {
    out(USAGE);
    return 0;
  }
  if (!args.out) return fail(COMMAND, `--out is required\n${USAGE}`);
  const since = args.since === undefined ? null : new Date(args.since);
  if (since && Number.isNaN(since.getTime())) return fail(COMMAND, `--since must be an ISO 8601 date\n${USAGE}`);

  try {
    const { csv, count, model } = await withCliDatabase(config, async (db) => {
      let query = db.selectFrom('model_versions').select(['version', 'feature_names']);
      query = args.model ? query.where('version', '=', args.model) : query.where('status', '=', 'active');
      const row = await query.executeTakeFirst();
      if (!row) throw new Error(args.model ? `no model version ${args.model}` : 'the registry has no active model');
      const labels = await trainingLabels(db, since);
      return { csv: trainingLabelsCsv(labels, row.feature_names), count: labels.length, model: row.version };
    });
    writeFileSync(args.out, csv);
    out(`${count} labelled orders written to ${args.out} (features of ${model})`);
    return 0;
  } catch (err) {
    return fail(COMMAND, errorMessage(err));
  }
}

main().then((code) => process.exit(code));
