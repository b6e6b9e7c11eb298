import { isIP } from 'node:net';
import path from 'node:path';
import { NATS_PREFIX } from '@agora/analytics';
import { z } from 'zod';
import { parseMasterKeys } from './adapters/keyring/keyring';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const base64 = '[A-Za-z0-9+/]+={0,2}';
const publicKey = `[0-9a-f]{16}:${base64}`;
const int = (def: number, min = 0, max = Number.MAX_SAFE_INTEGER) => z.coerce.number().int().min(min).max(max).default(def);

// Express 'trust proxy': `false`, a hop count, or comma-separated addresses, CIDRs and the names
// loopback / linklocal / uniquelocal. Never `true` (any client could then claim HTTPS or an address).
const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const trustedProxy = (entry: string) => {
  const [address = '', prefix, extra] = entry.split('/');
  const family = isIP(address);
  const bits = family === 6 ? 128 : 32;
  return PROXY_NAMES.has(entry) || (family !== 0 && extra === undefined && (prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits)));
};
const trustProxy = z
  .string()
  .default('loopback')
  .transform((raw, ctx): false | number | string[] => {
    if (raw === 'false') return false;
    if (/^\d{1,2}$/.test(raw)) return Number(raw);
    const entries = raw.split(',').map((e) => e.trim());
    for (const bad of entries.filter((e) => !trustedProxy(e))) {
      ctx.addIssue({ code: 'custom', message: `${bad || '(empty)'}: not false, a hop count, an IP address or CIDR, or loopback/linklocal/uniquelocal` });
    }
    return entries;
  });

// Sign-in with OpenID Connect providers (Google, Apple, Microsoft, Keycloak…): a JSON array; each
// provider's endpoints are discovered from its issuer on first use. `id` names it in the routes.
const oidcProviders = z
  .string()
  .default('[]')
  .transform((raw, ctx) => {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON array' });
      return z.NEVER;
    }
  })
  .pipe(
    z
      .array(
        z.strictObject({
          id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'a slug: a-z 0-9 -'),
          issuer: z.url(),
          client_id: z.string().min(1),
          client_secret: z.string().min(1),
          name: z.string().min(1).max(60).optional(),
        }),
      )
      .refine((list) => new Set(list.map((p) => p.id)).size === list.length, 'each id once'),
  );

