import type { Browser, Page } from 'playwright-core';
import { type Request, type TestApp, client, makeListing, registerUser, relayAll, startTestApp, SHIP_TO } from '../../test/harness';
import { consolePage, launchChromium, screenshot, registerStaff } from './browser';

let app: TestApp;
let request: Request;
let browser: Browser;
let page: Page;
const staffLogin = { email: `staff-${Date.now()}@example.test`, password: 'staff password 123' };

beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
  await registerStaff(app, ['moderator'], staffLogin);
  browser = await launchChromium();
  page = await consolePage(browser);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function reviewedOrder() {
  const seller = await registerUser(request);
  const buyer = await registerUser(request);
  const listing = await makeListing(request, seller, { title: 'Suspicious console', price: { amount: 64_900, currency: 'EUR' } });
  const order = (await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } })).body;
  await request('POST', `/v1/orders/${order.id}/pay`, { token: buyer.token, body: { payment_method: 'pm_card_riskLevelElevated', shipping_address: SHIP_TO } });
  return app.ctx.db.selectFrom('fraud_cases').select('id').where('order_id', '=', order.id).executeTakeFirstOrThrow();
}

test('staff sign in, clear a fraud case and see the sales chart', async () => {
  const fraudCase = await reviewedOrder();
  await relayAll(app.ctx);

  await page.goto(`${app.url}/console/`);
  await page.getByLabel('Email').fill(staffLogin.email);
  await page.getByLabel('Password').fill(staffLogin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();

  const row = page.getByTestId(`case-row-${fraudCase.id}`);
  await row.waitFor();
  await screenshot(page, 'fraud-cases');
  await row.getByRole('button', { name: 'Clear' }).click();
  await page.getByLabel('Note').fill('Verified the buyer by phone');
  await page.getByRole('button', { name: 'Submit decision' }).click();
  await row.waitFor({ state: 'detached' });

  const decided = await app.ctx.db.selectFrom('fraud_cases').select(['status', 'decision', 'decision_note']).where('id', '=', fraudCase.id).executeTakeFirstOrThrow();
  expect(decided).toEqual({ status: 'closed', decision: 'clear', decision_note: 'Verified the buyer by phone' });

  await page.goto(`${app.url}/console/orders`);
  await page.getByTestId('orders-table').getByText('Suspicious console').waitFor();
  await screenshot(page, 'orders');

  await page.goto(`${app.url}/console/sales`);
  const chart = page.getByTestId('sales-chart');
  await chart.locator('svg.recharts-surface').first().waitFor();
  await expect(chart.locator('.recharts-line, .recharts-bar-rectangle, .recharts-area').count()).resolves.toBeGreaterThan(0);
  await screenshot(page, 'sales');
});

test('a non-staff account cannot enter the console', async () => {
  const user = await registerUser(request, { password: 'ordinary password 1' });
  const fresh = await consolePage(browser);
  await fresh.goto(`${app.url}/console/`);
  await fresh.getByLabel('Email').fill(user.email);
  await fresh.getByLabel('Password').fill('ordinary password 1');
  await fresh.getByRole('button', { name: 'Sign in' }).click();
  await fresh
    .getByTestId('login-error')
    .getByText(/not a staff account/i)
    .first()
    .waitFor();
  expect(fresh.url()).toContain('/login');
  await fresh.close();
});
