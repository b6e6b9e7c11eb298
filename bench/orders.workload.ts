// The order-lifecycle workload: buyer/seller pairs with pre-made listings, and the five requests
// create → pay → ship → confirm-delivery → complete, driven closed-loop (as fast as each client
// can go) or open-loop (lifecycles started on a fixed schedule).
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { HttpClient, HttpResult } from './lib/http';
import type { Recorder } from './lib/stats';

export const ENDPOINTS = ['create', 'pay', 'ship', 'deliver', 'complete'] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

export const ENDPOINT_PATHS: Record<Endpoint, string> = {
  create: 'POST /v1/orders',
  pay: 'POST /v1/orders/:id/pay',
  ship: 'POST /v1/orders/:id/ship',
  deliver: 'POST /v1/orders/:id/confirm-delivery',
  complete: 'POST /v1/orders/:id/complete',
};

interface Party {
  id: string;
  token: string;
}

export interface Pair {
  index: number;
  seller: Party;
  buyer: Party;
  /** Active listings of this pair's seller, not yet ordered. */
  listings: string[];
  /** Listings that had to be made during a timed phase because the pool ran dry. */
  refills: number;
}

export interface WorkloadOptions {
  /** Send an Idempotency-Key on create and pay, as a well-behaved client does. */
  idempotencyKeys: boolean;
}

const CATEGORIES = ['fiction', 'furniture', 'toys-games', 'bikes', 'instruments'] as const;
let listingSeq = 0;

const describe = (res: HttpResult): string => (res.status === 0 ? (res.error ?? 'no response') : `${res.status} ${JSON.stringify(res.body)}`);

/** Registering answers 202 and says nothing about the account; the session comes from signing in. */
async function register(http: HttpClient, email: string, displayName: string): Promise<Party> {
  const password = 'bench password, long enough';
  const registered = await http.request('POST', '/v1/auth/register', { body: { email, password, display_name: displayName } });
  if (registered.status !== 202) throw new Error(`register ${email} failed: ${describe(registered)}`);
  const res = await http.request<{ user: { id: string }; token: string }>('POST', '/v1/auth/login', { body: { email, password } });
  if (res.status !== 200) throw new Error(`login ${email} failed: ${describe(res)}`);
  return { id: res.body.user.id, token: res.body.token };
}

/** One seller and one buyer per client. Registration hashes with scrypt: a few at a time. */
export async function registerPairs(http: HttpClient, count: number, runId: string): Promise<Pair[]> {
  const pairs: Pair[] = [];
  const queue = Array.from({ length: count }, (_, i) => i);
  const worker = async () => {
    for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
      const seller = await register(http, `bench-${runId}-${i}-seller@example.test`, `Bench seller ${i}`);
      const buyer = await register(http, `bench-${runId}-${i}-buyer@example.test`, `Bench buyer ${i}`);
      pairs.push({ index: i, seller, buyer, listings: [], refills: 0 });
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, count) }, worker));
  return pairs.sort((a, b) => a.index - b.index);
}

async function createListing(http: HttpClient, pair: Pair): Promise<string> {
  const n = listingSeq++;
  const res = await http.request<{ id: string }>('POST', '/v1/listings', {
    token: pair.seller.token,
    body: {
      title: `Bench item ${n}`,
      description: 'Made by the order-lifecycle benchmark',
      // Modest, varied prices: ordinary purchases, not the outliers the risk model looks for.
      price: { amount: 1_500 + ((n * 37) % 45) * 100, currency: 'EUR' },
      category: CATEGORIES[n % CATEGORIES.length],
      condition: 'good',
    },
  });
  if (res.status !== 201) throw new Error(`create listing failed: ${describe(res)}`);
  return res.body.id;
}

/** Tops every pair's pool up to `perPair` listings, the pairs in parallel. */
export async function topUpListings(http: HttpClient, pairs: Pair[], perPair: number): Promise<number> {
  let made = 0;
  await Promise.all(
    pairs.map(async (pair) => {
      while (pair.listings.length < perPair) {
        pair.listings.push(await createListing(http, pair));
        made += 1;
      }
    }),
  );
  return made;
}

/** Called for every response: the caller decides what counts and from when latency runs. */
export type Observe = (endpoint: Endpoint, res: HttpResult, intendedStart: number, ok: boolean) => void;

/**
 * One lifecycle on a fresh listing. The first request is intended to start at `firstIntended`;
 * each later one at the moment the previous one ended. Stops at the first unexpected status.
 * Returns the end time of the last request, or null if the lifecycle failed.
 */
