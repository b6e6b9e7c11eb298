import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { type Request, type TestApp, type TestUser, client, makeListing, orderAt, registerUser, startTestApp } from '../../test/harness';
import { launchChromium, screenshot, signedInPage, registerStaff } from './browser';

let app: TestApp;
let request: Request;
let browser: Browser;
const PASSWORD = 'staff password 123';

const staff = (roles: string[]): Promise<TestUser> => registerStaff(app, roles, { password: PASSWORD });

beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

test('a moderator finds a user and suspends them; an admin sees the suspension in the audit log', async () => {
  const [moderator, admin] = await Promise.all([staff(['moderator']), staff(['admin'])]);
  const tag = randomBytes(4).toString('hex');
  const userPassword = 'seller password 1';
  const seller = await registerUser(request, { password: userPassword, display_name: `Shady ${tag}` });
  const listing = await makeListing(request, seller, { title: 'Replica watch' });
  const sale = await orderAt(request, 'paid', { seller });

  const page = await signedInPage(browser, app, moderator, PASSWORD);
  await page.goto(`${app.url}/console/users`);
  await page.getByLabel('Search users').fill(`shady ${tag}`);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.locator(`[data-testid="users-table"][data-status="shady ${tag}"]`).getByTestId(`user-row-${seller.id}`).waitFor();
  expect(await page.getByTestId('users-table').locator('tbody tr[data-testid^="user-row-"]').count()).toBe(1);
  await screenshot(page, 'users-list');

  await page.getByTestId(`user-link-${seller.id}`).click();
  await page.locator('[data-testid="user-detail"][data-suspended="false"]').waitFor();
  await page.getByTestId(`user-orders-row-${sale.id}`).waitFor();
  await page.getByTestId('action-suspend').click();
  await page.getByTestId('moderation-modal').getByLabel('Reason').fill('Selling counterfeit watches');
  await page.getByTestId('moderation-submit').click();
  await page.locator('[data-testid="user-detail"][data-suspended="true"]').waitFor();
  await page.getByTestId('action-reinstate').waitFor();
  await page.getByTestId('tab-moderation').click();
  await page.getByTestId('moderation-history').getByText('Selling counterfeit watches').waitFor();
  await page.getByTestId('tab-timeline').click();
  await page.getByTestId('user-timeline').getByText('user.suspend').waitFor();
  await screenshot(page, 'user-detail');
  await page.close();

  const login = await request('POST', '/v1/auth/login', { body: { email: seller.email, password: userPassword } });
  expect([login.status, login.body.code]).toEqual([403, 'account_suspended']);
  expect((await request('GET', `/v1/listings/${listing.id}`)).status).toBe(404);
  const history = await request('GET', `/v1/admin/users/${seller.id}/moderation`, { token: moderator.token });
  expect(history.body.data).toEqual([expect.objectContaining({ action: 'suspend', reason: 'Selling counterfeit watches', staff_id: moderator.id })]);

  const adminPage = await signedInPage(browser, app, admin, PASSWORD);
  await adminPage.goto(`${app.url}/console/audit`);
  await adminPage.getByTestId('audit-filter-entity_id').fill(seller.id);
  await adminPage.getByTestId('audit-apply').click();
  const filtered = adminPage.locator(`[data-testid="audit-table"][data-status="entity_id=${seller.id}"]`);
  await filtered.getByText('user.suspend').waitFor();
  // The one decision, beside the audited reads of the record by the moderator who made it.
  const entries = filtered.locator('tbody tr[data-testid^="audit-row-"]');
  const suspension = entries.filter({ hasText: 'user.suspend' });
  expect(await suspension.count()).toBe(1);
  expect(await entries.filter({ hasText: 'user.viewed' }).count()).toBeGreaterThan(0);
  expect(await entries.count()).toBe(await entries.filter({ hasText: /user\.(suspend|viewed)/ }).count());
  await expect(suspension.getByTestId('audit-details').innerText()).resolves.toContain('Selling counterfeit watches');
  await screenshot(adminPage, 'audit');
  await adminPage.close();
});

test('staff without users.moderate see no moderation actions, and only admins get the audit menu', async () => {
  const arbitrator = await staff(['arbitrator']);
  const user = await registerUser(request);
  const page = await signedInPage(browser, app, arbitrator, PASSWORD);
  await page.goto(`${app.url}/console/users/${user.id}`);
  await page.getByTestId('user-detail').waitFor();
  expect(await page.getByTestId('moderation-actions').count()).toBe(0);
  expect(await page.getByTestId('tab-moderation').count()).toBe(0);
  // Nor the user's reports, reviews or fraud cases: those need reports.read, reviews.moderate, fraud_cases.read.
  for (const tab of ['tab-reports', 'tab-reviews', 'tab-fraud-cases']) expect(await page.getByTestId(tab).count()).toBe(0);
  expect((await request('GET', `/v1/admin/users/${user.id}/fraud-cases`, { token: arbitrator.token })).status).toBe(403);
  await page.getByRole('menuitem', { name: 'Users' }).waitFor();
  expect(await page.getByRole('menuitem', { name: 'Audit log' }).count()).toBe(0);
  await page.close();
});

test('the Reviews tab lists reviews by and about the user, any status, with their reputation', async () => {
  const moderator = await staff(['moderator']);
  const { id: orderId, seller, buyer } = await orderAt(request, 'completed');
  // The buyer's review trips the contact-details flag: held from the public, but staff see it.
  const flagged = (
    await request('POST', `/v1/orders/${orderId}/reviews`, {
      token: buyer.token,
      body: { rating: 2, item_as_described: 2, communication: 2, shipping: 2, text: 'Call me on +31 6 1234 5678 instead' },
    })
  ).body;
  const published = (await request('POST', `/v1/orders/${orderId}/reviews`, { token: seller.token, body: { rating: 5, communication: 5, payment: 5, text: 'Paid promptly' } }))
    .body;
  expect([flagged.status, published.status]).toEqual(['flagged', 'published']);

  const page = await signedInPage(browser, app, moderator, PASSWORD);
  await page.goto(`${app.url}/console/users/${seller.id}`);
  await page.getByTestId('tab-reviews').click();
  const about = page.getByTestId(`user-reviews-row-${flagged.id}`);
  await about.getByText('about the user').waitFor();
  await about.locator('[data-testid="review-status"][data-status="flagged"]').waitFor();
  await about.getByTestId('review-flags').getByText('contact details').waitFor();
  const by = page.getByTestId(`user-reviews-row-${published.id}`);
  await by.getByText('by the user').waitFor();
  await by.locator('[data-testid="review-status"][data-status="published"]').waitFor();
  await screenshot(page, 'user-reviews');

  // The tab shows the reputation the API computes; the flagged review is not public.
  const reputation = (await request('GET', `/v1/users/${seller.id}/reputation`)).body;
  expect(await page.getByTestId('reputation-score').innerText()).toBe(reputation.score.toFixed(2));
  expect((await request('GET', `/v1/users/${seller.id}/reviews`)).body.data.map((r: { id: string }) => r.id)).not.toContain(flagged.id);
  const staffView = await request('GET', `/v1/admin/users/${seller.id}/reviews`, { token: moderator.token });
  expect(staffView.body.data.map((r: { id: string }) => r.id).sort()).toEqual([flagged.id, published.id].sort());
  await page.close();
});
