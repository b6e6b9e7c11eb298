import { randomUUID } from 'node:crypto';
import { ROUTES } from '../src/routes';
import { type Request, type TestApp, type TestUser, client, makeListing, makeStaff, registerUser, startTestApp, SHIP_TO } from '../../test/harness';

// Written out by hand, not derived from the permission matrix: this is the specification the matrix
// must meet. A new /v1/admin/* route fails the walk until it is listed here.
const EXPECTED: Record<string, readonly string[]> = {
  'GET /v1/admin/me': ['admin', 'moderator', 'arbitrator', 'analyst'],
  'GET /v1/admin/orders': ['admin', 'moderator', 'arbitrator', 'analyst'],
  'GET /v1/admin/metrics/sales': ['admin', 'moderator', 'arbitrator', 'analyst'],
  'GET /v1/admin/fraud-cases': ['admin', 'moderator', 'analyst'],
  'GET /v1/admin/fraud-cases/:id': ['admin', 'moderator', 'analyst'],
  'POST /v1/admin/fraud-cases/:id/decision': ['admin', 'moderator'],
  'POST /v1/admin/fraud-cases/:id/assign': ['admin', 'moderator'],
  'POST /v1/admin/fraud-cases/:id/snooze': ['admin', 'moderator'],
  'POST /v1/admin/fraud-cases/:id/notes': ['admin', 'moderator'],
  'GET /v1/admin/fraud-cases/:id/timeline': ['admin', 'moderator', 'analyst'],
  'GET /v1/admin/reports': ['admin', 'moderator'],
  'POST /v1/admin/reports/:id/decision': ['admin', 'moderator'],
  'GET /v1/admin/reports/:id/context': ['admin', 'moderator'],
  'GET /v1/admin/conversations': ['admin', 'moderator'],
  'GET /v1/admin/conversations/:id': ['admin', 'moderator'],
  'POST /v1/admin/conversations/:id/clear-flag': ['admin', 'moderator'],
  'GET /v1/admin/users': ['admin', 'moderator', 'arbitrator'],
  'GET /v1/admin/users/:id': ['admin', 'moderator', 'arbitrator'],
  'GET /v1/admin/users/:id/orders': ['admin', 'moderator', 'arbitrator'],
  'GET /v1/admin/users/:id/fraud-cases': ['admin', 'moderator', 'analyst'],
  'GET /v1/admin/users/:id/seller-risk': ['admin', 'moderator', 'analyst'],
  'GET /v1/admin/users/:id/reports': ['admin', 'moderator'],
  'GET /v1/admin/audit': ['admin'],
  'GET /v1/admin/dead-letters': ['admin'],
  // Sampled with a fraud case: readable with fraud_cases.read.
  'GET /v1/admin/timeline/:entityType/:entityId': ['admin', 'moderator', 'analyst'],
  'POST /v1/admin/users/:id/roles': ['admin'],
  'POST /v1/admin/users/:id/warn': ['admin', 'moderator'],
  'POST /v1/admin/users/:id/suspend': ['admin', 'moderator'],
  'POST /v1/admin/users/:id/reinstate': ['admin', 'moderator'],
  'GET /v1/admin/users/:id/moderation': ['admin', 'moderator'],
  'GET /v1/admin/disputes': ['admin', 'arbitrator', 'moderator'],
  'GET /v1/admin/disputes/:id': ['admin', 'arbitrator', 'moderator'],
  'POST /v1/admin/disputes/:id/assign': ['admin', 'arbitrator'],
  'POST /v1/admin/disputes/:id/resolution': ['admin', 'arbitrator'],
  'GET /v1/admin/reviews': ['admin', 'moderator'],
  'POST /v1/admin/reviews/:id/decision': ['admin', 'moderator'],
  'POST /v1/admin/reviews/bulk-decision': ['admin', 'moderator'],
  'POST /v1/admin/reviews/bulk-decision/:batchId/undo': ['admin', 'moderator'],
  'GET /v1/admin/users/:id/reviews': ['admin', 'moderator'],
  'GET /v1/admin/listings': ['admin', 'moderator'],
  'GET /v1/admin/listings/:id': ['admin', 'moderator'],
  'POST /v1/admin/listings/:id/decision': ['admin', 'moderator'],
  'POST /v1/admin/listings/bulk-decision': ['admin', 'moderator'],
  'POST /v1/admin/listings/bulk-decision/:batchId/undo': ['admin', 'moderator'],
  'GET /v1/admin/identity-documents': ['admin', 'moderator'],
  'GET /v1/admin/identity-documents/:id/content': ['admin', 'moderator'],
  'POST /v1/admin/identity-documents/:id/decision': ['admin', 'moderator'],
  'GET /v1/admin/dashboards': ['admin', 'analyst'],
  'GET /v1/admin/dashboards/:name': ['admin', 'analyst'],
  'POST /v1/admin/analytics/query': ['admin', 'analyst'],
  'GET /v1/admin/models': ['admin', 'analyst'],
  'GET /v1/admin/models/:version/monitoring': ['admin', 'analyst'],
  'GET /v1/admin/models/monitoring/history': ['admin', 'analyst'],
  'POST /v1/admin/models/:version/promote': ['admin'],
  'POST /v1/admin/models/:version/shadow': ['admin'],
  'POST /v1/admin/models/:version/retire': ['admin'],
  'POST /v1/admin/models/rollback': ['admin'],
};
const ROLES = ['admin', 'moderator', 'arbitrator', 'analyst'] as const;

