// npm run bench:search -- [--listings 1000000] [--sellers 50000] [--runs 60] [--warmup 5]
//
// Listing search at scale: generates a marketplace in SQL (listings across every leaf category with
// words of their own, ~40 cities' points blurred by about 1 km, log-normal prices, conditions, brand
// attributes; sellers, a fifth verified, most with a rating), ANALYZEs, then times the common query
// shapes through the real search (page + seller ratings + covers, and facets where asked, as
// GET /v1/listings runs it) beside a baseline in the same run: the same filters as a bare indexed SELECT of one page.
// Shapes and their baselines run interleaved, each run with the next of a few values (words, cities).
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { type Kysely, sql } from 'kysely';
import { createDatabase } from '../api/src/db/database';
import { migrateToLatest } from '../api/src/db/migrate';
import type { DB } from '../api/src/db/schema';
import { CATEGORY_TREE, leavesOf } from '../api/src/modules/marketplace/categories';
import type { SearchFilter } from '../api/src/modules/marketplace/listings/listing-search';
import { searchListings } from '../api/src/modules/marketplace/listings/search.service';
import { startBenchServer } from './lib/postgres';
import { createCleanup } from './lib/processes';
import { runBench, startRun, writeResults } from './lib/run';
import { percentile, summarize } from './lib/stats';
import { type Table, fmt } from './lib/table';
import { positiveInt } from './args';

const USAGE = `Usage: npm run bench:search -- [options]

  --listings N   listings to generate (default 1000000)
  --sellers N    sellers they belong to (default 50000)
  --runs N       timed runs of each shape and of its baseline, interleaved (default 60)
  --warmup N     untimed runs of each first (default 5)
  -h, --help

Postgres: embedded in a temp dir, or the server of BENCH_DATABASE_URL (a fresh database there, dropped after).`;

const log = (line: string) => process.stderr.write(`[bench:search] ${line}\n`);
const TARGET_P95_MS = 50;
/** SEARCH_FACET_ROW_CAP's default. */
const FACET_CAP = 5_000;
/** SEARCH_RECENT_DAYS' default. */
const RECENT_DAYS = 30;

