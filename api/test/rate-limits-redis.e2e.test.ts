import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { type Request, type TestApp, client, expectProblem, registerUser, startTestApp } from '../../test/harness';

// The same limits with counters in Redis (REDIS_URL; the build machines run one on 127.0.0.1:6379),
// under a prefix of this run's own. Redis keeps time itself, so the lock here is one second long.

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PASSWORD = 'violet tractor umbrella';
const prefix = `agora-test-${randomUUID().slice(0, 8)}`;
const env = { REDIS_URL, RATE_LIMIT_PREFIX: prefix, LOGIN_LOCKOUT_THRESHOLD: '3', LOGIN_LOCKOUT_SECONDS: '1', RATE_LIMIT_REGISTER_IP_PER_HOUR: '2' };
const from = (ip: string) => ({ 'X-Forwarded-For': ip });
const register = (request: Request, ip: string) =>
  request('POST', '/v1/auth/register', { headers: from(ip), body: { email: `redis-${randomUUID()}@example.test`, password: PASSWORD, display_name: 'Redis Tester' } });

let redis: Redis;
beforeAll(() => {
  redis = new Redis(REDIS_URL);
});
afterAll(async () => {
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

describe('with Redis', () => {
  let app: TestApp;
  let request: Request;
  beforeAll(async () => {
    app = await startTestApp({ env });
    request = client(app.url);
  });
  afterAll(() => app.close());

  test('the lockout counts in Redis, refuses the right password, and lifts', async () => {
    const user = await registerUser(request, { password: PASSWORD });
    const login = (password: string) => request('POST', '/v1/auth/login', { headers: from('203.0.113.9'), body: { email: user.email, password } });
    expect((await login('wrong pass here')).status).toBe(401);
    expect((await login('wrong pass here')).status).toBe(401);
    const locked = await login('wrong pass here');
    expectProblem(locked, 429);
    expect(locked.body.code).toBe('account_locked');
    expect(locked.headers.get('retry-after')).toBe('1');
    const right = await login(PASSWORD);
    expectProblem(right, 429);
    expect(right.body.code).toBe('account_locked');

    expect(await redis.keys(`${prefix}:login-lock:*`)).toHaveLength(1);
    expect(await redis.keys(`${prefix}:login-failures:*`)).toHaveLength(1);
    // Nothing personal in the keys: the email is hashed.
    expect((await redis.keys(`${prefix}:*`)).some((k) => k.includes(user.email) || k.includes('203.0.113.9'))).toBe(false);

    // The lock is gone when Redis expires it.
    while ((await redis.pttl((await redis.keys(`${prefix}:login-lock:*`))[0] ?? 'none')) > 0) await new Promise((r) => setTimeout(r, 50));
    expect((await login(PASSWORD)).status).toBe(200);
  });

  test('registrations per address', async () => {
    expect((await register(request, '203.0.113.20')).status).toBe(202);
    expect((await register(request, '203.0.113.20')).status).toBe(202);
    const limited = await register(request, '203.0.113.20');
    expectProblem(limited, 429);
    expect(limited.body.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await redis.keys(`${prefix}:register-ip:*`)).not.toHaveLength(0);
  });
});

describe('with Redis unreachable', () => {
  let app: TestApp;
  let request: Request;
  beforeAll(async () => {
    // Nothing listens on port 1: every store call fails and the in-memory insurance limiter answers.
    app = await startTestApp({ env: { ...env, REDIS_URL: 'redis://127.0.0.1:1' } });
    request = client(app.url);
  });
  afterAll(() => app.close());

  test('limits still hold, per process', async () => {
    expect((await register(request, '203.0.113.30')).status).toBe(202);
    expect((await register(request, '203.0.113.30')).status).toBe(202);
    expectProblem(await register(request, '203.0.113.30'), 429);

    const user = await registerUser(request, { password: PASSWORD });
    const login = (password: string) => request('POST', '/v1/auth/login', { headers: from('203.0.113.31'), body: { email: user.email, password } });
    for (let i = 0; i < 2; i += 1) expect((await login('wrong pass here')).status).toBe(401);
    expectProblem(await login('wrong pass here'), 429);
    expectProblem(await login(PASSWORD), 429);
  });
});
