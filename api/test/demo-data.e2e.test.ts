import { EVENT_CATALOGUE } from '@agora/analytics';
import { runStreamScoring } from '../src/modules/risk/stream-scoring';
import { demoStaff, isEmpty, seedDemoData } from '../src/seed/demo-data';
import { type Request, type TestApp, client, relayAll, startTestApp } from '../../test/harness';

// The first-start demo data fills every staff queue, written through the services; read back through the API.
let app: TestApp;
let request: Request;
let token: string;
let counts: Record<string, number>;

// The seed draws, encodes and classifies every photo and scores every payment with three models: four
// to five minutes on a loaded 2-core machine, so the hook allows ten.
beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
  counts = await seedDemoData(app.ctx);
  const staff = await demoStaff(app.ctx);
  token = (await request('POST', '/v1/auth/login', { body: { email: staff.email, password: staff.password } })).body.token;
}, 600_000);

afterAll(async () => {
  await app?.close();
});

const admin = async (path: string) => {
  const res = await request('GET', `/v1/admin/${path}`, { token });
  expect(res.status).toBe(200);
  return res.body;
};

test('seeds the trust & safety queues and marks the database as seeded', async () => {
  expect(counts).toMatchObject({ reviews: 16, reports: 5, disputes: 1, identity_documents: 1 });
  expect(await isEmpty(app.ctx)).toBe(false);
});

test('open reports cover a listing, a user, a review and a message, each with its owner', async () => {
  const reports = (await admin('reports?status=open&limit=100')).data as { target_type: string; target_owner_id: string | null }[];
  expect(new Set(reports.map((r) => r.target_type))).toEqual(new Set(['listing', 'user', 'review', 'message']));
  expect(reports.every((r) => r.target_owner_id !== null)).toBe(true);
});

test('most listings have a photo, and two sellers reuse another seller’s photo: held as photo_reused, linked to the original', async () => {
  expect(counts.photos).toBeGreaterThan(counts.listings! / 2);
  const queued = (await admin('listings?status=pending_review&limit=100')).data as { flags: string[]; seller: { id: string }; images: { reuse: { seller_id: string } | null }[] }[];
  const reused = queued.filter((l) => l.flags.includes('photo_reused'));
  expect(reused).toHaveLength(2);
  for (const listing of reused) {
    const match = listing.images.find((i) => i.reuse !== null)!.reuse!;
    expect(match.seller_id).not.toBe(listing.seller.id);
  }
});

test('one listing waits with a photo the safety model calls unsafe, and no generated photo is', async () => {
  const queued = (await admin('listings?status=pending_review&limit=100')).data as { flags: string[]; images: { safety: { label: string; unsafe: boolean } }[] }[];
  const held = queued.filter((l) => l.flags.includes('unsafe_image'));
  expect(held).toHaveLength(1);
  expect(held[0]!.images.filter((i) => i.safety.unsafe).map((i) => i.safety.label)).toEqual(['Porn']);
  const active = (await admin('listings?status=active&limit=100')).data as { images: { safety: { unsafe: boolean } }[] }[];
  expect(active.flatMap((l) => l.images).some((i) => i.safety.unsafe)).toBe(false);
});

test('the review queue holds reviews with each automatic text flag and the reported one; the rest are published', async () => {
  const flagged = (await admin('reviews?status=flagged&limit=100')).data as { flags: string[] }[];
  expect(flagged.flatMap((r) => r.flags).sort()).toEqual(['contact_details', 'link', 'profanity', 'reported']);
  expect((await admin('reviews?status=published&limit=100')).data).toHaveLength(12);
});

test('a buyer dispute under review carries the order conversation, text evidence and the seller’s reply', async () => {
  const [dispute] = (await admin('disputes?status=under_review')).data as { id: string; seller_id: string; buyer_id: string; seller_responded_at: string | null }[];
  expect(dispute?.seller_responded_at).toEqual(expect.any(String));
  const { pack } = await admin(`disputes/${dispute!.id}`);
  expect(pack.messages.order.map((m: { author_id: string }) => m.author_id)).toEqual([dispute!.buyer_id, dispute!.seller_id]);
  expect(pack.messages.dispute).toEqual([expect.objectContaining({ author_id: dispute!.seller_id })]);
  expect(pack.evidence).toEqual([expect.objectContaining({ kind: 'text', author_id: dispute!.buyer_id })]);
});

