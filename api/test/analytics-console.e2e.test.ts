import { type Request, type TestApp, type TestUser, client, expectProblem, makeStaff, orderAt, relayAll, startTestApp } from '../../test/harness';

// Dashboards and analysts' own SQL over HTTP, against the real engines. The analyst limits are
// small here so truncation and the timeout are cheap to reach.

let app: TestApp;
let request: Request;
let analyst: TestUser;
let moderator: TestUser;

beforeAll(async () => {
  app = await startTestApp({ env: { ANALYST_QUERY_MAX_ROWS: '5', ANALYST_QUERY_TIMEOUT_SECONDS: '1' } });
  request = client(app.url);
  [analyst, moderator] = await Promise.all([makeStaff(app, ['analyst']), makeStaff(app, ['moderator'])]);
});
afterAll(() => app.close());

const query = (sql: string, token = analyst.token) => request('POST', '/v1/admin/analytics/query', { token, body: { sql } });
const window = () => {
  const from = new Date(Date.now() - 86_400_000).toISOString();
  const to = new Date(Date.now() + 86_400_000).toISOString();
  return `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
};

describe('dashboards', () => {
  it('lists every dashboard with its question and typed parameters', async () => {
    const res = await request('GET', '/v1/admin/dashboards', { token: analyst.token });
    expect(res.status).toBe(200);
    expect(res.body.data.map((d: { name: string }) => d.name)).toEqual([
      'buyer_cohort_retention',
      'dispute_rate_by_category',
      'fraud_model_precision',
      'gmv_take_rate',
      'moderation_throughput',
      'order_funnel',
      'time_to_resolution',
      'top_sellers',
    ]);
    const gmv = res.body.data.find((d: { name: string }) => d.name === 'gmv_take_rate');
    expect(gmv.title).toBe('GMV and take rate over time');
    expect(gmv.params).toEqual([
      { name: 'from', type: "DateTime64(3, 'UTC')", description: expect.any(String), default: null, one_of: null },
      { name: 'to', type: "DateTime64(3, 'UTC')", description: expect.any(String), default: null, one_of: null },
      { name: 'interval', type: 'String', description: 'bucket width', default: 'day', one_of: ['hour', 'day', 'week', 'month'] },
    ]);
  });

  it('refuses unknown dashboards (404) and bad parameters (422 naming the parameter)', async () => {
    expectProblem(await request('GET', `/v1/admin/dashboards/nope?${window()}`, { token: analyst.token }), 404);
    expectProblem(await request('GET', `/v1/admin/dashboards/gmv_take_rate?${window()}&interval=year`, { token: analyst.token }), 422, 'query.interval');
    expectProblem(await request('GET', `/v1/admin/dashboards/gmv_take_rate?${window()}&colour=red`, { token: analyst.token }), 422, 'query.colour');
    expectProblem(await request('GET', '/v1/admin/dashboards/gmv_take_rate?from=2026-11-01T00:00:00Z', { token: analyst.token }), 422, 'query.to');
    // Given twice: not one value.
    expectProblem(await request('GET', `/v1/admin/dashboards/gmv_take_rate?${window()}&from=yesterday`, { token: analyst.token }), 400, 'query.from');
    expectProblem(await request('GET', `/v1/admin/dashboards/gmv_take_rate?from=last%20week&to=2026-11-01T00:00:00Z`, { token: analyst.token }), 422, 'query.from');
  });

  it('is refused to moderators, who have no use for business analytics', async () => {
    expectProblem(await request('GET', '/v1/admin/dashboards', { token: moderator.token }), 403);
    expectProblem(await request('GET', `/v1/admin/dashboards/gmv_take_rate?${window()}`, { token: moderator.token }), 403);
  });
});

describe("analysts' own SQL", () => {
  it('runs a SELECT and returns columns with ClickHouse types and rows', async () => {
    const res = await query(`SELECT number, toString(number * 2) AS doubled FROM numbers(3)`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      columns: [
        { name: 'number', type: 'UInt64' },
        { name: 'doubled', type: 'String' },
      ],
      rows: [
        { number: 0, doubled: '0' },
        { number: 1, doubled: '2' },
        { number: 2, doubled: '4' },
      ],
      truncated: false,
      max_rows: 5,
    });
  });

  it('flags a result cut at the row limit', async () => {
    const res = await query('SELECT number FROM numbers(1000000)');
    expect(res.status).toBe(200);
    expect(res.body.rows).toHaveLength(5);
    expect(res.body.truncated).toBe(true);
  });

  it.each([
    ['INSERT', `INSERT INTO ${'{db}'}.events (event_id, event_type) VALUES (generateUUIDv4(), 'x')`, 'select_only'],
    ['ALTER', `ALTER TABLE {db}.events DELETE WHERE 1`, 'select_only'],
    ['DROP', 'DROP TABLE {db}.events', 'select_only'],
    ['CREATE', 'CREATE TABLE {db}.x (a UInt8) ENGINE = Memory', 'select_only'],
    ['SET', 'SET max_result_rows = 0', 'select_only'],
    ['url()', "SELECT * FROM url('http://127.0.0.1:9/x', CSV, 'a String')", 'function_not_allowed'],
    ['file()', "SELECT * FROM file('/etc/passwd', LineAsString)", 'function_not_allowed'],
  ])('refuses %s without running it (403 %s)', async (_kind, sql, code) => {
    const res = await query(sql.replaceAll('{db}', app.ctx.analytics.database));
    expectProblem(res, 403, 'sql');
    expect(res.body.code).toBe(code);
  });

  it('refuses tables outside the analytics database and host files (403)', async () => {
    const system = await query('SELECT name FROM system.tables');
    expectProblem(system, 403, 'sql');
    expect(system.body).toMatchObject({ code: 'table_not_allowed', detail: expect.stringContaining('system.tables') });
    const file = await query("SELECT file('/etc/hostname')");
    expectProblem(file, 403, 'sql');
    expect(file.body.code).toBe('function_not_allowed');
  });

  it("reports syntax errors with ClickHouse's position, timeouts and empty text as 4xx problems", async () => {
    const syntax = await query('SELECT count( FROM x');
    expectProblem(syntax, 422, 'sql');
    expect(syntax.body).toMatchObject({ code: 'syntax_error', detail: expect.stringMatching(/^Syntax error: failed at position \d+/) });
    const slow = await query('SELECT count() FROM numbers(100000000000000)');
    expectProblem(slow, 422, 'sql');
    expect(slow.body).toMatchObject({ code: 'query_timeout', detail: expect.stringMatching(/Timeout exceeded/) });
    expectProblem(await query('   '), 400, 'sql');
  });

  it('is refused to moderators', async () => {
    expectProblem(await query('SELECT 1', moderator.token), 403);
  });

  it('audits every query: who, the text and the verdict before it runs, then rows or error and duration', async () => {
    await query('SELECT 42 AS answer');
    const drop = `DROP TABLE ${app.ctx.analytics.database}.events`;
    await query(drop);
    const entries = await app.ctx.db
      .selectFrom('audit_log')
      .select(['actor_id', 'action', 'entity_type', 'entity_id', 'details'])
      .where('action', 'like', 'analytics.query%')
      .where('actor_id', '=', analyst.id)
      .orderBy('id', 'desc')
      .limit(3)
      .execute();
    expect(entries).toEqual([
      { actor_id: analyst.id, action: 'analytics.query', entity_type: 'analytics_query', entity_id: expect.any(String), details: { sql: drop, verdict: 'refused:select_only' } },
      {
        actor_id: analyst.id,
        action: 'analytics.query.result',
        entity_type: 'analytics_query',
        entity_id: entries[2]!.entity_id,
        details: { rows: 1, truncated: false, duration_ms: expect.any(Number) },
      },
      {
        actor_id: analyst.id,
        action: 'analytics.query',
        entity_type: 'analytics_query',
        entity_id: expect.any(String),
        details: { sql: 'SELECT 42 AS answer', verdict: 'accepted' },
      },
    ]);
  });
});

describe('after analyst queries (refused writes and a timeout among them)', () => {
  it('the relay still writes to ClickHouse and a dashboard shows the new orders', async () => {
    await query(`INSERT INTO ${app.ctx.analytics.database}.events (event_id) VALUES (generateUUIDv4())`);
    await query('SELECT count() FROM numbers(100000000000000)');
    const orders = await Promise.all([orderAt(request, 'paid'), orderAt(request, 'paid')]);
    await relayAll(app.ctx);
    const res = await request('GET', `/v1/admin/dashboards/gmv_take_rate?${window()}&interval=day`, { token: analyst.token });
    expect(res.status).toBe(200);
    expect(res.body.columns.map((c: { name: string }) => c.name)).toEqual(['bucket', 'currency', 'orders', 'gmv', 'fees', 'take_rate']);
    const paid = await query(
      `SELECT count() AS n FROM ${app.ctx.analytics.database}.events FINAL WHERE event_type = 'order.paid' AND aggregate_id IN ('${orders[0].id}', '${orders[1].id}')`,
    );
    expect(paid.body.rows).toEqual([{ n: 2 }]);
    const total = res.body.rows.reduce((sum: number, row: { orders: number }) => sum + row.orders, 0);
    expect(total).toBe(2);
  });
});