async function runLifecycle(http: HttpClient, pair: Pair, opts: WorkloadOptions, firstIntended: number, observe: Observe): Promise<number | null> {
  let listingId = pair.listings.pop();
  if (listingId === undefined) {
    listingId = await createListing(http, pair);
    pair.refills += 1;
  }
  const key = (): Record<string, string> => (opts.idempotencyKeys ? { 'idempotency-key': randomUUID() } : {});
  let intended = firstIntended;
  const step = async (endpoint: Endpoint, expected: number, path: string, token: string, body?: unknown, headers?: Record<string, string>) => {
    const res = await http.request('POST', path, { token, body, headers });
    const ok = res.status === expected;
    observe(endpoint, res, intended, ok);
    intended = res.endedAt;
    return ok ? res : null;
  };

  const created = await step('create', 201, '/v1/orders', pair.buyer.token, { listing_id: listingId }, key());
  if (!created) return null;
  const id = (created.body as { id: string }).id;
  if (
    !(await step(
      'pay',
      200,
      `/v1/orders/${id}/pay`,
      pair.buyer.token,
      { payment_method: 'pm_card_visa', shipping_address: { name: 'Bench Buyer', line1: '1 Bench Street', city: 'Berlin', postal_code: '10115', country: 'DE' } },
      key(),
    ))
  )
    return null;
  // A DHL Express waybill's shape: 10 digits.
  const tracking = String(randomBytes(5).readUIntBE(0, 5) % 10_000_000_000).padStart(10, '0');
  if (!(await step('ship', 200, `/v1/orders/${id}/ship`, pair.seller.token, { carrier: 'DHL', tracking_number: tracking }))) return null;
  if (!(await step('deliver', 200, `/v1/orders/${id}/confirm-delivery`, pair.buyer.token))) return null;
  const done = await step('complete', 200, `/v1/orders/${id}/complete`, pair.buyer.token);
  return done ? done.endedAt : null;
}

const errorDetail = (res: HttpResult): string => {
  if (res.status === 0) return res.error ?? 'no response';
  const body = res.body as { code?: string; detail?: string } | undefined;
  return body?.code ? `${body.code}: ${body.detail ?? ''}` : JSON.stringify(res.body);
};

export interface ClosedLoopResult {
  windowS: number;
  lifecycles: number;
  failedLifecycles: number;
}

/**
 * Each pair loops lifecycles back to back for `durationMs`. A request counts if it ends inside the
 * window, a lifecycle if its last request does; latency is each request's own round trip.
 */
export async function closedLoop(http: HttpClient, pairs: Pair[], opts: WorkloadOptions & { durationMs: number; recorder: Recorder }): Promise<ClosedLoopResult> {
  const t0 = performance.now();
  const t1 = t0 + opts.durationMs;
  let lifecycles = 0;
  let failedLifecycles = 0;
  const observe: Observe = (endpoint, res, _intended, ok) => {
    if (res.endedAt > t1) return;
    if (ok) opts.recorder.ok(endpoint, res.endedAt - res.startedAt);
    else opts.recorder.error(endpoint, res.status, errorDetail(res));
  };
  await Promise.all(
    pairs.map(async (pair) => {
      while (performance.now() < t1) {
        const end = await runLifecycle(http, pair, opts, performance.now(), observe);
        if (end === null) failedLifecycles += 1;
        else if (end <= t1) lifecycles += 1;
      }
    }),
  );
  return { windowS: opts.durationMs / 1000, lifecycles, failedLifecycles };
}

export interface OpenLoopResult {
  windowS: number;
  targetLifecyclesPerS: number;
  scheduled: number;
  lifecycles: number;
  failedLifecycles: number;
  /** Seconds from the first scheduled start until the last lifecycle ended. */
  elapsedS: number;
  maxInFlight: number;
  /** How late the generator itself started lifecycles (event-loop lag), in ms. */
  maxStartLagMs: number;
}

/**
 * Starts lifecycles at a fixed rate regardless of how earlier ones fare (no cap on concurrency),
 * so a slow response cannot slow the arrivals down. Latency runs from the intended start: the
 * schedule for a lifecycle's first request, the previous response for the others. That charges
 * queueing and generator lag to the system instead of hiding them (no coordinated omission).
 */
export async function openLoop(
  http: HttpClient,
  pairs: Pair[],
  opts: WorkloadOptions & { durationMs: number; lifecyclesPerS: number; recorder: Recorder },
): Promise<OpenLoopResult> {
  const interval = 1000 / opts.lifecyclesPerS;
  const total = Math.max(1, Math.floor((opts.durationMs / 1000) * opts.lifecyclesPerS));
  const t0 = performance.now() + 20;
  let lifecycles = 0;
  let failedLifecycles = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let maxStartLagMs = 0;
  let lastEnd = t0;
  const observe: Observe = (endpoint, res, intended, ok) => {
    if (ok) opts.recorder.ok(endpoint, res.endedAt - intended);
    else opts.recorder.error(endpoint, res.status, errorDetail(res));
  };
  const running: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const scheduled = t0 + i * interval;
    const wait = scheduled - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    maxStartLagMs = Math.max(maxStartLagMs, performance.now() - scheduled);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    running.push(
      runLifecycle(http, pairs[i % pairs.length]!, opts, scheduled, observe).then((end) => {
        inFlight -= 1;
        if (end === null) failedLifecycles += 1;
        else {
          lifecycles += 1;
          lastEnd = Math.max(lastEnd, end);
        }
      }),
    );
  }
  await Promise.all(running);
  return {
    windowS: opts.durationMs / 1000,
    targetLifecyclesPerS: opts.lifecyclesPerS,
    scheduled: total,
    lifecycles,
    failedLifecycles,
    elapsedS: (lastEnd - t0) / 1000,
    maxInFlight,
    maxStartLagMs,
  };
}
