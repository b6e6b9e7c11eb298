import type { Browser, Page } from 'playwright-core';
import { type Request, type TestApp, type TestUser, client, orderAt, registerUser, startTestApp } from '../../test/harness';
import { launchChromium, screenshot, signedInPage, registerStaff } from './browser';

let app: TestApp;
let request: Request;
let browser: Browser;
let page: Page;
let moderator: TestUser;
const PASSWORD = 'moderator password 123';

beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
  moderator = await registerStaff(app, ['moderator'], { password: PASSWORD });
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
  const [a, b] = [await reviewedOrder(undefined, { text: 'Whatsapp me for the next one' }), await reviewedOrder(undefined, { text: 'Better deals on www.bargains.example.com' })];
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
  await page.getByTestId('note-submit').click();
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

  // The queue is live: a review flagged after the page loaded appears without a reload.
  const late = await reviewedOrder(undefined, { text: 'Call me on 0151 2345 6789 instead' });
  expect(late.status).toBe('flagged');
  await row(late.id).waitFor({ timeout: 15_000 });

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

test('a moderator removes a reported review from the report queue: it leaves the public reviews', async () => {
  const { id: reviewId, seller } = await reviewedOrder(undefined, { rating: 1, text: 'Seller is a crook' });
  expect(await publicIds(seller.id)).toContain(reviewId);
  const author = (await app.ctx.db.selectFrom('reviews').select('author_id').where('id', '=', reviewId).executeTakeFirstOrThrow()).author_id;
  const reporter = await registerUser(request);
  const report = (await request('POST', '/v1/reports', { token: reporter.token, body: { target_type: 'review', target_id: reviewId, reason: 'harassment' } })).body;

  await page.goto(`${app.url}/console/reports`);
  const row = page.getByTestId(`report-row-${report.id}`);
  await row.waitFor();
  // A review report offers exactly its own action (and dismissal), shows the text and links its author.
  expect(await row.locator('button[data-testid^="report-"]').allInnerTexts()).toEqual(['Remove review', 'Dismiss']);
  await row.getByTestId('report-target-excerpt').getByText('Seller is a crook').waitFor();
  expect(await row.getByTestId('report-target-owner').getAttribute('href')).toBe(`/console/users/${author}`);
  await screenshot(page, 'reports-review');
  await row.getByTestId('report-remove_review').click();
  await page.getByLabel('Note').fill('Name-calling');
  await page.getByTestId('note-submit').click();
  await row.waitFor({ state: 'detached' });

  expect(await publicIds(seller.id)).not.toContain(reviewId);
  const decided = await request('GET', '/v1/admin/reports?status=actioned&target_type=review&limit=100', { token: moderator.token });
  expect(decided.body.data.find((r: { id: string }) => r.id === report.id)).toMatchObject({ action: 'remove_review', decided_by: moderator.id, decision_note: 'Name-calling' });
});
