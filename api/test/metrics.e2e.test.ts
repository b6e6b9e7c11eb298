import { clickHouseSink, relayBatch } from '@agora/analytics';
import { sql } from 'kysely';
import { client, expectProblem, makeStaff, type Request, startTestApp, type TestApp } from '../../test/harness';

const TOKEN = 'scrape-token-0123456789abcdefghijklmnopqrstuvwxyz';

let app: TestApp;
let off: TestApp;
let request: Request;

beforeAll(async () => {
  [app, off] = await Promise.all([startTestApp({ env: { METRICS_TOKEN: TOKEN } }), startTestApp()]);
  request = client(app.url);
});

afterAll(async () => {
  await Promise.all([app?.close(), off?.close()]);
});

/** The exposition's samples by name. */
function samples(text: string): Record<string, number> {
  const lines = text.split('\n').filter((line) => line && !line.startsWith('#'));
  return Object.fromEntries(lines.map((line) => [line.split(' ')[0], Number(line.split(' ')[1])]));
}

async function scrape() {
  const res = await request('GET', '/metrics', { token: TOKEN });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  return samples(res.body as string);
}

describe('GET /metrics', () => {
  it('does not exist unless METRICS_TOKEN is set', async () => {
    expectProblem(await client(off.url)('GET', '/metrics', { token: TOKEN }), 404);
  });

  it('answers 401 without the metrics token, to a wrong one and to a staff session', async () => {
    const admin = await makeStaff(app, ['admin']);
    for (const token of [undefined, `${TOKEN}x`, admin.token]) {
      const res = await request('GET', '/metrics', { token });
      expectProblem(res, 401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
      expect(JSON.stringify(res.body)).not.toContain('relay_');
    }
  });

  it('reports the relay backlog and lag from the outbox, and what this process relayed', async () => {
    await app.ctx.db.deleteFrom('outbox').execute();
    expect(await scrape()).toMatchObject({ relay_lag_seconds: 0, relay_backlog_events: 0 });

    await sql`
      INSERT INTO outbox (event_type, aggregate_type, aggregate_id, payload, occurred_at)
      SELECT 'order.paid', 'order', gen_random_uuid(), '{}'::jsonb, now() - interval '30 seconds'
      FROM generate_series(1, 3)`.execute(app.ctx.db);
    const waiting = await scrape();
    expect(waiting.relay_backlog_events).toBe(3);
    expect(waiting.relay_lag_seconds).toBeGreaterThanOrEqual(30);

    await relayBatch(app.ctx.db, clickHouseSink(app.ctx.analytics), { batchSize: 10 });
    const drained = await scrape();
    expect(drained).toMatchObject({ relay_lag_seconds: 0, relay_backlog_events: 0 });
    expect(drained.relay_events_relayed_total).toBe(waiting.relay_events_relayed_total! + 3);
    expect(drained.relay_batch_failures_total).toBe(waiting.relay_batch_failures_total);
  });

  it('counts dead letters when the dead-letter table exists', async () => {
    await sql`CREATE TABLE IF NOT EXISTS outbox_dead_letters (id bigserial PRIMARY KEY)`.execute(app.ctx.db);
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM outbox_dead_letters`.execute(app.ctx.db);
    expect((await scrape()).outbox_dead_letters).toBe(rows[0]!.n);
  });
});
