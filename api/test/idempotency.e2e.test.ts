import { type Request, type TestApp, type TestUser, client, makeListing, registerUser, startTestApp, SHIP_TO } from '../../test/harness';

let app: TestApp;
let request: Request;
let seller: TestUser;
let buyer: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
  [seller, buyer] = await Promise.all([registerUser(request), registerUser(request)]);
});
afterAll(() => app.close());

const ordersFor = async (listingId: string) => app.ctx.db.selectFrom('orders').select('id').where('listing_id', '=', listingId).execute();

describe('Idempotency-Key', () => {
  test('a replay returns the first response with Idempotent-Replayed; another body with the same key is a 422', async () => {
    const listing = await makeListing(request, seller);
    const headers = { 'idempotency-key': `order-${listing.id}` };
    const first = await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id }, headers });
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const replay = await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id }, headers });
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(first.body);
    expect(await ordersFor(listing.id)).toHaveLength(1);

    const other = await makeListing(request, seller);
    const reused = await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: other.id }, headers });
    expect(reused.status).toBe(422);
    expect(reused.body).toMatchObject({ code: 'idempotency_key_reused', errors: [{ field: 'header.Idempotency-Key' }] });
    expect(await ordersFor(other.id)).toHaveLength(0);
  });

  test('keys are scoped per user', async () => {
    const listing = await makeListing(request, seller);
    const other = await registerUser(request);
    const headers = { 'idempotency-key': 'shared-key-1' };
    const mine = await makeListing(request, other);
    expect((await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id }, headers })).status).toBe(201);
    expect((await request('POST', '/v1/orders', { token: seller.token, body: { listing_id: mine.id }, headers })).status).toBe(201);
  });

  test('20 concurrent identical payments charge exactly once', async () => {
    const listing = await makeListing(request, seller, { price: { amount: 7_700, currency: 'EUR' } });
    const order = (await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } })).body;
    const headers = { 'idempotency-key': `pay-${order.id}` };
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        request('POST', `/v1/orders/${order.id}/pay`, { token: buyer.token, body: { payment_method: 'pm_card_visa', shipping_address: SHIP_TO }, headers }),
      ),
    );
    const statuses = results.map((r) => r.status);
    // The first claims the key; the rest see it in flight (409) or, once it finished, replay its 200.
    expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
    expect(results.filter((r) => r.status === 200 && r.headers.get('idempotent-replayed') === null)).toHaveLength(1);
    const captures = await app.ctx.db.selectFrom('ledger_transactions').select('id').where('order_id', '=', order.id).where('kind', '=', 'payment_captured').execute();
    expect(captures).toHaveLength(1);
    const replay = await request('POST', `/v1/orders/${order.id}/pay`, { token: buyer.token, body: { payment_method: 'pm_card_visa', shipping_address: SHIP_TO }, headers });
    expect(replay).toMatchObject({ status: 200, body: { status: 'paid' } });
  });

  test('pay and complete replay exactly what they answered (the reply is stored with the change)', async () => {
    const listing = await makeListing(request, seller);
    const order = (await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } })).body;
    const pay = () =>
      request('POST', `/v1/orders/${order.id}/pay`, {
        token: buyer.token,
        body: { payment_method: 'pm_card_visa', shipping_address: SHIP_TO },
        headers: { 'idempotency-key': `pay-once-${order.id}` },
      });
    const paid = await pay();
    expect(paid.status).toBe(200);
    expect(await pay()).toMatchObject({ status: 200, body: paid.body });
    await request('POST', `/v1/orders/${order.id}/ship`, { token: seller.token, body: { carrier: 'DHL', tracking_number: '1000000001' } });
    await request('POST', `/v1/orders/${order.id}/confirm-delivery`, { token: buyer.token });
    const complete = () => request('POST', `/v1/orders/${order.id}/complete`, { token: buyer.token, headers: { 'idempotency-key': `complete-${order.id}` } });
    const completed = await complete();
    expect(completed).toMatchObject({ status: 200, body: { status: 'completed' } });
    const again = await complete();
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(completed.body);
    const stored = await app.ctx.db
      .selectFrom('idempotency_keys')
      .select(['response_status', 'response_body', 'locked_until'])
      .where('key', '=', `complete-${order.id}`)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ response_status: 200, response_body: completed.body, locked_until: null });
  });

  test('20 concurrent orders for one listing without keys create exactly one order', async () => {
    const listing = await makeListing(request, seller);
    const buyers = await Promise.all(Array.from({ length: 5 }, () => registerUser(request)));
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => request('POST', '/v1/orders', { token: buyers[i % 5]!.token, body: { listing_id: listing.id } })));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status !== 201).every((r) => r.status === 409)).toBe(true);
    expect(await ordersFor(listing.id)).toHaveLength(1);
  });

  test('a refused request is replayed as the same problem', async () => {
    const listing = await makeListing(request, seller);
    const headers = { 'idempotency-key': `own-${listing.id}` };
    const first = await request('POST', '/v1/orders', { token: seller.token, body: { listing_id: listing.id }, headers });
    const again = await request('POST', '/v1/orders', { token: seller.token, body: { listing_id: listing.id }, headers });
    expect(first.status).toBe(422);
    expect(again.status).toBe(422);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.code).toBe(first.body.code);
  });

  test('malformed keys are a 400 naming the header', async () => {
    const listing = await makeListing(request, seller);
    const res = await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id }, headers: { 'idempotency-key': 'x'.repeat(256) } });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('header.Idempotency-Key');
  });
});
