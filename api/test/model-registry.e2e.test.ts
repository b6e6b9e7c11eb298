import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_MODEL_PATH, FEATURE_NAMES } from '@agora/fraud-models';
import { sql } from 'kysely';
import { type ServingModels, createServingModels } from '../src/adapters/serving-models';
import { modelRegistrySource } from '../src/modules/risk/model-registry';
import { type Request, type TestApp, type TestUser, client, expectProblem, makeListing, makeStaff, registerUser, startTestApp, SHIP_TO } from '../../test/harness';
import { constantModel } from '../../test/onnx-fixture';

// The registry's tests run on the committed fraud-gbt-v1 (11 features), beside models built for them.
const V1_MODEL_PATH = path.join(path.dirname(DEFAULT_MODEL_PATH), 'fraud-gbt-v1.onnx');

// A models directory of its own: the committed model (with its evaluation) and two test models
// whose every score is known: one that would block everything, one that would allow everything.
const dir = mkdtempSync(path.join(tmpdir(), 'agora-models-'));
copyFileSync(V1_MODEL_PATH, path.join(dir, 'fraud-gbt-v1.onnx'));
copyFileSync(V1_MODEL_PATH.replace(/\.onnx$/, '.eval.json'), path.join(dir, 'fraud-gbt-v1.eval.json'));
writeFileSync(path.join(dir, 'test-block.onnx'), constantModel(FEATURE_NAMES, 0.97));
// A different feature set: the model's own metadata decides its input width.
writeFileSync(path.join(dir, 'test-allow.onnx'), constantModel(FEATURE_NAMES.slice(0, 4), 0.02));
// The promotion gate reads each version's committed evaluation: these two "hold on both sets"; v1's does not.
for (const version of ['test-block', 'test-allow']) writeFileSync(path.join(dir, `${version}.eval.json`), JSON.stringify({ holds_on_both: true, sets: {} }));
const env = { FRAUD_MODEL_PATH: path.join(dir, 'fraud-gbt-v1.onnx') };

let app: TestApp;
let request: Request;
let admin: TestUser;
let analyst: TestUser;

beforeAll(async () => {
  app = await startTestApp({ env });
  request = client(app.url);
  [admin, analyst] = await Promise.all([makeStaff(app, ['admin']), makeStaff(app, ['analyst'])]);
});
afterAll(() => app.close());

const statuses = async () =>
  Object.fromEntries((await request('GET', '/v1/admin/models', { token: admin.token })).body.data.map((m: { version: string; status: string }) => [m.version, m.status]));
const change = (action: string, body: Record<string, unknown> = { reason: 'test' }) => request('POST', `/v1/admin/models/${action}`, { token: admin.token, body });
const liveScores = (orderId: string) => app.ctx.db.selectFrom('risk_scores').selectAll().where('order_id', '=', orderId).orderBy('mode').orderBy('model_version').execute();

/** Resolves once `models` serves `version` live (jest's timeout bounds the wait). */
async function serving(models: ServingModels, version: string): Promise<void> {
  while (models.version !== version) await new Promise((r) => setTimeout(r, 20));
}

/** Orders and pays through the API; the pay response as it came. */
async function pay(seller?: TestUser) {
  const [s, buyer] = [seller ?? (await registerUser(request)), await registerUser(request)];
  const listing = await makeListing(request, s);
  const order = (await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } })).body;
  const res = await request('POST', `/v1/orders/${order.id}/pay`, { token: buyer.token, body: { payment_method: 'pm_card_visa', shipping_address: SHIP_TO } });
  return { orderId: order.id as string, res };
}

