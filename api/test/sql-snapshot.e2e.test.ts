import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type KyselyPlugin, PostgresQueryCompiler } from 'kysely';
import { relayBatch } from '@agora/analytics';
import { DAY, type Request, type TestApp, client, makeListing, manualClock, orderAt, registerUser, startTestApp } from '../../test/harness';
import { runListingAlerts } from '../src/modules/marketplace/alerts';
import { runSavedSearchDigests } from '../src/modules/marketplace/saved-searches';
import { runProviderOperations } from '../src/modules/money/payments';
import { runDueJobs } from '../src/jobs';
import { PAYOUT_OUTCOMES } from '../src/modules/money/payouts';

// The SQL of the money and queue queries, checked in under api/src/db/queries/ (as Immich's
// server/src/queries/) so that any change to them shows in review. The queries are built and run
// in one go inside the services, some with a shape that depends on the data (a posting's accounts,
// a batch of events), so rather than rebuild them beside the services this test records the SQL
// the services actually send while a money lifecycle runs against real Postgres: every statement
// issued from the modules below, labelled with the file and function that issued it.
// `npm run sql:snapshot` rewrites the files; without it the test fails when they are stale.

const ROOT = path.resolve(__dirname, '../..');
const QUERIES_DIR = path.join(ROOT, 'api/src/db/queries');
const WRITE = process.env.SQL_SNAPSHOT === 'write';
/** Source folders whose queries are snapshotted, and the file each goes to. */
const SNAPSHOTTED: Record<string, string> = {
  'api/src/modules/money/ledger/': 'ledger.sql',
  'api/src/modules/money/checkout/': 'checkout.sql',
  'api/src/modules/money/payments/': 'payments.sql',
  'api/src/modules/money/settlement/': 'settlement.sql',
  // The seller's track record the payout hold weighs, read by the orders module for settlement.
  'api/src/modules/marketplace/orders/order-settlement.ts': 'settlement.sql',
  'api/src/modules/money/payouts/': 'payouts.sql',
  // The seller-risk score taken as the payout hold is arranged (and at listing publication).
  'api/src/modules/risk/seller-risk/': 'seller-risk.sql',
  'api/src/modules/platform/outbox/': 'outbox.sql',
  'api/src/modules/platform/scheduler/': 'scheduler.sql',
  'analytics/src/relay.ts': 'relay.sql',
  // The alerts' queue: listing changes in, saved-search matches and digests, price-drop notifications out.
  'api/src/modules/marketplace/listings/listing-changes.ts': 'alerts.sql',
  'api/src/modules/marketplace/alerts/': 'alerts.sql',
  'api/src/modules/marketplace/saved-searches/saved-search-matches.repository.ts': 'alerts.sql',
  'api/src/modules/marketplace/saved-searches/saved-search-digests.ts': 'alerts.sql',
  'api/src/modules/marketplace/favourites/': 'alerts.sql',
};

const compiler = new PostgresQueryCompiler();
const recorded = new Map<string, Set<string>>();

/** The call stack as V8 call sites: the running functions' own names (a source-mapped stack names the call). */
function callSites(): NodeJS.CallSite[] {
  const { prepareStackTrace, stackTraceLimit } = Error;
  Error.prepareStackTrace = (_err, sites) => sites;
  Error.stackTraceLimit = 100;
  const holder: { stack?: NodeJS.CallSite[] } = {};
  Error.captureStackTrace(holder);
  // Read before restoring: V8 formats the stack on first access.
  const sites = holder.stack ?? [];
  Object.assign(Error, { prepareStackTrace, stackTraceLimit });
  return sites;
}

/** Who issued the statement: the innermost frame outside kysely and this file, if in a snapshotted folder, as "file function". */
function issuer(): { file: string; label: string } | undefined {
  const frames = callSites()
    .map((site) => ({ source: path.relative(ROOT, site.getFileName() ?? ''), fn: site.getFunctionName() }))
    .filter((f) => !f.source.startsWith('..') && !f.source.includes('node_modules/') && f.source !== path.relative(ROOT, __filename));
  const source = frames[0]?.source;
  const folder = Object.keys(SNAPSHOTTED).find((f) => source?.startsWith(f));
  if (!source || !folder) return undefined;
  // A statement inside a transaction callback runs in an anonymous function: name the function that opened it.
  const fn = frames.find((f) => f.source === source && f.fn)?.fn;
  return { file: SNAPSHOTTED[folder]!, label: fn ? `${source} ${fn}` : source };
}

