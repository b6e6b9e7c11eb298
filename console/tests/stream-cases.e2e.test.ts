import type { Browser } from 'playwright-core';
import { runStreamScoring } from '../../api/src/modules/risk/stream-scoring';
import { type Request, type TestApp, type TestUser, client, makeListing, manualClock, registerUser, relayAll, startTestApp, SHIP_TO } from '../../test/harness';
import { launchChromium, registerStaff, screenshot, signedInPage } from './browser';

let app: TestApp;
let request: Request;
let browser: Browser;
let moderator: TestUser;
const PASSWORD = 'moderator password 1';

// The detector's window is counted from the app's clock, never from the wall clock.
const clock = manualClock();

beforeAll(async () => {
  app = await startTestApp({ clock: clock.clock });
  request = client(app.url);
  moderator = await registerStaff(app, ['moderator'], { password: PASSWORD });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Three accounts registered on one device each pay one seller: the linked-velocity detector opens a stream case. */
async function deviceFarmCase(): Promise<{ caseId: string; buyers: string[] }> {
  const seller = await registerUser(request);
  const buyers: string[] = [];
  for (let i = 0; i < 3; i++) {
    const reg = await registerUser(request, { deviceId: 'farm-phone', display_name: 'Buyer' });
    buyers.push(reg.id);
    const listing = await makeListing(request, seller);
    const order = (await request('POST', '/v1/orders', { token: reg.token, body: { listing_id: listing.id } })).body;
    await request('POST', `/v1/orders/${order.id}/pay`, { token: reg.token, body: { payment_method: 'pm_card_visa', shipping_address: SHIP_TO } });
  }
  await relayAll(app.ctx);
  expect(await runStreamScoring(app.ctx)).toMatchObject({ opened: 1 });
  const { id } = await app.ctx.db.selectFrom('fraud_cases').select('id').where('source', '=', 'stream').executeTakeFirstOrThrow();
  return { caseId: id, buyers };
}

test('a stream case sits in the inbox with its detector, filters by source, and its page lists the linked accounts with links to them', async () => {
  const { caseId, buyers } = await deviceFarmCase();
  const page = await signedInPage(browser, app, moderator, PASSWORD);
  const row = page.getByTestId(`case-row-${caseId}`);
  await row.waitFor({ timeout: 15_000 });
  await row.getByTestId('case-source-stream').getByText('stream · linked_velocity').waitFor();

  await page.getByTestId('source-filter').getByText('Payment').click();
  await page.waitForURL((url) => url.searchParams.get('source') === 'payment');
  await row.waitFor({ state: 'detached' });
  await page.getByTestId('source-filter').getByText('Stream').click();
  await row.waitFor();

  await page.getByTestId(`case-link-${caseId}`).click();
  const evidence = page.getByTestId('case-evidence');
  await evidence.waitFor();
  await page.getByTestId('case-source').getByText('stream').waitFor();
  await evidence.getByTestId('evidence-count-accounts').getByText('accounts: 3').waitFor();
  const accountLinks = await evidence
    .getByTestId('evidence-accounts')
    .getByTestId('evidence-user')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(accountLinks.sort()).toEqual(buyers.map((id) => `/console/users/${id}`).sort());
  expect(await evidence.getByTestId('evidence-orders').locator('tbody tr').count()).toBe(3);
  await screenshot(page, 'stream-case-detail');

  await evidence.getByTestId('evidence-accounts').getByTestId('evidence-user').first().click();
  await page.waitForURL((url) => buyers.some((id) => url.pathname.endsWith(`/users/${id}`)));
  await page.close();
});
