import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(file: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const base = { ...process.env };
  for (const name of ['CLICKHOUSE_URL', 'CLICKHOUSE_DATABASE', 'DATA_DIR']) delete base[name];
  return new Promise((resolve) => {
    // tsx itself, not through npx: npm's own warnings would land in stderr.
    execFile(path.join(ROOT, 'node_modules/.bin/tsx'), [file, ...args], { cwd: ROOT, env: { ...base, ...env } }, (err, stdout, stderr) => {
      resolve({ code: err ? Number(err.code) : 0, stdout, stderr });
    });
  });
}

/** `npm run dashboard -- ...` as a user runs it. */
const dashboard = (args: string[], env: Record<string, string> = {}) => run('api/src/cli/dashboard.ts', args, env);

// The CLI opens the embedded ClickHouse of DATA_DIR in its own process (one data directory per
// process), so the events are written by another child process before it runs.
const SEED = `
import { openClickHouse, closeEmbeddedClickHouse, migrateClickHouse, insertEvents } from ${JSON.stringify(path.join(ROOT, 'analytics/src'))};
const order = (type: string, id: string, iso: string) => ({
  event_id: crypto.randomUUID(), event_type: type, aggregate_type: 'order', aggregate_id: id, occurred_at: new Date(iso),
  payload: { order_id: id, buyer_id: crypto.randomUUID(), seller_id: crypto.randomUUID(), amount: 1000, fee_amount: 120, currency: 'EUR', category: 'books' },
});
(async () => {
  const store = await openClickHouse({ database: 'dash_cli', dataDir: process.argv[2]! });
  await migrateClickHouse(store);
  const a = '00000000-0000-4000-8000-00000000000a';
  const b = '00000000-0000-4000-8000-00000000000b';
  await insertEvents(store, [order('order.created', a, '2026-11-02T00:00:00Z'), order('order.paid', a, '2026-11-02T00:01:00Z'), order('order.created', b, '2026-11-03T00:00:00Z')]);
  await closeEmbeddedClickHouse();
})();
`;

// Holds the embedded ClickHouse of a data directory open, as a running `npm start` does.
const HOLD = `
import { openClickHouse } from ${JSON.stringify(path.join(ROOT, 'analytics/src'))};
(async () => {
  await openClickHouse({ database: 'dash_cli', dataDir: process.argv[2]! });
  process.stdout.write('holding\\n');
  setTimeout(() => process.exit(0), 60_000);
})();
`;

let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'agora-dash-cli-'));
  const seed = path.join(dataDir, 'seed.ts');
  writeFileSync(seed, SEED);
  const seeded = await run(seed, [path.join(dataDir, 'clickhouse')]);
  expect(seeded).toMatchObject({ code: 0 });
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm run dashboard', () => {
  test('with no name lists every dashboard with its question and parameters', async () => {
    const listed = await dashboard([]);
    expect(listed.code).toBe(0);
    for (const name of ['buyer_cohort_retention', 'dispute_rate_by_category', 'fraud_model_precision', 'gmv_take_rate', 'order_funnel', 'time_to_resolution', 'top_sellers']) {
      expect(listed.stdout).toMatch(new RegExp(`^${name} — `, 'm'));
    }
    expect(listed.stdout).toMatch(/^ {4}--param interval=<String> {2}bucket width \(one of: hour, day, week, month; default: day\)$/m);
  });

  test('prints the result as a table', async () => {
    const env = { DATA_DIR: dataDir, CLICKHOUSE_DATABASE: 'dash_cli' };
    const funnel = await dashboard(['order_funnel', '--param', 'from=2026-11-01T00:00:00Z', '--param', 'to=2026-12-01'], env);
    expect(funnel).toMatchObject({ code: 0, stderr: '' });
    expect(funnel.stdout).toBe(
      [
        'Order funnel with conversion',
        '',
        'stage      orders  of_created  of_previous',
        '---------  ------  ----------  -----------',
        'created         2           1            1',
        'paid            1         0.5          0.5',
        'shipped         0           0            0',
        'completed       0           0            0',
        'disputed        0           0            0',
        'refunded        0           0            0',
        '(6 rows)',
        '',
      ].join('\n'),
    );
    const gmv = await dashboard(['gmv_take_rate', '-p', 'from=2026-11-01', '--param=to=2026-12-01', '--param', 'interval=month'], env);
    expect(gmv.code).toBe(0);
    expect(gmv.stdout).toMatch(/^2026-11-01 00:00:00 {2}EUR {12}1 {2}1000 {3}120 {7}0\.12$/m);
  });

  test('exits 2 naming a bad dashboard or parameter, before opening ClickHouse', async () => {
    const unknown = await dashboard(['gmv', '--param', 'from=2026-11-01']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^dashboard: unknown dashboard "gmv"; dashboards: buyer_cohort_retention, /);
    const missing = await dashboard(['order_funnel', '--param', 'from=2026-11-01']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing parameter "to"/);
    const extra = await dashboard(['order_funnel', '--param', 'from=2026-11-01', '--param', 'to=2026-12-01', '--param', 'currency=EUR']);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toMatch(/unknown parameter "currency" for dashboard order_funnel; it takes: from, to/);
    const malformed = await dashboard(['order_funnel', '--param', 'from']);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/--param needs name=value, got "from"/);
  });

  test('exits 1 when the database has no events table', async () => {
    const empty = await dashboard(['order_funnel', '--param', 'from=2026-11-01', '--param', 'to=2026-12-01'], { DATA_DIR: dataDir, CLICKHOUSE_DATABASE: 'never_migrated' });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/ClickHouse database never_migrated has no events table/);
  });

  test('exits 1 with a hint when a running app holds the embedded ClickHouse', async () => {
    const hold = path.join(dataDir, 'hold.ts');
    writeFileSync(hold, HOLD);
    const holder = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [hold, path.join(dataDir, 'clickhouse')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes('holding')) resolve();
        });
        holder.on('exit', (code) => reject(new Error(`holder exited ${code}`)));
      });
      const locked = await dashboard(['order_funnel', '--param', 'from=2026-11-01', '--param', 'to=2026-12-01'], { DATA_DIR: dataDir, CLICKHOUSE_DATABASE: 'dash_cli' });
      expect(locked.code).toBe(1);
      expect(locked.stderr).toMatch(
        /^dashboard: cannot open the embedded ClickHouse at .*clickhouse: another process \(a running npm start\?\) holds it; stop it, or set CLICKHOUSE_URL/m,
      );
    } finally {
      holder.kill();
    }
  });
});
