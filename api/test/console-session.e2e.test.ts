import { createHash } from 'node:crypto';
import { type Request, type TestApp, type TestUser, client, makeStaff, manualClock, registerUser, startTestApp } from '../../test/harness';

// The console's session lives in an HttpOnly, SameSite=Strict cookie no script can read. Requests
// riding on it that change state need the session's CSRF token and must come from our own origin;
// bearer-token requests (apps) are untouched.

const PASSWORD = 'correct horse battery'; // registerUser's default
let app: TestApp;
let request: Request;
let staff: TestUser;
let origin: string;

beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
  staff = await makeStaff(app, ['moderator']);
  origin = app.url;
});
afterAll(() => app.close());

interface Cookie {
  name: string;
  value: string;
  attributes: string[];
}

function parseSetCookies(headers: Headers): Cookie[] {
  return headers.getSetCookie().map((line) => {
    const [pair = '', ...attributes] = line.split(';').map((p) => p.trim());
    const eq = pair.indexOf('=');
    return { name: pair.slice(0, eq), value: pair.slice(eq + 1), attributes };
  });
}

async function openSession(headers: Record<string, string> = {}) {
  const res = await request('POST', '/v1/auth/console-session', {
    body: { email: staff.email, password: PASSWORD },
    headers: { origin, 'sec-fetch-site': 'same-origin', ...headers },
  });
  const cookies = parseSetCookies(res.headers);
  const value = (suffix: string) => cookies.find((c) => c.name.endsWith(suffix))?.value ?? '';
  return { res, cookies, session: value('agora_session'), csrf: value('agora_csrf'), cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; ') };
}

const sessionRow = (token: string) =>
  app.ctx.db
    .selectFrom('sessions')
    .select(['revoked_at', 'created_at', 'expires_at'])
    .where('token_hash', '=', createHash('sha256').update(token).digest())
    .executeTakeFirstOrThrow();

test('signing in sets an HttpOnly SameSite=Strict session cookie and a readable CSRF cookie; the body holds no token', async () => {
  const { res, cookies, session, csrf } = await openSession();
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ user: expect.objectContaining({ id: staff.id, email: staff.email, roles: ['moderator'] }) });
  expect(JSON.stringify(res.body)).not.toContain(session);
  expect(cookies.map((c) => c.name).sort()).toEqual(['agora_csrf', 'agora_session']);
  const [sessionCookie, csrfCookie] = ['agora_session', 'agora_csrf'].map((n) => cookies.find((c) => c.name === n)!);
  expect(sessionCookie!.attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/', 'Max-Age=43200']));
  expect(csrfCookie!.attributes).toEqual(expect.arrayContaining(['SameSite=Strict', 'Path=/', 'Max-Age=43200']));
  expect(csrfCookie!.attributes).not.toContain('HttpOnly');
  // Plain HTTP: no Secure (the browser would drop the cookie), so no __Host- prefix either.
  expect(cookies.flatMap((c) => c.attributes)).not.toContain('Secure');
  expect(csrf).not.toBe('');
  expect(csrf).not.toContain(session);
  // The console's session ends after CONSOLE_SESSION_TTL_HOURS (12), not the apps' 30 days.
  const row = await sessionRow(session);
  expect(row.expires_at.getTime() - row.created_at.getTime()).toBe(12 * 3_600_000);
});

test('over HTTPS (as a trusted proxy reports) the cookies are Secure and __Host- prefixed, and read under that name', async () => {
  const https = { 'x-forwarded-proto': 'https', origin: origin.replace('http:', 'https:') };
  const { res, cookies, cookie, csrf } = await openSession(https);
  expect(res.status).toBe(200);
  expect(cookies.map((c) => c.name).sort()).toEqual(['__Host-agora_csrf', '__Host-agora_session']);
  for (const c of cookies) expect(c.attributes).toEqual(expect.arrayContaining(['Secure', 'Path=/', 'SameSite=Strict']));
  expect((await request('GET', '/v1/me', { headers: { ...https, cookie } })).status).toBe(200);
  // The unprefixed cookie over HTTPS, or the prefixed one over HTTP, is not a session.
  expect((await request('GET', '/v1/me', { headers: { cookie } })).status).toBe(401);
  const logout = await request('POST', '/v1/auth/logout', { headers: { ...https, cookie, 'x-csrf-token': csrf } });
  expect(logout.status).toBe(204);
  expect(
    parseSetCookies(logout.headers)
      .map((c) => c.name)
      .sort(),
  ).toEqual(['__Host-agora_csrf', '__Host-agora_session']);
});