/** Words per top-level category: what titles and descriptions are made of, and a typical price in cents. */
const GROUPS: Record<string, { nouns: string[]; brands: string[]; median: number }> = {
  electronics: {
    nouns: ['camera', 'lens', 'tripod', 'phone', 'smartphone', 'laptop', 'tablet', 'monitor', 'headphones', 'speaker', 'console', 'controller', 'charger', 'keyboard', 'drone'],
    brands: ['Canon', 'Nikon', 'Sony', 'Apple', 'Samsung', 'Dell', 'Lenovo', 'Bose', 'Nintendo', 'Fujifilm'],
    median: 15_000,
  },
  fashion: {
    nouns: ['dress', 'jacket', 'coat', 'jeans', 'shirt', 'sweater', 'sneakers', 'boots', 'handbag', 'backpack', 'necklace', 'watch', 'scarf', 'skirt'],
    brands: ['Zara', 'Levis', 'Nike', 'Adidas', 'Gucci', 'Mango', 'Uniqlo', 'Hermès', 'Seiko'],
    median: 2_500,
  },
  home: {
    nouns: ['lamp', 'sofa', 'chair', 'table', 'desk', 'shelf', 'mirror', 'rug', 'vase', 'kettle', 'blender', 'pan', 'plant pot', 'lawnmower'],
    brands: ['Ikea', 'Habitat', 'Smeg', 'Dyson', 'Le Creuset', 'Bosch'],
    median: 4_000,
  },
  books: {
    nouns: ['novel', 'cookbook', 'biography', 'comic', 'manga', 'atlas', 'dictionary', 'textbook', 'poetry collection'],
    brands: ['Penguin', 'Gallimard', 'Folio', 'Marvel'],
    median: 800,
  },
  sports: {
    nouns: ['bike', 'bicycle', 'helmet', 'tent', 'sleeping bag', 'dumbbells', 'yoga mat', 'skis', 'racket', 'treadmill'],
    brands: ['Decathlon', 'Trek', 'Shimano', 'Wilson'],
    median: 6_000,
  },
  toys: {
    nouns: ['lego set', 'puzzle', 'doll', 'board game', 'stroller', 'car seat', 'teddy bear', 'train set'],
    brands: ['Lego', 'Playmobil', 'Hasbro', 'Chicco'],
    median: 2_000,
  },
  collectibles: { nouns: ['coin', 'stamp album', 'trading card', 'painting', 'print', 'clock', 'figurine', 'poster'], brands: ['Pokémon', 'Panini', 'Royal Mint'], median: 3_000 },
  vehicles: { nouns: ['tyre', 'wheel', 'exhaust', 'headlight', 'mirror', 'seat cover', 'battery', 'brake kit'], brands: ['Michelin', 'Bosch', 'Brembo', 'Yamaha'], median: 5_000 },
  music: {
    nouns: ['guitar', 'piano', 'violin', 'drum kit', 'amplifier', 'vinyl record', 'turntable', 'synthesizer', 'ukulele'],
    brands: ['Fender', 'Yamaha', 'Gibson', 'Roland', 'Korg'],
    median: 9_000,
  },
  other: { nouns: ['box', 'bundle', 'lot', 'voucher', 'craft kit'], brands: ['Generic'], median: 1_500 },
};
const ADJECTIVES = [
  'vintage',
  'new',
  'used',
  'classic',
  'compact',
  'large',
  'small',
  'antique',
  'modern',
  'retro',
  'wireless',
  'leather',
  'wooden',
  'original',
  'rare',
  'boxed',
  'handmade',
  'portable',
  'professional',
  'electric',
  'café-style',
  'élégant',
];
const FILLER = [
  'in good shape',
  'barely used',
  'collection only',
  'can post',
  'smoke-free home',
  'with receipt',
  'minor scratches',
  'works perfectly',
  'from a pet-free home',
  'price firm',
];

/** About 40 cities' centres: listings sit within ~1 km of one (their blurred point). */
const CITIES: [string, number, number][] = [
  ['Paris', 48.8566, 2.3522],
  ['Lyon', 45.764, 4.8357],
  ['Marseille', 43.2965, 5.3698],
  ['Toulouse', 43.6047, 1.4442],
  ['Nice', 43.7102, 7.262],
  ['Nantes', 47.2184, -1.5536],
  ['Strasbourg', 48.5734, 7.7521],
  ['Bordeaux', 44.8378, -0.5792],
  ['Lille', 50.6292, 3.0573],
  ['Rennes', 48.1173, -1.6778],
  ['London', 51.5074, -0.1278],
  ['Manchester', 53.4808, -2.2426],
  ['Birmingham', 52.4862, -1.8904],
  ['Leeds', 53.8008, -1.5491],
  ['Glasgow', 55.8642, -4.2518],
  ['Edinburgh', 55.9533, -3.1883],
  ['Bristol', 51.4545, -2.5879],
  ['Dublin', 53.3498, -6.2603],
  ['Brussels', 50.8503, 4.3517],
  ['Amsterdam', 52.3676, 4.9041],
  ['Rotterdam', 51.9244, 4.4777],
  ['Berlin', 52.52, 13.405],
  ['Hamburg', 53.5511, 9.9937],
  ['Munich', 48.1351, 11.582],
  ['Cologne', 50.9375, 6.9603],
  ['Frankfurt', 50.1109, 8.6821],
  ['Vienna', 48.2082, 16.3738],
  ['Zurich', 47.3769, 8.5417],
  ['Geneva', 46.2044, 6.1432],
  ['Milan', 45.4642, 9.19],
  ['Rome', 41.9028, 12.4964],
  ['Turin', 45.0703, 7.6869],
  ['Madrid', 40.4168, -3.7038],
  ['Barcelona', 41.3874, 2.1686],
  ['Valencia', 39.4699, -0.3763],
  ['Lisbon', 38.7223, -9.1393],
  ['Porto', 41.1579, -8.6291],
  ['Copenhagen', 55.6761, 12.5683],
  ['Stockholm', 59.3293, 18.0686],
  ['Warsaw', 52.2297, 21.0122],
];