let app: TestApp;
let request: Request;
let admin: TestUser;
let openCaseId: string;
let caseListingId: string;

beforeAll(async () => {
  // A long cache, so a role change is only seen at once if it invalidates the cached session.
  app = await startTestApp({ env: { SESSION_CACHE_SECONDS: '60' } });
  request = client(app.url);
  admin = await makeStaff(app, ['admin']);
  const [seller, buyer] = await Promise.all([registerUser(request), registerUser(request)]);
  const listing = await makeListing(request, seller, { price: { amount: 30_000, currency: 'EUR' } });
  caseListingId = listing.id;
  const order = (await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } })).body;
  await request('POST', `/v1/orders/${order.id}/pay`, { token: buyer.token, body: { payment_method: 'pm_card_riskLevelElevated', shipping_address: SHIP_TO } });
  openCaseId = (await app.ctx.db.selectFrom('fraud_cases').select('id').where('order_id', '=', order.id).executeTakeFirstOrThrow()).id;
});
afterAll(() => app.close());

const rolesOf = async (id: string) => (await app.ctx.db.selectFrom('users').select('roles').where('id', '=', id).executeTakeFirstOrThrow()).roles;

describe('every admin route × every role', () => {
  const adminRoutes = ROUTES.filter((r) => r.path.startsWith('/v1/admin/')).map((r) => `${r.method.toUpperCase()} ${r.path}`);

  test('the expected table lists exactly the admin routes the app serves', () => {
    expect([...adminRoutes].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  test('allowed roles get through, every other caller is refused, and a refused POST changes nothing', async () => {
    const callers: { name: string; token?: string }[] = [
      ...(await Promise.all(ROLES.map(async (role) => ({ name: role, token: (await makeStaff(app, [role])).token })))),
      { name: 'no role', token: (await registerUser(request)).token },
      { name: 'no token' },
    ];
    const target = await registerUser(request);
    // A refused caller aims at real data (an open case, an escalation to admin) so "changed nothing" means something;
    // an allowed one aims at an unknown case (404) or a no-op role change, so the walk itself changes nothing.
    const sample = (key: string, allowed: boolean): { path: string; body?: unknown } => {
      switch (key) {
        case 'GET /v1/admin/metrics/sales':
          return { path: '/v1/admin/metrics/sales?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z' };
        case 'POST /v1/admin/fraud-cases/:id/decision':
          return { path: `/v1/admin/fraud-cases/${allowed ? randomUUID() : openCaseId}/decision`, body: { decision: 'confirm_fraud', note: 'walk' } };
        case 'POST /v1/admin/fraud-cases/:id/assign':
          return { path: `/v1/admin/fraud-cases/${allowed ? randomUUID() : openCaseId}/assign`, body: { assignee_id: admin.id } };
        case 'POST /v1/admin/fraud-cases/:id/snooze':
          return { path: `/v1/admin/fraud-cases/${allowed ? randomUUID() : openCaseId}/snooze`, body: { until: new Date(Date.now() + 86_400_000).toISOString() } };
        case 'POST /v1/admin/fraud-cases/:id/notes':
          return { path: `/v1/admin/fraud-cases/${allowed ? randomUUID() : openCaseId}/notes`, body: { body: 'walk' } };
        case 'GET /v1/admin/fraud-cases/:id':
          return { path: `/v1/admin/fraud-cases/${openCaseId}` };
        case 'GET /v1/admin/fraud-cases/:id/timeline':
          return { path: `/v1/admin/fraud-cases/${openCaseId}/timeline` };
        case 'POST /v1/admin/reports/:id/decision':
          return { path: `/v1/admin/reports/${randomUUID()}/decision`, body: { decision: 'dismiss', note: 'walk' } };
        case 'GET /v1/admin/reports/:id/context':
          return { path: `/v1/admin/reports/${randomUUID()}/context` };
        case 'GET /v1/admin/conversations/:id':
        case 'POST /v1/admin/conversations/:id/clear-flag':
          return { path: key.split(' ')[1]!.replace(':id', randomUUID()) };
        case 'GET /v1/admin/users/:id':
          return { path: `/v1/admin/users/${target.id}` };
        case 'POST /v1/admin/users/:id/roles':
          return { path: `/v1/admin/users/${target.id}/roles`, body: { roles: allowed ? [] : ['admin'] } };
        // Allowed: an unknown user (404), so the walk changes nothing; refused: the real target.
        case 'POST /v1/admin/users/:id/warn':
        case 'POST /v1/admin/users/:id/suspend':
        case 'POST /v1/admin/users/:id/reinstate':
          return { path: `/v1/admin/users/${allowed ? randomUUID() : target.id}/${key.split('/').pop()}`, body: { reason: 'walk' } };
        case 'GET /v1/admin/users/:id/moderation':
        case 'GET /v1/admin/users/:id/orders':
        case 'GET /v1/admin/users/:id/fraud-cases':
        case 'GET /v1/admin/users/:id/seller-risk':
        case 'GET /v1/admin/users/:id/reports':
          return { path: `/v1/admin/users/${target.id}/${key.split('/').pop()}` };
        case 'GET /v1/admin/timeline/:entityType/:entityId':
          return { path: `/v1/admin/timeline/fraud_case/${openCaseId}` };
        case 'GET /v1/admin/disputes/:id':
          return { path: `/v1/admin/disputes/${randomUUID()}` };
        case 'POST /v1/admin/disputes/:id/assign':
          return { path: `/v1/admin/disputes/${randomUUID()}/assign`, body: { arbitrator_id: admin.id } };
        case 'POST /v1/admin/disputes/:id/resolution':
          return { path: `/v1/admin/disputes/${randomUUID()}/resolution`, body: { resolution: 'refund' } };
        // Allowed: unknown review / batch ids (404, 422), so the walk changes nothing.
        case 'POST /v1/admin/reviews/:id/decision':
          return { path: `/v1/admin/reviews/${randomUUID()}/decision`, body: { decision: 'publish' } };
        case 'POST /v1/admin/reviews/bulk-decision':
          return { path: '/v1/admin/reviews/bulk-decision', body: { ids: [randomUUID()], decision: 'publish' } };
        case 'POST /v1/admin/reviews/bulk-decision/:batchId/undo':
          return { path: `/v1/admin/reviews/bulk-decision/${randomUUID()}/undo` };
        case 'GET /v1/admin/users/:id/reviews':
          return { path: `/v1/admin/users/${target.id}/reviews` };
        // Allowed: an unknown listing or batch (404, or a bulk that skips it); refused: the listing in the open case's order.
        case 'GET /v1/admin/listings/:id':
          return { path: `/v1/admin/listings/${caseListingId}` };
        case 'POST /v1/admin/listings/:id/decision':
          return { path: `/v1/admin/listings/${allowed ? randomUUID() : caseListingId}/decision`, body: { decision: 'reject', note: 'walk' } };
        case 'POST /v1/admin/listings/bulk-decision':
          return { path: '/v1/admin/listings/bulk-decision', body: { ids: [allowed ? randomUUID() : caseListingId], decision: 'reject', note: 'walk' } };
        case 'POST /v1/admin/listings/bulk-decision/:batchId/undo':
          return { path: `/v1/admin/listings/bulk-decision/${randomUUID()}/undo` };
        case 'GET /v1/admin/identity-documents/:id/content':
          return { path: `/v1/admin/identity-documents/${randomUUID()}/content` };
        case 'POST /v1/admin/identity-documents/:id/decision':
          return { path: `/v1/admin/identity-documents/${randomUUID()}/decision`, body: { decision: 'approve' } };
        case 'GET /v1/admin/dashboards/:name':
          return { path: '/v1/admin/dashboards/order_funnel?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z' };
        case 'POST /v1/admin/analytics/query':
          return { path: '/v1/admin/analytics/query', body: { sql: 'SELECT 1' } };
        // Allowed: an unknown version (404) or nothing to roll back to (409); refused: the live model.
        case 'POST /v1/admin/models/:version/promote':
        case 'POST /v1/admin/models/:version/shadow':
        case 'POST /v1/admin/models/:version/retire':
          return { path: `/v1/admin/models/${allowed ? 'no-such-model' : 'fraud-gbt-v1'}/${key.split('/').pop()}`, body: { reason: 'walk' } };
        case 'GET /v1/admin/models/:version/monitoring':
          return { path: '/v1/admin/models/fraud-gbt-v2/monitoring' };
        case 'POST /v1/admin/models/rollback':
          return { path: '/v1/admin/models/rollback', body: { reason: 'walk' } };
        default:
          return { path: key.split(' ')[1]! };
      }
    };

    const mismatches: string[] = [];
    for (const key of adminRoutes) {
      const method = key.split(' ')[0]!;
      for (const caller of callers) {
        const allowed = (EXPECTED[key] ?? []).includes(caller.name);
        const { path, body } = sample(key, allowed);
        const res = await request(method, path, { token: caller.token, body });
        const problem = res.headers.get('content-type')?.includes('application/problem+json');
        const ok = !caller.token ? res.status === 401 && problem : allowed ? res.status !== 401 && res.status !== 403 && res.status < 500 : res.status === 403 && problem;
        if (!ok) mismatches.push(`${key} as ${caller.name}: ${res.status}`);
      }
    }
    expect(mismatches).toEqual([]);

    const fraudCase = await app.ctx.db.selectFrom('fraud_cases').select(['status', 'decision']).where('id', '=', openCaseId).executeTakeFirstOrThrow();
    expect(fraudCase).toEqual({ status: 'open', decision: null });
    expect(await app.ctx.db.selectFrom('fraud_case_notes').select('id').where('case_id', '=', openCaseId).execute()).toEqual([]);
    expect(await rolesOf(target.id)).toEqual([]);
    expect(await app.ctx.db.selectFrom('listing_decisions').select('id').execute()).toEqual([]);
    expect(await app.ctx.db.selectFrom('model_version_changes').select('id').where('actor_id', 'is not', null).execute()).toEqual([]);
    // Allowed reads leave their record (`*.viewed`); nothing else was written.
    const audit = await app.ctx.db
      .selectFrom('audit_log')
      .select('id')
      .where('entity_id', 'in', [openCaseId, target.id, caseListingId])
      .where('action', 'not like', '%.viewed')
      .execute();
    expect(audit).toEqual([]);
  });
});

describe('GET /v1/admin/me', () => {
  test('a staff member sees their roles and exact permissions; a non-staff user is refused', async () => {
    const staff = await makeStaff(app, ['arbitrator', 'analyst']);
    const me = await request('GET', '/v1/admin/me', { token: staff.token });
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      id: staff.id,
      email: staff.email,
      display_name: 'Test User',
      roles: ['arbitrator', 'analyst'],
      permissions: [
        'orders.read',
        'fraud_cases.read',
        'users.read',
        'disputes.read',
        'disputes.resolve',
        'metrics.read',
        'staff.self',
        'dashboards.read',
        'analytics.query',
        'models.read',
      ],
    });
    const adminMe = await request('GET', '/v1/admin/me', { token: admin.token });
    expect(adminMe.body.permissions).toEqual(expect.arrayContaining(['fraud_cases.decide', 'staff.manage_roles']));
    expect((await request('GET', '/v1/admin/me', { token: (await registerUser(request)).token })).status).toBe(403);
  });
});

describe('role management', () => {
  test('granting and revoking roles takes effect on the user’s next request, audited and published', async () => {
    const user = await registerUser(request);
    // Caches the session as non-staff.
    expect((await request('GET', '/v1/admin/me', { token: user.token })).status).toBe(403);

    const granted = await request('POST', `/v1/admin/users/${user.id}/roles`, { token: admin.token, body: { roles: ['analyst', 'moderator'] } });
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({ id: user.id, roles: ['moderator', 'analyst'], permissions: expect.arrayContaining(['fraud_cases.decide']) });
    const me = await request('GET', '/v1/admin/me', { token: user.token });
    expect(me.status).toBe(200);
    expect(me.body.roles).toEqual(['moderator', 'analyst']);
    expect((await request('GET', `/v1/admin/users/${user.id}`, { token: admin.token })).body).toMatchObject({ id: user.id, email: user.email, roles: ['moderator', 'analyst'] });

    const revoked = await request('POST', `/v1/admin/users/${user.id}/roles`, { token: admin.token, body: { roles: [] } });
    expect(revoked.body).toMatchObject({ roles: [], permissions: [] });
    expect((await request('GET', '/v1/admin/me', { token: user.token })).status).toBe(403);

    const audit = await app.ctx.db
      .selectFrom('audit_log')
      .select(['actor_id', 'action', 'details'])
      .where('entity_id', '=', user.id)
      .where('action', '<>', 'user.viewed')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { actor_id: admin.id, action: 'staff.roles_changed', details: { before: [], after: ['moderator', 'analyst'] } },
      { actor_id: admin.id, action: 'staff.roles_changed', details: { before: ['moderator', 'analyst'], after: [] } },
    ]);
    const events = await app.ctx.db
      .selectFrom('outbox')
      .select(['event_type', 'aggregate_type', 'payload'])
      .where('aggregate_id', '=', user.id)
      .where('event_type', '=', 'user.roles_changed')
      .orderBy('id')
      .execute();
    expect(events).toEqual([
      { event_type: 'user.roles_changed', aggregate_type: 'user', payload: expect.objectContaining({ before: [], after: ['moderator', 'analyst'] }) },
      { event_type: 'user.roles_changed', aggregate_type: 'user', payload: expect.objectContaining({ before: ['moderator', 'analyst'], after: [] }) },
    ]);

    // Setting the same roles again records nothing.
    await request('POST', `/v1/admin/users/${user.id}/roles`, { token: admin.token, body: { roles: [] } });
    expect(await app.ctx.db.selectFrom('audit_log').select('id').where('entity_id', '=', user.id).where('action', '<>', 'user.viewed').execute()).toHaveLength(2);
  });

  test('an admin cannot remove their own admin role, but may change their other roles', async () => {
    const self = await makeStaff(app, ['admin']);
    const refused = await request('POST', `/v1/admin/users/${self.id}/roles`, { token: self.token, body: { roles: ['moderator'] } });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('cannot_remove_own_admin');
    expect(await rolesOf(self.id)).toEqual(['admin']);
    const kept = await request('POST', `/v1/admin/users/${self.id}/roles`, { token: self.token, body: { roles: ['analyst', 'admin'] } });
    expect(kept.body.roles).toEqual(['admin', 'analyst']);
  });

  test('an admin demoted by another admin loses the right at once', async () => {
    const other = await makeStaff(app, ['admin']);
    expect((await request('GET', `/v1/admin/users/${admin.id}`, { token: other.token })).status).toBe(200);
    await request('POST', `/v1/admin/users/${other.id}/roles`, { token: admin.token, body: { roles: ['analyst'] } });
    expect((await request('POST', `/v1/admin/users/${admin.id}/roles`, { token: other.token, body: { roles: [] } })).status).toBe(403);
    expect(await rolesOf(admin.id)).toEqual(['admin']);
  });

  test('a role change needs admin rights at commit time, not just in the (possibly stale) cached session', async () => {
    const stale = await makeStaff(app, ['admin']);
    const target = await registerUser(request);
    expect((await request('GET', '/v1/admin/me', { token: stale.token })).status).toBe(200);
    // As another process (or a concurrent request) would: this process's cache still says admin.
    await app.ctx.db
      .updateTable('users')
      .set({ roles: ['analyst'] })
      .where('id', '=', stale.id)
      .execute();
    const res = await request('POST', `/v1/admin/users/${target.id}/roles`, { token: stale.token, body: { roles: ['admin'] } });
    expect(res.status).toBe(403);
    expect(await rolesOf(target.id)).toEqual([]);
  });

  test('bad input is a 4xx naming the field; an unknown user is a 404', async () => {
    const user = await registerUser(request);
    const cases: [unknown, string][] = [
      [{ roles: ['superuser'] }, 'roles.0'],
      [{ roles: ['admin', 'admin'] }, 'roles'],
      [{ roles: 'admin' }, 'roles'],
      [{}, 'roles'],
      [{ roles: [], extra: true }, 'extra'],
    ];
    for (const [body, field] of cases) {
      const res = await request('POST', `/v1/admin/users/${user.id}/roles`, { token: admin.token, body });
      expect({ body, status: res.status, type: res.headers.get('content-type') }).toEqual({ body, status: 400, type: expect.stringContaining('application/problem+json') });
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const badId = await request('GET', '/v1/admin/users/not-a-uuid', { token: admin.token });
    expect(badId.status).toBe(400);
    expect(badId.body.errors[0].field).toBe('params.id');
    expect((await request('GET', `/v1/admin/users/${randomUUID()}`, { token: admin.token })).status).toBe(404);
    expect((await request('POST', `/v1/admin/users/${randomUUID()}/roles`, { token: admin.token, body: { roles: [] } })).status).toBe(404);
    expect(await rolesOf(user.id)).toEqual([]);
  });
});
