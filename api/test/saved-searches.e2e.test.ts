import { type Request, type TestApp, type TestUser, client, expectProblem, registerUser, startTestApp } from '../../test/harness';

let app: TestApp;
let request: Request;

beforeAll(async () => {
  app = await startTestApp({ env: { SAVED_SEARCHES_PER_USER: '3' } });
  request = client(app.url);
});
afterAll(() => app.close());

const save = (user: TestUser, body: unknown) => request('POST', '/v1/me/saved-searches', { token: user.token, body });
const savedOf = async (user: TestUser, query = '') => (await request('GET', `/v1/me/saved-searches${query}`, { token: user.token })).body;

test('save (with or without a name), list newest first, delete; only one’s own', async () => {
  const [me, other] = [await registerUser(request), await registerUser(request)];
  const first = await save(me, { name: 'Cheap cameras', query: { q: 'film camera', category: 'electronics', currency: 'EUR', max_price: '10000' } });
  expect(first.status).toBe(201);
  expect(first.body).toEqual({
    id: expect.any(String),
    name: 'Cheap cameras',
    // As validated: the amount coerced and the default sort filled in as GET /v1/listings does, paging left out.
    query: { q: 'film camera', category: 'electronics', currency: 'EUR', max_price: 10000, sort: 'relevance' },
    last_alerted_at: null,
    created_at: expect.any(String),
  });
  const second = await save(me, { query: { q: 'bike' } });
  expect(second.body).toMatchObject({ name: null, query: { q: 'bike', sort: 'relevance' } });

  const page1 = await savedOf(me, '?limit=1');
  const page2 = await savedOf(me, `?limit=1&cursor=${page1.next_cursor}`);
  expect([...page1.data, ...page2.data].map((s: { id: string }) => s.id)).toEqual([second.body.id, first.body.id]);
  expect((await savedOf(other)).data).toEqual([]);

  expectProblem(await request('DELETE', `/v1/me/saved-searches/${first.body.id}`, { token: other.token }), 404);
  expect((await request('DELETE', `/v1/me/saved-searches/${first.body.id}`, { token: me.token })).status).toBe(204);
  expectProblem(await request('DELETE', `/v1/me/saved-searches/${first.body.id}`, { token: me.token }), 404);
  expect((await savedOf(me)).data.map((s: { id: string }) => s.id)).toEqual([second.body.id]);
  const events = await app.ctx.db.selectFrom('outbox').select('event_type').where('aggregate_id', '=', me.id).where('event_type', 'like', 'saved_search.%').orderBy('id').execute();
  expect(events.map((e) => e.event_type)).toEqual(['saved_search.created', 'saved_search.created', 'saved_search.deleted']);
});

test('the query is validated as GET /v1/listings validates it, each problem named under `query.`', async () => {
  const me = await registerUser(request);
  const before = (await savedOf(me)).data.length;
  for (const [query, field] of [
    [{ min_price: -1, currency: 'EUR' }, 'query.min_price'],
    [{ min_price: 500 }, 'query.currency'],
    [{ currency: 'EUR', min_price: 500, max_price: 100 }, 'query.max_price'],
    [{ category: 'spaceships' }, 'query.category'],
    [{ q: '' }, 'query.q'],
    [{ colour: 'red' }, 'query.colour'],
    [{ cursor: 'garbage' }, 'query.cursor'],
  ] as const) {
    expectProblem(await save(me, { query }), 400, field);
  }
  expectProblem(await save(me, {}), 400, 'query');
  expectProblem(await save(me, { name: 'x'.repeat(81), query: {} }), 400, 'name');
  expectProblem(await request('DELETE', '/v1/me/saved-searches/nope', { token: me.token }), 400, 'params.id');
  expectProblem(await request('POST', '/v1/me/saved-searches', { body: { query: {} } }), 401);
  expect((await savedOf(me)).data).toHaveLength(before);
});

test('at most SAVED_SEARCHES_PER_USER per user: 409 beyond, room again after a delete', async () => {
  const me = await registerUser(request);
  const ids: string[] = [];
  for (const q of ['lamp', 'chair', 'table']) ids.push((await save(me, { query: { q } })).body.id);
  const over = await save(me, { query: { q: 'sofa' } });
  expectProblem(over, 409);
  expect(over.body.code).toBe('saved_search_limit');
  await request('DELETE', `/v1/me/saved-searches/${ids[0]}`, { token: me.token });
  expect((await save(me, { query: { q: 'sofa' } })).status).toBe(201);
});