/** One form per statement whatever the data: a list whose length depends on it (VALUES rows, IN) shows its first item and `…`, and placeholders renumbered. */
function normalized(text: string): string {
  let n = 0;
  return text
    .replace(/(\((?:\$\d+, )*\$\d+\))(?:, \((?:\$\d+, )*\$\d+\))+/g, '$1, …')
    .replace(/ in \((\$\d+)(?:, \$\d+)*\)/g, ' in ($1, …)')
    .replace(/\$\d+/g, () => `$${(n += 1)}`);
}

// Sees every statement as kysely builds it for execution (raw sql`` included); the compiled text
// is what the Postgres dialect sends.
const recorder: KyselyPlugin = {
  transformQuery({ node, queryId }) {
    const from = issuer();
    if (from) {
      if (!recorded.has(from.file)) recorded.set(from.file, new Set());
      recorded.get(from.file)!.add(`-- ${from.label}\n${normalized(compiler.compileQuery(node, queryId).sql)};`);
    }
    return node;
  },
  async transformResult({ result }) {
    return result;
  },
};

const { clock, advance } = manualClock();
let app: TestApp;
let request: Request;
beforeAll(async () => {
  app = await startTestApp({ clock, env: { SESSION_TTL_HOURS: '100000', PAYOUT_MIN_AMOUNT: '500' } });
  request = client(app.url);
  Object.assign(app.ctx, { db: app.ctx.db.withPlugin(recorder) });
});
afterAll(() => app.close());

const HEADER =
  '-- Generated by `npm run sql:snapshot` (api/test/sql-snapshot.e2e.test.ts) from the statements sent\n-- during a money lifecycle; do not edit. Each statement under the file and function that issued it,\n-- sorted; `…` stands for more rows or list items, as many as the data has.\n';

test('the money and queue queries are those checked in under api/src/db/queries (npm run sql:snapshot rewrites them)', async () => {
  // A saved search and a favourite, alerted of a new listing and of a price drop.
  const [seller, watcher] = [await registerUser(request), await registerUser(request)];
  expect((await request('POST', '/v1/me/saved-searches', { token: watcher.token, body: { query: { q: 'camera' } } })).status).toBe(201);
  const watched = await makeListing(request, seller);
  expect((await request('PUT', `/v1/me/favourites/${watched.id}`, { token: watcher.token })).status).toBe(204);
  expect((await request('PATCH', `/v1/listings/${watched.id}`, { token: seller.token, body: { price: { amount: 9_900, currency: 'EUR' } } })).status).toBe(200);
  await runListingAlerts(app.ctx);
  await runSavedSearchDigests(app.ctx);
  // Paid, shipped, delivered, completed, then settled by the scheduler and paid out.
  const done = await orderAt(request, 'completed');
  // Paid and never shipped: the scheduler cancels it and refunds the buyer through the provider.
  await orderAt(request, 'paid');
  advance(30 * DAY);
  await runDueJobs(app.ctx);
  // Paying out needs a recent proof of the password: the session is a month old on the test clock.
  expect((await request('POST', '/v1/auth/step-up', { token: done.seller.token, body: { password: 'correct horse battery' } })).status).toBe(204);
  const payout = await request('POST', '/v1/me/payouts', { token: done.seller.token, body: { amount: { amount: 1_000, currency: 'EUR' } } });
  expect(payout.status).toBe(201);
  await runProviderOperations(app.ctx, PAYOUT_OUTCOMES);
  await relayBatch(app.ctx.db, async () => undefined, { batchSize: 1000 });

  const actual = new Map([...recorded].map(([file, statements]) => [file, `${HEADER}\n${[...statements].sort().join('\n\n')}\n`]));
  // Every snapshotted folder issued at least one statement: the lifecycle above still reaches them all.
  expect([...actual.keys()].sort()).toEqual([...new Set(Object.values(SNAPSHOTTED))].sort());
  const checkedIn = existsSync(QUERIES_DIR) ? readdirSync(QUERIES_DIR).filter((f) => f.endsWith('.sql')) : [];
  if (WRITE) {
    mkdirSync(QUERIES_DIR, { recursive: true });
    for (const file of checkedIn) if (!actual.has(file)) rmSync(path.join(QUERIES_DIR, file));
    for (const [file, text] of actual) writeFileSync(path.join(QUERIES_DIR, file), text);
    return;
  }
  expect(checkedIn.sort()).toEqual([...actual.keys()].sort());
  // Expected: the checked-in file; received: what the code sends now.
  for (const [file, text] of actual) expect(`${file}:\n${text}`).toBe(`${file}:\n${readFileSync(path.join(QUERIES_DIR, file), 'utf8')}`);
});
