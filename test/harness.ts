import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { clickHouseSink, relayBatch } from '@agora/analytics';
import { createTestClickHouse } from '../analytics/test/clickhouse';
import { createApp } from '../api/src/app';
import { type Realtime, attachRealtime } from '../api/src/http/realtime';
import { REALTIME_CHANNELS } from '../api/src/realtime-channels';
import type { Clock } from '../api/src/clock';
import { loadConfig } from '../api/src/config';
import { type AppContext, closeContext } from '../api/src/context';
import { createDatabase } from '../api/src/db/database';
import { createRateLimits } from '../api/src/adapters/rate-limits';
import { createSessionCache } from '../api/src/http/session-cache';
import { migrateToLatest } from '../api/src/db/migrate';
import { createLogger } from '../api/src/logger';
import { loadKeyring } from '../api/src/adapters/keyring';
import { createPaymentProvider } from '../api/src/adapters/payment-providers';
import { createServingModels } from '../api/src/adapters/serving-models';
import { modelRegistrySource } from '../api/src/modules/risk/model-registry';
import { createMailer } from '../api/src/adapters/mailer';
import { createObjectStorage } from '../api/src/adapters/object-storage';
import { createPasswordHasher } from '../api/src/adapters/passwords';
import { createTestDatabase } from './postgres';

export interface TestContext {
  ctx: AppContext;
  /** The per-file database, for child processes and raw connections. */
  databaseUrl: string;
  close(): Promise<void>;
}

/** A full context on real engines: its own Postgres database and its own ClickHouse database. */
/** Settings every test app starts with (an app in a child process, too). */
export const TEST_ENV = {
  // Most tests list and buy at once; listing-moderation tests turn this off.
  LISTING_AUTO_APPROVE: 'true',
  // Tests sign up and sign in many users from one address at machine speed; rate-limit tests set their own.
  RATE_LIMIT_API_PER_MINUTE: '1000000',
  RATE_LIMIT_CREATE_PER_HOUR: '1000000',
  RATE_LIMIT_UPLOAD_PER_HOUR: '1000000',
  RATE_LIMIT_AUTH_IP_PER_MINUTE: '1000000',
  RATE_LIMIT_AUTH_ACCOUNT_PER_MINUTE: '1000000',
  RATE_LIMIT_REGISTER_IP_PER_HOUR: '1000000',
  PASSWORD_HASH_QUEUE: '100000',
  RATE_LIMIT_MAIL_PER_HOUR: '1000000',
  RATE_LIMIT_CODE_IP_PER_MINUTE: '1000000',
  RATE_LIMIT_SEARCH_IP_PER_MINUTE: '1000000',
  // Most tests are about something else than the verification gate; accounts.e2e turns it on.
  REQUIRE_VERIFIED_EMAIL: 'false',
  // Staff tests are about their permissions; two-factor.e2e turns the enrolment requirement on.
  STAFF_REQUIRE_2FA: 'false',
} as const;

/**
 * `allowDeadLetters`: a file that writes events the catalogue refuses on purpose. Every other file
 * fails on close if any event it caused was dead-lettered, so each test run proves that everything
 * the API emits is catalogued (analytics/src/catalogue).
 */
export async function createTestContext(opts: { env?: Record<string, string>; clock?: Clock; allowDeadLetters?: boolean } = {}): Promise<TestContext> {
  const pg = await createTestDatabase();
  const ch = await createTestClickHouse();
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'agora-test-data-')),
    CLICKHOUSE_DATABASE: ch.store.database,
    ...TEST_ENV,
    ...opts.env,
  });
  const db = createDatabase(pg.url);
  await migrateToLatest(db);
  const logger = createLogger(config.LOG_LEVEL);
  const clock = opts.clock ?? { now: () => new Date() };
  const scorer = createServingModels({ config, source: modelRegistrySource({ db, clock }), databaseUrl: pg.url, logger });
  await scorer.start();
  const ctx: AppContext = {
    config,
    logger,
    clock,
    db,
    analytics: ch.store,
    scorer,
    payments: createPaymentProvider(config),
    keyring: loadKeyring(config),
    sessions: createSessionCache(config.SESSION_CACHE_SECONDS * 1000),
    rateLimits: createRateLimits(config, pg.url, logger),
    passwords: createPasswordHasher(config.PASSWORD_HASH_CONCURRENCY, config.PASSWORD_HASH_QUEUE),
    mailer: createMailer(config, logger),
    media: createObjectStorage(config),
  };
  return {
    ctx,
    databaseUrl: pg.url,
    async close() {
      const dead = opts.allowDeadLetters ? [] : await db.selectFrom('outbox_dead_letters').select(['event_type', 'reason']).execute();
      await closeContext(ctx);
      await ch.drop();
      await pg.drop();
      if (dead.length > 0) throw new Error(`events refused by the catalogue: ${dead.map((d) => `${d.event_type} (${d.reason})`).join('; ')}`);
    },
  };
}

export interface TestApp extends TestContext {
  url: string;
  /** The app's WebSocket endpoint's hub (live sockets of this process). */
  realtime: Realtime;
}