test('the cookie authenticates safe requests', async () => {
  const { cookie } = await openSession();
  const me = await request('GET', '/v1/admin/me', { headers: { cookie } });
  expect(me.status).toBe(200);
  expect(me.body.id).toBe(staff.id);
  expect((await request('GET', '/v1/me', { headers: { cookie: 'agora_session=agt_not-a-real-session-token' } })).status).toBe(401);
});

test('an unsafe request on the cookie needs the CSRF token of that very session, from our own origin', async () => {
  const mine = await openSession();
  const other = await openSession();
  const attempts: [string, Record<string, string>, string][] = [
    ['no CSRF header', { origin }, 'X-CSRF-Token'],
    ['a wrong CSRF header', { origin, 'x-csrf-token': mine.csrf.slice(0, -2) + (mine.csrf.endsWith('AA') ? 'BB' : 'AA') }, 'X-CSRF-Token'],
    ["another session's CSRF token", { origin, 'x-csrf-token': other.csrf }, 'X-CSRF-Token'],
    ['the session token itself', { origin, 'x-csrf-token': mine.session }, 'X-CSRF-Token'],
    ['a cross-site Origin', { origin: 'https://evil.example', 'x-csrf-token': mine.csrf }, 'Origin'],
    ['an opaque Origin', { origin: 'null', 'x-csrf-token': mine.csrf }, 'Origin'],
    ['Sec-Fetch-Site cross-site', { 'sec-fetch-site': 'cross-site', 'x-csrf-token': mine.csrf }, 'Sec-Fetch-Site'],
    ['Sec-Fetch-Site same-site (a sibling subdomain)', { 'sec-fetch-site': 'same-site', 'x-csrf-token': mine.csrf }, 'Sec-Fetch-Site'],
  ];
  for (const [what, headers, field] of attempts) {
    const res = await request('POST', '/v1/auth/logout', { headers: { cookie: mine.cookie, ...headers } });
    expect({ what, status: res.status, code: res.body?.code, field: res.body?.errors?.[0]?.field }).toEqual({ what, status: 403, code: 'csrf_failed', field: `header.${field}` });
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.headers.getSetCookie()).toEqual([]);
  }
  // None of them logged the session out.
  expect((await sessionRow(mine.session)).revoked_at).toBeNull();
  expect((await request('GET', '/v1/me', { headers: { cookie: mine.cookie } })).status).toBe(200);

  // A non-browser client sends neither Origin nor Sec-Fetch-Site: the CSRF token alone carries it.
  const headless = await request('POST', '/v1/auth/logout', { headers: { cookie: other.cookie, 'x-csrf-token': other.csrf } });
  expect(headless.status).toBe(204);
});

test('signing in to the console is refused cross-site (no login CSRF), for non-staff, and never hindered by a stale cookie', async () => {
  const crossSite = await openSession({ origin: 'https://evil.example' });
  expect(crossSite.res.status).toBe(403);
  expect(crossSite.res.body.code).toBe('csrf_failed');
  expect(crossSite.cookies).toEqual([]);
  // Nor through a spelling of the path Express routes to the same handler.
  const variant = await request('POST', '/v1/auth/Console-Session/', { body: { email: staff.email, password: PASSWORD }, headers: { origin: 'https://evil.example' } });
  expect(variant.status).toBe(403);
  expect(variant.body.code).toBe('csrf_failed');

  const buyer = await registerUser(request);
  const sessionsBefore = await app.ctx.db.selectFrom('sessions').select('token_hash').where('user_id', '=', buyer.id).execute();
  const notStaff = await request('POST', '/v1/auth/console-session', { body: { email: buyer.email, password: PASSWORD }, headers: { origin } });
  expect(notStaff.status).toBe(403);
  expect(notStaff.body.code).toBe('not_staff');
  expect(notStaff.headers.getSetCookie()).toEqual([]);
  expect(await app.ctx.db.selectFrom('sessions').select('token_hash').where('user_id', '=', buyer.id).execute()).toHaveLength(sessionsBefore.length);

  const wrong = await request('POST', '/v1/auth/console-session', { body: { email: staff.email, password: 'not the password' }, headers: { origin } });
  expect(wrong.status).toBe(401);
  expect(wrong.headers.getSetCookie()).toEqual([]);

  // A revoked session's cookie still in the browser, without its CSRF header: signing in works.
  const stale = await openSession();
  await request('POST', '/v1/auth/logout', { headers: { cookie: stale.cookie, 'x-csrf-token': stale.csrf, origin } });
  const fresh = await openSession({ cookie: stale.cookie });
  expect(fresh.res.status).toBe(200);
  expect(fresh.session).not.toBe(stale.session);
});

