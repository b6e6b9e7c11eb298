import { randomUUID } from 'node:crypto';
import { type Request, type Response, type TestApp, client, expectProblem, registerUser, startTestApp } from '../../test/harness';

// Rate limits and the login lockout, counters in Postgres (the default store). rate-limiter-flexible
// reads time from Date.now, so the lockout's minutes pass by faking Date alone (timers stay real).
// All requests come from loopback, which the app trusts as a proxy: X-Forwarded-For picks the address.

const PASSWORD = 'violet tractor umbrella';
const from = (ip: string) => ({ 'X-Forwarded-For': ip });
let n = 0;
const nextIp = () => `198.51.100.${(n += 1)}`;
const email = () => `rl-${randomUUID()}@example.test`;

const login = (request: Request, address: string, password: string, ip = '192.0.2.1') =>
  request('POST', '/v1/auth/login', { headers: from(ip), body: { email: address, password } });

function expectLimited(res: Response, code: 'rate_limited' | 'account_locked', retryAfter?: number) {
  expectProblem(res, 429);
  expect(res.body).toMatchObject({ status: 429, code, title: 'Too Many Requests', detail: expect.stringContaining('Retry-After') });
  const after = Number(res.headers.get('retry-after'));
  expect(Number.isInteger(after) && after >= 1).toBe(true);
  if (retryAfter !== undefined) expect(after).toBe(retryAfter);
  expect(res.headers.get('ratelimit-remaining')).toBe('0');
  expect(Number(res.headers.get('ratelimit-limit'))).toBeGreaterThan(0);
  expect(Number(res.headers.get('ratelimit-reset'))).toBeGreaterThanOrEqual(1);
}

