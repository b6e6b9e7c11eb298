import { randomUUID } from 'node:crypto';
import { requestPayout } from '../src/modules/money/payouts';
import { type Request, type TestApp, type TestUser, client, makeListing, makeStaff, registerUser, startTestApp } from '../../test/harness';

let app: TestApp;
let request: Request;
let moderator: TestUser;

beforeAll(async () => {
  // A long cache, so a suspension only locks the user out at once if it invalidates the cached session.
  app = await startTestApp({ env: { SESSION_CACHE_SECONDS: '60' } });
  request = client(app.url);
  moderator = await makeStaff(app, ['moderator']);
});
afterAll(() => app.close());

const PASSWORD = 'correct horse battery';
const act = (user: string, action: string, body: unknown = { reason: 'spam listings' }, token = moderator.token) =>
  request('POST', `/v1/admin/users/${user}/${action}`, { token, body });
const userRow = (id: string) => app.ctx.db.selectFrom('users').select(['suspended_at', 'payouts_frozen']).where('id', '=', id).executeTakeFirstOrThrow();
const searchIds = async (q: string) => ((await request('GET', `/v1/listings?q=${q}`)).body.data as { id: string }[]).map((l) => l.id);

describe('suspend and reinstate', () => {
  test('a suspended user is locked out, their listings hidden and payouts frozen; reinstating restores them', async () => {
    const seller = await registerUser(request);
    const other = await registerUser(request);
    const word = `zq${randomUUID().slice(0, 8)}`;
    const listing = await makeListing(request, seller, { title: `Camera ${word}` });
    // Caches the session, so only an invalidation makes the 401 immediate.
    expect((await request('GET', '/v1/me', { token: seller.token })).status).toBe(200);
    expect(await searchIds(word)).toEqual([listing.id]);

    const suspended = await act(seller.id, 'suspend');
    expect(suspended.status).toBe(200);
    expect(suspended.body).toMatchObject({
      user_id: seller.id,
      suspended_at: expect.any(String),
      payouts_frozen: true,
      action: { action: 'suspend', reason: 'spam listings', staff_id: moderator.id },
    });

    expect((await request('GET', '/v1/me', { token: seller.token })).status).toBe(401);
    const login = await request('POST', '/v1/auth/login', { body: { email: seller.email, password: PASSWORD } });
    expect(login.status).toBe(403);
    expect(login.body.code).toBe('account_suspended');
    // A wrong password still says only that the credentials are wrong.
    expect((await request('POST', '/v1/auth/login', { body: { email: seller.email, password: 'not the password' } })).status).toBe(401);
    expect(await searchIds(word)).toEqual([]);
    expect((await request('GET', `/v1/listings/${listing.id}`, { token: other.token })).status).toBe(404);
    expect((await request('POST', '/v1/orders', { token: other.token, body: { listing_id: listing.id } })).status).toBe(409);
    await expect(requestPayout(app.ctx, seller.id, { amount: 10_000, currency: 'EUR' })).rejects.toMatchObject({ code: 'payouts_frozen' });

    const reinstated = await act(seller.id, 'reinstate', { reason: 'appeal upheld' });
    expect(reinstated.status).toBe(200);
    expect(reinstated.body).toMatchObject({ suspended_at: null, payouts_frozen: false });
    expect(await userRow(seller.id)).toEqual({ suspended_at: null, payouts_frozen: false });
    const again = await request('POST', '/v1/auth/login', { body: { email: seller.email, password: PASSWORD } });
    expect(again.status).toBe(200);
    expect((await request('GET', '/v1/me', { token: again.body.token })).status).toBe(200);
    expect(await searchIds(word)).toEqual([listing.id]);
    expect((await request('GET', `/v1/listings/${listing.id}`)).status).toBe(200);

    const audit = await app.ctx.db.selectFrom('audit_log').select(['actor_id', 'action']).where('entity_id', '=', seller.id).orderBy('id').execute();
    expect(audit).toEqual([
      { actor_id: moderator.id, action: 'user.suspend' },
      { actor_id: moderator.id, action: 'user.reinstate' },
    ]);
    const events = await app.ctx.db
      .selectFrom('outbox')
      .select(['event_type', 'aggregate_type'])
      .where('aggregate_id', '=', seller.id)
      .where('event_type', 'in', ['user.suspended', 'user.reinstated', 'user.warned'])
      .orderBy('id')
      .execute();
    expect(events).toEqual([
      { event_type: 'user.suspended', aggregate_type: 'user' },
      { event_type: 'user.reinstated', aggregate_type: 'user' },
    ]);

    const history = await request('GET', `/v1/admin/users/${seller.id}/moderation`, { token: moderator.token });
    expect(history.status).toBe(200);
    expect(history.body.data.map((i: { action: string; reason: string }) => [i.action, i.reason])).toEqual([
      ['suspend', 'spam listings'],
      ['reinstate', 'appeal upheld'],
    ]);
  });

  test('reinstating keeps payouts frozen when a confirmed fraud case froze them', async () => {
    const user = await registerUser(request);
    const seller = await registerUser(request);
    const listing = await makeListing(request, seller);
    const order = (await request('POST', '/v1/orders', { token: user.token, body: { listing_id: listing.id } })).body;
    // As a decided fraud case leaves it: the user is its subject and confirmed a fraudster.
    await app.ctx.db
      .insertInto('fraud_cases')
      .values({
        order_id: order.id,
        subject_user_id: user.id,
        status: 'closed',
        reason: 'test',
        risk_score: 99,
        model_version: 'test',
        decision: 'confirm_fraud',
        decision_note: 'test',
        decided_by: moderator.id,
        decided_at: new Date(),
        created_at: new Date(),
      })
      .execute();
    await app.ctx.db.updateTable('users').set({ payouts_frozen: true }).where('id', '=', user.id).execute();
    expect((await act(user.id, 'suspend')).status).toBe(200);
    const reinstated = await act(user.id, 'reinstate');
    expect(reinstated.body).toMatchObject({ suspended_at: null, payouts_frozen: true });
    expect(await userRow(user.id)).toEqual({ suspended_at: null, payouts_frozen: true });
  });

  test('acting in the wrong state, on oneself or on an admin without being one is refused and records nothing', async () => {
    const user = await registerUser(request);
    const reinstateActive = await act(user.id, 'reinstate');
    expect([reinstateActive.status, reinstateActive.body.code]).toEqual([409, 'not_suspended']);
    expect((await act(user.id, 'suspend')).status).toBe(200);
    const twice = await act(user.id, 'suspend');
    expect([twice.status, twice.body.code]).toEqual([409, 'already_suspended']);

    const self = await act(moderator.id, 'suspend');
    expect([self.status, self.body.code]).toEqual([404, 'not_found']);
    const admin = await makeStaff(app, ['admin']);
    expect((await act(admin.id, 'suspend')).status).toBe(403);
    expect(await userRow(admin.id)).toEqual({ suspended_at: null, payouts_frozen: false });
    const otherAdmin = await makeStaff(app, ['admin']);
    expect((await act(otherAdmin.id, 'suspend', { reason: 'compromised' }, admin.token)).status).toBe(200);

    const audit = await app.ctx.db.selectFrom('audit_log').select('action').where('entity_id', 'in', [user.id, moderator.id, admin.id]).execute();
    expect(audit).toEqual([{ action: 'user.suspend' }]);
  });

  test('a warning is recorded, audited and published, and changes nothing else', async () => {
    const user = await registerUser(request);
    const warned = await act(user.id, 'warn', { reason: 'rude messages' });
    expect(warned.status).toBe(200);
    expect(warned.body).toMatchObject({ suspended_at: null, payouts_frozen: false, action: { action: 'warn', reason: 'rude messages' } });
    expect((await request('GET', '/v1/me', { token: user.token })).status).toBe(200);
    expect(await app.ctx.db.selectFrom('audit_log').select(['actor_id', 'action']).where('entity_id', '=', user.id).execute()).toEqual([
      { actor_id: moderator.id, action: 'user.warn' },
    ]);
    const event = await app.ctx.db
      .selectFrom('outbox')
      .select(['aggregate_type', 'payload'])
      .where('aggregate_id', '=', user.id)
      .where('event_type', '=', 'user.warned')
      .executeTakeFirstOrThrow();
    expect(event).toEqual({ aggregate_type: 'user', payload: expect.objectContaining({ user_id: user.id, reason: 'rude messages', staff_id: moderator.id }) });
  });
});