test('bearer-token requests need no CSRF token and ignore the Origin', async () => {
  const seller = await registerUser(request);
  const listing = await request('POST', '/v1/listings', {
    token: seller.token,
    headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    body: { title: 'Camera', description: 'Works', price: { amount: 1000, currency: 'EUR' }, category: 'cameras', condition: 'good' },
  });
  expect(listing.status).toBe(201);
  // With both, the explicit bearer token is the credential: the cookie is not consulted (no CSRF check).
  const { cookie } = await openSession();
  const both = await request('POST', '/v1/auth/logout', { token: seller.token, headers: { cookie } });
  expect(both.status).toBe(204);
  expect((await request('GET', '/v1/me', { token: seller.token })).status).toBe(401);
  expect((await request('GET', '/v1/me', { headers: { cookie } })).status).toBe(200);
});

test('logout revokes the session and deletes both cookies', async () => {
  const { session, csrf, cookie } = await openSession();
  const res = await request('POST', '/v1/auth/logout', { headers: { cookie, 'x-csrf-token': csrf, origin, 'sec-fetch-site': 'same-origin' } });
  expect(res.status).toBe(204);
  const cleared = parseSetCookies(res.headers);
  expect(cleared.map((c) => c.name).sort()).toEqual(['agora_csrf', 'agora_session']);
  for (const c of cleared) {
    expect(c.value).toBe('');
    expect(c.attributes).toContain('Max-Age=0');
  }
  expect((await sessionRow(session)).revoked_at).not.toBeNull();
  expect((await request('GET', '/v1/me', { headers: { cookie } })).status).toBe(401);
});

describe('a console session left unused ends after CONSOLE_SESSION_IDLE_MINUTES; one in use does not', () => {
  const time = manualClock();
  let idleApp: TestApp;
  let idleStaff: TestUser;
  beforeAll(async () => {
    idleApp = await startTestApp({ clock: time.clock, env: { CONSOLE_SESSION_IDLE_MINUTES: '30', SESSION_CACHE_SECONDS: '0' } });
    idleStaff = await makeStaff(idleApp, ['moderator']);
  });
  afterAll(() => idleApp.close());

  const signIn = async () => {
    const res = await client(idleApp.url)('POST', '/v1/auth/console-session', { body: { email: idleStaff.email, password: PASSWORD }, headers: { origin: idleApp.url } });
    expect(res.status).toBe(200);
    return parseSetCookies(res.headers)
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  };
  const me = async (cookie: string) => (await client(idleApp.url)('GET', '/v1/admin/me', { headers: { cookie } })).status;

  test('used every 20 minutes it lasts; 30 minutes unused and it is over, while an app token of the same age is not', async () => {
    const cookie = await signIn();
    const app = await client(idleApp.url)('POST', '/v1/auth/login', { body: { email: idleStaff.email, password: PASSWORD } });
    for (let i = 0; i < 4; i += 1) {
      time.advance(20 * 60_000);
      expect(await me(cookie)).toBe(200);
    }
    time.advance(30 * 60_000 + 1_000);
    expect(await me(cookie)).toBe(401);
    expect((await client(idleApp.url)('GET', '/v1/admin/me', { token: app.body.token })).status).toBe(200);
    // Signing in again opens a new session.
    expect(await me(await signIn())).toBe(200);
  });

  test('uses less than a minute apart move the limit without a write each', async () => {
    const cookie = await signIn();
    const token = /agora_session=([^;]+)/.exec(cookie)![1]!;
    const seen = async () =>
      (
        await idleApp.ctx.db.selectFrom('sessions').select('last_seen_at').where('token_hash', '=', createHash('sha256').update(token).digest()).executeTakeFirstOrThrow()
      ).last_seen_at.getTime();
    const opened = await seen();
    time.advance(30_000);
    expect(await me(cookie)).toBe(200);
    expect(await seen()).toBe(opened);
    time.advance(31_000);
    expect(await me(cookie)).toBe(200);
    expect(await seen()).toBe(time.nowMs());
  });
});
