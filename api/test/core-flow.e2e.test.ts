import { accountBalance } from '../src/modules/money/ledger';
import { type Request, type TestApp, type TestUser, client, expectProblem, makeListing, makeStaff, registerUser, relayAll, startTestApp, SHIP_TO } from '../../test/harness';

let app: TestApp;
let request: Request;
let seller: TestUser;
let buyer: TestUser;
let stranger: TestUser;

beforeAll(async () => {
  // Settle at completion: the payout hold has its own tests (money-lifecycle.e2e).
  app = await startTestApp({ env: { PAYOUT_HOLD_BASE_DAYS: '0', PAYOUT_HOLD_NEW_SELLER_DAYS: '0', PAYOUT_HOLD_HIGH_RISK_DAYS: '0' } });
  request = client(app.url);
  [seller, buyer, stranger] = await Promise.all([registerUser(request), registerUser(request), registerUser(request)]);
});
afterAll(() => app.close());

const balanceOf = async (user: TestUser) => (await request('GET', '/v1/me/balance', { token: user.token })).body.balances;

describe('accounts', () => {
  test('register, login, me; a taken email gets the same answer as a new one and a wrong password a 401', async () => {
    const email = `Someone-${Date.now()}@Example.test`;
    const created = await request('POST', '/v1/auth/register', { body: { email, password: 'long enough secret', display_name: 'Someone' } });
    expect(created.status).toBe(202);
    const taken = await request('POST', '/v1/auth/register', { body: { email: email.toUpperCase(), password: 'another secret!', display_name: 'X' } });
    expect([taken.status, taken.body]).toEqual([created.status, created.body]);

    const wrong = await request('POST', '/v1/auth/login', { body: { email, password: 'not the password' } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('content-type')).toContain('application/problem+json');
    const unknown = await request('POST', '/v1/auth/login', { body: { email: 'nobody@example.test', password: 'not the password' } });
    expect(unknown.body.code).toBe(wrong.body.code);

    const login = await request('POST', '/v1/auth/login', { body: { email, password: 'long enough secret' } });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ email: email.toLowerCase(), display_name: 'Someone', roles: [], email_verified_at: null, locale: 'en' });
    expect(login.body.user).not.toHaveProperty('password_hash');
    const me = await request('GET', '/v1/me', { token: login.body.token });
    expect(me.body).toMatchObject({ id: login.body.user.id, permissions: [] });

    expect((await request('POST', '/v1/auth/logout', { token: login.body.token })).status).toBe(204);
    expect((await request('GET', '/v1/me', { token: login.body.token })).status).toBe(401);
    expect((await request('GET', '/v1/me')).status).toBe(401);
    expect((await request('GET', '/v1/me', { token: 'agt_not-a-real-token-at-all' })).status).toBe(401);
  });
});