const sqlArray = (xs: readonly string[]) => sql`(ARRAY[${sql.join(xs)}]::text[])`;

/** Sellers, their ratings and the listings, all in SQL; indexes dropped while loading and rebuilt after (what a bulk load does). */
async function generate(db: Kysely<DB>, listings: number, sellers: number): Promise<void> {
  await sql`SELECT setseed(0.42)`.execute(db);
  let t = performance.now();
  await sql`
    INSERT INTO users (email, password_hash, display_name, created_at, identity_verified_at)
    SELECT 'seller' || i || '@bench.test', 'not-a-hash', 'Seller ' || i, now() - interval '2 years', CASE WHEN random() < 0.2 THEN now() END
    FROM generate_series(1, ${sellers}) i`.execute(db);
  // Four sellers in five have reviews: a few to dozens, averaging around 4.3 stars.
  await sql`
    INSERT INTO seller_ratings (user_id, review_count, average, refreshed_at)
    SELECT id, 1 + floor(random() * 40)::int, least(5, greatest(1, round((4.3 + 0.6 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))::numeric, 2)))::float8, now()
    FROM users WHERE random() < 0.8`.execute(db);
  log(`${sellers} sellers and their ratings in ${fmt((performance.now() - t) / 1000, 1)} s`);

  // Each leaf takes every n-th of its group's nouns, so `camera` lands in one leaf and `phone` in another.
  const leaves = CATEGORY_TREE.flatMap((parent) => {
    const g = GROUPS[parent.slug]!;
    const own = (parent.children ?? [parent]).map((leaf) => leaf.slug);
    return own.map((leaf, j) => {
      const nouns = g.nouns.filter((_, i) => i % own.length === j);
      return { leaf, nouns: nouns.length ? nouns : g.nouns, brands: g.brands, median: g.median };
    });
  });
  await sql`CREATE TEMP TABLE bench_leaves (idx int, leaf text, nouns text[], brands text[], median float8)`.execute(db);
  for (const [idx, l] of leaves.entries()) await sql`INSERT INTO bench_leaves VALUES (${idx}, ${l.leaf}, ${sqlArray(l.nouns)}, ${sqlArray(l.brands)}, ${l.median})`.execute(db);
  await sql`CREATE TEMP TABLE bench_cities (idx int, name text, lat float8, lng float8)`.execute(db);
  for (const [idx, [name, lat, lng]] of CITIES.entries()) await sql`INSERT INTO bench_cities VALUES (${idx}, ${name}, ${lat}, ${lng})`.execute(db);
  await sql`CREATE TEMP TABLE bench_sellers AS SELECT (row_number() OVER (ORDER BY id) - 1)::int AS idx, id FROM users`.execute(db);

  const indexes = await sql<{ indexname: string; indexdef: string }>`
    SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'listings' AND indexname NOT LIKE '%_pkey'`.execute(db);
  for (const ix of indexes.rows) await sql`DROP INDEX ${sql.id(ix.indexname)}`.execute(db);

  const batch = 100_000;
  t = performance.now();
  for (let from = 0; from < listings; from += batch) {
    const to = Math.min(listings, from + batch) - 1;
    await sql`
      INSERT INTO listings (seller_id, title, description, price_amount, currency, category, status, moderation_flags, condition, attributes, place, lat, lng, created_at, updated_at)
      SELECT s.id,
             initcap(w.adjective) || ' ' || w.brand || ' ' || w.noun,
             'A ' || w.adjective || ' ' || w.noun || ' by ' || w.brand || ', ' || ${sqlArray(FILLER)}[1 + floor(random() * ${FILLER.length})::int] || '. '
               || 'Also fits a ' || c.nouns[1 + floor(random() * array_length(c.nouns, 1))::int] || '.',
             greatest(100, round(c.median * exp(0.9 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))))::bigint,
             CASE WHEN random() < 0.85 THEN 'EUR' ELSE 'GBP' END,
             c.leaf,
             CASE WHEN random() < 0.92 THEN 'active' WHEN random() < 0.5 THEN 'sold' ELSE 'withdrawn' END,
             '{}',
             (ARRAY['new', 'like_new', 'good', 'fair'])[1 + floor(random() * 4)::int],
             jsonb_build_object('brand', w.brand),
             ct.name,
             ct.lat + (random() - 0.5) * 0.3, ct.lng + (random() - 0.5) * 0.45,
             date_trunc('milliseconds', now() - random() * interval '365 days'),
             now()
      FROM generate_series(${from}::int, ${to}::int) g(i)
      JOIN bench_leaves c ON c.idx = (hashint4(g.i) & 2147483647) % ${leaves.length}
      JOIN bench_cities ct ON ct.idx = (hashint4(g.i + 7) & 2147483647) % ${CITIES.length}
      JOIN bench_sellers s ON s.idx = (hashint4(g.i + 13) & 2147483647) % ${sellers}
      CROSS JOIN LATERAL (
        SELECT c.nouns[1 + floor(random() * array_length(c.nouns, 1))::int] AS noun,
               c.brands[1 + floor(random() * array_length(c.brands, 1))::int] AS brand,
               ${sqlArray(ADJECTIVES)}[1 + floor(random() * ${ADJECTIVES.length})::int] AS adjective
        WHERE g.i IS NOT NULL
      ) w`.execute(db);
    log(`${to + 1} listings (${fmt((performance.now() - t) / 1000, 0)} s)`);
  }
  t = performance.now();
  await sql`SET maintenance_work_mem = '512MB'`.execute(db);
  for (const ix of indexes.rows) await sql.raw(ix.indexdef).execute(db);
  log(`${indexes.rows.length} indexes rebuilt in ${fmt((performance.now() - t) / 1000, 0)} s`);
  t = performance.now();
  await sql`ANALYZE`.execute(db);
  log(`ANALYZE in ${fmt((performance.now() - t) / 1000, 1)} s`);
}

