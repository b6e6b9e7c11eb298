import type { Browser } from 'playwright-core';
import { runModelMonitoring } from '../../api/src/modules/risk/model-monitoring';
import { type Request, type TestApp, client, makeListing, registerUser, startTestApp, SHIP_TO } from '../../test/harness';
import { launchChromium, registerStaff, screenshot, signedInPage } from './browser';

let app: TestApp;
let request: Request;
let browser: Browser;
const PASSWORD = 'analyst password 1';

beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const REASONS = [
  { feature: 'buyer_hours_since_payout_change', text: 'payout details changed 3 hours before the payment', contribution: 0.12 },
  { feature: 'buyer_device_shared_new_accounts', text: 'the device is shared with 3 accounts created this week', contribution: 0.27 },
];

test('the models page shows each version’s production figures and alerts; the fraud case and the orders list show why the order scored what it did', async () => {
  // A payment the provider rates elevated goes to review and opens a case (live fraud-gbt-v2, fraud-gbt-v1 in shadow).
  const [seller, buyer] = [await registerUser(request), await registerUser(request)];
  const listing = await makeListing(request, seller);
  const order = (await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } })).body;
  await request('POST', `/v1/orders/${order.id}/pay`, { token: buyer.token, body: { payment_method: 'pm_card_riskLevelElevated', shipping_address: SHIP_TO } });
  const { id: caseId } = await app.ctx.db.selectFrom('fraud_cases').select('id').where('order_id', '=', order.id).executeTakeFirstOrThrow();
  // What the models scored (known values: the committed models' own scores of this payment vary), the
  // reasons the scoring path records with the live score, and the reviewer's verdict (the label).
  const scores = app.ctx.db.updateTable('risk_scores').where('order_id', '=', order.id);
  await scores
    .set({ probability: 0.92, reasons: JSON.stringify(REASONS) })
    .where('mode', '=', 'live')
    .execute();
  await scores.set({ probability: 0.3 }).where('mode', '=', 'shadow').execute();
  await app.ctx.db
    .updateTable('fraud_cases')
    .set({ status: 'closed', decision: 'confirm_fraud', decision_note: 'mule', decided_at: new Date() })
    .where('id', '=', caseId)
    .execute();
  // Two snapshots (the sparkline needs two points) and a drift alert on the shadow.
  await runModelMonitoring(app.ctx);
  await runModelMonitoring(app.ctx);
  await app.ctx.db
    .insertInto('model_monitoring_alerts')
    .values({ version: 'fraud-gbt-v1', kind: 'drift', day: new Date().toISOString().slice(0, 10), raised_at: new Date(), details: JSON.stringify({ psi: 0.4 }) })
    .execute();

  const analyst = await registerStaff(app, ['analyst'], { password: PASSWORD });
  const page = await signedInPage(browser, app, analyst, PASSWORD);
  await page.goto(`${app.url}/console/models`);
  const live = page.getByTestId('model-row-fraud-gbt-v2');
  // The one labelled order: fraud, flagged by the live model (92 ≥ 65), missed by the shadow (30).
  await live.getByTestId('model-precision').getByText('precision 100%').waitFor();
  await live.getByTestId('model-precision').getByText('1/1 flagged').waitFor();
  await live.getByTestId('model-recall').getByText('1/1 fraud').waitFor();
  await live.getByTestId('model-precision').getByText('few labels').waitFor();
  await live
    .getByTestId('model-labels')
    .getByText(/1 scored · 1 labelled \(1 fraud\) · 0 pending/)
    .waitFor();
  expect(await live.getByTestId('model-alert').count()).toBe(0);
  const shadow = page.getByTestId('model-row-fraud-gbt-v1');
  await shadow.getByTestId('model-precision').getByText('no flagged yet').waitFor();
  await shadow.getByTestId('model-recall').getByText('recall 0%').waitFor();
  await shadow.locator('[data-testid="model-alert"][data-kind="drift"]').waitFor();
  await shadow.getByTestId('model-drift').getByText('vs live').waitFor();
  await shadow.getByTestId('psi-sparkline').waitFor();
  await screenshot(page, 'models-monitoring');

  await page.goto(`${app.url}/console/fraud-cases/${caseId}`);
  const reasons = page.getByTestId('risk-reasons');
  await reasons.waitFor();
  // Largest contribution first, as sentences.
  expect(await reasons.locator('li').allInnerTexts()).toEqual(['The device is shared with 3 accounts created this week.', 'Payout details changed 3 hours before the payment.']);
  await screenshot(page, 'fraud-case-reasons');

  // The orders list: the top reason beside the score.
  await page.goto(`${app.url}/console/orders`);
  await page.getByTestId('risk-reasons-summary').getByText('2 reasons: the device is shared with 3 accounts created this week').waitFor();
  await page.close();
});