const EnvSchema = z
  .object({
    ROLE: z.enum(['all', 'api', 'worker']).default('all'),
    PORT: int(3000, 0, 65535),
    HOST: z.string().default('0.0.0.0'),
    DATABASE_URL: z.string().url().optional(),
    CLICKHOUSE_URL: z.string().url().optional(),
    CLICKHOUSE_DATABASE: z
      .string()
      .regex(/^[a-z_][a-z0-9_]*$/i)
      .default('agora'),
    CLICKHOUSE_USER: z.string().optional(),
    CLICKHOUSE_PASSWORD: z.string().optional(),
    // With CLICKHOUSE_URL: the ClickHouse user analysts' SQL runs as, holding only SELECT on
    // CLICKHOUSE_DATABASE (checked at start; unset or holding more, the SQL page is disabled).
    CLICKHOUSE_ANALYST_USER: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a plain ClickHouse user name')
      .optional(),
    CLICKHOUSE_ANALYST_PASSWORD: z.string().optional(),
    DATA_DIR: z.string().default(path.resolve(__dirname, '../../.data')),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    PLATFORM_FEE_BPS: int(1000, 0, 10_000),
    // For models that carry no decision thresholds of their own (v1, v2); v3 on carry theirs.
    RISK_REVIEW_THRESHOLD: int(65, 0, 100),
    RISK_BLOCK_THRESHOLD: int(90, 0, 100),
    // Unset: no step-up band for such models (step-up starts where review does).
    RISK_STEP_UP_THRESHOLD: z.coerce.number().int().min(0).max(100).optional(),
    // The model a fresh registry makes active; every *.onnx beside it is registered (new ones in shadow).
    FRAUD_MODEL_PATH: z.string().optional(),
    // Fallback re-read of the model registry when a NOTIFY was missed (a dropped LISTEN connection).
    MODEL_REGISTRY_REFRESH_SECONDS: int(30, 1, 3600),
    // Model monitoring (risk/model-monitoring): how often the worker snapshots every serving version's
    // figures, over how many days of scores; the alert levels: PSI above MODEL_DRIFT_PSI_ALERT (0.25 is
    // the usual "major shift"), precision at the review threshold below MODEL_PRECISION_ALERT once at
    // least MODEL_PRECISION_MIN_LABELS flagged orders are labelled, PSI only over MODEL_DRIFT_MIN_SCORES scores a side.
    MODEL_MONITORING_INTERVAL_MS: int(3_600_000, 1000),
    MODEL_MONITORING_WINDOW_DAYS: int(90, 1, 3650),
    MODEL_DRIFT_PSI_ALERT: z.coerce.number().positive().default(0.25),
    MODEL_DRIFT_MIN_SCORES: int(100, 1),
    MODEL_PRECISION_ALERT: z.coerce.number().min(0).max(1).default(0.2),
    MODEL_PRECISION_MIN_LABELS: int(30, 1),
    PAYMENT_PROVIDER: z.enum(['sandbox', 'stripe']).default('sandbox'),
    STRIPE_SECRET_KEY: z
      .string()
      .regex(/^(sk|rk)_(test|live)_\w+$/, 'must be a Stripe secret or restricted key (sk_… / rk_…)')
      .optional(),
    // Comma-separated when several endpoints deliver (platform and Connect events), or while rolling a secret.
    STRIPE_WEBHOOK_SECRET: z
      .string()
      .regex(/^whsec_\w+(,whsec_\w+)*$/, 'must be Stripe webhook signing secrets (whsec_…, comma-separated)')
      .optional(),
    // Only to point the client elsewhere (tests use a local fake); defaults to api.stripe.com.
    STRIPE_API_BASE: z.string().url().optional(),
    SESSION_TTL_HOURS: int(24 * 30, 1),
    // Staff console sessions (cookie) end sooner: ASVS level 2 re-authentication after 12 hours.
    CONSOLE_SESSION_TTL_HOURS: int(12, 1, 24 * 30),
    // …and after this long unused (ASVS V3.3.2 level 2: 30 minutes).
    CONSOLE_SESSION_IDLE_MINUTES: int(30, 1, 24 * 60),
    // Which peers may tell the app the client's address and scheme (X-Forwarded-For/-Proto). The scheme
    // decides Secure cookies and HSTS, so trust only the proxy in front of the app (default: one on loopback).
    TRUST_PROXY: trustProxy,
    // How long a process may keep using a resolved session; bounds how late a logout or role change
    // made elsewhere takes effect here. 0 looks every request up.
    SESSION_CACHE_SECONDS: int(5, 0, 60),
    IDEMPOTENCY_TTL_HOURS: int(48, 24),
    // Outbox relay (analytics/src/relay.ts): a batch ships when RELAY_BATCH_SIZE events wait or the
    // oldest has waited RELAY_MAX_WAIT_MS; the loop polls every RELAY_INTERVAL_MS when not full;
    // RELAY_LANES batches run at once per worker, each over its share of the outbox partitions.
    // Defaults measured with bench:relay and bench:orders: 2 lanes polling every 250 ms without a
    // fill wait gave the lowest lag (p99 0.44 s at 10k events/s) at the same throughput as 4 lanes
    // polling every 100 ms with a 500 ms wait, and a fifth of the idle polls.
    RELAY_INTERVAL_MS: int(250, 10),
    RELAY_BATCH_SIZE: int(5000, 1, 100_000),
    RELAY_MAX_WAIT_MS: int(0, 0, 60_000),
    RELAY_LANES: int(2, 1, 16),
    // clickhouse: the relay inserts into ClickHouse. nats: it publishes to JetStream at NATS_URL and
    // the worker's consumer inserts the stream into ClickHouse (the scale-out path).
    RELAY_SINK: z.enum(['clickhouse', 'nats']).default('clickhouse'),
    NATS_URL: z
      .string()
      .regex(/^(nats|tls):\/\/\S+$/, 'must be a nats:// or tls:// URL')
      .default('nats://127.0.0.1:4222'),
    // Names this deployment's stream (<PREFIX>_EVENTS), subjects (<prefix>.events.>) and consumer
    // (<prefix>-clickhouse), keeping apart deployments that share one NATS server. Unset: CLICKHOUSE_DATABASE, lower-cased.
    NATS_STREAM_PREFIX: z.string().regex(NATS_PREFIX, '1 to 64 of a-z 0-9 _ -').optional(),
    // Bearer token a Prometheus scraper sends for GET /metrics; unset, the endpoint does not exist.
    METRICS_TOKEN: z
      .string()
      .regex(/^[A-Za-z0-9_\-.~+/]{32,512}=*$/, 'at least 32 characters of A-Z a-z 0-9 _ - . ~ + /')
      .optional(),
    // Order timers (the scheduler fires these system transitions).
    UNPAID_ORDER_TTL_MINUTES: int(15, 1),
    SHIP_DEADLINE_DAYS: int(14, 1),
    DELIVERY_CONFIRM_DEADLINE_DAYS: int(21, 1),
    AUTO_COMPLETE_DAYS: int(14, 1),
    // Live auctions. A bid this close to the end pushes the end back (anti-sniping: others get time to answer).
    AUCTION_SNIPE_WINDOW_SECONDS: int(120, 0, 3600),
    AUCTION_SNIPE_EXTENSION_SECONDS: int(120, 1, 3600),
    // A won auction's order waits this long for payment (UNPAID_ORDER_TTL_MINUTES is for a buyer already at checkout).
    AUCTION_PAYMENT_HOURS: int(48, 1, 24 * 14),
    // Shill bidding: a case once bidder and seller traded this often (orders between them, either way),
    // or once a bidder who never won this seller's auctions has this many bids that pushed the leader to within one increment of their maximum.
    AUCTION_SHILL_PAIR_ORDERS: int(3, 1),
    AUCTION_SHILL_PUSH_BIDS: int(4, 2),
    DISPUTE_WINDOW_DAYS: int(14, 1),
    // Offers: below OFFER_FLOOR_PERCENT of the price is low-ball spam; an offer (or counter) unanswered for
    // OFFER_TTL_HOURS lapses, so a seller is not bound by a stale price; a buyer keeps at most
    // OFFERS_OPEN_PER_BUYER negotiations open at once (one per listing), against offer spraying.
    OFFER_FLOOR_PERCENT: int(50, 1, 99),
    OFFER_TTL_HOURS: int(48, 1, 24 * 30),
    OFFERS_OPEN_PER_BUYER: int(20, 1, 1000),
    // Buyer disputes: a seller silent this long loses (full refund); evidence closes after
    // DISPUTE_EVIDENCE_DAYS; an assigned arbitrator should decide within the SLA.
    DISPUTE_SELLER_RESPONSE_DAYS: int(3, 1),
    DISPUTE_EVIDENCE_DAYS: int(7, 1),
    DISPUTE_ARBITRATION_SLA_HOURS: int(48, 1),
    SCHEDULER_INTERVAL_MS: int(1000, 10),
    // A payment attempt still `started` after this long is reconciled against the provider.
    PAYMENT_RECOVERY_AFTER_SECONDS: int(60, 1),
    // Payouts: minimum in minor units, and the risk-adaptive hold before completed sales become available.
    PAYOUT_MIN_AMOUNT: int(1000, 1),
    PAYOUT_HOLD_BASE_DAYS: int(2, 0, 60),
    PAYOUT_HOLD_NEW_SELLER_DAYS: int(5, 0, 60),
    PAYOUT_HOLD_LOW_TRUST_DAYS: int(5, 0, 60),
    PAYOUT_HOLD_HIGH_RISK_DAYS: int(7, 0, 60),
    PAYOUT_HOLD_HIGH_RISK_SCORE: int(50, 0, 100),
    PAYOUT_HOLD_MAX_DAYS: int(14, 0, 60),
    // Seller risk (fraud-models seller-risk.ts, scores 0–100): at listing publication a score at or above
    // SELLER_RISK_LISTING_REVIEW sends the listing to moderation; at payout a score at or above
    // SELLER_RISK_HOLD_SCORE adds SELLER_RISK_HOLD_DAYS to the hold, and at or above SELLER_RISK_CASE_SCORE
    // opens a fraud case about the seller. Defaults from archetypes (README "Seller risk"): a brand-new
    // seller scores ~10, one listing at 15% of the median ~23 (~39 with payout details set that day), 3 high-value open sales before the first
    // delivery ~40, the same with a payout change hours before ~90.
    SELLER_RISK_LISTING_REVIEW: int(25, 0, 101),
    SELLER_RISK_HOLD_SCORE: int(30, 0, 101),
    SELLER_RISK_HOLD_DAYS: int(7, 0, 60),
    SELLER_RISK_CASE_SCORE: int(60, 0, 101),
    // Reviews: the window after completion, the reputation prior (a Bayesian average pulls a user with
    // few reviews toward the prior mean; the weight is how many reviews the prior counts as), and the
    // burst flag (this many reviews for one seller within the minutes).
    REVIEW_WINDOW_DAYS: int(14, 1, 365),
    REPUTATION_PRIOR_MEAN: z.coerce.number().min(1).max(5).default(4),
    REPUTATION_PRIOR_WEIGHT: int(5, 0, 1000),
    REVIEW_BURST_COUNT: int(5, 2),
    REVIEW_BURST_MINUTES: int(60, 1),
    // Listing review: sellers with fewer completed sales than this are new, and their listings wait for a
    // moderator unless auto-approve is on; flagged listings (see modules/marketplace/listings/listing-review.ts) always wait.
    LISTING_REVIEW_UNTIL_SALES: int(3, 0),
    LISTING_AUTO_APPROVE: bool.default(false),
    // This many open reports send an active listing back to review.
    LISTING_REVIEW_REPORT_THRESHOLD: int(3, 1),
    // Saved searches: at most this many per user; new listings matching one are notified at most once
    // per this many minutes (a digest of what matched meanwhile).
    SAVED_SEARCHES_PER_USER: int(50, 1, 1000),
    SAVED_SEARCH_DIGEST_MINUTES: int(60, 1, 10080),
    // Rate limits (http/rate-limits.ts): counters live in Postgres, or in Redis when REDIS_URL is set; an
    // in-memory limiter per process stands in while the store is unreachable. Budgets: every /v1 request
    // per signed-in user (else per address); each content-creating route per user; credential routes
    // (login, logout) per address and per account; registrations per address.
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// URL')
      .optional(),
    // Keeps apart several deployments (or test runs) sharing one Redis.
    RATE_LIMIT_PREFIX: z
      .string()
      .regex(/^[\w-]{1,40}$/, '1 to 40 of A-Z a-z 0-9 _ -')
      .default('agora'),
    RATE_LIMIT_API_PER_MINUTE: int(600, 1),
    RATE_LIMIT_CREATE_PER_HOUR: int(60, 1),
    RATE_LIMIT_AUTH_IP_PER_MINUTE: int(20, 1),
    RATE_LIMIT_AUTH_ACCOUNT_PER_MINUTE: int(10, 1),
    RATE_LIMIT_REGISTER_IP_PER_HOUR: int(20, 1),
    // Requests that send mail (verification re-sends, resets, email changes), per address and per account.
    RATE_LIMIT_MAIL_PER_HOUR: int(5, 1),
    // Guesses at mailed tokens and second-factor codes, per address: strict, the secrets are short.
    RATE_LIMIT_CODE_IP_PER_MINUTE: int(10, 1),
    // Category suggestions per user: a client may ask as the seller types a title, but each costs a model run.
    RATE_LIMIT_SUGGEST_PER_MINUTE: int(60, 1),
    // Searches per address: the one public route whose cost grows with what it is asked (text, radius, facets).
    RATE_LIMIT_SEARCH_IP_PER_MINUTE: int(120, 1),
    // Login lockout: from the THRESHOLDth failed login of an account within the window (less the failures
    // a later successful login from the same address made), each failure locks the account for the next
    // of LOGIN_LOCKOUT_SECONDS (the last repeats); a locked account refuses even the right password.
    LOGIN_LOCKOUT_THRESHOLD: int(5, 1, 1000),
    LOGIN_LOCKOUT_SECONDS: z
      .string()
      .regex(/^\d+(,\d+)*$/, 'comma-separated whole seconds')
      .default('60,300,900,3600')
      .transform((v) => v.split(',').map(Number))
      .refine((v) => v.every((s) => s > 0), 'each must be at least 1'),
    LOGIN_FAILURE_WINDOW_HOURS: int(24, 1, 24 * 30),
    // scrypt runs on libuv's thread pool, shared with file I/O and the embedded ClickHouse: at most this many
    // hashes at once, and this many waiting; beyond that a login or registration is refused with a 503.
    PASSWORD_HASH_CONCURRENCY: int(2, 1, 64),
    PASSWORD_HASH_QUEUE: int(64, 0, 100_000),
    SEED_DEMO: bool.default(true),
    // Uploaded media (avatars, listing photos): files under MEDIA_DIR (default DATA_DIR/media), or an
    // S3-compatible bucket when S3_BUCKET is set (S3_ENDPOINT for MinIO, R2, Ceph…; unset keys: the SDK's
    // own credential chain). S3_PREFIX keeps apart deployments sharing a bucket.
    MEDIA_DIR: z.string().optional(),
    S3_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name')
      .optional(),
    S3_ENDPOINT: z.url().optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: bool.default(false),
    S3_PREFIX: z
      .string()
      .regex(/^([a-z0-9-]+\/)*$/, 'empty, or names of a-z 0-9 - each ending in /')
      .default(''),
    // Listing photo uploads per seller (each request counts once, whatever its number of files).
    RATE_LIMIT_UPLOAD_PER_HOUR: int(120, 1),
    // Outgoing mail: over SMTP (smtp:// or smtps://user:pass@host:port) when set, else each message is an
    // .eml file under MAIL_DIR (default DATA_DIR/mail) whose path is logged.
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/\S+$/, 'must be an smtp:// or smtps:// URL')
      .optional(),
    MAIL_DIR: z.string().optional(),
    MAIL_FROM: z.string().default('Agora <no-reply@agora.localhost>'),
    // Where the end users' app lives: links in mail (verify, reset) open `${APP_URL}/verify-email?token=…`.
    APP_URL: z.string().url().default('http://localhost:3000'),
    // The API's public base URL: OpenID providers redirect back to `${API_URL}/v1/auth/oidc/{provider}/callback`.
    API_URL: z
      .url()
      .default('http://localhost:3000')
      .transform((u) => u.replace(/\/+$/, '')),
    OIDC_PROVIDERS: oidcProviders,
    // Until their email is verified, users may browse and message but not list or pay.
    REQUIRE_VERIFIED_EMAIL: bool.default(true),
    EMAIL_VERIFICATION_TTL_HOURS: int(48, 1, 24 * 30),
    PASSWORD_RESET_TTL_MINUTES: int(30, 5, 24 * 60),
    // Sensitive changes (payouts, payout details, email, second factor, deleting the account) need the
    // password or second factor proved on this session within this many minutes.
    STEP_UP_MINUTES: int(10, 1, 24 * 60),
    // A built data export can be downloaded for this many days; then the worker deletes it.
    DATA_EXPORT_TTL_DAYS: int(7, 1, 90),
    // Staff must turn on two-step verification before any staff route answers them (403
    // two_factor_enrolment_required). Unset: on, except in the demo (SEED_DEMO), where the printed
    // and ADMIN_PASSWORD credentials alone sign in.
    STAFF_REQUIRE_2FA: bool.optional(),
    ADMIN_EMAIL: z.string().email().optional(),
    ADMIN_PASSWORD: z.string().min(12).optional(),
    // Ed25519 private key for audit checkpoints, base64 PKCS8 DER; unset: one kept in DATA_DIR.
    AUDIT_SIGNING_KEY: z
      .string()
      .regex(new RegExp(`^${base64}$`), 'base64 PKCS8 DER')
      .optional(),
    // Trusted checkpoint keys for a verifier without the private key: `keyid:base64-spki`, comma-separated.
    AUDIT_PUBLIC_KEYS: z
      .string()
      .regex(new RegExp(`^${publicKey}(,${publicKey})*$`), 'keyid:base64-spki, comma-separated')
      .optional(),
    AUDIT_CHECKPOINT_INTERVAL_MS: int(60_000, 100),
    // How often the worker links newly committed audit entries into the hash chain.
    AUDIT_SEAL_INTERVAL_MS: int(200, 10),
    CONSOLE_DIR: z.string().default(path.resolve(__dirname, '../../console/dist')),
    // Master keys for encryption at rest (`id:base64-32-bytes`, comma-separated) and the one new writes
    // use. Unset: a local key is generated once in DATA_DIR (see adapters/keyring/keyring-source.ts).
    MASTER_KEYS: z
      .string()
      .optional()
      .superRefine((raw, ctx) => {
        for (const message of raw === undefined ? [] : parseMasterKeys(raw).problems) ctx.addIssue({ code: 'custom', message });
      }),
    MASTER_KEY_ID: z.string().optional(),
    // Analysts' own SQL (POST /v1/admin/analytics/query): limits ClickHouse enforces on each query.
    ANALYST_QUERY_MAX_ROWS: int(10_000, 1, 1_000_000),
    ANALYST_QUERY_TIMEOUT_SECONDS: int(10, 1, 600),
    ANALYST_QUERY_MAX_MEMORY_MB: int(1024, 16),
    // Fair use: statements running at once (the embedded engine's read-only connections), per analyst,
    // how many more one analyst may have waiting (429 past that), and how long one waits (then 503).
    ANALYST_QUERY_CONCURRENCY: int(2, 1, 32),
    ANALYST_QUERY_PER_ANALYST: int(1, 1, 32),
    ANALYST_QUERY_QUEUE_PER_ANALYST: int(2, 0, 100),
    ANALYST_QUERY_QUEUE_TIMEOUT_MS: int(20_000, 10, 600_000),
    // Stream scoring (modules/risk/stream-scoring): how often the worker runs the detectors over their latest
    // windows, how long a cleared case silences the same detector + subject, and each detector's thresholds.
    STREAM_SCORING_INTERVAL_MS: int(60_000, 1_000),
    // Search: how often the worker recomputes sellers' average ratings (what min_rating filters on), and
    // how many matching listings the facet counts look at before they say they are approximate.
    SELLER_RATINGS_REFRESH_MS: int(60_000, 1_000),
    SEARCH_FACET_ROW_CAP: int(5_000, 100, 10_000_000),
    // Relevance ranks the listings of the last this many days above older ones (fresh ones are the ones still for sale).
    SEARCH_RECENT_DAYS: int(30, 1, 3650),
    STREAM_CASE_COOLOFF_HOURS: int(72, 0, 24 * 365),
    STREAM_SPIKE_WINDOW_MINUTES: int(60, 5, 24 * 60),
    STREAM_SPIKE_BASELINE_DAYS: int(7, 1, 90),
    STREAM_SPIKE_FACTOR: z.coerce.number().min(1).max(1000).default(5),
    STREAM_SPIKE_MIN_ORDERS: int(5, 1),
    STREAM_NEW_BUYERS_WINDOW_HOURS: int(24, 1, 24 * 30),
    STREAM_NEW_BUYERS_ACCOUNT_DAYS: int(7, 1, 365),
    STREAM_NEW_BUYERS_MIN: int(5, 2),
    STREAM_RING_WINDOW_DAYS: int(30, 1, 365),
    STREAM_RING_MIN_MEMBERS: int(3, 2, 100),
    STREAM_RING_MIN_PAIR_ORDERS: int(2, 1, 100),
    STREAM_RING_MIN_RATING: int(5, 1, 5),
    STREAM_LINKED_WINDOW_MINUTES: int(60, 1, 24 * 60),
    STREAM_LINKED_MIN_ACCOUNTS: int(3, 2, 100),
    // Real time (GET /v1/realtime): the server pings each socket this often and drops one that missed a
    // pong; a frame over the size limit closes the socket (1009); a socket whose unsent frames exceed the
    // buffer limit is closed (1013) and reconnects from its cursor; a user's oldest socket beyond the
    // count limit is closed (4002); each user's stream is kept this many days for reconnecting clients.
    REALTIME_HEARTBEAT_MS: int(30_000, 50, 600_000),
    REALTIME_MAX_FRAME_BYTES: int(16_384, 256, 1_048_576),
    REALTIME_MAX_BUFFERED_BYTES: int(1_048_576, 1024, 64 * 1_048_576),
    REALTIME_MAX_SOCKETS_PER_USER: int(10, 1, 1000),
    REALTIME_RETENTION_DAYS: int(7, 1, 365),
    // Conversations: a message the detector finds contact details or a payment request in is delivered
    // with a warning to its author; this many such messages in one conversation send it to the
    // moderators' queue (3: one slip and a correction are normal, a third attempt is a pattern).
    CONVERSATION_FLAG_AFTER: int(3, 1, 100),
    // Notification delivery (mail, Web Push, the socket): a failed attempt is retried after
    // NOTIFICATION_RETRY_BASE_MS doubled per attempt (with jitter, capped at an hour), and given up
    // (`failed`) after NOTIFICATION_MAX_ATTEMPTS; the worker also polls this often in case it missed a wake-up.
    NOTIFICATION_RETRY_BASE_MS: int(30_000, 10, 3_600_000),
    NOTIFICATION_MAX_ATTEMPTS: int(8, 1, 50),
    NOTIFICATION_POLL_MS: int(5_000, 10, 600_000),
    // Reminders go out this long before a deadline that costs a party money (ship-by, confirm-by, dispute response and evidence).
    NOTIFICATION_REMINDER_HOURS: int(24, 1, 24 * 7),
    // Web Push (VAPID, RFC 8292). Unset: a key pair is generated once and kept in DATA_DIR (like the master keys).
    // The subject is a mailto: or https: contact the push services can reach the operator by.
    VAPID_PUBLIC_KEY: z
      .string()
      .regex(/^[A-Za-z0-9_-]{87}$/, 'an uncompressed P-256 public key, base64url (87 characters)')
      .optional(),
    VAPID_PRIVATE_KEY: z
      .string()
      .regex(/^[A-Za-z0-9_-]{43}$/, 'a P-256 private key, base64url (43 characters)')
      .optional(),
    VAPID_SUBJECT: z
      .string()
      .regex(/^(mailto:|https:\/\/)\S+$/, 'a mailto: or https: URL')
      .default('mailto:ops@agora.localhost'),
    // Push subscription endpoints must be https; tests point them at a loopback http fake.
    PUSH_ALLOW_LOOPBACK_HTTP: bool.default(false),
    // How long a push service keeps an undelivered message (TTL header), in seconds.
    PUSH_TTL_SECONDS: int(86_400, 0, 2_419_200),
    // A photo whose nsfwjs score (Porn + Hentai + half of Sexy) reaches this sends its listing to review.
    // 0.6: above the 0.5 a swimwear photo can reach alone; review is cheap, an explicit photo live is not.
    IMAGE_SAFETY_THRESHOLD: z.coerce.number().gt(0).max(1).default(0.6),
  })
  .transform((env) => ({
    ...env,
    NATS_STREAM_PREFIX: env.NATS_STREAM_PREFIX ?? env.CLICKHOUSE_DATABASE.toLowerCase(),
    MEDIA_DIR: env.MEDIA_DIR ?? path.join(env.DATA_DIR, 'media'),
    STAFF_REQUIRE_2FA: env.STAFF_REQUIRE_2FA ?? !env.SEED_DEMO,
  }));

