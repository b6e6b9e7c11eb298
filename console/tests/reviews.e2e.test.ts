import type { Browser, Page } from 'playwright-core';
import { type Request, type TestApp, type TestUser, client, orderAt, registerUser, startTestApp } from '../../test/harness';
import { launchChromium, screenshot, signedInPage } from './browser';

let app: TestApp;
let request: Request;
let browser: Browser;
let page: Page;
const PASSWORD = 'moderator password 123';

beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
  const moderator = await registerUser(request, { password: PASSWORD });
  await app.ctx.db.updateTable('users').set({ roles: ['moderator'] }).where('id', '=', moderator.id).execute();
  browser = await launchChromium();
  page = await signedInPage(browser, app, moderator, PASSWORD);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const BY_BUYER = { rating: 5, item_as_described: 5, communication: 5, shipping: 5, text: 'Great, as described' };
const BY_SELLER = { rating: 5, communication: 5, payment: 5, text: 'Paid at once' };

/** Both parties review a completed order (so the buyer's review is past its double-blind hold); returns the buyer's review id. */
async function reviewedOrder(seller: TestUser | undefined, buyerReview: Record<string, unknown>) {
  const order = await orderAt(request, 'completed', { seller });
  const res = await request('POST', `/v1/orders/${order.id}/reviews`, { token: order.buyer.token, body: { ...BY_BUYER, ...buyerReview } });
  await request('POST', `/v1/orders/${order.id}/reviews`, { token: order.seller.token, body: BY_SELLER });
  return { id: res.body.id as string, status: res.body.status as string, seller: order.seller };
}

const publicIds = async (userId: string) => ((await request('GET', `/v1/users/${userId}/reviews`)).body.data as { id: string }[]).map((r) => r.id);

test('a moderator removes a flagged review, bulk-publishes two and undoes; the API reflects each step', async () => {
  const seller = await registerUser(request);
  const removed = await reviewedOrder(seller, { rating: 1, text: 'Email me at deals@example.com, this seller is slow' });
  const kept = await reviewedOrder(seller, { rating: 2, text: 'Slow to ship but fine' });
  const [a, b] = [
    await reviewedOrder(undefined, { text: 'Whatsapp me for the next one' }),
    await reviewedOrder(undefined, { text: 'Better deals on www.bargains.example.com' }),
  ];
  expect([removed.status, kept.status, a.status, b.status]).toEqual(['flagged', 'published', 'flagged', 'flagged']);

  await page.goto(`${app.url}/console/reviews`);
  const row = (id: string) => page.getByTestId(`review-row-${id}`);
  await row(removed.id).waitFor();
  await row(a.id).waitFor();
  await row(b.id).waitFor();
  await screenshot(page, 'reviews-flagged');

  // Single removal, with a reason.
  await row(removed.id).getByRole('button', { name: 'Remove' }).click();
  await page.getByLabel('Reason').fill('Off-platform contact details');
  await screenshot(page, 'reviews-remove-reason');
  await page.getByTestId('reason-submit').click();
  await row(removed.id).waitFor({ state: 'detached' });

  // Bulk publish two, then undo from the notification.
  await row(a.id).getByRole('checkbox').check();
  await row(b.id).getByRole('checkbox').check();
  await page.getByTestId('bulk-publish').click();
  await row(a.id).waitFor({ state: 'detached' });
  await row(b.id).waitFor({ state: 'detached' });
  expect(await publicIds(a.seller.id)).toEqual([a.id]);
  expect(await publicIds(b.seller.id)).toEqual([b.id]);
  await page.getByTestId('undo-batch').waitFor();
  await screenshot(page, 'reviews-bulk-published');
  await page.getByTestId('undo-batch').click();
  await page.getByText('Undone: 2 restored').waitFor();
  await row(a.id).waitFor();
  await row(b.id).waitFor();
  expect(await publicIds(a.seller.id)).toEqual([]);
  expect(await publicIds(b.seller.id)).toEqual([]);

  await page.getByRole('tab', { name: 'Removed' }).click();
  await row(removed.id).waitFor();
  await screenshot(page, 'reviews-removed');

  // Through the API: the removed review is not public and not in the seller's reputation.
  const reviews = await publicIds(seller.id);
  expect(reviews).toEqual([kept.id]);
  const reputation = (await request('GET', `/v1/users/${seller.id}/reputation`)).body;
  expect(reputation).toMatchObject({ count: 1, average: 2 });
  const state = await app.ctx.db.selectFrom('reviews').select(['status', 'removed_reason']).where('id', '=', removed.id).executeTakeFirstOrThrow();
  expect(state).toEqual({ status: 'removed', removed_reason: 'Off-platform contact details' });
});