test('start-up registers every model file: the configured one active, new ones in shadow, with committed evaluations', async () => {
  const list = await request('GET', '/v1/admin/models', { token: analyst.token });
  expect(list.status).toBe(200);
  const byVersion = Object.fromEntries(list.body.data.map((m: { version: string }) => [m.version, m]));
  expect(byVersion['fraud-gbt-v1']).toMatchObject({
    status: 'active',
    file: 'fraud-gbt-v1.onnx',
    feature_names: FEATURE_NAMES.slice(0, 11) /* v1's columns, the first 11 */,
    evaluation: { model: { roc_auc: expect.any(Number) } },
  });
  expect(byVersion['test-block']).toMatchObject({ status: 'shadow', evaluation: { holds_on_both: true, model: null } });
  expect(byVersion['fraud-gbt-v1'].evaluation.holds_on_both).toBe(false);
  expect(byVersion['test-allow']).toMatchObject({ status: 'shadow', feature_names: FEATURE_NAMES.slice(0, 4) });
  expect(byVersion['fraud-gbt-v1'].sha256).toMatch(/^[0-9a-f]{64}$/);
  // Registration is idempotent: a second process starting on the same registry adds nothing.
  const other = createServingModels({ config: app.ctx.config, source: modelRegistrySource(app.ctx), databaseUrl: app.databaseUrl, logger: app.ctx.logger });
  await other.start();
  await other.close();
  const { n } = await app.ctx.db
    .selectFrom('model_version_changes')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  expect(Number(n)).toBe(3);
});

test('the live model decides; every shadow scores the same payment and is recorded, never acting', async () => {
  const { orderId, res } = await pay();
  // test-block in shadow would have blocked this payment; it went through.
  expect(res.status).toBe(200);
  const scores = await liveScores(orderId);
  expect(scores.map((s) => [s.mode, s.model_version])).toEqual([
    ['live', 'fraud-gbt-v1'],
    ['shadow', 'test-allow'],
    ['shadow', 'test-block'],
  ]);
  const [live, allow, block] = scores;
  expect(live).toMatchObject({ decision: 'allow', input: { buyer_prior_orders: 0 } });
  expect(allow).toMatchObject({ decision: null, score: 2 });
  expect(block).toMatchObject({ decision: null, score: 97 });
  expect(block!.probability).toBeCloseTo(0.97, 5);
  expect(block!.input).toEqual(live!.input);
  const event = await app.ctx.db.selectFrom('outbox').select('payload').where('event_type', '=', 'risk.scored').where('aggregate_id', '=', orderId).executeTakeFirstOrThrow();
  // Analytics gets the shadows' scores too, to compare models on the same traffic.
  expect(event.payload).toMatchObject({
    model_version: 'fraud-gbt-v1',
    score: live!.score,
    shadows: [
      { model_version: 'test-allow', score: 2, probability: allow!.probability },
      { model_version: 'test-block', score: 97, probability: block!.probability },
    ],
  });
});