/** The real Express app on an ephemeral loopback port. */
export async function startTestApp(opts: Parameters<typeof createTestContext>[0] = {}): Promise<TestApp> {
  const test = await createTestContext(opts);
  const server = createApp(test.ctx).listen(0, '127.0.0.1');
  // Longer than any pause between requests in a test: a socket the server closed while the client
  // was about to reuse it fails with ECONNRESET.
  server.keepAliveTimeout = 65_000;
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  const realtime = await attachRealtime(server, test.ctx, test.databaseUrl, REALTIME_CHANNELS);
  return {
    ...test,
    url: `http://127.0.0.1:${port}`,
    realtime,
    async close() {
      await realtime.close();
      const closed = new Promise((resolve) => server.close(resolve));
      // Node's fetch opens a spare connection after a streamed response is aborted (the SSE tests); it
      // never sends a request, so close() alone would wait out its keep-alive.
      server.closeAllConnections();
      await closed;
      await test.close();
    },
  };
}

export interface Response<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** A small HTTP client for e2e tests: JSON in, JSON (or problem+json) out. */
export function client(baseUrl: string) {
  return async function request<T = any>(
    method: string,
    path: string,
    opts: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
  ): Promise<Response<T>> {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let body: string | undefined = opts.rawBody;
    if (opts.body !== undefined) body = JSON.stringify(opts.body);
    if (body !== undefined) headers['content-type'] ??= 'application/json';
    const res = await fetch(`${baseUrl}${path}`, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // leave non-JSON bodies as text
    }
    return { status: res.status, headers: res.headers, body: parsed as T };
  };
}

export type Request = ReturnType<typeof client>;

export interface TestUser {
  id: string;
  email: string;
  token: string;
}

/** `deviceId`: the app's X-Device-Id, sent when registering. */
export async function registerUser(request: Request, overrides: Partial<{ email: string; password: string; display_name: string; deviceId: string }> = {}): Promise<TestUser> {
  const email = overrides.email ?? `user-${randomBytes(5).toString('hex')}@example.test`;
  const password = overrides.password ?? 'correct horse battery';
  const res = await request('POST', '/v1/auth/register', {
    headers: overrides.deviceId ? { 'X-Device-Id': overrides.deviceId } : {},
    body: { email, password, display_name: overrides.display_name ?? 'Test User' },
  });
  if (res.status !== 202) throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  // Registering says nothing about the account (no enumeration): signing in is a second step.
  const session = await request('POST', '/v1/auth/login', { body: { email, password } });
  if (session.status !== 200) throw new Error(`login after register failed: ${session.status} ${JSON.stringify(session.body)}`);
  return { id: session.body.user.id, email, token: session.body.token };
}

export async function makeListing(request: Request, seller: TestUser, overrides: Record<string, unknown> = {}) {
  const res = await request('POST', '/v1/listings', {
    token: seller.token,
    body: { title: 'Vintage camera', description: 'Works, with strap', price: { amount: 12_500, currency: 'EUR' }, category: 'cameras', condition: 'good', ...overrides },
  });
  if (res.status !== 201) throw new Error(`listing failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; status: string; moderation_note: string | null; price: { amount: number; currency: string } };
}

/** Staff are made directly in the database: there is no public way to grant roles. */
export async function makeStaff(test: TestApp, roles: string[]): Promise<TestUser> {
  const request = client(test.url);
  const user = await registerUser(request);
  await test.ctx.db.updateTable('users').set({ roles }).where('id', '=', user.id).execute();
  return user;
}

export type OrderStage = 'paid' | 'shipped' | 'delivered' | 'completed';

/** Where test parcels go: paying needs a shipping address. */
export const SHIP_TO = { name: 'Test Buyer', line1: '1 Test Street', city: 'Berlin', postal_code: '10115', country: 'DE' };

/** An order walked through the public API to `stage` (fresh seller/buyer unless given). */
export async function orderAt(
  request: Request,
  stage: OrderStage,
  opts: { seller?: TestUser; buyer?: TestUser; listing?: Record<string, unknown> } = {},
): Promise<{ id: string; listingId: string; seller: TestUser; buyer: TestUser }> {
  const seller = opts.seller ?? (await registerUser(request));
  const buyer = opts.buyer ?? (await registerUser(request));
  const listing = await makeListing(request, seller, opts.listing);
  const order = await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } });
  if (order.status !== 201) throw new Error(`order failed: ${order.status} ${JSON.stringify(order.body)}`);
  const id: string = order.body.id;
  const steps: [OrderStage, TestUser, string, unknown][] = [
    ['paid', buyer, 'pay', { payment_method: 'pm_card_visa', shipping_address: SHIP_TO }],
    ['shipped', seller, 'ship', { carrier: 'DHL', tracking_number: '1234567890' }],
    ['delivered', buyer, 'confirm-delivery', {}],
    ['completed', buyer, 'complete', {}],
  ];
  for (const [reached, actor, action, body] of steps) {
    const res = await request('POST', `/v1/orders/${id}/${action}`, { token: actor.token, body });
    if (res.status !== 200) throw new Error(`${action} failed: ${res.status} ${JSON.stringify(res.body)}`);
    if (reached === stage) break;
  }
  return { id, listingId: listing.id, seller, buyer };
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A clock the test moves by hand, for timers, windows and deadlines. */
export function manualClock(start = '2026-11-21T09:00:00Z') {
  let now = Date.parse(start);
  return {
    clock: { now: () => new Date(now) } satisfies Clock,
    /** Milliseconds since the epoch. */
    nowMs: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

/** A problem+json answer with this status, naming `field` among its errors when given. */
export function expectProblem(res: { status: number; headers: Headers; body: any }, status: number, field?: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  if (field) expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
}

/** Relays every outbox event to ClickHouse now, as the worker would (tests that read analytics). */
export async function relayAll(ctx: AppContext): Promise<void> {
  const sink = clickHouseSink(ctx.analytics);
  while ((await relayBatch(ctx.db, sink, { batchSize: 1000 })) > 0);
}
