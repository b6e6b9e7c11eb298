import type { Browser } from 'playwright-core';
import { type Request, type TestApp, type TestUser, client, makeListing, orderAt, registerUser, startTestApp, SHIP_TO } from '../../test/harness';
import { launchChromium, screenshot, signedInPage, registerStaff } from './browser';

let app: TestApp;
let request: Request;
let browser: Browser;
let moderator: TestUser;
const PASSWORD = 'moderator password 1';

beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
  moderator = await registerStaff(app, ['moderator'], { password: PASSWORD });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

test('a moderator opens a case, adds a note and confirms fraud with a closing label; the subject is shut down', async () => {
  const subjectPassword = 'subject password 1';
  const subject = await registerUser(request, { password: subjectPassword });
  const page = await signedInPage(browser, app, moderator, PASSWORD);
  // The queue is live: a case opened after the page loaded appears without a reload.
  await page.getByTestId('cases-table').waitFor();
  const buyer = await registerUser(request);
  const listing = await makeListing(request, subject, { title: 'Too-good-to-be-true phone', price: { amount: 55_000, currency: 'EUR' } });
  const order = (await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } })).body;
  await request('POST', `/v1/orders/${order.id}/pay`, { token: buyer.token, body: { payment_method: 'pm_card_riskLevelElevated', shipping_address: SHIP_TO } });
  const { id: caseId } = await app.ctx.db.selectFrom('fraud_cases').select('id').where('order_id', '=', order.id).executeTakeFirstOrThrow();
  // The subject's other open orders: a paid sale and an unpaid purchase.
  const otherSale = await orderAt(request, 'paid', { seller: subject });
  const otherSeller = await registerUser(request);
  const purchase = (await request('POST', '/v1/orders', { token: subject.token, body: { listing_id: (await makeListing(request, otherSeller)).id } })).body;

  await page.getByTestId(`case-row-${caseId}`).waitFor({ timeout: 15_000 });
  await screenshot(page, 'fraud-cases-list');
  await page.getByTestId(`case-link-${caseId}`).click();
  await page.getByTestId('case-detail').waitFor();
  await page.getByTestId('case-timeline').getByText('Order pending_payment → paid').waitFor();

  await page.getByTestId('assign-me').click();
  await page.getByTestId('case-detail').getByRole('button', { name: 'Unassign me' }).waitFor();
  await page.getByTestId('note-input').fill('Same device as a known mule account');
  await page.getByTestId('note-submit').click();
  await page.getByTestId('case-notes').getByText('Same device as a known mule account').waitFor();

  await page.getByTestId('decide-confirm').click();
  const modal = page.getByTestId('decision-modal');
  await modal.getByLabel('Note').fill('Mule account confirmed');
  await modal.getByTestId('closing-label').click();
  await page.getByTitle('collusion').click();
  await page.getByTestId('decision-submit').click();
  await page.getByTestId('case-label').getByText('collusion').waitFor();
  await page.locator('[data-testid="case-detail"][data-status="closed"]').waitFor();
  await page.getByTestId('case-timeline').getByText('fraud_case.confirm_fraud').waitFor();
  await screenshot(page, 'fraud-case-detail');

  const token = moderator.token;
  const decided = await request('GET', `/v1/admin/fraud-cases/${caseId}`, { token });
  expect(decided.body).toMatchObject({
    status: 'closed',
    decision: 'confirm_fraud',
    closing_label: 'collusion',
    decision_note: 'Mule account confirmed',
    decided_by: moderator.id,
    assignee_id: moderator.id,
    order: { status: 'refunded' },
  });
  const timeline = (await request('GET', `/v1/admin/fraud-cases/${caseId}/timeline`, { token })).body.data as { kind: string; details: { body?: string } }[];
  expect(timeline.filter((e) => e.kind === 'note').map((e) => e.details.body)).toEqual(['Same device as a known mule account']);
  expect((await request('GET', `/v1/orders/${otherSale.id}`, { token: otherSale.buyer.token })).body.status).toBe('refunded');
  expect((await request('GET', `/v1/orders/${purchase.id}`, { token: otherSeller.token })).body.status).toBe('cancelled');
  const login = await request('POST', '/v1/auth/login', { body: { email: subject.email, password: subjectPassword } });
  expect([login.status, login.body.code]).toEqual([403, 'account_suspended']);
  await page.close();
});

test('the inbox tabs follow assignment', async () => {
  const [seller, buyer] = await Promise.all([registerUser(request), registerUser(request)]);
  const listing = await makeListing(request, seller, { price: { amount: 30_000, currency: 'EUR' } });
  const order = (await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } })).body;
  await request('POST', `/v1/orders/${order.id}/pay`, { token: buyer.token, body: { payment_method: 'pm_card_riskLevelElevated', shipping_address: SHIP_TO } });
  const { id: caseId } = await app.ctx.db.selectFrom('fraud_cases').select('id').where('order_id', '=', order.id).executeTakeFirstOrThrow();
  await request('POST', `/v1/admin/fraud-cases/${caseId}/assign`, { token: moderator.token, body: { assignee_id: moderator.id } });

  const page = await signedInPage(browser, app, moderator, PASSWORD);
  await page.locator('[data-testid="cases-table"][data-status="unassigned"]').waitFor();
  await page.getByTestId('inbox-mine').click();
  await page.locator('[data-testid="cases-table"][data-status="mine"]').getByTestId(`case-row-${caseId}`).waitFor();
  await page.getByTestId('inbox-unassigned').click();
  const unassigned = page.locator('[data-testid="cases-table"][data-status="unassigned"]');
  await unassigned.waitFor();
  await page.waitForLoadState('networkidle');
  expect(await unassigned.getByTestId(`case-row-${caseId}`).count()).toBe(0);
  await page.close();
});
