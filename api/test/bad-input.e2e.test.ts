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

const count = async (table: 'listings' | 'orders' | 'users' | 'outbox' | 'ledger_postings') =>
  Number(
    (
      await app.ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const valid = { title: 'Road bike', description: 'Steel frame', price: { amount: 45_000, currency: 'EUR' }, category: 'bikes', condition: 'good' };

function expectProblem(res: { status: number; headers: Headers; body: any }, status: number, field?: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(res.body).toMatchObject({ status, code: expect.any(String), title: expect.any(String), detail: expect.any(String) });
  if (field) expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
}

describe('bad listing bodies are 4xx problems naming the field, and write nothing', () => {
  const cases: [string, unknown, string][] = [
    ['missing field', { ...valid, title: undefined }, 'title'],
    ['wrong type', { ...valid, title: 42 }, 'title'],
    ['unknown field', { ...valid, admin: true }, 'admin'],
    ['zero amount', { ...valid, price: { amount: 0, currency: 'EUR' } }, 'price.amount'],
    ['negative amount', { ...valid, price: { amount: -5, currency: 'EUR' } }, 'price.amount'],
    ['fractional amount', { ...valid, price: { amount: 12.5, currency: 'EUR' } }, 'price.amount'],
    ['amount as string', { ...valid, price: { amount: '100', currency: 'EUR' } }, 'price.amount'],
    ['overflowing amount', { ...valid, price: { amount: 2 ** 63, currency: 'EUR' } }, 'price.amount'],
    ['unknown currency', { ...valid, price: { amount: 100, currency: 'XYZ' } }, 'price.currency'],
    ['lowercase currency', { ...valid, price: { amount: 100, currency: 'eur' } }, 'price.currency'],
    ['unknown field in money', { ...valid, price: { amount: 100, currency: 'EUR', fx: 1 } }, 'price.fx'],
    ['over-long title', { ...valid, title: 'x'.repeat(121) }, 'title'],
    ['over-long description', { ...valid, description: 'x'.repeat(5001) }, 'description'],
    ['unknown category', { ...valid, category: 'weapons' }, 'category'],
    ['a parent category (listings go in a leaf)', { ...valid, category: 'sports' }, 'category'],
    ['missing condition', { ...valid, condition: undefined }, 'condition'],
    ['unknown condition', { ...valid, condition: 'mint' }, 'condition'],
    ['attributes not an object', { ...valid, attributes: ['M'] }, 'attributes'],
    ['nested attribute value', { ...valid, attributes: { frame_size: { size: 'M' } } }, 'attributes.frame_size'],
    ['location without a place', { ...valid, location: { lat: 48.85, lng: 2.35 } }, 'location.place'],
    ['latitude out of range', { ...valid, location: { place: 'Paris', lat: 91, lng: 2.35 } }, 'location.lat'],
    ['unknown field in location', { ...valid, location: { place: 'Paris', street: '1 rue de Rivoli' } }, 'location.street'],
    // Postgres text cannot hold a NUL character: refused at the door, not by the database.
    ['NUL in text', { ...valid, description: 'Steel\u0000frame' }, 'description'],
    ['array body', [valid], 'body'],
    ['null body', null, 'body'],
  ];
  test.each(cases)('%s', async (_name, body, field) => {
    const before = await count('listings');
    const res = await request('POST', '/v1/listings', { token: seller.token, rawBody: JSON.stringify(body) });
    expectProblem(res, 400, field);
    expect(await count('listings')).toBe(before);
  });

  test('malformed JSON is a 400 naming the body', async () => {
    expectProblem(await request('POST', '/v1/listings', { token: seller.token, rawBody: '{"title": "x",' }), 400, 'body');
  });

  test('a body over 1 MB is a 413', async () => {
    const res = await request('POST', '/v1/listings', { token: seller.token, rawBody: JSON.stringify({ ...valid, description: 'x'.repeat(1_100_000) }) });
    expectProblem(res, 413, 'body');
  });

  test('a non-JSON content type is a 415', async () => {
    const res = await request('POST', '/v1/listings', { token: seller.token, rawBody: 'title=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expectProblem(res, 415, 'header.Content-Type');
  });

  test('an empty body where one is required names the body', async () => {
    expectProblem(await request('POST', '/v1/listings', { token: seller.token }), 400, 'body');
  });
});

describe('listing bodies that do not fit their category are 422 problems naming the attribute, and write nothing', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['unknown attribute', { ...valid, attributes: { colour: 'red' } }, 'attributes.colour'],
    ['wrong enum value', { ...valid, attributes: { frame_size: 'XXXL' } }, 'attributes.frame_size'],
    ['missing required attribute', { ...valid, category: 'shoes' }, 'attributes.eu_size'],
    ['a number where text is due', { ...valid, attributes: { brand: 42 } }, 'attributes.brand'],
    ['latitude without longitude', { ...valid, location: { place: 'Paris', lat: 48.85 } }, 'location.lng'],
  ];
  test.each(cases)('%s', async (_name, body, field) => {
    const before = await count('listings');
    expectProblem(await request('POST', '/v1/listings', { token: seller.token, body }), 422, field);
    expect(await count('listings')).toBe(before);
  });
});

describe('bad ids, queries and order bodies', () => {
  test.each([
    ['GET', '/v1/listings/not-a-uuid', 'params.id'],
    ['GET', '/v1/orders/123', 'params.id'],
    ['POST', '/v1/orders/123/ship', 'params.id'],
    ['GET', '/v1/listings?limit=0', 'query.limit'],
    ['GET', '/v1/listings?limit=1000', 'query.limit'],
    ['GET', '/v1/listings?limit=abc', 'query.limit'],
    ['GET', '/v1/listings?cursor=garbage', 'query.cursor'],
    // A date JavaScript accepts but a Postgres timestamp cannot hold.
    ['GET', `/v1/listings?cursor=${Buffer.from(JSON.stringify(['-100000-01-01T00:00:00.000Z', '00000000-0000-4000-8000-000000000000'])).toString('base64url')}`, 'query.cursor'],
    ['GET', '/v1/listings?min_price=-1', 'query.min_price'],
    ['GET', '/v1/listings?min_price=500&max_price=100', 'query.max_price'],
    ['GET', '/v1/listings?currency=ABC', 'query.currency'],
    ['GET', '/v1/listings?sort=price', 'query.sort'],
    ['GET', '/v1/orders?role=admin', 'query.role'],
  ])('%s %s → 400 naming %s', async (method, path, field) => {
    expectProblem(await request(method, path, { token: buyer.token, ...(method === 'POST' ? { body: { carrier: 'x', tracking_number: 'y' } } : {}) }), 400, field);
  });

  test('unknown but well-formed ids are 404s', async () => {
    expectProblem(await request('GET', '/v1/listings/7f0c5a52-1c5a-4cb4-9d5f-0b5ec9d1b8a1'), 404);
    expectProblem(await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: '7f0c5a52-1c5a-4cb4-9d5f-0b5ec9d1b8a1' } }), 404);
    expectProblem(
      await request('POST', '/v1/orders/7f0c5a52-1c5a-4cb4-9d5f-0b5ec9d1b8a1/pay', { token: buyer.token, body: { payment_method: 'pm_card_visa', shipping_address: SHIP_TO } }),
      404,
    );
  });

  test('bad payment methods and shipping bodies name their field and leave the order unchanged', async () => {
    const listing = await makeListing(request, seller);
    const order = (await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } })).body;
    const before = { postings: await count('ledger_postings'), outbox: await count('outbox') };
    expectProblem(await request('POST', `/v1/orders/${order.id}/pay`, { token: buyer.token, body: {} }), 400, 'payment_method');
    expectProblem(await request('POST', `/v1/orders/${order.id}/pay`, { token: buyer.token, body: { payment_method: 'card', shipping_address: SHIP_TO } }), 400, 'payment_method');
    expectProblem(
      await request('POST', `/v1/orders/${order.id}/pay`, { token: buyer.token, body: { payment_method: 'pm_card_unknown', shipping_address: SHIP_TO } }),
      422,
      'payment_method',
    );
    expectProblem(await request('POST', `/v1/orders/${order.id}/pay`, { token: buyer.token, body: { payment_method: 'pm_card_visa', amount: 1 } }), 400, 'amount');
    expect({ postings: await count('ledger_postings'), outbox: await count('outbox') }).toEqual(before);
    expect((await request('GET', `/v1/orders/${order.id}`, { token: buyer.token })).body.status).toBe('initiated');
    expectProblem(await request('POST', '/v1/auth/register', { body: { email: 'not-an-email', password: 'long enough pw', display_name: 'x' } }), 400, 'email');
    expectProblem(await request('POST', '/v1/auth/register', { body: { email: 'a@b.test', password: 'short', display_name: 'x' } }), 400, 'password');
  });

  test('unknown routes are problem+json 404s, and nothing a client sends causes a 500', async () => {
    expectProblem(await request('GET', '/v1/nope'), 404);
    expectProblem(await request('POST', '/v1/listings', { token: seller.token, rawBody: '\u0000\u0001' }), 400);
    expectProblem(await request('POST', '/v1/listings', { token: seller.token, rawBody: '{"__proto__": {"x": 1}}' }), 400);
    const injection = await request('GET', `/v1/listings?q=${encodeURIComponent("'); DROP TABLE listings; --")}&category=home`);
    expect(injection.status).toBe(200);
    expect(injection.body.data).toEqual([]);
  });
});

