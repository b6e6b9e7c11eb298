import { randomUUID } from 'node:crypto';
import { type Request, type TestApp, type TestUser, client, makeListing, makeStaff, orderAt, registerUser, startTestApp } from '../../test/harness';

let app: TestApp;
let request: Request;
let seller: TestUser;
let moderator: TestUser;
let analyst: TestUser;
let listingId: string;

beforeAll(async () => {
  // These tests report one listing many times; holding it for review at a report threshold is
  // listing-moderation.e2e's subject.
  app = await startTestApp({ env: { LISTING_REVIEW_REPORT_THRESHOLD: '1000' } });
  request = client(app.url);
  seller = await registerUser(request);
  [moderator, analyst] = await Promise.all([makeStaff(app, ['moderator']), makeStaff(app, ['analyst'])]);
  listingId = (await makeListing(request, seller)).id;
});
afterAll(() => app.close());

function expectProblem(res: { status: number; headers: Headers; body: any }, status: number, field?: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(res.body).toMatchObject({ status, code: expect.any(String), detail: expect.any(String) });
  if (field) expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
}

const report = (user: TestUser, body: Record<string, unknown>) => request('POST', '/v1/reports', { token: user.token, body });
const queue = (query = '', token = moderator.token) => request('GET', `/v1/admin/reports${query}`, { token });
const decide = (id: string, body: unknown, token = moderator.token) => request('POST', `/v1/admin/reports/${id}/decision`, { token, body });
const countReports = async () =>
  Number(
    (
      await app.ctx.db
        .selectFrom('reports')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('POST /v1/reports', () => {
  test('reports a listing and a user, publishing report.created; the queue counts open reports per target', async () => {
    const [a, b] = await Promise.all([registerUser(request), registerUser(request)]);
    const first = await report(a, { target_type: 'listing', target_id: listingId, reason: 'counterfeit', note: '  Fake logo ' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      reporter_id: a.id,
      target_type: 'listing',
      target_id: listingId,
      reason: 'counterfeit',
      note: 'Fake logo',
      status: 'open',
      decided_by: null,
    });
    expect((await report(b, { target_type: 'listing', target_id: listingId, reason: 'fraud' })).body.note).toBeNull();
    const user = await report(a, { target_type: 'user', target_id: seller.id, reason: 'harassment' });
    expect(user.status).toBe(201);

    const events = await app.ctx.db.selectFrom('outbox').select(['event_type', 'aggregate_type', 'payload']).where('aggregate_id', '=', first.body.id).execute();
    expect(events).toEqual([
      { event_type: 'report.created', aggregate_type: 'report', payload: expect.objectContaining({ reporter_id: a.id, target_id: listingId, reason: 'counterfeit' }) },
    ]);

    const listed = await queue('?target_type=listing');
    expect(listed.status).toBe(200);
    const mine = listed.body.data.find((r: { id: string }) => r.id === first.body.id);
    expect(mine).toMatchObject({ open_reports_on_target: 2, status: 'open', target_owner_id: seller.id });
    expect(mine.target_excerpt).toEqual(expect.any(String));
    expect(listed.body.data.every((r: { target_type: string }) => r.target_type === 'listing')).toBe(true);
    expect((await queue('?target_type=user')).body.data.map((r: { id: string }) => r.id)).toContain(user.body.id);
  });

  test('a removed listing is still reportable', async () => {
    const removed = await makeListing(request, seller);
    await app.ctx.db.updateTable('listings').set({ status: 'removed' }).where('id', '=', removed.id).execute();
    expect((await report(await registerUser(request), { target_type: 'listing', target_id: removed.id, reason: 'prohibited_item' })).status).toBe(201);
  });

  test('a second open report on the same target is a 409; after a decision the reporter may report again', async () => {
    const reporter = await registerUser(request);
    const body = { target_type: 'listing', target_id: listingId, reason: 'spam' };
    const first = await report(reporter, body);
    expectProblem(await report(reporter, { ...body, reason: 'other' }), 409);
    expect((await decide(first.body.id, { decision: 'dismiss', note: 'not spam' })).status).toBe(200);
    expect((await report(reporter, body)).status).toBe(201);
  });

  test('the same Idempotency-Key replays the created report', async () => {
    const reporter = await registerUser(request);
    const opts = { token: reporter.token, headers: { 'idempotency-key': randomUUID() }, body: { target_type: 'user', target_id: seller.id, reason: 'fraud' } };
    const first = await request('POST', '/v1/reports', opts);
    const again = await request('POST', '/v1/reports', opts);
    expect(first.status).toBe(201);
    expect(again).toMatchObject({ status: 201, body: { id: first.body.id } });
  });

  const bad: [string, Record<string, unknown>, number, string | undefined][] = [
    ['unknown target type', { target_type: 'comment', target_id: randomUUID(), reason: 'spam' }, 400, 'target_type'],
    ['unknown reason', { target_type: 'user', target_id: randomUUID(), reason: 'boring' }, 400, 'reason'],
    ['target id not a UUID', { target_type: 'user', target_id: 'abc', reason: 'spam' }, 400, 'target_id'],
    ['over-long note', { target_type: 'user', target_id: randomUUID(), reason: 'spam', note: 'x'.repeat(2001) }, 400, 'note'],
    ['unknown field', { target_type: 'user', target_id: randomUUID(), reason: 'spam', severity: 9 }, 400, 'severity'],
    ['unknown listing', { target_type: 'listing', target_id: randomUUID(), reason: 'spam' }, 404, undefined],
    ['unknown user', { target_type: 'user', target_id: randomUUID(), reason: 'spam' }, 404, undefined],
    ['unknown review', { target_type: 'review', target_id: randomUUID(), reason: 'spam' }, 404, undefined],
  ];
  test.each(bad)('%s → problem, nothing written', async (_name, body, status, field) => {
    const before = await countReports();
    expectProblem(await report(seller, body), status, field);
    expect(await countReports()).toBe(before);
  });

  test('reporting yourself or your own listing is a 422 naming target_id', async () => {
    const before = await countReports();
    expectProblem(await report(seller, { target_type: 'user', target_id: seller.id, reason: 'other' }), 422, 'target_id');
    expectProblem(await report(seller, { target_type: 'listing', target_id: listingId, reason: 'other' }), 422, 'target_id');
    expect(await countReports()).toBe(before);
  });

  test('needs a signed-in user', async () => {
    expectProblem(await request('POST', '/v1/reports', { body: { target_type: 'user', target_id: seller.id, reason: 'spam' } }), 401);
  });
});

describe('the staff queue and decisions', () => {
  test('pages newest first and filters by status', async () => {
    const reporter = await registerUser(request);
    const targets = await Promise.all([registerUser(request), registerUser(request), registerUser(request)]);
    const ids: string[] = [];
    for (const t of targets) ids.push((await report(reporter, { target_type: 'user', target_id: t.id, reason: 'spam' })).body.id);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await queue(`?status=open&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.data.map((r: { id: string }) => r.id));
      cursor = res.body.next_cursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    // Newest first: the three just filed lead the open queue, last filed first.
    expect(seen.slice(0, 3)).toEqual([...ids].reverse());

    await decide(ids[0]!, { decision: 'action', action: 'warn_user', note: 'bot account' });
    expect((await queue('?status=open&limit=100')).body.data.map((r: { id: string }) => r.id)).not.toContain(ids[0]);
    expect((await queue('?status=actioned&limit=100')).body.data.map((r: { id: string }) => r.id)).toContain(ids[0]);
  });

  test('a decision is recorded, audited and published once; re-deciding is a 409', async () => {
    const reporter = await registerUser(request);
    const target = await registerUser(request);
    const id = (await report(reporter, { target_type: 'user', target_id: target.id, reason: 'offensive' })).body.id;

    const res = await decide(id, { decision: 'action', action: 'warn_user', note: 'abusive display name' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id,
      status: 'actioned',
      action: 'warn_user',
      decided_by: moderator.id,
      decided_at: expect.any(String),
      decision_note: 'abusive display name',
      also_decided: [],
    });
    expectProblem(await decide(id, { decision: 'dismiss', note: 'changed my mind' }), 409);

    const audit = await app.ctx.db.selectFrom('audit_log').select(['actor_id', 'action', 'entity_type', 'details']).where('entity_id', '=', id).execute();
    expect(audit).toEqual([
      {
        actor_id: moderator.id,
        action: 'report.action',
        entity_type: 'report',
        details: { note: 'abusive display name', target_type: 'user', target_id: target.id, action: 'warn_user' },
      },
    ]);
    const events = await app.ctx.db.selectFrom('outbox').select('event_type').where('aggregate_id', '=', id).orderBy('id').execute();
    expect(events.map((e) => e.event_type)).toEqual(['report.created', 'report.decided']);
  });

  test('bad decisions and queries are problems naming the field; an unknown report is a 404', async () => {
    const id = (await report(await registerUser(request), { target_type: 'listing', target_id: listingId, reason: 'other' })).body.id;
    expectProblem(await decide(id, { decision: 'action' }), 400, 'note');
    expectProblem(await decide(id, { decision: 'action', note: '   ' }), 400, 'note');
    expectProblem(await decide(id, { decision: 'ban', note: 'x' }), 400, 'decision');
    expectProblem(await decide(id, { decision: 'action', action: 'remove_listing', note: 'x', ban: true }), 400, 'ban');
    expectProblem(await decide(id, { decision: 'action', note: 'x' }), 400, 'action');
    expectProblem(await decide(id, { decision: 'action', action: 'delete', note: 'x' }), 400, 'action');
    expectProblem(await decide(id, { decision: 'dismiss', action: 'remove_listing', note: 'x' }), 400, 'action');
    // A user action on a listing report: 422 naming action, and nothing changes.
    expectProblem(await decide(id, { decision: 'action', action: 'suspend_user', note: 'x' }), 422, 'action');
    expectProblem(await decide(randomUUID(), { decision: 'action', action: 'warn_user', note: 'x' }), 404);
    expectProblem(await queue('?status=closed'), 400, 'query.status');
    expectProblem(await queue('?target_type=post'), 400, 'query.target_type');
    expectProblem(await queue('?cursor=nope'), 400, 'query.cursor');
    expect((await app.ctx.db.selectFrom('reports').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('open');
  });

  test('non-staff are refused the queue; an analyst may not decide, and nothing changes', async () => {
    const user = await registerUser(request);
    const id = (await report(user, { target_type: 'listing', target_id: listingId, reason: 'spam' })).body.id;
    expectProblem(await queue('', user.token), 403);
    expectProblem(await queue('', analyst.token), 403);
    expectProblem(await decide(id, { decision: 'action', action: 'remove_listing', note: 'x' }, user.token), 403);
    expectProblem(await decide(id, { decision: 'action', action: 'remove_listing', note: 'x' }, analyst.token), 403);
    expect((await request('GET', `/v1/listings/${listingId}`)).status).toBe(200);

    expect(await app.ctx.db.selectFrom('reports').select(['status', 'decided_by']).where('id', '=', id).executeTakeFirstOrThrow()).toEqual({ status: 'open', decided_by: null });
    expect(await app.ctx.db.selectFrom('audit_log').select('id').where('entity_id', '=', id).execute()).toEqual([]);
    expect((await app.ctx.db.selectFrom('outbox').select('event_type').where('aggregate_id', '=', id).execute()).map((e) => e.event_type)).toEqual(['report.created']);
  });

  test('two moderators deciding reports on one target at once: one decides both, the other gets a 409, never a 500', async () => {
    const other = await makeStaff(app, ['moderator']);
    for (let round = 0; round < 5; round++) {
      const target = await registerUser(request);
      const [a, b] = await Promise.all([registerUser(request), registerUser(request)]);
      const first = (await report(a, { target_type: 'user', target_id: target.id, reason: 'spam' })).body.id;
      const second = (await report(b, { target_type: 'user', target_id: target.id, reason: 'spam' })).body.id;
      const results = await Promise.all([decide(first, { decision: 'dismiss', note: 'fine' }), decide(second, { decision: 'dismiss', note: 'fine' }, other.token)]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    }
  });

  test('a moderator may not decide a report on themselves or their listing: 404, the report stays open', async () => {
    const reported = await makeStaff(app, ['moderator']);
    const reporter = await registerUser(request);
    const onUser = (await report(reporter, { target_type: 'user', target_id: reported.id, reason: 'harassment' })).body.id;
    const onListing = (await report(reporter, { target_type: 'listing', target_id: (await makeListing(request, reported)).id, reason: 'spam' })).body.id;
    for (const id of [onUser, onListing]) {
      expectProblem(await decide(id, { decision: 'dismiss', note: 'nothing here' }, reported.token), 404);
      expect(await app.ctx.db.selectFrom('reports').select(['status', 'decided_by']).where('id', '=', id).executeTakeFirstOrThrow()).toEqual({ status: 'open', decided_by: null });
    }
  });
});

describe('actions taken with the verdict', () => {
  const openReportsOn = async (targetId: string, n: number, targetType = 'listing') => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) ids.push((await report(await registerUser(request), { target_type: targetType, target_id: targetId, reason: 'counterfeit' })).body.id);
    return ids;
  };
  const reportRow = (id: string) => app.ctx.db.selectFrom('reports').select(['status', 'action', 'decided_by']).where('id', '=', id).executeTakeFirstOrThrow();

  test('remove_listing removes the listing (hidden, the seller sees why) and decides every open report on it', async () => {
    const listing = await makeListing(request, seller, { title: 'Designer bag' });
    const [first, second] = await openReportsOn(listing.id, 2);
    const res = await decide(first!, { decision: 'action', action: 'remove_listing', note: 'Counterfeit brand' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'actioned', action: 'remove_listing', also_decided: [second] });
    expect(await reportRow(second!)).toEqual({ status: 'actioned', action: 'remove_listing', decided_by: moderator.id });

    expect((await request('GET', `/v1/listings/${listing.id}`)).status).toBe(404);
    const own = (await request('GET', '/v1/me/listings?limit=100', { token: seller.token })).body.data.find((l: { id: string }) => l.id === listing.id);
    expect(own).toMatchObject({ status: 'removed', moderation_note: 'Counterfeit brand' });

    const audit = await app.ctx.db.selectFrom('audit_log').select(['action', 'details']).where('entity_id', '=', listing.id).execute();
    expect(audit).toEqual([{ action: 'listing.remove', details: expect.objectContaining({ report_id: first, previous_status: 'active', status: 'removed' }) }]);
    const events = await app.ctx.db.selectFrom('outbox').select('event_type').where('aggregate_id', 'in', [listing.id, first!, second!]).orderBy('id').execute();
    expect(events.map((e) => e.event_type)).toEqual(['listing.created', 'report.created', 'report.created', 'listing.removed', 'report.decided', 'report.decided']);
    expect((await app.ctx.db.selectFrom('audit_log').select('details').where('entity_id', '=', second!).executeTakeFirstOrThrow()).details).toMatchObject({ decided_with: first });
  });

  test('request_changes sends the listing back to its seller with the note', async () => {
    const listing = await makeListing(request, seller, { title: 'Phone' });
    const [id] = await openReportsOn(listing.id, 1);
    expect((await decide(id!, { decision: 'action', action: 'request_changes', note: 'Show the IMEI' })).status).toBe(200);
    const row = await app.ctx.db.selectFrom('listings').select(['status', 'moderation_note']).where('id', '=', listing.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'changes_requested', moderation_note: 'Show the IMEI' });
  });

  test('suspend_user suspends through user moderation (no login, history, audit) in the same transaction', async () => {
    const target = await registerUser(request);
    const [id, other] = await openReportsOn(target.id, 2, 'user');
    const res = await decide(id!, { decision: 'action', action: 'suspend_user', note: 'Scam messages' });
    expect(res.body).toMatchObject({ status: 'actioned', action: 'suspend_user', also_decided: [other] });
    expect((await request('GET', '/v1/me', { token: target.token })).status).toBe(401);
    const history = await request('GET', `/v1/admin/users/${target.id}/moderation`, { token: moderator.token });
    expect(history.body).toMatchObject({ suspended_at: expect.any(String), data: [{ action: 'suspend', reason: 'Scam messages', staff_id: moderator.id }] });
    const audit = await app.ctx.db.selectFrom('audit_log').select(['action', 'details']).where('entity_id', '=', target.id).execute();
    expect(audit).toEqual([{ action: 'user.suspend', details: expect.objectContaining({ reason: 'Scam messages', report_id: id }) }]);
  });

  test('warn_user records a warning only', async () => {
    const target = await registerUser(request);
    const [id] = await openReportsOn(target.id, 1, 'user');
    expect((await decide(id!, { decision: 'action', action: 'warn_user', note: 'Rude' })).status).toBe(200);
    expect((await request('GET', '/v1/me', { token: target.token })).status).toBe(200);
    expect((await request('GET', `/v1/admin/users/${target.id}/moderation`, { token: moderator.token })).body.data).toMatchObject([{ action: 'warn', reason: 'Rude' }]);
  });

  test('an action that cannot be taken leaves the report open and nothing changed (atomic)', async () => {
    // A listing in a buyer's paid order cannot be removed.
    const { listingId: reserved } = await orderAt(request, 'paid');
    const [id] = await openReportsOn(reserved, 1);
    expectProblem(await decide(id!, { decision: 'action', action: 'remove_listing', note: 'x' }), 409);
    expect(await reportRow(id!)).toEqual({ status: 'open', action: null, decided_by: null });
    expect((await app.ctx.db.selectFrom('listings').select('status').where('id', '=', reserved).executeTakeFirstOrThrow()).status).toBe('reserved');
    expect(await app.ctx.db.selectFrom('audit_log').select('id').where('entity_id', 'in', [id!, reserved]).execute()).toEqual([]);

    // Suspending an already suspended user fails whole, too.
    const target = await registerUser(request);
    const [userReport] = await openReportsOn(target.id, 1, 'user');
    await request('POST', `/v1/admin/users/${target.id}/suspend`, { token: moderator.token, body: { reason: 'earlier' } });
    expectProblem(await decide(userReport!, { decision: 'action', action: 'suspend_user', note: 'again' }), 409);
    expect(await reportRow(userReport!)).toEqual({ status: 'open', action: null, decided_by: null });
  });

  test('remove_review removes a reported review through review moderation; it leaves the public reviews', async () => {
    const { id: orderId, buyer, seller: reviewed } = await orderAt(request, 'completed');
    const written = await request('POST', `/v1/orders/${orderId}/reviews`, {
      token: buyer.token,
      body: { rating: 1, item_as_described: 1, communication: 1, shipping: 1, text: 'Never again' },
    });
    await request('POST', `/v1/orders/${orderId}/reviews`, { token: reviewed.token, body: { rating: 5, communication: 5, payment: 5, text: 'Fine buyer' } });
    // Both have reviewed, so the review is public and anyone may report it.
    const [filed] = await openReportsOn(written.body.id, 1, 'review');
    const queued = (await queue('?target_type=review&limit=100')).body.data.find((r: { id: string }) => r.id === filed);
    expect(queued).toMatchObject({ target_owner_id: buyer.id, target_excerpt: 'Never again' });
    const res = await decide(filed!, { decision: 'action', action: 'remove_review', note: 'Abusive' });
    expect(res.body).toMatchObject({ status: 'actioned', action: 'remove_review' });
    const row = await app.ctx.db.selectFrom('reviews').select(['status', 'removed_reason', 'decided_by']).where('id', '=', written.body.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'removed', removed_reason: 'Abusive', decided_by: moderator.id });
    const visible = (await request('GET', `/v1/users/${reviewed.id}/reviews`)).body.data.map((r: { id: string }) => r.id);
    expect(visible).not.toContain(written.body.id);
    expectProblem(
      await decide((await report(buyer, { target_type: 'user', target_id: reviewed.id, reason: 'other' })).body.id, { decision: 'action', action: 'remove_review', note: 'x' }),
      422,
      'action',
    );
  });

  test('a reported message is answered on its author: suspend_user suspends whoever wrote it', async () => {
    const { id: orderId, buyer, seller: author } = await orderAt(request, 'paid');
    const message = await request('POST', `/v1/orders/${orderId}/messages`, { token: author.token, body: { body: 'Pay me outside the platform' } });
    expect(message.status).toBe(201);
    const filed = await report(buyer, { target_type: 'message', target_id: message.body.id, reason: 'fraud' });
    expect(filed.status).toBe(201);
    // The queue names the message's author and shows what it said.
    const queued = (await queue('?target_type=message&limit=100')).body.data.find((r: { id: string }) => r.id === filed.body.id);
    expect(queued).toMatchObject({ target_owner_id: author.id, target_excerpt: 'Pay me outside the platform' });
    expectProblem(await decide(filed.body.id, { decision: 'action', action: 'remove_listing', note: 'x' }), 422, 'action');
    const res = await decide(filed.body.id, { decision: 'action', action: 'suspend_user', note: 'Off-platform payment' });
    expect(res.body).toMatchObject({ status: 'actioned', action: 'suspend_user' });
    expect((await request('GET', '/v1/me', { token: author.token })).status).toBe(401);
    expect((await request('GET', '/v1/me', { token: buyer.token })).status).toBe(200);
  });

  test('dismissing decides the other open reports on the target too, and touches the target not', async () => {
    const listing = await makeListing(request, seller, { title: 'Lamp' });
    const [a, b] = await openReportsOn(listing.id, 2);
    const res = await decide(a!, { decision: 'dismiss', note: 'Genuine item' });
    expect(res.body).toMatchObject({ status: 'dismissed', action: null, also_decided: [b] });
    expect(await reportRow(b!)).toEqual({ status: 'dismissed', action: null, decided_by: moderator.id });
    expect((await request('GET', `/v1/listings/${listing.id}`)).status).toBe(200);
  });
});
