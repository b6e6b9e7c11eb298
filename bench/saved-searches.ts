// npm run bench:saved-searches -- [--searches 100000] [--listings 200] [--users 10000]
//
// Matching a new listing against every saved search, as the alerts worker does it: --searches varied
// saved searches (text of one to three words from a skewed vocabulary, a leaf or a parent category,
// currency and price ranges, a few negations and disjunctions) stored through the same constraint
// derivation the API uses (anchors picked from the statistics of --corpus listings already on sale,
// drawn from the same vocabulary), then --listings new listings, each matched with the one indexed query
// (matchingSearches). Beside it, in the same run and round-robin per listing:
//   - baseline: a bare primary-key lookup on saved_searches (one indexed round trip: the floor);
//   - naive: the same query with index scans disabled (a sequential scan over every saved search);
//   - record: the whole worker step (find the listing, record its matches, schedule digests, commit).
// The naive and indexed queries must return the same searches for every listing, or the run fails.
// Postgres is embedded, or BENCH_DATABASE_URL's server with a fresh database.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { CompiledQuery, type Transaction, sql } from 'kysely';
import type { DB } from '../api/src/db/schema';
import { createDatabase } from '../api/src/db/database';
import { migrateToLatest } from '../api/src/db/migrate';
import { inTransaction } from '../api/src/db/transaction';
import { CATEGORY_SLUGS, LEAF_CATEGORIES } from '../api/src/modules/marketplace/categories';
import { findMatchableListing, listingKeyShares, textQueriesOf } from '../api/src/modules/marketplace/listings';
import { matchNewListing } from '../api/src/modules/marketplace/saved-searches';
import { type SavedQuery, constraintsOf } from '../api/src/modules/marketplace/saved-searches/saved-search-constraints';
import { type MatchableListing, matchingSearches } from '../api/src/modules/marketplace/saved-searches/saved-search-matches.repository';
import { startBenchServer } from './lib/postgres';
import { createCleanup } from './lib/processes';
import { runBench, startRun, writeResults } from './lib/run';
import { percentile } from './lib/stats';
import { type Table, fmt } from './lib/table';
import { positiveInt } from './args';

const USAGE = `Usage: npm run bench:saved-searches -- [options]

  --searches N   saved searches to match against (default 100000)
  --listings N   new listings to match, each timed (default 200)
  --users N      users the searches belong to (default 10000)
  --corpus N     listings already on sale, whose statistics pick each search's anchor (default 20000)
  --explain      print the indexed query's plan for the first listing (to stderr)
  -h, --help`;

const TARGET_MS = 100;
const log = (line: string) => process.stderr.write(`[bench:saved-searches] ${line}\n`);