describe('input that used to reach a 500', () => {
  test.each([
    ['an object 4,000 deep', '{"a":'.repeat(4000) + '1' + '}'.repeat(4000)],
    ['an array 5,000 deep', '['.repeat(5000) + ']'.repeat(5000)],
  ])('%s, even before signing in, is a 400 naming the body', async (_name, rawBody) => {
    const res = await request('POST', '/v1/auth/login', { rawBody });
    expectProblem(res, 400, 'body');
    expect(res.body.detail).toContain('deeper than 64 levels');
  });

  test('a lone surrogate in an audited text is a 400 naming the field, and nothing is recorded', async () => {
    const staff = await registerUser(request);
    await app.ctx.db
      .updateTable('users')
      .set({ roles: ['moderator'] })
      .where('id', '=', staff.id)
      .execute();
    const before = await app.ctx.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await request('POST', `/v1/admin/users/${buyer.id}/warn`, { token: staff.token, rawBody: '{"reason":"spam \\ud800 again"}' });
    expectProblem(res, 400, 'reason');
    const key = await request('POST', `/v1/admin/users/${buyer.id}/warn`, { token: staff.token, rawBody: '{"reason":"spam","\\udc00":1}' });
    expectProblem(key, 400, '\uFFFD');
    expect(
      await app.ctx.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow(),
    ).toEqual(before);
  });
});