test('promote takes effect on the next payment without a restart, in this process and (via NOTIFY) in another; rollback undoes it', async () => {
  // Another API process on the same registry.
  const other = createServingModels({ config: app.ctx.config, source: modelRegistrySource(app.ctx), databaseUrl: app.databaseUrl, logger: app.ctx.logger });
  await other.start();
  try {
    const promoted = await change('test-block/promote', { reason: 'canary' });
    expect(promoted.status).toBe(200);
    expect(promoted.body).toEqual({ version: 'test-block', previous: { version: 'fraud-gbt-v1', status: 'shadow' } });

    const blocked = await pay();
    expect(blocked.res.status).toBe(402);
    expect(blocked.res.body.code).toBe('payment_blocked');
    const scores = await liveScores(blocked.orderId);
    expect(scores.filter((s) => s.mode === 'live').map((s) => [s.model_version, s.decision])).toEqual([['test-block', 'block']]);
    expect(scores.filter((s) => s.mode === 'shadow').map((s) => s.model_version)).toEqual(['fraud-gbt-v1', 'test-allow']);
    // The other process follows the NOTIFY (well before its 30 s periodic re-read).
    await serving(other, 'test-block');

    const rolledBack = await change('rollback', { reason: 'blocks everything' });
    expect(rolledBack.body).toEqual({ version: 'fraud-gbt-v1', previous: { version: 'test-block', status: 'retired' } });
    expect(await statuses()).toEqual({ 'fraud-gbt-v1': 'active', 'test-block': 'retired', 'test-allow': 'shadow' });
    const allowed = await pay();
    expect(allowed.res.status).toBe(200);
    expect((await liveScores(allowed.orderId)).map((s) => s.model_version)).toEqual(['fraud-gbt-v1', 'test-allow']);
    await serving(other, 'fraud-gbt-v1');

    // Every change is in the history, the audit log and the outbox.
    const history = await app.ctx.db
      .selectFrom('model_version_changes')
      .select(['version', 'from_status', 'to_status', 'actor_id', 'reason'])
      .where('actor_id', '=', admin.id)
      .orderBy('id')
      .execute();
    expect(history).toEqual([
      { version: 'fraud-gbt-v1', from_status: 'active', to_status: 'shadow', actor_id: admin.id, reason: 'canary' },
      { version: 'test-block', from_status: 'shadow', to_status: 'active', actor_id: admin.id, reason: 'canary' },
      { version: 'test-block', from_status: 'active', to_status: 'retired', actor_id: admin.id, reason: 'blocks everything' },
      { version: 'fraud-gbt-v1', from_status: 'shadow', to_status: 'active', actor_id: admin.id, reason: 'blocks everything' },
    ]);
    const audit = await app.ctx.db.selectFrom('audit_log').select('details').where('action', '=', 'model_version.status_changed').where('actor_id', '=', admin.id).execute();
    expect(audit).toHaveLength(4);
    const events = await app.ctx.db.selectFrom('outbox').select('payload').where('event_type', '=', 'model_version.status_changed').where('aggregate_type', '=', 'model').execute();
    expect(events.filter((e) => (e.payload as { actor_id: string }).actor_id === admin.id)).toHaveLength(4);
  } finally {
    await other.close();
  }
});

