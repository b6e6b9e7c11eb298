import { type AnalyticsStore, openClickHouse } from '@agora/analytics';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { type Clock, systemClock } from './clock';
import { type RateLimits, createRateLimits } from './adapters/rate-limits';
import { type SessionCache, createSessionCache } from './http/session-cache';
import type { Config } from './config';
import { createDatabase } from './db/database';
import type { DB } from './db/schema';
import type { Logger } from './logger';
import { type Keyring, loadKeyring } from './adapters/keyring';
import { type PaymentProvider, createPaymentProvider } from './adapters/payment-providers';
import { type PasswordHasher, createPasswordHasher } from './adapters/passwords';
import { type Mailer, createMailer } from './adapters/mailer';
import { type ObjectStorage, createObjectStorage } from './adapters/object-storage';
import { closeImageSafety } from './adapters/image-safety';
import { type ModelSource, type ServingModels, createServingModels } from './adapters/serving-models';

/** Everything a request or a job needs, wired once. Tests build their own with real databases. */
export interface AppContext {
  config: Config;
  logger: Logger;
  clock: Clock;
  db: Kysely<DB>;
  analytics: AnalyticsStore;
  /** The fraud models the registry says to serve: the live one (as a FraudScorer) and its shadows. Started after migrations. */
  scorer: ServingModels;
  payments: PaymentProvider;
  /** Master keys for sensitive data at rest. */
  keyring: Keyring;
  /** Recently resolved bearer tokens; revoke through it so this process forgets at once. */
  sessions: SessionCache;
  /** Rate-limit counters (Postgres, or Redis with REDIS_URL) and the login lockout's. */
  rateLimits: RateLimits;
  /** scrypt behind a bounded gate: logins cannot fill libuv's thread pool. */
  passwords: PasswordHasher;
  /** Outgoing mail (SMTP, or .eml files in the embedded default). */
  mailer: Mailer;
  /** Uploaded media: local files, or an S3-compatible bucket with S3_BUCKET. */
  media: ObjectStorage;
}

export interface ContextInput {
  config: Config;
  logger: Logger;
  databaseUrl: string;
  clock?: Clock;
  /** What the fraud models follow: the model registry's `modelRegistrySource` (a module, so the caller passes it in). */
  modelSource: (deps: Pick<AppContext, 'db' | 'clock'>) => ModelSource;
}

export async function createContext({ config, logger, databaseUrl, clock = systemClock, modelSource }: ContextInput): Promise<AppContext> {
  // First, so a bad key file stops the start before any connection is opened.
  const keyring = loadKeyring(config);
  const db = createDatabase(databaseUrl);
  const analytics = await openClickHouse({
    url: config.CLICKHOUSE_URL,
    username: config.CLICKHOUSE_USER,
    password: config.CLICKHOUSE_PASSWORD,
    database: config.CLICKHOUSE_DATABASE,
    dataDir: path.join(config.DATA_DIR, 'clickhouse'),
    analyst: { username: config.CLICKHOUSE_ANALYST_USER, password: config.CLICKHOUSE_ANALYST_PASSWORD, connections: config.ANALYST_QUERY_CONCURRENCY },
  });
  const scorer = createServingModels({ config, source: modelSource({ db, clock }), databaseUrl, logger });
  return {
    config,
    logger,
    clock,
    db,
    analytics,
    scorer,
    payments: createPaymentProvider(config),
    keyring,
    sessions: createSessionCache(config.SESSION_CACHE_SECONDS * 1000),
    rateLimits: createRateLimits(config, databaseUrl, logger),
    passwords: createPasswordHasher(config.PASSWORD_HASH_CONCURRENCY, config.PASSWORD_HASH_QUEUE),
    mailer: createMailer(config, logger),
    media: createObjectStorage(config),
  };
}

export async function closeContext(ctx: AppContext): Promise<void> {
  await ctx.scorer.close();
  ctx.mailer.close();
  ctx.media.close();
  // The photo classifier's worker thread is one per process, started by the first upload.
  await closeImageSafety();
  await ctx.rateLimits.close();
  await ctx.analytics.close();
  await ctx.db.destroy();
}
