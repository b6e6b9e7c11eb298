import path from 'node:path';
import { bindParams, closeEmbeddedClickHouse, DashboardError, formatTable, listDashboards, loadDashboard, openClickHouse, runDashboard } from '@agora/analytics';
import { loadConfig } from '../config';

// `npm run dashboard -- <name> --param from=2026-11-01T00:00:00Z --param to=...` runs one analyst
// dashboard (analytics/dashboards/<name>.sql) against the app's ClickHouse and prints a table;
// with no name it lists the dashboards, their questions and parameters. Exits 0 on success,
// 2 on a bad name, parameter or usage (before touching ClickHouse), 1 if the query failed.

const USAGE = 'usage: npm run dashboard -- [<name> [--param name=value]...]';

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): { name?: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  let name: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--param' || arg === '-p' || arg.startsWith('--param=')) {
      const pair = arg.startsWith('--param=') ? arg.slice('--param='.length) : argv[++i];
      const eq = pair?.indexOf('=') ?? -1;
      if (pair === undefined || eq <= 0) throw new UsageError(`--param needs name=value, got ${JSON.stringify(pair ?? '')}`);
      const key = pair.slice(0, eq);
      if (key in params) throw new UsageError(`parameter ${JSON.stringify(key)} given twice`);
      params[key] = pair.slice(eq + 1);
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option ${JSON.stringify(arg)}`);
    } else if (name === undefined) {
      name = arg;
    } else {
      throw new UsageError(`one dashboard at a time; got ${JSON.stringify(name)} and ${JSON.stringify(arg)}`);
    }
  }
  return { name, params };
}

async function list(out: (s: string) => void): Promise<void> {
  for (const d of await listDashboards()) {
    out(`${d.name} — ${d.title}\n  ${d.question}\n`);
    for (const p of d.params) {
      const extra = [p.oneOf ? `one of: ${p.oneOf.join(', ')}` : '', p.default !== undefined ? `default: ${p.default}` : 'required'].filter(Boolean);
      out(`    --param ${p.name}=<${p.type}>  ${p.description} (${extra.join('; ')})\n`);
    }
    out('\n');
  }
  out(`${USAGE}\n`);
}

async function main(argv: readonly string[]): Promise<number> {
  const out = (s: string) => process.stdout.write(s);
  if (argv.includes('--help') || argv.includes('-h')) {
    out(`${USAGE}\n`);
    return 0;
  }
  const { name, params } = parseArgs(argv);
  if (name === undefined) {
    if (Object.keys(params).length > 0) throw new UsageError('--param given without a dashboard name');
    await list(out);
    return 0;
  }
  // Name and parameters are checked before any connection is opened.
  bindParams(await loadDashboard(name), params);
  const config = loadConfig();
  const dataDir = path.join(config.DATA_DIR, 'clickhouse');
  const store = await openClickHouse({
    url: config.CLICKHOUSE_URL,
    username: config.CLICKHOUSE_USER,
    password: config.CLICKHOUSE_PASSWORD,
    database: config.CLICKHOUSE_DATABASE,
    dataDir,
  }).catch((err: unknown) => {
    // The embedded engine locks its directory: a running `npm start` holds it.
    if (!config.CLICKHOUSE_URL && err instanceof Error && /Failed to create connection/.test(err.message)) {
      throw new Error(`cannot open the embedded ClickHouse at ${dataDir}: another process (a running npm start?) holds it; stop it, or set CLICKHOUSE_URL to a ClickHouse server`);
    }
    throw err;
  });
  try {
    const exists = await store.client.query({ query: `EXISTS TABLE ${store.database}.events`, format: 'JSONEachRow' });
    const [row] = await exists.json<{ result: number | string }>();
    if (Number(row?.result) !== 1) {
      throw new Error(`ClickHouse database ${store.database} has no events table (npm start applies the ClickHouse migrations)`);
    }
    const result = await runDashboard(store, name, params);
    out(`${result.dashboard.title}\n\n${formatTable(result)}`);
    return 0;
  } finally {
    await store.close();
    await closeEmbeddedClickHouse();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    const usage = err instanceof UsageError || err instanceof DashboardError;
    process.stderr.write(`dashboard: ${err instanceof Error ? err.message : String(err)}\n${usage ? `${USAGE}\n` : ''}`);
    process.exit(usage ? 2 : 1);
  },
);
