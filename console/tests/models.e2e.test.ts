import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { DEFAULT_MODEL_PATH, FEATURE_NAMES } from '../../fraud-models/src';
import { type TestApp, startTestApp } from '../../test/harness';
import { constantModel } from '../../test/onnx-fixture';
import { launchChromium, registerStaff, screenshot, signedInPage } from './browser';

// The registry's tests run on the committed fraud-gbt-v1 (11 features), beside models built for them.
const V1_MODEL_PATH = path.join(path.dirname(DEFAULT_MODEL_PATH), 'fraud-gbt-v1.onnx');

const dir = mkdtempSync(path.join(tmpdir(), 'agora-models-'));
copyFileSync(V1_MODEL_PATH, path.join(dir, 'fraud-gbt-v1.onnx'));
copyFileSync(V1_MODEL_PATH.replace(/\.onnx$/, '.eval.json'), path.join(dir, 'fraud-gbt-v1.eval.json'));
writeFileSync(path.join(dir, 'candidate.onnx'), constantModel(FEATURE_NAMES, 0.1));
// The promotion gate: the candidate's committed evaluation holds on both sets.
writeFileSync(path.join(dir, 'candidate.eval.json'), JSON.stringify({ holds_on_both: true, sets: {} }));
// A shadow model with no evaluation at all: promoted only by an explicit override.
writeFileSync(path.join(dir, 'unproven.onnx'), constantModel(FEATURE_NAMES, 0.05));

let app: TestApp;
let browser: Browser;
const PASSWORD = 'staff password 123';

beforeAll(async () => {
  app = await startTestApp({ env: { FRAUD_MODEL_PATH: path.join(dir, 'fraud-gbt-v1.onnx') } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const row = (page: Awaited<ReturnType<typeof signedInPage>>, version: string, status: string) => page.locator(`[data-testid="model-row-${version}"][data-status="${status}"]`);

test('an admin promotes a shadow model and rolls it back, giving a reason each time; an analyst only reads', async () => {
  const [admin, analyst] = await Promise.all([registerStaff(app, ['admin'], { password: PASSWORD }), registerStaff(app, ['analyst'], { password: PASSWORD })]);
  const page = await signedInPage(browser, app, admin, PASSWORD);
  await page.goto(`${app.url}/console/models`);
  // v1's committed evaluation: PR-AUC on the generator's split and on the blind set, and the gate's verdict.
  await row(page, 'fraud-gbt-v1', 'active').getByTestId('model-pr_auc').getByText('0.105 · 0.042').waitFor();
  await row(page, 'fraud-gbt-v1', 'active').getByTestId('model-evaluation-fails').waitFor();
  await screenshot(page, 'models');

  await row(page, 'candidate', 'shadow').getByTestId('model-promote').click();
  await page.getByTestId('note-modal').getByLabel('Reason').fill('Better recall in shadow');
  await page.getByTestId('note-submit').click();
  await row(page, 'candidate', 'active').waitFor();
  await row(page, 'fraud-gbt-v1', 'shadow').waitFor();
  expect(app.ctx.scorer.version).toBe('candidate');

  await page.getByTestId('model-rollback').click();
  // A reason is required: the modal stays open without one.
  await page.getByTestId('note-submit').click();
  await page.getByTestId('note-modal').getByText('Reason is required').waitFor();
  await page.getByTestId('note-modal').getByLabel('Reason').fill('Too many false positives');
  await page.getByTestId('note-submit').click();
  await row(page, 'fraud-gbt-v1', 'active').waitFor();
  await row(page, 'candidate', 'retired').getByTestId('model-shadow').waitFor();
  expect(app.ctx.scorer.version).toBe('fraud-gbt-v1');
  const reasons = await app.ctx.db.selectFrom('model_version_changes').select('reason').where('actor_id', '=', admin.id).orderBy('id').execute();
  expect(reasons.map((r) => r.reason)).toEqual(['Better recall in shadow', 'Better recall in shadow', 'Too many false positives', 'Too many false positives']);
  await page.close();

  const analystPage = await signedInPage(browser, app, analyst, PASSWORD);
  await analystPage.goto(`${app.url}/console/models`);
  await row(analystPage, 'fraud-gbt-v1', 'active').waitFor();
  expect(await analystPage.getByTestId('model-rollback').isDisabled()).toBe(true);
  expect(await row(analystPage, 'candidate', 'retired').getByTestId('model-shadow').isDisabled()).toBe(true);
  await analystPage.close();
});

test('a version whose evaluation does not hold is promoted only with "Promote anyway", and the history says so', async () => {
  const admin = await registerStaff(app, ['admin'], { password: PASSWORD });
  const page = await signedInPage(browser, app, admin, PASSWORD);
  await page.goto(`${app.url}/console/models`);
  const unproven = row(page, 'unproven', 'shadow');
  expect(await unproven.getByTestId('model-promote').count()).toBe(0);
  await unproven.getByTestId('model-promote-override').click();
  await page.getByText("unproven's evaluation does not hold on both sets").waitFor();
  await page.getByTestId('note-modal').getByLabel('Reason').fill('Incident: v1 misfires');
  await page.getByTestId('note-submit').click();
  await row(page, 'unproven', 'active').waitFor();
  const last = await app.ctx.db.selectFrom('model_version_changes').select('reason').where('version', '=', 'unproven').orderBy('id', 'desc').executeTakeFirstOrThrow();
  expect(last.reason).toBe('Incident: v1 misfires [promoted without an evaluation that holds on both sets]');
  await page.close();
});
