import { randomUUID } from 'node:crypto';
import { queryRows } from '../../analytics/test/clickhouse';
import { lockOrder, orderEvent, recordTransition } from '../src/modules/marketplace/orders';
import { appendEvents, type DomainEvent } from '../src/modules/platform/outbox';
import { type Request, type Response, type TestApp, type TestUser, client, makeStaff, orderAt, registerUser, relayAll, startTestApp } from '../../test/harness';

// Events the catalogue refuses land in outbox_dead_letters with the reason, in the business change's
// own transaction: the change commits with them, or neither exists.
let app: TestApp;
let request: Request;
let admin: TestUser;

beforeAll(async () => {
  app = await startTestApp({ allowDeadLetters: true });
  request = client(app.url);
  admin = await makeStaff(app, ['admin']);
});

afterAll(async () => {
  await app?.close();
});

const registered = (userId: string): DomainEvent => ({
  type: 'user.registered',
  aggregateType: 'user',
  aggregateId: userId,
  occurredAt: new Date('2026-11-24T10:00:00Z'),
  payload: { user_id: userId },
});

/** A business change (a user's display name) with `events` appended, in one transaction that commits or rolls back. */
async function renameWith(userId: string, name: string, events: DomainEvent[], rollback = false) {
  await app.ctx.db
    .transaction()
    .execute(async (trx) => {
      await trx.updateTable('users').set({ display_name: name }).where('id', '=', userId).execute();
      await appendEvents(trx, events);
      if (rollback) throw new Error('rolled back');
    })
    .catch((err: Error) => {
      if (err.message !== 'rolled back') throw err;
    });
}

const outboxOf = (aggregateId: string) => app.ctx.db.selectFrom('outbox').select(['event_type', 'event_version']).where('aggregate_id', '=', aggregateId).orderBy('id').execute();
const deadLettersOf = (aggregateId: string) =>
  app.ctx.db
    .selectFrom('outbox_dead_letters')
    .select(['event_type', 'event_version', 'aggregate_type', 'reason', 'payload'])
    .where('aggregate_id', '=', aggregateId)
    .orderBy('created_at')
    .orderBy('reason')
    .execute();
const nameOf = async (userId: string) => (await app.ctx.db.selectFrom('users').select('display_name').where('id', '=', userId).executeTakeFirstOrThrow()).display_name;

test('a valid event is stamped with its version; an invalid and an unknown one are dead-lettered with the reason; the change commits', async () => {
  const user = await registerUser(request);
  await renameWith(user.id, 'Renamed', [
    registered(user.id),
    { ...registered(user.id), payload: { user_id: 'not-a-uuid', extra: 1 } },
    { ...registered(user.id), type: 'user.teleported' },
  ]);
  expect(await nameOf(user.id)).toBe('Renamed');
  // The registration itself wrote one valid event too.
  expect(await outboxOf(user.id)).toEqual([
    { event_type: 'user.registered', event_version: 1 },
    { event_type: 'user.registered', event_version: 1 },
  ]);
  const dead = await deadLettersOf(user.id);
  expect(dead).toEqual([
    expect.objectContaining({ event_type: 'user.registered', event_version: 1, aggregate_type: 'user', payload: { user_id: 'not-a-uuid', extra: 1 } }),
    { event_type: 'user.teleported', event_version: null, aggregate_type: 'user', reason: 'unknown event type "user.teleported"', payload: { user_id: user.id } },
  ]);
  expect(dead[0]!.reason).toMatch(/payload\.user_id: .*; payload: Unrecognized key: "extra"/);
});

test('rolled back, the change takes its events and dead letters with it', async () => {
  const user = await registerUser(request);
  await renameWith(user.id, 'Never', [{ ...registered(user.id), type: 'user.teleported' }, registered(user.id)], true);
  expect(await nameOf(user.id)).toBe('Test User');
  expect(await outboxOf(user.id)).toHaveLength(1);
  expect(await deadLettersOf(user.id)).toEqual([]);
});

test('an order transition that folds its event into its own statement dead-letters it there, and the transition commits', async () => {
  const { id } = await orderAt(request, 'paid');
  const at = new Date();
  await app.ctx.db.transaction().execute(async (trx) => {
    const order = (await lockOrder(trx, id))!;
    await recordTransition(trx, order, 'ship', { actor: 'seller', actorId: order.seller_id, now: at, config: app.ctx.config, keyring: app.ctx.keyring }, {}, (updated, event) => [
      orderEvent(updated, event, at, { tracking: 'free text nobody catalogued' }),
    ]);
  });
  expect((await app.ctx.db.selectFrom('orders').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('shipped');
  expect(await deadLettersOf(id)).toEqual([expect.objectContaining({ event_type: 'order.shipped', event_version: 1, reason: 'payload: Unrecognized key: "tracking"' })]);
  expect((await outboxOf(id)).map((e) => e.event_type)).not.toContain('order.shipped');
});

test('dead letters are append-only', async () => {
  await expect(app.ctx.db.updateTable('outbox_dead_letters').set({ reason: 'edited' }).execute()).rejects.toThrow('append-only');
  await expect(app.ctx.db.deleteFrom('outbox_dead_letters').execute()).rejects.toThrow('append-only');
});

test('the relay carries each event’s version to ClickHouse', async () => {
  const user = await registerUser(request);
  await relayAll(app.ctx);
  const rows = await queryRows<{ event_type: string; event_version: number }>(
    app.ctx.analytics,
    `SELECT event_type, event_version FROM ${app.ctx.analytics.database}.events FINAL WHERE aggregate_id = '${user.id}'`,
  );
  expect(rows).toEqual([{ event_type: 'user.registered', event_version: 1 }]);
});

test('admins page through dead letters newest first, with the payload; other staff may not', async () => {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const res: Response<{ data: { id: string }[]; next_cursor: string | null }> = await request('GET', `/v1/admin/dead-letters?limit=2${cursor ? `&cursor=${cursor}` : ''}`, {
      token: admin.token,
    });
    expect(res.status).toBe(200);
    seen.push(...res.body.data.map((d) => d.id));
    cursor = res.body.next_cursor;
  } while (cursor);
  const all = await app.ctx.db.selectFrom('outbox_dead_letters').select('id').orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  expect(seen).toEqual(all.map((d) => d.id));
  expect(seen.length).toBeGreaterThanOrEqual(3);

  const first = (await request('GET', '/v1/admin/dead-letters?limit=100', { token: admin.token })).body.data.find(
    (d: { event_type: string }) => d.event_type === 'user.teleported',
  );
  expect(first).toEqual({
    id: expect.any(String),
    event_type: 'user.teleported',
    event_version: null,
    aggregate_type: 'user',
    aggregate_id: expect.any(String),
    reason: 'unknown event type "user.teleported"',
    payload: { user_id: first.aggregate_id },
    occurred_at: '2026-11-24T10:00:00.000Z',
    created_at: expect.any(String),
  });

  const analyst = await makeStaff(app, ['analyst', 'moderator', 'arbitrator']);
  expect((await request('GET', '/v1/admin/dead-letters', { token: analyst.token })).status).toBe(403);
  const bad = await request('GET', `/v1/admin/dead-letters?cursor=${randomUUID()}`, { token: admin.token });
  expect(bad.status).toBe(400);
  expect(bad.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'query.cursor', message: 'is not a valid cursor' }] });
});
