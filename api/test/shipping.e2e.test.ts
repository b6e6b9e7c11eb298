import {
  DAY,
  type Request,
  SHIP_TO,
  type TestApp,
  type TestUser,
  client,
  expectProblem,
  makeListing,
  makeStaff,
  manualClock,
  orderAt,
  registerUser,
  startTestApp,
} from '../../test/harness';

const time = manualClock();
let app: TestApp;
let request: Request;

beforeAll(async () => {
  app = await startTestApp({ clock: time.clock });
  request = client(app.url);
});
afterAll(() => app.close());

const HOME = { name: 'Ada Lovelace', line1: '12 Marylebone Road', city: 'London', postal_code: 'nw15lr', country: 'gb', phone: '+442071234567' };
const save = (user: TestUser, body: unknown) => request('POST', '/v1/me/addresses', { token: user.token, body });
const orderOf = async (user: TestUser, id: string) => (await request('GET', `/v1/orders/${id}`, { token: user.token })).body;
const pay = (user: TestUser, id: string, body: Record<string, unknown>) =>
  request('POST', `/v1/orders/${id}/pay`, { token: user.token, body: { payment_method: 'pm_card_visa', ...body } });
const ship = (user: TestUser, id: string, carrier: string, tracking_number: string) =>
  request('POST', `/v1/orders/${id}/ship`, { token: user.token, body: { carrier, tracking_number } });

async function unpaidOrder() {
  const [seller, buyer] = [await registerUser(request), await registerUser(request)];
  const listing = await makeListing(request, seller);
  const order = await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } });
  return { seller, buyer, id: order.body.id as string };
}

describe('saved addresses', () => {
  test('save (normalized, encrypted at rest), list, delete; strangers get 404; at most 10', async () => {
    const [me, other] = [await registerUser(request), await registerUser(request)];
    const saved = await save(me, HOME);
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ ...HOME, postal_code: 'NW1 5LR', country: 'GB', id: expect.any(String) });
    const row = await app.ctx.db.selectFrom('saved_addresses').selectAll().where('id', '=', saved.body.id).executeTakeFirstOrThrow();
    expect(row.data.toString('latin1')).not.toContain('Marylebone');
    expect((await request('GET', '/v1/me/addresses', { token: me.token })).body.data).toEqual([saved.body]);
    expect((await request('GET', '/v1/me/addresses', { token: other.token })).body.data).toEqual([]);
    expectProblem(await request('DELETE', `/v1/me/addresses/${saved.body.id}`, { token: other.token }), 404);
    expect((await request('DELETE', `/v1/me/addresses/${saved.body.id}`, { token: me.token })).status).toBe(204);
    expectProblem(await request('DELETE', `/v1/me/addresses/${saved.body.id}`, { token: me.token }), 404);

    for (let i = 0; i < 10; i++) expect((await save(me, { ...HOME, line1: `${i} Baker Street` })).status).toBe(201);
    expect((await save(me, HOME)).body).toMatchObject({ status: 409, code: 'too_many_addresses' });
  });

  test('bad input names the field', async () => {
    const me = await registerUser(request);
    const bad = async (body: unknown, status: number, field: string) => expectProblem(await save(me, body), status, field);
    await bad({ ...HOME, postal_code: '12345' }, 422, 'postal_code');
    await bad({ ...HOME, country: 'FR', postal_code: '7500' }, 422, 'postal_code');
    await bad({ ...HOME, country: 'US', postal_code: '1234' }, 422, 'postal_code');
    await bad({ ...HOME, country: 'NL', postal_code: '0123 AB' }, 422, 'postal_code');
    await bad({ ...HOME, country: 'XX' }, 422, 'country');
    await bad({ ...HOME, country: 'GBR' }, 400, 'country');
    await bad({ ...HOME, postal_code: 'NW1_5LR' }, 400, 'postal_code');
    await bad({ ...HOME, phone: '0207' }, 400, 'phone');
    await bad({ ...HOME, name: '' }, 400, 'name');
    await bad({ ...HOME, extra: 1 }, 400, 'extra');
    expect((await save(me, { name: 'Jean Dupont', line1: '8 rue de Rivoli', city: 'Paris', postal_code: '75004', country: 'FR' })).status).toBe(201);
    expect((await save(me, { name: 'Hans', line1: 'Unter den Linden 1', city: 'Berlin', postal_code: '10117', country: 'DE' })).status).toBe(201);
  });
});

