import { createHash } from 'node:crypto';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis } from 'rate-limiter-flexible';
import type { Config } from '../../config';
import type { Logger } from '../../logger';

/** The budgets a route can count against (RouteDef.rateLimit); `api` is counted for every route. */
export type Budget = 'api' | 'create' | 'upload' | 'auth_ip' | 'auth_account' | 'register_ip' | 'mail' | 'code_ip' | 'suggest' | 'search_ip';

export interface RateLimits {
  budgets: Record<Budget, RateLimiterAbstract>;
  /** Failed logins per account and per (address, account) within the failure window. */
  loginFailures: RateLimiterAbstract;
  loginPairFailures: RateLimiterAbstract;
  /** An account's lock: a key blocked for the lock's duration. */
  loginLock: RateLimiterAbstract;
  close(): Promise<void>;
}

/**
 * A limiter key for a subject (an address, an email, a user id): hashed, so the counter store holds no
 * personal data in the clear and every key fits the store's 255 characters.
 */
export function limitKey(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('base64url');
}

/**
 * Counters in Postgres (the `rate_limits` table), or in Redis when REDIS_URL is set. When the store
 * fails (Redis down, Postgres unreachable), each limiter falls back to an in-memory one in this
 * process: limits stay enforced, per process rather than across processes, instead of failing open
 * (unlimited guessing) or closed (nobody can sign in while Redis is down).
 */
export function createRateLimits(config: Config, databaseUrl: string, logger: Logger): RateLimits {
  const store = config.REDIS_URL ? redisStore(config.REDIS_URL, logger) : postgresStore(databaseUrl);
  let first = true;
  const limiter = (name: string, points: number, duration: number) => {
    const keyPrefix = `${config.RATE_LIMIT_PREFIX}:${name}`;
    const insuranceLimiter = new RateLimiterMemory({ keyPrefix, points, duration });
    // One limiter is enough to sweep the shared table's expired rows.
    const limiter = store.limiter({ keyPrefix, points, duration, insuranceLimiter }, first);
    first = false;
    return limiter;
  };
  const failureWindow = config.LOGIN_FAILURE_WINDOW_HOURS * 3600;
  return {
    budgets: {
      api: limiter('api', config.RATE_LIMIT_API_PER_MINUTE, 60),
      create: limiter('create', config.RATE_LIMIT_CREATE_PER_HOUR, 3600),
      upload: limiter('upload', config.RATE_LIMIT_UPLOAD_PER_HOUR, 3600),
      auth_ip: limiter('auth-ip', config.RATE_LIMIT_AUTH_IP_PER_MINUTE, 60),
      auth_account: limiter('auth-account', config.RATE_LIMIT_AUTH_ACCOUNT_PER_MINUTE, 60),
      register_ip: limiter('register-ip', config.RATE_LIMIT_REGISTER_IP_PER_HOUR, 3600),
      mail: limiter('mail', config.RATE_LIMIT_MAIL_PER_HOUR, 3600),
      code_ip: limiter('code-ip', config.RATE_LIMIT_CODE_IP_PER_MINUTE, 60),
      suggest: limiter('suggest', config.RATE_LIMIT_SUGGEST_PER_MINUTE, 60),
      search_ip: limiter('search-ip', config.RATE_LIMIT_SEARCH_IP_PER_MINUTE, 60),
    },
    // Counted with penalty(), which never refuses: the lockout decides from the count.
    loginFailures: limiter('login-failures', config.LOGIN_LOCKOUT_THRESHOLD, failureWindow),
    loginPairFailures: limiter('login-pair-failures', config.LOGIN_LOCKOUT_THRESHOLD, failureWindow),
    loginLock: limiter('login-lock', 1, failureWindow),
    close: store.close,
  };
}

interface Store {
  limiter(opts: { keyPrefix: string; points: number; duration: number; insuranceLimiter: RateLimiterMemory }, sweeps: boolean): RateLimiterAbstract;
  close(): Promise<void>;
}

function postgresStore(databaseUrl: string): Store {
  const pool = new Pool({ connectionString: databaseUrl, max: 4, application_name: 'agora-rate-limits' });
  // As in db/database.ts: a dying idle connection must not crash the process; the insurance limiter covers the gap.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return {
    limiter: (opts, sweeps) =>
      new RateLimiterPostgres({ ...opts, storeClient: pool, storeType: 'pool', tableName: 'rate_limits', tableCreated: true, clearExpiredByTimeout: sweeps }),
    close: () => pool.end(),
  };
}

function redisStore(url: string, logger: Logger): Store {
  // No offline queue: while Redis is unreachable a command fails at once and the insurance limiter answers.
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectionName: 'agora-rate-limits' });
  let up = true;
  redis.on('ready', () => {
    if (!up) logger.info('rate-limit store (Redis) is back');
    up = true;
  });
  redis.on('error', (err) => {
    if (up) logger.warn({ err }, 'rate-limit store (Redis) unreachable; limiting in memory per process');
    up = false;
  });
  return {
    limiter: (opts) => new RateLimiterRedis({ ...opts, storeClient: redis, rejectIfRedisNotReady: true }),
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