test('a process whose LISTEN connection dropped still follows the registry by its periodic re-read', async () => {
  const config = { ...app.ctx.config, MODEL_REGISTRY_REFRESH_SECONDS: 1 };
  const other = createServingModels({ config, source: modelRegistrySource(app.ctx), databaseUrl: app.databaseUrl, logger: app.ctx.logger });
  await other.start();
  try {
    await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'agora-model-registry'`.execute(app.ctx.db);
    expect((await change('test-allow/promote', { reason: 'fallback' })).status).toBe(200);
    await serving(other, 'test-allow');
    expect((await change('rollback', { reason: 'fallback', demote_to: 'shadow' })).body).toEqual({
      version: 'fraud-gbt-v1',
      previous: { version: 'test-allow', status: 'shadow' },
    });
    await serving(other, 'fraud-gbt-v1');
  } finally {
    await other.close();
  }
});

test('shadow and retire move non-active versions only; the active one leaves only by another promotion', async () => {
  expect((await change('test-block/shadow')).body).toEqual({ version: 'test-block', status: 'shadow' });
  expect((await change('test-allow/retire')).body).toEqual({ version: 'test-allow', status: 'retired' });
  expectProblem(await change('fraud-gbt-v1/retire'), 409);
  expectProblem(await change('fraud-gbt-v1/shadow'), 409);
  expectProblem(await change('fraud-gbt-v1/promote'), 409);
  expectProblem(await change('test-allow/retire'), 409);
  expectProblem(await change('no-such-model/promote'), 404);
  expectProblem(await change('test-block/promote', {}), 400, 'reason');
  expectProblem(await change('test-block/promote', { reason: 'x', demote_to: 'active' }), 400, 'demote_to');
  expectProblem(await change('bad%20name/promote'), 400, 'params.version');
  expectProblem(await request('POST', '/v1/admin/models/test-block/promote', { token: analyst.token, body: { reason: 'x' } }), 403);
  expect(await statuses()).toEqual({ 'fraud-gbt-v1': 'active', 'test-block': 'shadow', 'test-allow': 'retired' });
  // A retired model is not scored.
  const { orderId } = await pay();
  expect((await liveScores(orderId)).map((s) => s.model_version)).toEqual(['fraud-gbt-v1', 'test-block']);
});

test('two promotions racing: one wins, the other is refused, and exactly one version is active', async () => {
  await change('test-allow/shadow');
  // Hold the active row so both promotions queue on it, then let them go at once.
  let release!: () => void;
  const held = app.ctx.db.transaction().execute(async (trx) => {
    await sql`SELECT 1 FROM model_versions WHERE status = 'active' FOR UPDATE`.execute(trx);
    await new Promise<void>((resolve) => {
      release = resolve;
    });
  });
  const racing = [change('test-block/promote'), change('test-allow/promote')];
  for (;;) {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`.execute(app.ctx.db);
    if (rows[0]!.n >= 2) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  release();
  await held;
  const results = await Promise.all(racing);
  expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  expect(results.find((r) => r.status === 409)!.body.code).toBe('model_registry_changed');
  const active = await app.ctx.db.selectFrom('model_versions').select('version').where('status', '=', 'active').execute();
  expect(active).toEqual([{ version: results.find((r) => r.status === 200)!.body.version }]);
  // The index itself refuses a second active version, whatever the code path.
  await expect(app.ctx.db.updateTable('model_versions').set({ status: 'active' }).where('status', '=', 'shadow').execute()).rejects.toMatchObject({ code: '23505' });
});

test('a version whose evaluation does not hold on both sets is promoted only by an explicit override, which the history records', async () => {
  expect((await statuses())['fraud-gbt-v1']).toBe('shadow');
  const refused = await change('fraud-gbt-v1/promote', { reason: 'back to v1' });
  expectProblem(refused, 409);
  expect(refused.body.code).toBe('model_not_promotable');
  expect(refused.body.detail).toMatch(/fraud-gbt-v1\.eval\.md/);
  expect((await statuses())['fraud-gbt-v1']).toBe('shadow');
  expectProblem(await change('fraud-gbt-v1/promote', { reason: 'x', override_evaluation: 'yes' }), 400, 'override_evaluation');
  expect((await change('fraud-gbt-v1/promote', { reason: 'back to v1', override_evaluation: true })).status).toBe(200);
  const last = await app.ctx.db.selectFrom('model_version_changes').select(['version', 'to_status', 'reason']).orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
  expect(last).toEqual({ version: 'fraud-gbt-v1', to_status: 'active', reason: 'back to v1 [promoted without an evaluation that holds on both sets]' });
});

test('a model file changed under a registered version name is refused: no start, no promotion', async () => {
  const changedDir = mkdtempSync(path.join(tmpdir(), 'agora-models-'));
  copyFileSync(V1_MODEL_PATH, path.join(changedDir, 'fraud-gbt-v1.onnx'));
  writeFileSync(path.join(changedDir, 'test-block.onnx'), constantModel(FEATURE_NAMES, 0.5));
  const config = { ...app.ctx.config, FRAUD_MODEL_PATH: path.join(changedDir, 'fraud-gbt-v1.onnx') };
  const other = createServingModels({ config, source: modelRegistrySource(app.ctx), databaseUrl: app.databaseUrl, logger: app.ctx.logger });
  await expect(other.start()).rejects.toThrow(/test-block: test-block\.onnx has sha256 [0-9a-f]{64} but was registered with [0-9a-f]{64}/);
  await other.close();
  // A version whose file changed after registration, never loaded here yet, cannot be promoted.
  await app.ctx.db
    .updateTable('model_versions')
    .set({ sha256: '0'.repeat(64), status: 'retired' })
    .where('version', '=', 'test-allow')
    .execute();
  const refused = await change('test-allow/promote');
  expectProblem(refused, 409);
  expect(refused.body.code).toBe('model_unloadable');
});