/** mulberry32: a small seeded generator, so every run generates the same data. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A marketplace's words, then model-like tokens: 5,000 in all, drawn with a skew (a few words are
// in many titles and searches, most in few), as real listing text is.
const WORDS = [
  ...'vintage camera lens film canon nikon sony fuji leica bike road mountain frame wheel jacket leather wool coat dress shoes boots sneakers bag handbag wallet watch gold silver ring necklace sofa chair table lamp desk shelf mirror rug kitchen mixer kettle coffee grinder book novel comic manga guitar amp pedal vinyl record piano drum phone iphone samsung pixel laptop macbook thinkpad monitor keyboard mouse console switch playstation xbox game lego puzzle doll pram stroller tent stove backpack skis helmet garden mower drill saw toolbox car tyre engine motorbike stamp coin card poster print painting oak brass ceramic glass red blue black white green small large new used boxed mint rare retro antique'.split(
    ' ',
  ),
];
for (let i = WORDS.length; i < 5000; i++) WORDS.push(`m${i}x`);

const CURRENCIES = ['EUR', 'EUR', 'EUR', 'GBP', 'USD'];

interface Generated {
  searches: number;
  listings: string[];
  users: number;
}

async function generate(db: ReturnType<typeof createDatabase>, o: { searches: number; listings: number; users: number; corpus: number }): Promise<Generated> {
  const random = rng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const word = () => WORDS[Math.floor(WORDS.length * random() ** 2)]!;
  const words = (n: number) => Array.from({ length: n }, word).join(' ');

  await sql`
    INSERT INTO users (email, password_hash, display_name)
    SELECT 'bench-' || i || '@example.test', 'x', 'Bench ' || i FROM generate_series(1, ${o.users + 50}) i`.execute(db);
  const userIds = (await db.selectFrom('users').select('id').orderBy('email').execute()).map((r) => r.id);
  const [sellers, savers] = [userIds.slice(0, 50), userIds.slice(50)];
  // Some savers blocked a seller or were blocked by one: the match leaves those out.
  await sql`
    INSERT INTO user_blocks (blocker_id, blocked_id, created_at)
    SELECT DISTINCT s, b, now() FROM (
      SELECT (${sellers}::uuid[])[1 + (i % 50)] AS s, (${savers}::uuid[])[1 + ((i * 7919) % ${savers.length})] AS b FROM generate_series(1, 2000) i
    ) x`.execute(db);

  const newListing = () => {
    const now = new Date();
    return {
      seller_id: pick(sellers),
      title: words(3 + Math.floor(random() * 4)),
      description: words(6 + Math.floor(random() * 8)),
      price_amount: String(500 + Math.floor(random() * 60_000)),
      currency: pick(CURRENCIES),
      category: pick(LEAF_CATEGORIES),
      status: 'active' as const,
      created_at: now,
      updated_at: now,
    };
  };
  // Listings already on sale, for the statistics that pick each search's anchor (its rarest key).
  for (let i = 0; i < o.corpus; i += 2000)
    await db
      .insertInto('listings')
      .values(Array.from({ length: Math.min(2000, o.corpus - i) }, newListing))
      .execute();
  await sql`ANALYZE listings`.execute(db);
  const shares = await listingKeyShares(db);

  const queries: SavedQuery[] = [];
  for (let i = 0; i < o.searches; i++) {
    const query: SavedQuery = {};
    if (random() < 0.9) {
      const n = random() < 0.6 ? 1 : random() < 0.9 ? 2 : 3;
      query.q = words(n);
      if (random() < 0.04) query.q += ` -${word()}`;
      else if (random() < 0.02) query.q += ` or ${word()}`;
    }
    if (random() < 0.7 || query.q === undefined) query.category = random() < 0.2 ? pick(CATEGORY_SLUGS.filter((c) => !LEAF_CATEGORIES.includes(c))) : pick(LEAF_CATEGORIES);
    if (random() < 0.5) {
      query.currency = pick(CURRENCIES);
      if (random() < 0.8) {
        const low = Math.floor(random() * 20) * 1000;
        if (random() < 0.7) query.max_price = low + 1000 + Math.floor(random() * 50) * 1000;
        if (random() < 0.5) query.min_price = low || undefined;
      }
    }
    queries.push(query);
  }
  // Inserted in batches, each batch's text queries parsed by the search's own parsing in one round trip.
  const started = performance.now();
  for (let at = 0; at < queries.length; at += 5000) {
    const batch = queries.slice(at, at + 5000);
    const texts = batch.flatMap((q) => (q.q === undefined ? [] : [q.q]));
    const tsqueries = await textQueriesOf(db, texts);
    const parsed = new Map(texts.map((text, i) => [text, tsqueries[i]!]));
    const rows = batch.map((query) => ({
      user_id: savers[Math.floor(random() * savers.length)]!,
      name: null,
      query: JSON.stringify(query),
      created_at: new Date(),
      ...constraintsOf(query, query.q === undefined ? null : parsed.get(query.q)!, shares),
    }));
    for (let i = 0; i < rows.length; i += 1000)
      await db
        .insertInto('saved_searches')
        .values(rows.slice(i, i + 1000))
        .execute();
    const done = at + batch.length;
    if (done % 50_000 === 0 || done === queries.length) log(`  ${done.toLocaleString('en')} saved searches (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }

  const ids = (
    await db
      .insertInto('listings')
      .values(Array.from({ length: o.listings }, newListing))
      .returning('id')
      .execute()
  ).map((r) => r.id);
  await sql`ANALYZE`.execute(db);
  return { searches: queries.length, listings: ids, users: savers.length };
}

/** The naive plan: the same query as one sequential scan of every saved search (no parallel workers). */
async function withoutIndexes(trx: Transaction<DB>): Promise<void> {
  await sql`SET LOCAL enable_bitmapscan = off`.execute(trx);
  await sql`SET LOCAL enable_indexscan = off`.execute(trx);
  await sql`SET LOCAL max_parallel_workers_per_gather = 0`.execute(trx);
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      searches: { type: 'string' },
      listings: { type: 'string' },
      users: { type: 'string' },
      corpus: { type: 'string' },
      explain: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const options = {
    searches: positiveInt(values.searches, 'searches', 100_000),
    listings: positiveInt(values.listings, 'listings', 200),
    users: positiveInt(values.users, 'users', 10_000),
    corpus: positiveInt(values.corpus, 'corpus', 20_000),
  };
  const cleanup = createCleanup((l) => log(l));
  cleanup.installSignalHandlers();
  try {
    const { startedAt, stamp, resultsDir, machine, tmp } = startRun('saved-searches', cleanup);
    const server = await startBenchServer(tmp, cleanup, process.env.BENCH_DATABASE_URL);
    const db = createDatabase(server.appUrl, 4);
    cleanup.add('close the pool', () => db.destroy());
    await migrateToLatest(db);
    const version = (await sql<{ v: string }>`SELECT current_setting('server_version') AS v`.execute(db)).rows[0]!.v;

    log(
      `generating ${options.searches.toLocaleString('en')} saved searches of ${options.users.toLocaleString('en')} users and ${options.listings} new listings (Postgres ${version}, ${server.origin})…`,
    );
    const data = await generate(db, options);
    const searchIds = (await db.selectFrom('saved_searches').select('id').limit(1000).execute()).map((r) => r.id);
    const listings: MatchableListing[] = [];
    // Generated sellers have no reviews.
    for (const id of data.listings) listings.push({ ...(await findMatchableListing(db, id))!, seller_rating: null });

    if (values.explain) {
      const { sql: text, parameters } = matchingSearches(db, listings[0]!).compile();
      const explain = CompiledQuery.raw(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, [...parameters]);
      const plan = async (trx: Transaction<DB>) => (await trx.executeQuery<{ 'QUERY PLAN': string }>(explain)).rows.map((r) => r['QUERY PLAN']).join('\n');
      log(`indexed plan for the first listing:\n${await db.transaction().execute(plan)}`);
      log(`naive plan for the first listing:\n${await db.transaction().execute(async (trx) => (await withoutIndexes(trx), plan(trx)))}`);
    }

    const samples = { baseline: [] as number[], indexed: [] as number[], naive: [] as number[], record: [] as number[] };
    const matchCounts: number[] = [];
    const time = async <T>(into: number[], work: () => Promise<T>): Promise<T> => {
      const t = performance.now();
      const result = await work();
      into.push(performance.now() - t);
      return result;
    };
    // Warm both paths' caches once, untimed.
    await matchingSearches(db, listings[0]!).execute();
    log(`timing ${listings.length} listings, round-robin: baseline, indexed, naive, record…`);
    for (const [i, listing] of listings.entries()) {
      await time(samples.baseline, () =>
        db
          .selectFrom('saved_searches')
          .select(['id', 'user_id'])
          .where('id', '=', searchIds[i % searchIds.length]!)
          .executeTakeFirst(),
      );
      const indexed = await time(samples.indexed, () => matchingSearches(db, listing).execute());
      const naive = await db.transaction().execute(async (trx) => {
        await withoutIndexes(trx);
        return time(samples.naive, () => matchingSearches(trx, listing).execute());
      });
      const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
      if (ids(indexed).join() !== ids(naive).join()) throw new Error(`listing ${listing.id}: the indexed query found ${indexed.length} searches, the scan ${naive.length}`);
      matchCounts.push(indexed.length);
      const recorded = await time(samples.record, () => inTransaction(db, (trx) => matchNewListing(trx, { SAVED_SEARCH_DIGEST_MINUTES: 60 }, listing.id, new Date())));
      if (recorded !== indexed.length) throw new Error(`listing ${listing.id}: recorded ${recorded} matches, the query found ${indexed.length}`);
    }

    const stat = (xs: number[]) => {
      const sorted = Float64Array.from(xs).sort();
      return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1]! };
    };
    const s = { baseline: stat(samples.baseline), indexed: stat(samples.indexed), naive: stat(samples.naive), record: stat(samples.record) };
    const matches = stat(matchCounts);
    const row = (name: string, r: { p50: number; p95: number; max: number }) => [
      name,
      fmt(r.p50, 2),
      fmt(r.p95, 2),
      fmt(r.max, 2),
      fmt(r.p50 / s.baseline.p50, 1),
      fmt(r.p95 / s.baseline.p95, 1),
    ];
    const table: Table = {
      headers: ['per new listing', 'p50 ms', 'p95 ms', 'max ms', 'p50 ÷ baseline', 'p95 ÷ baseline'],
      rows: [
        row('baseline: primary-key lookup of one saved search', s.baseline),
        row('indexed match (matchingSearches)', s.indexed),
        row('naive match (same query, sequential scan)', s.naive),
        row('worker step: find + record matches + commit', s.record),
      ],
      align: ['left', 'right', 'right', 'right', 'right', 'right'],
    };
    const command = `npm run bench:saved-searches -- ${argv.join(' ')}`.trim();
    const headerLines = [
      `${startedAt.toISOString()} · ${machine.cpuCount} × ${machine.cpuModel} · Node ${machine.node} · Postgres ${version} (${server.origin})`,
      `commit ${machine.gitCommit?.slice(0, 12) ?? '?'}${machine.gitDirty ? ' (dirty)' : ''} · load average at start ${machine.loadAverageAtStart.join(' ')}`,
      `${data.searches.toLocaleString('en')} saved searches of ${data.users.toLocaleString('en')} users; ${listings.length} new listings, each matching p50 ${matches.p50} / p95 ${matches.p95} / max ${matches.max} searches (the scan agreed on every one)`,
      `indexed p95 ${fmt(s.indexed.p95, 2)} ms (target < ${TARGET_MS} ms: ${s.indexed.p95 < TARGET_MS ? 'met' : 'NOT met'}); the scan takes ${fmt(s.naive.p50 / s.indexed.p50, 1)}× the indexed time at p50, ${fmt(s.naive.p95 / s.indexed.p95, 1)}× at p95`,
    ];
    const report = {
      benchmark: 'saved-searches',
      startedAt: startedAt.toISOString(),
      command,
      options,
      machine,
      postgres: { version, origin: server.origin },
      matchesPerListing: matches,
      targetMs: TARGET_MS,
      results: s,
    };
    writeResults({ resultsDir, name: 'saved-searches', stamp, title: 'Saved-search matching', command, headerLines, tables: [table], report });
    return s.indexed.p95 < TARGET_MS ? 0 : 1;
  } finally {
    await cleanup.run();
  }
}

runBench('bench:saved-searches', main);