describe('the address of an order', () => {
  test('required at payment; a saved one may be picked; the order keeps its own copy', async () => {
    const { buyer, seller, id } = await unpaidOrder();
    expectProblem(await pay(buyer, id, {}), 400, 'shipping_address');
    expectProblem(await pay(buyer, id, { shipping_address: { ...HOME, postal_code: '75004' } }), 422, 'shipping_address.postal_code');
    expectProblem(await pay(buyer, id, { shipping_address_id: '7f0c5a52-1c5a-4cb4-9d5f-0b5ec9d1b8a1' }), 422, 'shipping_address_id');
    const saved = (await save(buyer, HOME)).body;
    expectProblem(await pay(buyer, id, { shipping_address: HOME, shipping_address_id: saved.id }), 400, 'shipping_address_id');
    // Another user's saved address is not the buyer's to use.
    const other = (await save(seller, HOME)).body;
    expectProblem(await pay(buyer, id, { shipping_address_id: other.id }), 422, 'shipping_address_id');

    // Before payment the seller sees nothing; the buyer does not either until they give one.
    expect(await orderOf(seller, id)).toMatchObject({ shipping_address: null, shipping_address_hidden: 'not_paid' });
    expect((await pay(buyer, id, { shipping_address_id: saved.id })).body.status).toBe('paid');
    const { id: _id, created_at: _at, ...address } = saved;
    expect(await orderOf(seller, id)).toMatchObject({ shipping_address: address, shipping_address_hidden: null });
    expect(await orderOf(buyer, id)).toMatchObject({ shipping_address: address });
    // Deleting the saved address changes no order.
    expect((await request('DELETE', `/v1/me/addresses/${saved.id}`, { token: buyer.token })).status).toBe(204);
    expect((await orderOf(seller, id)).shipping_address).toEqual(address);
    const stranger = await registerUser(request);
    expectProblem(await request('GET', `/v1/orders/${id}`, { token: stranger.token }), 404);
  });

  test('the seller sees it until completion + the dispute window, then it is hidden again (not from the buyer)', async () => {
    const order = await orderAt(request, 'completed');
    expect(await orderOf(order.seller, order.id)).toMatchObject({ shipping_address: { ...SHIP_TO }, shipping_address_hidden: null });
    time.advance(app.ctx.config.DISPUTE_WINDOW_DAYS * DAY + 1000);
    expect(await orderOf(order.seller, order.id)).toMatchObject({ shipping_address: null, shipping_address_hidden: 'dispute_window_passed' });
    expect(await orderOf(order.buyer, order.id)).toMatchObject({ shipping_address: { ...SHIP_TO }, shipping_address_hidden: null });
  });

  test('a cancelled paid order hides it from the seller', async () => {
    const order = await orderAt(request, 'paid');
    expect((await request('POST', `/v1/orders/${order.id}/cancel`, { token: order.buyer.token })).status).toBe(200);
    expect(await orderOf(order.seller, order.id)).toMatchObject({ shipping_address: null, shipping_address_hidden: 'order_closed' });
  });

  test('arbitrators see it in the evidence pack (the view is audited)', async () => {
    const order = await orderAt(request, 'delivered');
    const dispute = await request('POST', `/v1/orders/${order.id}/dispute`, { token: order.buyer.token, body: { reason: 'not_received', description: 'Nothing came.' } });
    const admin = await makeStaff(app, ['admin']);
    const view = await request('GET', `/v1/admin/disputes/${dispute.body.dispute.id}`, { token: admin.token });
    expect(view.body.pack.shipment.address).toEqual(SHIP_TO);
    const audit = await app.ctx.db.selectFrom('audit_log').select('action').where('actor_id', '=', admin.id).execute();
    expect(audit.map((a) => a.action)).toContain('dispute.viewed');
  });
});

describe('tracking numbers', () => {
  test('checked against the carrier’s format, with a tracking page for known carriers', async () => {
    const order = await orderAt(request, 'paid');
    const bad = await ship(order.seller, order.id, 'Royal Mail', 'RR473124828GB');
    expectProblem(bad, 422, 'tracking_number');
    expect(bad.body.code).toBe('tracking_number_invalid');
    expectProblem(await ship(order.seller, order.id, 'UPS', '1Z999'), 422, 'tracking_number');
    const shipped = await ship(order.seller, order.id, 'Royal Mail', 'rr 473 124 829 gb');
    expect(shipped.body).toMatchObject({
      status: 'shipped',
      carrier: 'Royal Mail',
      tracking_number: 'RR473124829GB',
      tracking_url: 'https://www.royalmail.com/track-your-item#/tracking-results/RR473124829GB',
    });

    const other = await orderAt(request, 'paid');
    const local = await ship(other.seller, other.id, 'Coursier du Coin', 'CDC-0042');
    expect(local.body).toMatchObject({ status: 'shipped', tracking_number: 'CDC-0042', tracking_url: null });
  });
});
