import { randomBytes } from 'node:crypto';
import { type Request, type TestApp, type TestUser, client, expectProblem, makeListing, makeStaff, orderAt, registerUser, startTestApp, SHIP_TO } from '../../test/harness';

// No one decides their own case — nor reads it. For every kind of case a staff member can be a party to,
// every read and action by a party answers 404 (as for a case that does not exist) and writes nothing,
// lists leave the item out, and a staff member with the same role who is not a party gets through:
// the refusal is about being a party, not about the role.

let app: TestApp;
let request: Request;

beforeAll(async () => {
  app = await startTestApp({ env: { SESSION_TTL_HOURS: '100000' } });
  request = client(app.url);
});
afterAll(() => app.close());

interface Probe {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

const call = (who: TestUser, p: Probe) => request(p.method, p.path, { token: who.token, body: p.body });
// A stable order, so two reads of the same entries compare equal; callers that name several actions sort them.
const auditBy = async (actorId: string) => await app.ctx.db.selectFrom('audit_log').select(['action', 'entity_id']).where('actor_id', '=', actorId).orderBy('id').execute();
const listIds = async (who: TestUser, path: string) => {
  const res = await request('GET', path, { token: who.token });
  expect(res.status).toBe(200);
  return (res.body.data as { id: string }[]).map((r) => r.id);
};

/** Every probe 404s for the party, and the probes left no audit entry by them (no read, no action was recorded). */
async function expectClosedTo(party: TestUser, probes: Probe[]) {
  const before = await auditBy(party.id);
  for (const p of probes) {
    const res = await call(party, p);
    if (res.status !== 404) throw new Error(`${p.name} as a party: ${res.status} ${JSON.stringify(res.body)}`);
    expectProblem(res, 404);
  }
  expect(await auditBy(party.id)).toEqual(before);
}

/** The same probes in order succeed for a staff member with the same role who is not a party. */
async function expectOpenTo(outsider: TestUser, probes: Probe[]) {
  for (const p of probes) {
    const res = await call(outsider, p);
    if (res.status >= 300) throw new Error(`${p.name} as an outsider: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

/** A payment-time case on a risky sale: the seller is the subject, the buyer a party to its order. */
async function fraudCase(opts: { seller?: TestUser; buyer?: TestUser }) {
  const seller = opts.seller ?? (await registerUser(request));
  const buyer = opts.buyer ?? (await registerUser(request));
  const listing = await makeListing(request, seller, { price: { amount: 30_000, currency: 'EUR' } });
  const order = (await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } })).body;
  expect(
    (await request('POST', `/v1/orders/${order.id}/pay`, { token: buyer.token, body: { payment_method: 'pm_card_riskLevelElevated', shipping_address: SHIP_TO } })).body.status,
  ).toBe('paid');
  const { id } = await app.ctx.db.selectFrom('fraud_cases').select('id').where('order_id', '=', order.id).executeTakeFirstOrThrow();
  return { caseId: id, orderId: order.id as string };
}

const caseRow = (id: string) => app.ctx.db.selectFrom('fraud_cases').select(['status', 'assignee_id', 'snoozed_until']).where('id', '=', id).executeTakeFirstOrThrow();
const noteCount = async (id: string) => (await app.ctx.db.selectFrom('fraud_case_notes').select('id').where('case_id', '=', id).execute()).length;

describe('fraud cases', () => {
  const reads = (id: string): Probe[] => [
    { name: 'read', method: 'GET', path: `/v1/admin/fraud-cases/${id}` },
    { name: 'timeline', method: 'GET', path: `/v1/admin/fraud-cases/${id}/timeline` },
    { name: 'audit timeline', method: 'GET', path: `/v1/admin/timeline/fraud_case/${id}` },
  ];
  const actions = (id: string, assignee: string): Probe[] => [
    { name: 'note', method: 'POST', path: `/v1/admin/fraud-cases/${id}/notes`, body: { body: 'looked at it' } },
    { name: 'snooze', method: 'POST', path: `/v1/admin/fraud-cases/${id}/snooze`, body: { until: new Date(Date.now() + 86_400_000).toISOString() } },
    { name: 'assign', method: 'POST', path: `/v1/admin/fraud-cases/${id}/assign`, body: { assignee_id: assignee } },
    { name: 'decide', method: 'POST', path: `/v1/admin/fraud-cases/${id}/decision`, body: { decision: 'clear', note: 'fine' } },
  ];

  test.each([
    ['moderator', 'subject (seller)'],
    ['moderator', 'buyer of its order'],
    ['admin', 'subject (seller)'],
  ])('%s who is the %s: 404 on every read and action, out of every list; another one gets through', async (role, partyRole) => {
    const party = await makeStaff(app, [role]);
    const outsider = await makeStaff(app, [role]);
    const { caseId } = await fraudCase(partyRole === 'buyer of its order' ? { buyer: party } : { seller: party });
    const before = await caseRow(caseId);

    await expectClosedTo(party, [...reads(caseId), ...actions(caseId, party.id)]);
    expect(await caseRow(caseId)).toEqual(before);
    expect(await noteCount(caseId)).toBe(0);
    for (const inbox of ['all', 'unassigned', 'mine']) expect(await listIds(party, `/v1/admin/fraud-cases?inbox=${inbox}&limit=100`)).not.toContain(caseId);

    // Nobody may hand the case to a party either.
    const toParty = await call(outsider, { name: 'assign to party', method: 'POST', path: `/v1/admin/fraud-cases/${caseId}/assign`, body: { assignee_id: party.id } });
    expectProblem(toParty, 422, 'assignee_id');
    expect(toParty.body.code).toBe('assignee_is_party');
    expect((await caseRow(caseId)).assignee_id).toBeNull();

    expect(await listIds(outsider, '/v1/admin/fraud-cases?limit=100')).toContain(caseId);
    await expectOpenTo(outsider, [...reads(caseId), ...actions(caseId, outsider.id)]);
    expect(await caseRow(caseId)).toMatchObject({ status: 'closed', assignee_id: outsider.id });
    // The outsider's read is on record: who, which case, never the case itself.
    const views = await app.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'entity_type', 'details'])
      .where('actor_id', '=', outsider.id)
      .where('action', '=', 'fraud_case.viewed')
      .execute();
    expect(views).toEqual([{ action: 'fraud_case.viewed', entity_type: 'fraud_case', details: {} }]);
  });

  test('an admin who is the subject finds nothing of the case in the audit log; another admin finds its decisions', async () => {
    const [party, outsider] = await Promise.all([makeStaff(app, ['admin']), makeStaff(app, ['admin'])]);
    const { caseId } = await fraudCase({ seller: party });
    await expectOpenTo(outsider, actions(caseId, outsider.id));
    const logOf = async (who: TestUser, filter: string) => {
      const res = await call(who, { name: 'audit log', method: 'GET', path: `/v1/admin/audit?${filter}&limit=100` });
      expect(res.status).toBe(200);
      return (res.body.data as { action: string; entity_id: string }[]).map((e) => `${e.action} ${e.entity_id}`);
    };
    expect(await logOf(party, `entity_id=${caseId}`)).toEqual([]);
    expect(await logOf(party, `actor_id=${outsider.id}`)).not.toContainEqual(expect.stringContaining(caseId));
    expect(await logOf(outsider, `entity_id=${caseId}`)).toEqual(expect.arrayContaining([`fraud_case.clear ${caseId}`]));
  });

  test('an analyst who is the subject reads nothing of the case; another analyst reads it', async () => {
    const party = await makeStaff(app, ['analyst']);
    const outsider = await makeStaff(app, ['analyst']);
    const { caseId } = await fraudCase({ seller: party });
    await expectClosedTo(party, reads(caseId));
    expect(await listIds(party, '/v1/admin/fraud-cases?limit=100')).not.toContain(caseId);
    await expectOpenTo(outsider, reads(caseId));
  });

  test('the user pages leave out what the viewer is a party to', async () => {
    const party = await makeStaff(app, ['moderator']);
    const seller = await registerUser(request);
    const { caseId, orderId } = await fraudCase({ seller, buyer: party });
    expect(await listIds(party, `/v1/admin/users/${seller.id}/fraud-cases`)).not.toContain(caseId);
    expect(await listIds(party, `/v1/admin/users/${seller.id}/orders`)).not.toContain(orderId);
    const outsider = await makeStaff(app, ['moderator']);
    expect(await listIds(outsider, `/v1/admin/users/${seller.id}/fraud-cases`)).toContain(caseId);
    expect(await listIds(outsider, `/v1/admin/users/${seller.id}/orders`)).toContain(orderId);
  });
});

describe('disputes', () => {
  const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64)]);

  async function dispute(opts: { buyer?: TestUser; seller?: TestUser }) {
    const order = await orderAt(request, 'delivered', { ...opts, listing: { price: { amount: 10_000, currency: 'EUR' } } });
    const res = await request('POST', `/v1/orders/${order.id}/dispute`, { token: order.buyer.token, body: { reason: 'not_as_described', description: 'Cracked lens.' } });
    expect(res.status).toBe(200);
    const file = await request('POST', `/v1/disputes/${res.body.dispute.id}/evidence`, {
      token: order.buyer.token,
      body: { kind: 'file', filename: 'photo.png', content_type: 'image/png', content_base64: PNG.toString('base64') },
    });
    expect(file.status).toBe(201);
    return { ...order, disputeId: res.body.dispute.id as string, evidenceId: file.body.id as string };
  }
  const disputeRow = (id: string) => app.ctx.db.selectFrom('disputes').select(['status', 'assigned_arbitrator_id', 'resolution']).where('id', '=', id).executeTakeFirstOrThrow();

  test.each([
    ['arbitrator', 'buyer'],
    ['arbitrator', 'seller'],
    ['admin', 'buyer'],
    ['admin', 'seller'],
  ])('%s who is the %s: 404 on the dispute, its pack and every action, out of the queue; another one gets through', async (role, side) => {
    const party = await makeStaff(app, [role]);
    const outsider = await makeStaff(app, [role]);
    const arbitrator = role === 'arbitrator' ? outsider : await makeStaff(app, ['arbitrator']);
    const d = await dispute(side === 'buyer' ? { buyer: party } : { seller: party });
    const before = await disputeRow(d.disputeId);
    const probes = (assignee: string): Probe[] => [
      { name: 'read with pack', method: 'GET', path: `/v1/admin/disputes/${d.disputeId}` },
      { name: 'audit timeline', method: 'GET', path: `/v1/admin/timeline/dispute/${d.disputeId}` },
      { name: 'order timeline', method: 'GET', path: `/v1/admin/timeline/order/${d.id}` },
      { name: 'assign', method: 'POST', path: `/v1/admin/disputes/${d.disputeId}/assign`, body: { arbitrator_id: assignee } },
      { name: 'resolve', method: 'POST', path: `/v1/admin/disputes/${d.disputeId}/resolution`, body: { resolution: 'refund' } },
    ];
    await expectClosedTo(party, probes(arbitrator.id));
    expect(await disputeRow(d.disputeId)).toEqual(before);
    for (const assigned of ['all', 'me', 'unassigned']) expect(await listIds(party, `/v1/admin/disputes?assigned=${assigned}&limit=100`)).not.toContain(d.disputeId);
    expect(await listIds(party, '/v1/admin/orders?limit=100')).not.toContain(d.id);

    // A party reads the evidence as a party (the party route), unaudited like any party's read.
    const partyAudit = await auditBy(party.id);
    const own = await request('GET', `/v1/disputes/${d.disputeId}/evidence/${d.evidenceId}/content`, { token: party.token });
    expect([own.status, own.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect(await auditBy(party.id)).toEqual(partyAudit);

    expect(await listIds(outsider, '/v1/admin/disputes?limit=100')).toContain(d.disputeId);
    expect(await listIds(outsider, '/v1/admin/orders?limit=100')).toContain(d.id);
    await expectOpenTo(outsider, probes(arbitrator.id));
    expect(await disputeRow(d.disputeId)).toMatchObject({ status: 'resolved', resolution: 'refund', assigned_arbitrator_id: arbitrator.id });
    expect((await auditBy(outsider.id)).map((a) => a.action).sort()).toEqual(['dispute.assigned', 'dispute.resolved.refund', 'dispute.viewed']);
  });

  test('evidence content: staff with disputes.read who are not parties read it, audited; staff without it get 404', async () => {
    const d = await dispute({});
    const path = `/v1/disputes/${d.disputeId}/evidence/${d.evidenceId}/content`;
    const moderator = await makeStaff(app, ['moderator']);
    const res = await request('GET', path, { token: moderator.token });
    expect([res.status, res.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect(await app.ctx.db.selectFrom('audit_log').select(['action', 'entity_type', 'entity_id', 'details']).where('actor_id', '=', moderator.id).execute()).toEqual([
      { action: 'dispute_evidence.viewed', entity_type: 'dispute', entity_id: d.disputeId, details: { evidence_id: d.evidenceId } },
    ]);
    const analyst = await makeStaff(app, ['analyst']);
    expectProblem(await request('GET', path, { token: analyst.token }), 404);
    expect(await auditBy(analyst.id)).toEqual([]);
  });
});

describe('identity documents', () => {
  const pdf = () => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(256), Buffer.from('%%EOF\n')]);

  test.each(['moderator', 'admin'])('%s: never opens, reviews or lists their own document; another one does, audited', async (role) => {
    const owner = await makeStaff(app, [role]);
    const outsider = await makeStaff(app, [role]);
    const submitted = await request('POST', '/v1/me/identity-documents', {
      token: owner.token,
      body: { kind: 'passport', content_type: 'application/pdf', content_base64: pdf().toString('base64') },
    });
    expect(submitted.status).toBe(201);
    const id = submitted.body.id as string;
    const probes: Probe[] = [
      { name: 'content', method: 'GET', path: `/v1/admin/identity-documents/${id}/content` },
      { name: 'decide', method: 'POST', path: `/v1/admin/identity-documents/${id}/decision`, body: { decision: 'approve' } },
    ];
    await expectClosedTo(owner, probes);
    expect(await listIds(owner, '/v1/admin/identity-documents?limit=100')).not.toContain(id);
    expect((await app.ctx.db.selectFrom('identity_documents').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('submitted');

    expect(await listIds(outsider, '/v1/admin/identity-documents?limit=100')).toContain(id);
    await expectOpenTo(outsider, probes);
    expect((await auditBy(outsider.id)).map((a) => a.action).sort()).toEqual(['identity_document.approve', 'identity_document.viewed']);
  });
});

describe('user records', () => {
  test.each(['moderator', 'admin'])('%s: cannot read, warn, suspend or reinstate themself, nor find themself in search; another one can', async (role) => {
    const self = await makeStaff(app, [role]);
    const outsider = await makeStaff(app, [role]);
    const probes = (id: string): Probe[] => [
      { name: 'read', method: 'GET', path: `/v1/admin/users/${id}` },
      ...['orders', 'fraud-cases', 'reports', 'reviews', 'moderation'].map((sub): Probe => ({ name: sub, method: 'GET', path: `/v1/admin/users/${id}/${sub}` })),
      { name: 'audit timeline', method: 'GET', path: `/v1/admin/timeline/user/${id}` },
      ...(['warn', 'suspend', 'reinstate'] as const).map((a): Probe => ({ name: a, method: 'POST', path: `/v1/admin/users/${id}/${a}`, body: { reason: 'testing' } })),
    ];
    await expectClosedTo(self, probes(self.id));
    expect(await app.ctx.db.selectFrom('user_moderation_actions').select('id').where('user_id', '=', self.id).execute()).toEqual([]);
    expect(await listIds(self, `/v1/admin/users?q=${self.id}`)).toEqual([]);

    // The outsider acts on the same person (who is no party of theirs).
    expect(await listIds(outsider, `/v1/admin/users?q=${self.id}`)).toEqual([self.id]);
    await expectOpenTo(outsider, probes(self.id));
    const actions = (await auditBy(outsider.id)).map((a) => a.action);
    expect(actions.sort()).toEqual(['user.reinstate', 'user.suspend', 'user.viewed', 'user.warn']);
  });
});

describe('reviews, reports and listings', () => {
  const BY_BUYER = { rating: 5, item_as_described: 5, communication: 4, shipping: 5, text: 'Contact me at bob@example.com' };

  async function flaggedReview(opts: { buyer?: TestUser; seller?: TestUser }) {
    const order = await orderAt(request, 'completed', opts);
    const res = await request('POST', `/v1/orders/${order.id}/reviews`, { token: order.buyer.token, body: BY_BUYER });
    expect(res.body.status).toBe('flagged');
    return res.body.id as string;
  }
  const reviewStatus = async (id: string) => (await app.ctx.db.selectFrom('reviews').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

  test.each(['author', 'subject'])('a moderator who is the review’s %s: 404 alone, unknown in bulk, out of the queue; another moderator decides it', async (side) => {
    const party = await makeStaff(app, ['moderator']);
    const outsider = await makeStaff(app, ['moderator']);
    const id = await flaggedReview(side === 'author' ? { buyer: party } : { seller: party });
    await expectClosedTo(party, [
      { name: 'decide', method: 'POST', path: `/v1/admin/reviews/${id}/decision`, body: { decision: 'publish' } },
      { name: 'audit timeline', method: 'GET', path: `/v1/admin/timeline/review/${id}` },
    ]);
    const bulk = await request('POST', '/v1/admin/reviews/bulk-decision', { token: party.token, body: { ids: [id], decision: 'publish' } });
    expect([bulk.status, bulk.body.code]).toEqual([422, 'unknown_reviews']);
    expect(await reviewStatus(id)).toBe('flagged');
    expect(await listIds(party, '/v1/admin/reviews?limit=100')).not.toContain(id);
    expect(await auditBy(party.id)).toEqual([]);

    expect(await listIds(outsider, '/v1/admin/reviews?limit=100')).toContain(id);
    await expectOpenTo(outsider, [{ name: 'decide', method: 'POST', path: `/v1/admin/reviews/${id}/decision`, body: { decision: 'publish' } }]);
    expect(await reviewStatus(id)).toBe('published');
  });

  test.each([
    ['the reported user', 'user'],
    ['the reported listing’s seller', 'listing'],
    ['the reporter', 'reporter'],
  ])('a moderator who is %s: 404 on the decision, out of the queue; another moderator decides it', async (_name, kind) => {
    const party = await makeStaff(app, ['moderator']);
    const outsider = await makeStaff(app, ['moderator']);
    const someone = await registerUser(request);
    const reporter = kind === 'reporter' ? party : await registerUser(request);
    const target =
      kind === 'listing'
        ? { target_type: 'listing', target_id: (await makeListing(request, party)).id }
        : { target_type: 'user', target_id: kind === 'user' ? party.id : someone.id };
    const filed = await request('POST', '/v1/reports', { token: reporter.token, body: { ...target, reason: 'spam' } });
    expect(filed.status).toBe(201);
    const id = filed.body.id as string;
    const decide: Probe = { name: 'decide', method: 'POST', path: `/v1/admin/reports/${id}/decision`, body: { decision: 'dismiss', note: 'nothing here' } };
    await expectClosedTo(party, [decide, { name: 'audit timeline', method: 'GET', path: `/v1/admin/timeline/report/${id}` }]);
    expect(await listIds(party, '/v1/admin/reports?limit=100')).not.toContain(id);
    expect((await app.ctx.db.selectFrom('reports').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('open');

    expect(await listIds(outsider, '/v1/admin/reports?limit=100')).toContain(id);
    await expectOpenTo(outsider, [decide]);
  });

  test('a moderator never decides their own listing: 404 alone, skipped in bulk, out of the queue; another moderator decides it', async () => {
    const seller = await makeStaff(app, ['moderator']);
    const outsider = await makeStaff(app, ['moderator']);
    const listing = await makeListing(request, seller);
    // Held for review (this app approves new listings at once).
    await app.ctx.db.updateTable('listings').set({ status: 'pending_review' }).where('id', '=', listing.id).execute();
    const decide: Probe = { name: 'decide', method: 'POST', path: `/v1/admin/listings/${listing.id}/decision`, body: { decision: 'approve' } };
    await expectClosedTo(seller, [decide, { name: 'audit timeline', method: 'GET', path: `/v1/admin/timeline/listing/${listing.id}` }]);
    const bulk = await request('POST', '/v1/admin/listings/bulk-decision', { token: seller.token, body: { ids: [listing.id], decision: 'approve' } });
    expect(bulk.body).toEqual({ batch_id: null, applied: [], skipped: [{ id: listing.id, reason: 'not_found' }] });
    expect(await listIds(seller, '/v1/admin/listings?limit=100')).not.toContain(listing.id);
    expect(await auditBy(seller.id)).toEqual([]);

    expect(await listIds(outsider, '/v1/admin/listings?limit=100')).toContain(listing.id);
    await expectOpenTo(outsider, [decide]);
    expect((await app.ctx.db.selectFrom('listings').select('status').where('id', '=', listing.id).executeTakeFirstOrThrow()).status).toBe('active');
  });
});
