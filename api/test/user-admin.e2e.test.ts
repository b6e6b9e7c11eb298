import { randomBytes, randomUUID } from 'node:crypto';
import { type Request, type TestApp, type TestUser, client, makeListing, makeStaff, orderAt, registerUser, startTestApp, SHIP_TO } from '../../test/harness';

let app: TestApp;
let request: Request;
let moderator: TestUser;
let arbitrator: TestUser;
let analyst: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
  [moderator, arbitrator, analyst] = await Promise.all([makeStaff(app, ['moderator']), makeStaff(app, ['arbitrator']), makeStaff(app, ['analyst'])]);
});
afterAll(() => app.close());

const get = (path: string, who: TestUser = moderator) => request('GET', path, { token: who.token });
const ids = (res: { body: { data: { id: string }[] } }) => res.body.data.map((r) => r.id);

test('search matches an email prefix, part of the display name or an exact id, case-insensitively, in keyset pages', async () => {
  const tag = randomBytes(4).toString('hex');
  const a = await registerUser(request, { email: `zed-${tag}@example.test`, display_name: `Ada ${tag} Lovelace` });
  const b = await registerUser(request, { email: `zed-${tag}-two@example.test`, display_name: 'Someone Else' });
  const c = await registerUser(request, { email: `other-${tag}@example.test`, display_name: `Grace ${tag.toUpperCase()}` });

  expect(ids(await get(`/v1/admin/users?q=ZED-${tag}`))).toEqual([b.id, a.id]);
  expect(ids(await get(`/v1/admin/users?q=${tag}`)).sort()).toEqual([a.id, c.id].sort());
  expect(ids(await get(`/v1/admin/users?q=${c.id}`))).toEqual([c.id]);
  // LIKE wildcards in the term are literal.
  expect(ids(await get('/v1/admin/users?q=%25'))).toEqual([]);

  const first = await get(`/v1/admin/users?q=zed-${tag}&limit=1`);
  expect(first.body.data).toEqual([expect.objectContaining({ id: b.id, email: b.email, display_name: 'Someone Else', roles: [], suspended_at: null })]);
  const second = await get(`/v1/admin/users?q=zed-${tag}&limit=1&cursor=${first.body.next_cursor}`);
  expect([ids(second), second.body.next_cursor]).toEqual([[a.id], null]);
  expect(ids(await get('/v1/admin/users?limit=100'))).toEqual(expect.arrayContaining([a.id, b.id, c.id]));
  // Never the caller's own record.
  expect(ids(await get('/v1/admin/users?limit=100'))).not.toContain(moderator.id);
});

test('the detail shows roles to staff and the moderation state; arbitrators read, analysts and users may not', async () => {
  const user = await registerUser(request);
  for (const action of ['warn', 'warn', 'suspend']) {
    expect((await request('POST', `/v1/admin/users/${user.id}/${action}`, { token: moderator.token, body: { reason: 'spam' } })).status).toBe(200);
  }
  const detail = await get(`/v1/admin/users/${user.id}`, arbitrator);
  expect(detail.status).toBe(200);
  expect(detail.body).toMatchObject({ id: user.id, email: user.email, roles: [], permissions: [], moderation: { payouts_frozen: true, warnings: 2 } });
  expect(detail.body.moderation.suspended_at).toBe(detail.body.suspended_at);
  expect(Date.parse(detail.body.moderation.suspended_at)).not.toBeNaN();
  expect((await get(`/v1/admin/users/${moderator.id}`, arbitrator)).body).toMatchObject({ roles: ['moderator'], permissions: expect.arrayContaining(['users.moderate']) });

  expect((await get(`/v1/admin/users/${user.id}`, analyst)).status).toBe(403);
  const stranger = await registerUser(request);
  expect((await get(`/v1/admin/users/${user.id}`, stranger)).status).toBe(403);
  // Role changes stay admin-only.
  const roles = await request('POST', `/v1/admin/users/${stranger.id}/roles`, { token: moderator.token, body: { roles: ['moderator'] } });
  expect(roles.status).toBe(403);
});