export type Config = Readonly<z.infer<typeof EnvSchema>>;

/** Parses the environment; every problem is reported at once, never one per restart. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means unset (compose's `${X:-}` passes empty strings).
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = EnvSchema.safeParse(given);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const config = result.data;
  if (config.RISK_REVIEW_THRESHOLD > config.RISK_BLOCK_THRESHOLD) {
    throw new Error('Invalid configuration:\n  RISK_REVIEW_THRESHOLD: must not exceed RISK_BLOCK_THRESHOLD');
  }
  if (config.RISK_STEP_UP_THRESHOLD !== undefined && config.RISK_STEP_UP_THRESHOLD > config.RISK_REVIEW_THRESHOLD) {
    throw new Error('Invalid configuration:\n  RISK_STEP_UP_THRESHOLD: must not exceed RISK_REVIEW_THRESHOLD');
  }
  if (Boolean(config.ADMIN_EMAIL) !== Boolean(config.ADMIN_PASSWORD)) {
    throw new Error('Invalid configuration:\n  ADMIN_EMAIL, ADMIN_PASSWORD: set both or neither');
  }
  if (Boolean(config.MASTER_KEYS) !== Boolean(config.MASTER_KEY_ID)) {
    throw new Error('Invalid configuration:\n  MASTER_KEYS, MASTER_KEY_ID: set both or neither');
  }
  if (Boolean(config.VAPID_PUBLIC_KEY) !== Boolean(config.VAPID_PRIVATE_KEY)) {
    throw new Error('Invalid configuration:\n  VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY: set both or neither');
  }
  if (config.MASTER_KEYS && !parseMasterKeys(config.MASTER_KEYS).keys.some((k) => k.id === config.MASTER_KEY_ID)) {
    throw new Error('Invalid configuration:\n  MASTER_KEY_ID: must be one of the key ids in MASTER_KEYS');
  }
  if (config.PAYMENT_PROVIDER === 'stripe') {
    const missing = (['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET'] as const).filter((k) => !config[k]);
    if (missing.length > 0) throw new Error(`Invalid configuration:\n  ${missing.join(', ')}: required when PAYMENT_PROVIDER=stripe`);
  }
  return Object.freeze(config);
}