interface Shape {
  name: string;
  /** The real search, with the i-th value of the shape's rotation. */
  real: (i: number) => Promise<unknown>;
  /** The same filters as a bare SELECT of one page. */
  baseline: (i: number) => Promise<unknown>;
}

const WORDS = ['camera', 'lamp', 'guitar', 'bike', 'jacket', 'sofa', 'laptop', 'novel'];
const PAGE = 20;

function shapes(db: Kysely<DB>): Shape[] {
  const page = { limit: PAGE };
  const run = (f: (i: number) => Omit<SearchFilter, 'limit' | 'recentSince'> & { facets?: boolean }) => (i: number) =>
    searchListings(db, { ...page, ...f(i) }, { facetCap: FACET_CAP, recentDays: RECENT_DAYS, now: new Date() });
  const bare =
    (where: (i: number) => ReturnType<typeof sql>, order = sql``) =>
    (i: number) =>
      sql`SELECT id, title, price_amount, currency FROM listings WHERE status = 'active' AND ${where(i)} ${order} LIMIT ${PAGE + 1}`.execute(db);
  const word = (i: number) => WORDS[i % WORDS.length]!;
  const city = (i: number) => CITIES[(i * 7) % CITIES.length]!;
  const near = (i: number, km: number) => {
    const [, lat, lng] = city(i);
    return sql`earth_box(ll_to_earth(${lat}::float8, ${lng}::float8), ${km * 1000}::float8) @> ll_to_earth(lat, lng)`;
  };
  // Each word with the category a buyer would pick for it (a word outside its category finds nothing, and
  // pays for reading every older match to say so).
  const WORD_CATEGORY: Record<string, string> = {
    camera: 'cameras',
    lamp: 'home',
    guitar: 'music',
    bike: 'sports',
    jacket: 'fashion',
    sofa: 'home',
    laptop: 'electronics',
    novel: 'books',
  };
  const cat = (i: number) => WORD_CATEGORY[word(i)]!;
  const price = { min_price: 2_000, max_price: 50_000 };
  const parent = (i: number) => ['electronics', 'fashion', 'home', 'music'][i % 4]!;
  return [
    {
      name: 'text only (relevance)',
      real: run((i) => ({ q: word(i), sort: 'relevance' })),
      baseline: bare((i) => sql`search @@ websearch_to_tsquery('agora', ${word(i)})`),
    },
    {
      name: 'text + category + price',
      real: run((i) => ({ q: word(i), category: cat(i), currency: 'EUR', ...price, sort: 'relevance' })),
      baseline: bare(
        (i) =>
          sql`search @@ websearch_to_tsquery('agora', ${word(i)}) AND category IN (${sql.join(leavesOf(cat(i)))}) AND currency = 'EUR' AND price_amount BETWEEN ${price.min_price} AND ${price.max_price}`,
      ),
    },
    {
      name: 'geo 10 km + sort by distance',
      real: run((i) => ({ lat: city(i)[1], lng: city(i)[2], radius_km: 10, sort: 'distance' })),
      baseline: (i) => bare(() => near(i, 10), sql`ORDER BY ll_to_earth(lat, lng) <-> ll_to_earth(${city(i)[1]}::float8, ${city(i)[2]}::float8)`)(i),
    },
    {
      name: 'rating ≥ 4.5 (newest)',
      real: run(() => ({ min_rating: 4.5, sort: 'newest' })),
      baseline: bare(() => sql`seller_id IN (SELECT user_id FROM seller_ratings WHERE average >= 4.5)`, sql`ORDER BY created_at DESC, id DESC`),
    },
    {
      name: 'facets of a category in EUR',
      real: run((i) => ({ category: parent(i), currency: 'EUR', facets: true, sort: 'newest' })),
      baseline: (i) =>
        sql`SELECT category, count(*) FROM (SELECT category FROM listings WHERE status = 'active' AND category IN (${sql.join(leavesOf(parent(i)))}) AND currency = 'EUR' LIMIT ${FACET_CAP}) m GROUP BY category`.execute(
          db,
        ),
    },
    {
      name: 'typo (camrea: trigram fallback)',
      real: run((i) => ({ q: ['camrea', 'gutiar', 'jakcet', 'lpatop'][i % 4], sort: 'relevance' })),
      baseline: bare((i) => sql`search @@ websearch_to_tsquery('agora', ${['camera', 'guitar', 'jacket', 'laptop'][i % 4]})`),
    },
  ];
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      listings: { type: 'string' },
      sellers: { type: 'string' },
      runs: { type: 'string' },
      warmup: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const listings = positiveInt(values.listings, 'listings', 1_000_000);
  const sellers = positiveInt(values.sellers, 'sellers', 50_000);
  const runs = positiveInt(values.runs, 'runs', 60);
  const warmup = Number(values.warmup ?? 5);
  if (!Number.isInteger(warmup) || warmup < 0) throw new Error(`--warmup must be a whole number, got ${values.warmup}`);
  const cleanup = createCleanup((l) => log(l));
  cleanup.installSignalHandlers();
  try {
    const { startedAt, stamp, resultsDir, machine, tmp } = startRun('search', cleanup);
    // Embedded, the server gets the memory a production one would have for this table: the listings
    // (~400 MB of heap, ~700 MB with indexes at 1M) fit in shared buffers.
    const server = await startBenchServer(tmp, cleanup, process.env.BENCH_DATABASE_URL, { extraFlags: ['-c', 'shared_buffers=1GB'] });
    const db = createDatabase(server.appUrl, 4);
    cleanup.add('close pool', () => db.destroy());
    await migrateToLatest(db);
    const genStart = performance.now();
    await generate(db, listings, sellers);
    const generationSeconds = (performance.now() - genStart) / 1000;
    log(`generated in ${fmt(generationSeconds, 0)} s; ${warmup} warm-up and ${runs} timed runs of each shape and baseline, interleaved…`);

    const all = shapes(db);
    for (let w = 0; w < warmup; w++) {
      for (const s of all) {
        await s.baseline(w);
        await s.real(w);
      }
    }
    const samples = all.map(() => ({ real: [] as number[], baseline: [] as number[] }));
    for (let r = 0; r < runs; r++) {
      for (const [k, s] of all.entries()) {
        let t = performance.now();
        await s.baseline(r);
        samples[k]!.baseline.push(performance.now() - t);
        t = performance.now();
        await s.real(r);
        samples[k]!.real.push(performance.now() - t);
      }
    }
    const stats = samples.map((x) => ({ real: summarize(x.real), baseline: summarize(x.baseline), p95: { real: p95(x.real), baseline: p95(x.baseline) } }));
    const table: Table = {
      headers: ['shape', 'search p50 ms', 'search p95 ms', 'bare SELECT p50 ms', 'bare SELECT p95 ms', 'p95 ratio', `p95 < ${TARGET_P95_MS} ms`],
      rows: all.map((s, k) => {
        const x = stats[k]!;
        return [
          s.name,
          fmt(x.real.p50, 1),
          fmt(x.p95.real, 1),
          fmt(x.baseline.p50, 2),
          fmt(x.p95.baseline, 2),
          `${fmt(x.p95.real / x.p95.baseline, 1)}×`,
          x.p95.real < TARGET_P95_MS ? 'yes' : 'NO',
        ];
      }),
    };
    const [settings] = (
      await sql<{ shared_buffers: string; version: string }>`SELECT current_setting('shared_buffers') AS shared_buffers, current_setting('server_version') AS version`.execute(db)
    ).rows;
    const [counts] = (
      await sql<{ active: string; total: string }>`SELECT count(*) FILTER (WHERE status = 'active')::text AS active, count(*)::text AS total FROM listings`.execute(db)
    ).rows;
    const command = `npm run bench:search -- ${argv.join(' ')}`.trim();
    const headerLines = [
      `${startedAt.toISOString()} · ${machine.cpuCount} × ${machine.cpuModel} · Node ${machine.node} · Postgres ${settings!.version} (${server.origin}, shared_buffers ${settings!.shared_buffers})`,
      `commit ${machine.gitCommit?.slice(0, 12) ?? '?'}${machine.gitDirty ? ' (dirty)' : ''} · load average at start ${machine.loadAverageAtStart.join(' ')}`,
      `${counts!.total} listings (${counts!.active} active), ${sellers} sellers; generated, indexed and analysed in ${fmt(generationSeconds, 0)} s`,
      `${runs} timed runs of each (+${warmup} warm-up), interleaved, one at a time; a page is ${PAGE} hits; search = page + seller ratings + covers (+ facets, cap ${FACET_CAP}, in the facets shape)`,
    ];
    const report = {
      benchmark: 'search',
      startedAt: startedAt.toISOString(),
      command,
      options: { listings, sellers, runs, warmup },
      machine,
      generationSeconds,
      results: Object.fromEntries(all.map((s, k) => [s.name, stats[k]!])),
    };
    writeResults({ resultsDir, name: 'search', stamp, title: 'Listing search at scale', command, headerLines, tables: [table], report });
    return 0;
  } finally {
    await cleanup.run();
  }
}

function p95(xs: number[]): number {
  return percentile(Float64Array.from(xs).sort(), 95);
}

runBench('bench:search', main);