describe('input and access', () => {
  test('bad input is a 4xx naming the field; an unknown user is a 404', async () => {
    const user = await registerUser(request);
    const cases: [unknown, string][] = [
      [{}, 'reason'],
      [{ reason: '   ' }, 'reason'],
      [{ reason: 'x'.repeat(2001) }, 'reason'],
      [{ reason: 42 }, 'reason'],
      [{ reason: 'ok', extra: 1 }, 'extra'],
    ];
    for (const [body, field] of cases) {
      const res = await act(user.id, 'suspend', body);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const badId = await act('not-a-uuid', 'warn');
    expect([badId.status, badId.body.errors[0].field]).toEqual([400, 'params.id']);
    expect((await act(randomUUID(), 'suspend')).status).toBe(404);
    expect((await request('GET', `/v1/admin/users/${randomUUID()}/moderation`, { token: moderator.token })).status).toBe(404);
    expect(await userRow(user.id)).toEqual({ suspended_at: null, payouts_frozen: false });
  });

  test('an analyst is refused and nothing changes', async () => {
    const analyst = await makeStaff(app, ['analyst']);
    const user = await registerUser(request);
    for (const action of ['warn', 'suspend']) expect((await act(user.id, action, { reason: 'x' }, analyst.token)).status).toBe(403);
    expect((await request('GET', `/v1/admin/users/${user.id}/moderation`, { token: analyst.token })).status).toBe(403);
    expect(await userRow(user.id)).toEqual({ suspended_at: null, payouts_frozen: false });
    expect(await app.ctx.db.selectFrom('user_moderation_actions').select('id').where('user_id', '=', user.id).execute()).toEqual([]);
    expect((await request('GET', '/v1/me', { token: user.token })).status).toBe(200);
  });
});