describe('listings', () => {
  test('create, fetch, search by text, category and price, with cursor pagination', async () => {
    const marker = `zebra${Date.now()}`;
    const made = [];
    for (let i = 0; i < 5; i++) {
      made.push(await makeListing(request, seller, { title: `${marker} lamp ${i}`, price: { amount: 1000 * (i + 1), currency: 'EUR' }, category: 'furniture' }));
    }
    expect(made[0]).toMatchObject({ seller_id: seller.id, status: 'active', price: { amount: 1000, currency: 'EUR' } });
    expect((await request('GET', `/v1/listings/${made[0]!.id}`)).body.title).toBe(`${marker} lamp 0`);

    // With q the default order is relevance; these five rank alike, so ask for newest first.
    const first = await request('GET', `/v1/listings?q=${marker}&sort=newest&limit=2`);
    expect(first.body.data).toHaveLength(2);
    expect(first.body.data[0].title).toBe(`${marker} lamp 4`);
    const second = await request('GET', `/v1/listings?q=${marker}&sort=newest&limit=2&cursor=${first.body.next_cursor}`);
    const third = await request('GET', `/v1/listings?q=${marker}&sort=newest&limit=2&cursor=${second.body.next_cursor}`);
    const titles = [...first.body.data, ...second.body.data, ...third.body.data].map((l: { title: string }) => l.title);
    expect(titles).toEqual([4, 3, 2, 1, 0].map((i) => `${marker} lamp ${i}`));
    expect(third.body.next_cursor).toBeNull();

    const priced = await request('GET', `/v1/listings?q=${marker}&category=home&currency=EUR&min_price=2000&max_price=3000`);
    expect(priced.body.data.map((l: { price: { amount: number } }) => l.price.amount).sort()).toEqual([2000, 3000]);
    expect((await request('GET', `/v1/listings?q=${marker}&category=books`)).body.data).toEqual([]);
  });

  test('a price range is in minor units of one currency: with currency it matches only that currency, without it is a 400 naming query.currency', async () => {
    const marker = `yak${Date.now()}`;
    const prices = [
      { amount: 5000, currency: 'GBP' },
      { amount: 5000, currency: 'JPY' },
      { amount: 5000, currency: 'EUR' },
      { amount: 9000, currency: 'GBP' },
    ];
    for (const price of prices) await makeListing(request, seller, { title: `${marker} clock`, price });
    const range = `q=${marker}&min_price=4999&max_price=5001`;

    const pounds = await request('GET', `/v1/listings?${range}&currency=GBP`);
    expect(pounds.status).toBe(200);
    expect(pounds.body.data.map((l: { price: unknown }) => l.price)).toEqual([{ amount: 5000, currency: 'GBP' }]);
    const yen = await request('GET', `/v1/listings?q=${marker}&currency=JPY&max_price=5000`);
    expect(yen.body.data.map((l: { price: unknown }) => l.price)).toEqual([{ amount: 5000, currency: 'JPY' }]);

    for (const query of [range, `q=${marker}&min_price=4999`, `q=${marker}&max_price=5001`]) {
      const res = await request('GET', `/v1/listings?${query}`);
      expectProblem(res, 400, 'query.currency');
      expect(res.body.errors.find((e: { field: string }) => e.field === 'query.currency').message).toMatch(/required with min_price or max_price/);
    }
    // Without a price range, currency stays optional.
    expect((await request('GET', `/v1/listings?q=${marker}`)).body.data).toHaveLength(4);
    const parameters = (await request('GET', '/openapi.json')).body.paths['/v1/listings'].get.parameters as { name: string; description?: string }[];
    expect(parameters.find((p) => p.name === 'min_price')?.description).toMatch(/minor units of `currency`/);
  });
});