describe('login lockout', () => {
  let app: TestApp;
  let request: Request;
  let now = Date.parse('2026-11-25T10:00:00Z');
  const advance = (seconds: number) => {
    now += seconds * 1000;
    jest.setSystemTime(now);
  };

  beforeAll(async () => {
    jest.useFakeTimers({
      now,
      doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
    });
    app = await startTestApp({ env: { LOGIN_LOCKOUT_THRESHOLD: '5', LOGIN_LOCKOUT_SECONDS: '60,300,900' } });
    request = client(app.url);
  });
  afterAll(async () => {
    await app.close();
    jest.useRealTimers();
  });

  test('250 wrong passwords: locked from the fifth, the right password is refused with Retry-After until the lock lifts', async () => {
    const user = await registerUser(request, { password: PASSWORD });
    const statuses: number[] = [];
    for (let i = 0; i < 250; i += 1) {
      const res = await login(request, user.email, `wrong guess number ${i}`);
      statuses.push(res.status);
      if (i === 3) expectProblem(res, 401);
      if (i === 4) expectLimited(res, 'account_locked', 60);
      if (i === 249) expectLimited(res, 'account_locked');
    }
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses.slice(4).every((s) => s === 429)).toBe(true);

    const right = await login(request, user.email, PASSWORD);
    expectLimited(right, 'account_locked');
    expect(Number(right.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    // Nor from another address: the lock is the account's.
    expectLimited(await login(request, user.email, PASSWORD, nextIp()), 'account_locked');

    advance(61);
    const after = await login(request, user.email, PASSWORD);
    expect(after.status).toBe(200);
    expect(after.headers.get('ratelimit-limit')).not.toBeNull();
  });

  test('locks grow with each failure past the threshold; a success elsewhere does not wipe them', async () => {
    const user = await registerUser(request, { password: PASSWORD });
    const attacker = nextIp();
    for (let i = 0; i < 4; i += 1) expect((await login(request, user.email, 'not it at all', attacker)).status).toBe(401);
    expectLimited(await login(request, user.email, 'not it at all', attacker), 'account_locked', 60);
    advance(61);
    // The owner signs in from their own address: only that address's failures (none) are forgiven.
    expect((await login(request, user.email, PASSWORD, nextIp())).status).toBe(200);
    expectLimited(await login(request, user.email, 'still not it', attacker), 'account_locked', 300);
    advance(301);
    expectLimited(await login(request, user.email, 'still not it', attacker), 'account_locked', 900);
    advance(901);
    // The last step repeats.
    expectLimited(await login(request, user.email, 'still not it', attacker), 'account_locked', 900);
  });

  test("a successful login forgives its own address's typos", async () => {
    const user = await registerUser(request, { password: PASSWORD });
    const ip = nextIp();
    for (let i = 0; i < 4; i += 1) expect((await login(request, user.email, 'typo typo typo', ip)).status).toBe(401);
    expect((await login(request, user.email, PASSWORD, ip)).status).toBe(200);
    for (let i = 0; i < 4; i += 1) expect((await login(request, user.email, 'typo typo typo', ip)).status).toBe(401);
    expectLimited(await login(request, user.email, 'typo typo typo', ip), 'account_locked', 60);
  });

  test('an unknown email locks exactly like a real one', async () => {
    const real = await registerUser(request, { password: PASSWORD });
    const unknown = email();
    const answers = async (address: string) => {
      const res: Response[] = [];
      for (let i = 0; i < 6; i += 1) res.push(await login(request, address, 'some wrong pass', nextIp()));
      return res.map((r) => ({ status: r.status, code: r.body.code, detail: r.body.detail, retryAfter: r.headers.get('retry-after') }));
    };
    const [forReal, forUnknown] = [await answers(real.email), await answers(unknown)];
    expect(forUnknown).toEqual(forReal);
    expect(forReal.map((a) => a.status)).toEqual([401, 401, 401, 401, 429, 429]);
  });
});

describe('budgets', () => {
  let app: TestApp;
  let request: Request;
  const register = (ip: string, address = email()) =>
    request('POST', '/v1/auth/register', { headers: from(ip), body: { email: address, password: PASSWORD, display_name: 'Budget Tester' } });

  beforeAll(async () => {
    app = await startTestApp({
      env: {
        RATE_LIMIT_API_PER_MINUTE: '20',
        RATE_LIMIT_CREATE_PER_HOUR: '3',
        RATE_LIMIT_REGISTER_IP_PER_HOUR: '3',
        RATE_LIMIT_AUTH_IP_PER_MINUTE: '4',
        RATE_LIMIT_AUTH_ACCOUNT_PER_MINUTE: '3',
        PASSWORD_HASH_QUEUE: '2',
      },
    });
    request = client(app.url);
  });
  afterAll(() => app.close());

  const newUser = async () => {
    const address = email();
    expect((await register(nextIp(), address)).status).toBe(202);
    const res = await request('POST', '/v1/auth/login', { headers: from(nextIp()), body: { email: address, password: PASSWORD } });
    expect(res.status).toBe(200);
    return { id: res.body.user.id as string, email: res.body.user.email as string, token: res.body.token as string };
  };

  test('registrations per address', async () => {
    const ip = nextIp();
    for (let i = 0; i < 3; i += 1) {
      const res = await register(ip);
      expect(res.status).toBe(202);
      expect(res.headers.get('ratelimit-remaining')).toBe(String(2 - i));
    }
    expectLimited(await register(ip), 'rate_limited');
    expect((await register(nextIp())).status).toBe(202);
  });

  test('the whole API per signed-in user, and per address for anyone else', async () => {
    const [alice, bob] = [await newUser(), await newUser()];
    const remaining: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const res = await request('GET', '/v1/me', { token: alice.token });
      expect(res.status).toBe(200);
      remaining.push(res.headers.get('ratelimit-remaining')!);
    }
    expect(remaining[0]).toBe('19');
    expect(remaining[19]).toBe('0');
    const limited = await request('GET', '/v1/me', { token: alice.token });
    expectLimited(limited, 'rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    // Another user on the same address has their own budget.
    expect((await request('GET', '/v1/me', { token: bob.token })).status).toBe(200);

    // Bad tokens count against the address; so do anonymous calls.
    const ip = nextIp();
    for (let i = 0; i < 20; i += 1) expectProblem(await request('GET', '/v1/me', { headers: { ...from(ip), authorization: `Bearer ${'x'.repeat(40)}` } }), 401);
    expectLimited(await request('GET', '/v1/listings', { headers: from(ip) }), 'rate_limited');
  });

  test('content creation per user and route', async () => {
    const [seller, other] = [await newUser(), await newUser()];
    const listing = (token: string) =>
      request('POST', '/v1/listings', {
        token,
        body: { title: 'Old lamp', description: 'Brass, works', price: { amount: 2_000, currency: 'EUR' }, category: 'furniture', condition: 'good' },
      });
    for (let i = 0; i < 3; i += 1) expect((await listing(seller.token)).status).toBe(201);
    const limited = await listing(seller.token);
    expectLimited(limited, 'rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(60);
    expect((await listing(other.token)).status).toBe(201);
    // Another kind of content has its own budget.
    const report = await request('POST', '/v1/reports', { token: seller.token, body: { target_type: 'user', target_id: other.id, reason: 'spam' } });
    expect(report.status).toBe(201);
  });

  test('login attempts per account and per address', async () => {
    // Registered only: signing in would spend one of the account's attempts.
    const user = { email: email() };
    expect((await register(nextIp(), user.email)).status).toBe(202);
    for (let i = 0; i < 3; i += 1) expect((await login(request, user.email, 'wrong pass here', nextIp())).status).toBe(401);
    expectLimited(await login(request, user.email, PASSWORD, nextIp()), 'rate_limited');

    const ip = nextIp();
    for (let i = 0; i < 4; i += 1) expect((await login(request, email(), 'wrong pass here', ip)).status).toBe(401);
    expectLimited(await login(request, email(), 'wrong pass here', ip), 'rate_limited');
  });

  test('logout counts against the credential budgets', async () => {
    const user = await newUser();
    const res = await request('POST', '/v1/auth/logout', { token: user.token, headers: from(nextIp()) });
    expect(res.status).toBe(204);
    expect(res.headers.get('ratelimit-limit')).not.toBeNull();
  });

  test('password hashing beyond the queue is refused with a 503, not queued without end', async () => {
    // Hold both hashing slots and fill the queue (2) with tasks the test releases.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { gate } = app.ctx.passwords;
    const occupying = Array.from({ length: 4 }, () => gate.run(() => held));
    expect(gate.stats()).toMatchObject({ running: 2, queued: 2 });
    const busy = await login(request, email(), 'wrong pass here', nextIp());
    expectProblem(busy, 503);
    expect(busy.body.code).toBe('busy');
    expect(busy.headers.get('retry-after')).toBe('1');
    release();
    await Promise.all(occupying);
    expect((await login(request, email(), 'wrong pass here', nextIp())).status).toBe(401);
  });

  test('the OpenAPI document declares the 429 and its headers', async () => {
    const doc = (await request('GET', '/openapi.json')).body;
    const tooMany = doc.paths['/v1/auth/login'].post.responses['429'];
    expect(tooMany.description).toContain('account_locked');
    expect(Object.keys(tooMany.headers)).toEqual(['Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset']);
    expect(doc.paths['/v1/listings'].post.responses['429'].content['application/problem+json']).toBeDefined();
  });
});

describe('bounded password hashing', () => {
  let app: TestApp;
  let request: Request;
  beforeAll(async () => {
    app = await startTestApp({ env: { PASSWORD_HASH_CONCURRENCY: '2' } });
    request = client(app.url);
  });
  afterAll(() => app.close());

  test('50 concurrent logins: never more than 2 hashes at once, and /health answers meanwhile', async () => {
    const user = await registerUser(request, { password: PASSWORD });
    const logins = Promise.all(Array.from({ length: 50 }, () => login(request, user.email, PASSWORD, nextIp())));
    // Wait until the gate is full, then ask for health while the logins still queue.
    while (app.ctx.passwords.gate.stats().queued === 0) await new Promise((resolve) => setImmediate(resolve));
    const health = await request('GET', '/health');
    const during = app.ctx.passwords.gate.stats();
    expect(health.status).toBe(200);
    expect(during.running + during.queued).toBeGreaterThan(0);
    expect((await logins).map((r) => r.status)).toEqual(Array(50).fill(200));
    expect(app.ctx.passwords.gate.stats()).toEqual({ running: 0, queued: 0, peak: 2 });
  });
});