test('an identity document awaits review, and its image decrypts', async () => {
  const [doc] = (await admin('identity-documents')).data as { id: string; status: string }[];
  expect(doc?.status).toBe('submitted');
  const content = await admin(`identity-documents/${doc!.id}/content`);
  expect(content.content_type).toBe('image/png');
  expect(Buffer.from(content.content_base64, 'base64').subarray(1, 4).toString()).toBe('PNG');
});

test('once the worker relays and scores the stream, the demo card shared by new accounts is a stream case in the fraud inbox', async () => {
  expect(counts.farm_accounts).toBe(3);
  await relayAll(app.ctx);
  await runStreamScoring(app.ctx);
  const cases = (await admin('fraud-cases?source=stream&status=open&limit=100')).data as { detector: string; evidence: { counts: Record<string, number> } }[];
  expect(cases.map((c) => c.detector)).toEqual(['linked_velocity']);
  expect(cases[0]!.evidence.counts).toMatchObject({ accounts: 3 });
});

test('every event the seed writes is catalogued at its current version on its aggregate, and none is dead-lettered', async () => {
  const written = await app.ctx.db
    .selectFrom('outbox')
    .select(['event_type', 'event_version', 'aggregate_type'])
    .groupBy(['event_type', 'event_version', 'aggregate_type'])
    .orderBy('event_type')
    .execute();
  expect(await app.ctx.db.selectFrom('outbox_dead_letters').select(['event_type', 'reason']).execute()).toEqual([]);
  expect(written.filter((e) => EVENT_CATALOGUE[e.event_type]?.version !== e.event_version || EVENT_CATALOGUE[e.event_type]?.aggregate !== e.aggregate_type)).toEqual([]);
  // Orders in every status, disputes, conversations, reviews, reports, moderation, the model registration: every aggregate but payouts.
  expect(new Set(written.map((e) => e.aggregate_type))).toEqual(
    new Set(['order', 'user', 'listing', 'dispute', 'conversation', 'message', 'review', 'report', 'fraud_case', 'model']),
  );
});

test('fraud-gbt-v3 scored every demo payment in shadow beside the live fraud-gbt-v2, and was put to the registry’s gate', async () => {
  const scored = await app.ctx.db
    .selectFrom('risk_scores')
    .select(['model_version', 'mode', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy(['model_version', 'mode'])
    .execute();
  const n = (version: string, mode: string) => Number(scored.find((s) => s.model_version === version && s.mode === mode)?.n ?? 0);
  expect(n('fraud-gbt-v2', 'live')).toBeGreaterThan(20);
  expect(n('fraud-gbt-v3', 'shadow')).toBe(n('fraud-gbt-v2', 'live'));
  const models = (await admin('models')).data as { version: string; status: string; evaluation: { holds_on_both: boolean } | null }[];
  const v3 = models.find((m) => m.version === 'fraud-gbt-v3')!;
  // Promoted exactly when its committed evaluation holds on both sets.
  expect(counts.demo_model_promoted).toBe(v3.evaluation!.holds_on_both ? 1 : 0);
  expect(v3.status).toBe(v3.evaluation!.holds_on_both ? 'active' : 'shadow');
  // The comparison on the demo traffic: the seed's monitoring snapshot, PSI against the live model included.
  const monitoring = await admin('models/fraud-gbt-v3/monitoring');
  expect(monitoring).toMatchObject({ version: 'fraud-gbt-v3', figures: { scored: n('fraud-gbt-v3', 'shadow') } });
  if (!v3.evaluation!.holds_on_both) expect(monitoring.figures.psi_vs_live).toMatchObject({ value: expect.any(Number) });
});