describe('the order lifecycle', () => {
  test('create → decline → pay → ship → deliver → complete moves money through escrow to the seller', async () => {
    const listing = await makeListing(request, seller, { price: { amount: 20_000, currency: 'EUR' } });
    const created = await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ listing_id: listing.id, buyer_id: buyer.id, seller_id: seller.id, amount: { amount: 20_000, currency: 'EUR' }, status: 'initiated' });
    const id = created.body.id as string;
    expect((await request('GET', `/v1/listings/${listing.id}`)).body.status).toBe('reserved');
    expect((await request('POST', '/v1/orders', { token: stranger.token, body: { listing_id: listing.id } })).status).toBe(409);

    const declined = await request('POST', `/v1/orders/${id}/pay`, { token: buyer.token, body: { payment_method: 'pm_card_chargeDeclined', shipping_address: SHIP_TO } });
    expect(declined.status).toBe(402);
    expect(declined.body.code).toBe('payment_declined');
    expect((await request('GET', `/v1/orders/${id}`, { token: buyer.token })).body.status).toBe('initiated');

    expect((await request('POST', `/v1/orders/${id}/pay`, { token: seller.token, body: { payment_method: 'pm_card_visa', shipping_address: SHIP_TO } })).status).toBe(403);
    expect((await request('POST', `/v1/orders/${id}/pay`, { token: stranger.token, body: { payment_method: 'pm_card_visa', shipping_address: SHIP_TO } })).status).toBe(404);
    const paid = await request('POST', `/v1/orders/${id}/pay`, { token: buyer.token, body: { payment_method: 'pm_card_visa', shipping_address: SHIP_TO } });
    expect(paid.status).toBe(200);
    expect(paid.body.status).toBe('paid');
    expect(await balanceOf(seller)).toEqual([{ currency: 'EUR', pending: 18_000, available: 0 }]);

    expect((await request('POST', `/v1/orders/${id}/ship`, { token: buyer.token, body: { carrier: 'DHL', tracking_number: '1000000001' } })).status).toBe(403);
    expect((await request('POST', `/v1/orders/${id}/ship`, { token: stranger.token, body: { carrier: 'DHL', tracking_number: '1000000001' } })).status).toBe(404);
    expect((await request('POST', `/v1/orders/${id}/complete`, { token: buyer.token })).status).toBe(409);
    const shipped = await request('POST', `/v1/orders/${id}/ship`, { token: seller.token, body: { carrier: 'DHL', tracking_number: '1000000001' } });
    expect(shipped.body).toMatchObject({ status: 'shipped', carrier: 'DHL', tracking_number: '1000000001' });
    expect((await request('POST', `/v1/orders/${id}/ship`, { token: seller.token, body: { carrier: 'DHL', tracking_number: '1000000001' } })).status).toBe(409);

    expect((await request('POST', `/v1/orders/${id}/confirm-delivery`, { token: buyer.token })).body.status).toBe('delivered');
    expect((await request('POST', `/v1/orders/${id}/complete`, { token: buyer.token })).body.status).toBe('completed');
    expect(await balanceOf(seller)).toEqual([{ currency: 'EUR', pending: 0, available: 18_000 }]);
    expect(await balanceOf(buyer)).toEqual([]);
    expect((await request('GET', `/v1/listings/${listing.id}`)).body.status).toBe('sold');

    const history = await request('GET', `/v1/orders/${id}/history`, { token: seller.token });
    expect(history.body.data.map((h: { to: string }) => h.to)).toEqual([
      'initiated',
      'pending_payment',
      'initiated',
      'pending_payment',
      'paid',
      'shipped',
      'delivered',
      'completed',
    ]);
    expect(history.body.data[2]).toMatchObject({ actor: 'system', reason: 'generic_decline' });
    // One event per change, in order, each carrying the order as that change left it.
    const events = await app.ctx.db.selectFrom('outbox').select(['event_type', 'payload']).where('aggregate_id', '=', id).orderBy('id').execute();
    expect(events.map((e) => [e.event_type, (e.payload as { status?: string }).status])).toEqual([
      ['order.created', 'initiated'],
      ['risk.scored', undefined],
      ['order.payment_started', 'pending_payment'],
      ['payment.declined', 'initiated'],
      ['risk.scored', undefined],
      ['order.payment_started', 'pending_payment'],
      ['order.paid', 'paid'],
      ['order.shipped', 'shipped'],
      ['order.delivered', 'delivered'],
      ['order.completed', 'completed'],
    ]);
    expect(events[7]!.payload).toMatchObject({ order_id: id, amount: 20_000, currency: 'EUR', fee_amount: 2_000, category: 'cameras' });
    expect((await request('GET', `/v1/orders/${id}`, { token: stranger.token })).status).toBe(404);
    expect((await request('GET', `/v1/orders/${id}/history`, { token: stranger.token })).status).toBe(404);

    const mine = await request('GET', '/v1/orders?role=seller', { token: seller.token });
    expect(mine.body.data.map((o: { id: string }) => o.id)).toContain(id);
    expect((await request('GET', '/v1/orders?role=buyer', { token: stranger.token })).body.data).toEqual([]);
  });

  test('buying your own listing is a 422 naming listing_id', async () => {
    const listing = await makeListing(request, seller);
    const res = await request('POST', '/v1/orders', { token: seller.token, body: { listing_id: listing.id } });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'own_listing', errors: [{ field: 'listing_id' }] });
  });

  test('a risk block refuses the payment, cancels the order and releases the listing', async () => {
    const listing = await makeListing(request, seller);
    const order = (await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } })).body;
    const res = await request('POST', `/v1/orders/${order.id}/pay`, { token: buyer.token, body: { payment_method: 'pm_card_radarBlock', shipping_address: SHIP_TO } });
    expect(res.status).toBe(402);
    expect(res.body.code).toBe('payment_blocked');
    expect((await request('GET', `/v1/orders/${order.id}`, { token: buyer.token })).body.status).toBe('cancelled');
    expect((await request('GET', `/v1/listings/${listing.id}`)).body.status).toBe('active');
    const row = await app.ctx.db.selectFrom('orders').select(['risk_decision', 'risk_score']).where('id', '=', order.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ risk_decision: 'block', risk_score: expect.any(Number) });
    expect(row.risk_score).toBeGreaterThanOrEqual(90);
  });
});

