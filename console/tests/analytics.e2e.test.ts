import type { Browser, Page } from 'playwright-core';
import { type Request, type TestApp, client, orderAt, relayAll, startTestApp } from '../../test/harness';
import { launchChromium, registerStaff, screenshot, signedInPage } from './browser';

let app: TestApp;
let request: Request;
let browser: Browser;
const PASSWORD = 'analyst password 1';

beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
  browser = await launchChromium();
  // Three paid orders, relayed to ClickHouse, for the dashboards to show.
  await Promise.all([orderAt(request, 'paid'), orderAt(request, 'paid'), orderAt(request, 'paid')]);
  await relayAll(app.ctx);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Waits for the console's next run of `dashboard` and returns the URL it asked and the API's answer. */
async function nextRun(page: Page, dashboard: string, trigger: () => Promise<void>) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === `/v1/admin/dashboards/${dashboard}` && r.request().method() === 'GET'),
    trigger(),
  ]);
  expect(response.status()).toBe(200);
  return { url: new URL(response.url()), body: (await response.json()) as { columns: { name: string }[]; rows: Record<string, unknown>[] } };
}

async function tableRows(page: Page, testId: string): Promise<string[][]> {
  return page
    .getByTestId(testId)
    .locator('tbody tr.ant-table-row')
    .evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('td')).map((td) => td.textContent ?? '')));
}

test('an analyst runs a dashboard with a changed parameter, then their own SQL, and sees a write refused', async () => {
  const analyst = await registerStaff(app, ['analyst'], { password: PASSWORD });
  const page = await signedInPage(browser, app, analyst, PASSWORD);

  // The menu offers both pages to an analyst.
  await page.getByRole('menuitem', { name: 'Dashboards' }).waitFor();
  await page.getByRole('menuitem', { name: 'SQL' }).waitFor();

  const first = await nextRun(page, 'gmv_take_rate', async () => {
    await page.goto(`${app.url}/console/dashboards?d=gmv_take_rate`);
  });
  expect(first.url.searchParams.get('interval')).toBe('day');
  await page.locator('[data-testid="result-chart"][data-kind="line"]').waitFor();

  // Hourly buckets instead of daily: the parameter's allowed values are a select.
  await page.getByTestId('param-interval').click();
  await page.locator('.ant-select-item-option[title="hour"]').click();
  const hourly = await nextRun(page, 'gmv_take_rate', () => page.getByTestId('dashboard-run').click());
  expect(hourly.url.searchParams.get('interval')).toBe('hour');
  expect(hourly.body.rows.reduce((n, r) => n + Number(r.orders), 0)).toBe(3);

  // The same question asked of the API directly gets the same answer the console drew.
  const direct = await request('GET', `${hourly.url.pathname}${hourly.url.search}`, { token: analyst.token });
  expect(direct.body).toEqual(hourly.body);
  const chart = page.locator(`[data-testid="result-chart"][data-kind="line"][data-points="${hourly.body.rows.length}"]`);
  await chart.waitFor();
  expect(await chart.locator('.recharts-line-dots circle').count()).toBe(hourly.body.rows.length);
  const rows = await tableRows(page, 'dashboard-table');
  expect(rows).toEqual(hourly.body.rows.map((r) => hourly.body.columns.map((c) => String(r[c.name]))));
  await screenshot(page, 'dashboard-gmv');

  // A text dimension draws as bars: the funnel's stages.
  const funnel = await nextRun(page, 'order_funnel', () => page.getByRole('menuitem', { name: 'Order funnel with conversion' }).click());
  const bars = page.locator('[data-testid="result-chart"][data-kind="bar"] .recharts-bar-rectangle');
  await bars.first().waitFor();
  expect(await bars.count()).toBe(funnel.body.rows.filter((r) => Number(r.orders) > 0).length);
  expect(await tableRows(page, 'dashboard-table')).toHaveLength(funnel.body.rows.length);
  await screenshot(page, 'dashboard-funnel');

  // Their own SQL.
  await page.getByRole('menuitem', { name: 'SQL' }).click();
  await page.getByTestId('sql-editor').fill("SELECT event_type, count() AS n FROM events FINAL WHERE event_type = 'order.paid' GROUP BY event_type");
  await page.getByTestId('sql-run').click();
  await page.getByTestId('sql-result').locator('tbody tr.ant-table-row').first().waitFor();
  expect(await tableRows(page, 'sql-result')).toEqual([['order.paid', '3']]);
  await screenshot(page, 'sql-select');

  await page.getByTestId('sql-editor').fill("INSERT INTO events (event_id, event_type) VALUES (generateUUIDv4(), 'order.paid')");
  await page.getByTestId('sql-run').click();
  const error = page.getByTestId('sql-error');
  await error.waitFor();
  expect(await error.innerText()).toMatch(/select_only[\s\S]*only a single SELECT/);
  expect(await page.getByTestId('sql-result').count()).toBe(0);
  await screenshot(page, 'sql-refused');
  await page.close();

  const paid = await request('POST', '/v1/admin/analytics/query', { token: analyst.token, body: { sql: "SELECT count() AS n FROM events FINAL WHERE event_type = 'order.paid'" } });
  expect(paid.body.rows).toEqual([{ n: 3 }]);
});

test('staff without dashboards.read or analytics.query see neither menu', async () => {
  const moderator = await registerStaff(app, ['moderator'], { password: PASSWORD });
  const page = await signedInPage(browser, app, moderator, PASSWORD);
  await page.getByRole('menuitem', { name: 'Fraud cases' }).waitFor();
  expect(await page.getByRole('menuitem', { name: 'Dashboards' }).count()).toBe(0);
  expect(await page.getByRole('menuitem', { name: 'SQL' }).count()).toBe(0);
  await page.close();
});