test('orders as buyer and seller, fraud cases as subject and reports by or against the user, each in pages', async () => {
  const user = await registerUser(request);
  const sale = await orderAt(request, 'paid', { seller: user });
  const purchase = await orderAt(request, 'shipped', { buyer: user });
  await orderAt(request, 'paid'); // someone else's

  const orders = await get(`/v1/admin/users/${user.id}/orders`);
  expect(orders.status).toBe(200);
  expect(ids(orders)).toEqual([purchase.id, sale.id]);
  expect(orders.body.data[0]).toMatchObject({ buyer_id: user.id, status: 'shipped', listing_title: 'Vintage camera' });
  const paged = await get(`/v1/admin/users/${user.id}/orders?limit=1`);
  expect(ids(await get(`/v1/admin/users/${user.id}/orders?limit=1&cursor=${paged.body.next_cursor}`))).toEqual([sale.id]);

  // A risky payment on the user's listing opens a case with them as subject.
  const riskyBuyer = await registerUser(request);
  const listing = await makeListing(request, user, { price: { amount: 30_000, currency: 'EUR' } });
  const order = (await request('POST', '/v1/orders', { token: riskyBuyer.token, body: { listing_id: listing.id } })).body;
  await request('POST', `/v1/orders/${order.id}/pay`, { token: riskyBuyer.token, body: { payment_method: 'pm_card_riskLevelElevated', shipping_address: SHIP_TO } });
  const cases = await get(`/v1/admin/users/${user.id}/fraud-cases`, analyst);
  expect(cases.body.data).toEqual([expect.objectContaining({ order_id: order.id, subject_user_id: user.id, status: 'open' })]);
  // A user's cases and reports need the permission that reads cases and reports, not only users.read.
  for (const suffix of ['fraud-cases', 'reports', 'reviews']) expect((await get(`/v1/admin/users/${user.id}/${suffix}`, arbitrator)).status).toBe(403);
  expect((await get(`/v1/admin/users/${riskyBuyer.id}/fraud-cases`)).body.data).toEqual([]);

  const [reporter, victim] = await Promise.all([registerUser(request), registerUser(request)]);
  const report = (target_type: string, target_id: string, who: TestUser) => request('POST', '/v1/reports', { token: who.token, body: { target_type, target_id, reason: 'spam' } });
  const againstUser = (await report('user', user.id, reporter)).body;
  const againstListing = (await report('listing', sale.listingId, reporter)).body;
  const byUser = (await report('user', victim.id, user)).body;
  await report('user', victim.id, reporter); // neither by nor against the user
  const reports = await get(`/v1/admin/users/${user.id}/reports`);
  expect(reports.body.data.map((r: { id: string; relation: string }) => [r.id, r.relation])).toEqual([
    [byUser.id, 'by'],
    [againstListing.id, 'against'],
    [againstUser.id, 'against'],
  ]);
});

test('unknown users are a 404 on every user route; bad input is a 400 naming the field', async () => {
  const unknown = randomUUID();
  for (const suffix of ['', '/orders', '/fraud-cases', '/reports']) {
    const res = await get(`/v1/admin/users/${unknown}${suffix}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  }
  const cases: [string, string][] = [
    [`/v1/admin/users?q=${'x'.repeat(201)}`, 'q'],
    ['/v1/admin/users?limit=0', 'limit'],
    ['/v1/admin/users?cursor=nope', 'cursor'],
    ['/v1/admin/users?role=admin', 'role'],
    ['/v1/admin/users/not-a-uuid/orders', 'id'],
    [`/v1/admin/users/${moderator.id}/reports?limit=101`, 'limit'],
  ];
  for (const [path, field] of cases) {
    const res = await get(path);
    expect([path, res.status]).toEqual([path, 400]);
    expect(JSON.stringify(res.body)).toContain(field);
  }
});