describe('fraud review', () => {
  async function reviewedOrder(sellerUser: TestUser, amount = 30_000) {
    const listing = await makeListing(request, sellerUser, { price: { amount, currency: 'EUR' } });
    const order = (await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } })).body;
    const paid = await request('POST', `/v1/orders/${order.id}/pay`, { token: buyer.token, body: { payment_method: 'pm_card_riskLevelElevated', shipping_address: SHIP_TO } });
    expect(paid.body.status).toBe('paid');
    return order.id as string;
  }

  test('review holds funds past completion; clearing the case releases them', async () => {
    const heldSeller = await registerUser(request);
    const staff = await makeStaff(app, ['moderator']);
    const orderId = await reviewedOrder(heldSeller);
    const queue = await request('GET', '/v1/admin/fraud-cases?status=open', { token: staff.token });
    const fraudCase = queue.body.data.find((c: { order_id: string }) => c.order_id === orderId);
    expect(fraudCase).toMatchObject({ status: 'open', subject_user_id: heldSeller.id, model_version: 'fraud-gbt-v2', order: { amount: { amount: 30_000, currency: 'EUR' } } });
    expect(fraudCase.risk_score).toBeGreaterThanOrEqual(65);

    await request('POST', `/v1/orders/${orderId}/ship`, { token: heldSeller.token, body: { carrier: 'UPS', tracking_number: '1Z999AA10123456784' } });
    await request('POST', `/v1/orders/${orderId}/confirm-delivery`, { token: buyer.token });
    expect((await request('POST', `/v1/orders/${orderId}/complete`, { token: buyer.token })).body.status).toBe('completed');
    expect(await balanceOf(heldSeller)).toEqual([{ currency: 'EUR', pending: 27_000, available: 0 }]);

    expect((await request('POST', `/v1/admin/fraud-cases/${fraudCase.id}/decision`, { token: buyer.token, body: { decision: 'clear', note: 'x' } })).status).toBe(403);
    const cleared = await request('POST', `/v1/admin/fraud-cases/${fraudCase.id}/decision`, { token: staff.token, body: { decision: 'clear', note: 'Known good buyer' } });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ status: 'closed', decision: 'clear', decision_note: 'Known good buyer', decided_by: staff.id });
    expect(await balanceOf(heldSeller)).toEqual([{ currency: 'EUR', pending: 0, available: 27_000 }]);
    const again = await request('POST', `/v1/admin/fraud-cases/${fraudCase.id}/decision`, { token: staff.token, body: { decision: 'confirm_fraud', note: 'changed my mind' } });
    expect(again.status).toBe(409);
  });

  test('confirming fraud refunds the buyer from escrow, suspends the seller and freezes their payouts', async () => {
    const badSeller = await registerUser(request);
    const staff = await makeStaff(app, ['admin']);
    const orderId = await reviewedOrder(badSeller, 45_000);
    const { id: caseId } = await app.ctx.db.selectFrom('fraud_cases').select('id').where('order_id', '=', orderId).executeTakeFirstOrThrow();
    const res = await request('POST', `/v1/admin/fraud-cases/${caseId}/decision`, { token: staff.token, body: { decision: 'confirm_fraud', note: 'Stolen card' } });
    expect(res.body).toMatchObject({ decision: 'confirm_fraud', order: { status: 'refunded' } });
    // The seller's session is revoked by the suspension, so their balance is read from the ledger.
    expect(await accountBalance(app.ctx.db, `escrow:${orderId}`, 'EUR')).toBe(0);
    expect((await request('GET', '/v1/me/balance', { token: badSeller.token })).status).toBe(401);
    const user = await app.ctx.db.selectFrom('users').select(['payouts_frozen', 'suspended_at']).where('id', '=', badSeller.id).executeTakeFirstOrThrow();
    expect(user.payouts_frozen).toBe(true);
    expect(user.suspended_at).not.toBeNull();
    const audit = await app.ctx.db.selectFrom('audit_log').selectAll().where('entity_id', '=', caseId).execute();
    expect(audit).toEqual([expect.objectContaining({ actor_id: staff.id, action: 'fraud_case.confirm_fraud' })]);
  });

  test('staff routes refuse non-staff with 403 and anonymous callers with 401', async () => {
    for (const path of ['/v1/admin/orders', '/v1/admin/fraud-cases', '/v1/admin/metrics/sales?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z']) {
      expect((await request('GET', path, { token: buyer.token })).status).toBe(403);
      expect((await request('GET', path)).status).toBe(401);
    }
    const analyst = await makeStaff(app, ['analyst']);
    expect((await request('GET', '/v1/admin/orders', { token: analyst.token })).status).toBe(200);
    const anyCase = await app.ctx.db.selectFrom('fraud_cases').select('id').executeTakeFirstOrThrow();
    const denied = await request('POST', `/v1/admin/fraud-cases/${anyCase.id}/decision`, { token: analyst.token, body: { decision: 'clear', note: 'no' } });
    expect(denied.status).toBe(403);
  });
});

