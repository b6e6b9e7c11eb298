import { runModelMonitoring } from '../src/modules/risk/model-monitoring';
import { type Request, type TestApp, type TestUser, client, expectProblem, makeStaff, startTestApp } from '../../test/harness';

let app: TestApp;
let request: Request;
let analyst: TestUser;
let moderator: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
  [analyst, moderator] = await Promise.all([makeStaff(app, ['analyst']), makeStaff(app, ['moderator'])]);
});
afterAll(() => app.close());

test('a version’s figures: computed on demand before any snapshot, the snapshot once the job ran', async () => {
  const before = await request('GET', '/v1/admin/models/fraud-gbt-v2/monitoring', { token: analyst.token });
  expect(before.status).toBe(200);
  expect(before.body).toMatchObject({
    version: 'fraud-gbt-v2',
    status: 'active',
    source: 'computed',
    alerts: [],
    figures: { scored: 0, labelled: 0, pending: 0, precision: null, recall: null, pr_auc: null, psi_vs_live: null, psi_over_time: null, window_days: 90 },
  });

  await runModelMonitoring(app.ctx);
  const after = await request('GET', '/v1/admin/models/fraud-gbt-v2/monitoring', { token: analyst.token });
  expect(after.body).toMatchObject({ source: 'snapshot', figures: { version: 'fraud-gbt-v2' } });

  const history = await request('GET', '/v1/admin/models/monitoring/history?version=fraud-gbt-v1', { token: analyst.token });
  expect(history.status).toBe(200);
  expect(history.body.data).toEqual([{ computed_at: expect.any(String), figures: expect.objectContaining({ version: 'fraud-gbt-v1', scored: 0 }) }]);
  const all = await request('GET', '/v1/admin/models/monitoring/history', { token: analyst.token });
  expect(new Set(all.body.data.map((s: { figures: { version: string } }) => s.figures.version))).toEqual(new Set(['fraud-gbt-v1', 'fraud-gbt-v2', 'fraud-gbt-v3']));
});

test('staff without models.read are refused; an unknown version is a 404 and a malformed one a 400, as problem+json', async () => {
  expectProblem(await request('GET', '/v1/admin/models/fraud-gbt-v2/monitoring', { token: moderator.token }), 403);
  expectProblem(await request('GET', '/v1/admin/models/monitoring/history', { token: moderator.token }), 403);
  expectProblem(await request('GET', '/v1/admin/models/no-such-model/monitoring', { token: analyst.token }), 404);
  expectProblem(await request('GET', '/v1/admin/models/%20bad%20/monitoring', { token: analyst.token }), 400, 'params.version');
  expectProblem(await request('GET', '/v1/admin/models/monitoring/history?days=0', { token: analyst.token }), 400, 'query.days');
  expectProblem(await request('GET', '/v1/admin/models/monitoring/history?version=%20bad', { token: analyst.token }), 400, 'query.version');
});