describe('analytics', () => {
  test('paid orders reach ClickHouse through the outbox and show in sales metrics, once each even if replayed', async () => {
    const metricsSeller = await registerUser(request);
    const staff = await makeStaff(app, ['analyst']);
    for (const amount of [1_000, 2_500]) {
      const listing = await makeListing(request, metricsSeller, { price: { amount, currency: 'GBP' } });
      const order = (await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } })).body;
      await request('POST', `/v1/orders/${order.id}/pay`, { token: buyer.token, body: { payment_method: 'pm_card_visa', shipping_address: SHIP_TO } });
    }
    await relayAll(app.ctx);
    const from = new Date(Date.now() - 3_600_000).toISOString();
    const to = new Date(Date.now() + 3_600_000).toISOString();
    const sales = async () => (await request('GET', `/v1/admin/metrics/sales?from=${from}&to=${to}&interval=hour`, { token: staff.token })).body;
    const gbp = (body: { buckets: { currency: string; orders: number; gmv: number }[] }) =>
      body.buckets.filter((b) => b.currency === 'GBP').reduce((s, b) => ({ orders: s.orders + b.orders, gmv: s.gmv + b.gmv }), { orders: 0, gmv: 0 });
    expect(gbp(await sales())).toEqual({ orders: 2, gmv: 3_500 });

    // Replay everything: at-least-once delivery must not double-count.
    await app.ctx.db.updateTable('outbox').set({ published_at: null }).execute();
    await relayAll(app.ctx);
    expect(gbp(await sales())).toEqual({ orders: 2, gmv: 3_500 });
  });
});

describe('documents', () => {
  test('/openapi.json describes every route and /health reports both stores', async () => {
    const doc = (await request('GET', '/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    const { ROUTES } = await import('../src/routes');
    for (const r of ROUTES) {
      const path = r.path.replace(/:(\w+)/g, '{$1}');
      expect(doc.paths[path]?.[r.method]).toBeDefined();
    }
    expect(doc.paths['/v1/listings'].post.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['title', 'description', 'price', 'category']));
    const health = await request('GET', '/health');
    expect(health.body).toMatchObject({ status: 'ok', postgres: 'ok', clickhouse: 'ok', model: 'fraud-gbt-v2' });
  });
});
