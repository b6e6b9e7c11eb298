import type { Browser, Page } from 'playwright-core';
import { type Request, type TestApp, type TestUser, client, makeListing, registerUser, startTestApp } from '../../test/harness';
import { launchChromium, screenshot, signedInPage, registerStaff } from './browser';

// Production review defaults: new sellers' listings wait for a moderator.
let app: TestApp;
let request: Request;
let browser: Browser;
let page: Page;
let moderator: TestUser;
const password = 'moderator password 1';

beforeAll(async () => {
  app = await startTestApp({ env: { LISTING_AUTO_APPROVE: 'false' } });
  request = client(app.url);
  moderator = await registerStaff(app, ['moderator'], { password });
  browser = await launchChromium();
  page = await signedInPage(browser, app, moderator, password);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const ownListing = async (seller: TestUser, id: string) =>
  ((await request('GET', '/v1/me/listings?limit=100', { token: seller.token })).body.data as any[]).find((l) => l.id === id);

test('a moderator rejects a listing with a note: the seller sees why, the public sees nothing', async () => {
  const seller = await registerUser(request);
  const listing = await makeListing(request, seller, { title: 'Mystery pills, no label', condition: 'like_new', location: { place: 'Ghent' } });

  await page.goto(`${app.url}/console/listings`);
  const row = page.getByTestId(`listing-row-${listing.id}`);
  await row.waitFor();
  // What the item is and where: category path, condition and place.
  expect(await row.getByTestId('listing-item').innerText()).toBe('Electronics › Cameras\nLike new · Ghent');
  await screenshot(page, 'listings');
  await row.getByTestId('listing-reject').click();
  await page.getByLabel('Note').fill('Medicines cannot be sold here');
  await page.getByTestId('note-submit').click();
  await row.waitFor({ state: 'detached' });

  expect(await ownListing(seller, listing.id)).toMatchObject({ status: 'rejected', moderation_note: 'Medicines cannot be sold here' });
  expect((await request('GET', `/v1/listings/${listing.id}`)).status).toBe(404);

  await page.getByRole('tab', { name: 'Rejected' }).click();
  await page.getByTestId(`listing-row-${listing.id}`).getByText('Medicines cannot be sold here').waitFor();
});

test('a moderator bulk-approves two listings and undoes it from the notification', async () => {
  const seller = await registerUser(request);
  const a = await makeListing(request, seller, { title: 'Oak chair' });
  const b = await makeListing(request, seller, { title: 'Oak table' });

  await page.goto(`${app.url}/console/listings`);
  for (const id of [a.id, b.id]) await page.getByTestId(`listing-row-${id}`).getByRole('checkbox').check();
  await page.getByTestId('bulk-approve').click();
  await page.getByTestId('note-submit').click();
  await page.getByTestId(`listing-row-${a.id}`).waitFor({ state: 'detached' });
  await page.getByTestId(`listing-row-${b.id}`).waitFor({ state: 'detached' });
  expect((await request('GET', `/v1/listings/${a.id}`)).body.status).toBe('active');
  expect((await request('GET', `/v1/listings/${b.id}`)).body.status).toBe('active');
  await screenshot(page, 'listings-bulk-approved');

  await page.getByTestId('undo-batch').click();
  await page.getByText('Undone: 2 restored').waitFor();
  await page.getByTestId(`listing-row-${a.id}`).waitFor();
  expect((await ownListing(seller, a.id)).status).toBe('pending_review');
  expect((await ownListing(seller, b.id)).status).toBe('pending_review');
  expect((await request('GET', `/v1/listings/${b.id}`)).status).toBe(404);
});

test('a moderator actions a report: the reported user is suspended', async () => {
  const target = await registerUser(request);
  const reporter = await registerUser(request);
  const report = (
    await request('POST', '/v1/reports', { token: reporter.token, body: { target_type: 'user', target_id: target.id, reason: 'fraud', note: 'Asked me to pay outside' } })
  ).body;

  await page.goto(`${app.url}/console/reports`);
  const row = page.getByTestId(`report-row-${report.id}`);
  await row.waitFor();
  await screenshot(page, 'reports');
  await row.getByTestId('report-suspend_user').click();
  await page.getByLabel('Note').fill('Off-platform payment scam');
  await page.getByTestId('note-submit').click();
  await row.waitFor({ state: 'detached' });

  expect((await request('GET', '/v1/me', { token: target.token })).status).toBe(401);
  const history = await request('GET', `/v1/admin/users/${target.id}/moderation`, { token: moderator.token });
  expect(history.body).toMatchObject({ suspended_at: expect.any(String), data: [{ action: 'suspend', reason: 'Off-platform payment scam' }] });
  const decided = await request('GET', '/v1/admin/reports?status=actioned&limit=100', { token: moderator.token });
  expect(decided.body.data.find((r: { id: string }) => r.id === report.id)).toMatchObject({ action: 'suspend_user', decided_by: moderator.id });
});

test('a moderator views an identity document and approves it: the user is verified', async () => {
  const user = await registerUser(request);
  // A real (8×8, grey) PNG, so the viewer renders it.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAAAAADhZOFXAAAAEklEQVR4nGNkYGBgYGBgYGAAAAAMAAHmQrRkAAAAAElFTkSuQmCC', 'base64');
  const doc = (
    await request('POST', '/v1/me/identity-documents', { token: user.token, body: { kind: 'id_card', content_type: 'image/png', content_base64: png.toString('base64') } })
  ).body;

  await page.goto(`${app.url}/console/identity`);
  const row = page.getByTestId(`document-row-${doc.id}`);
  await row.waitFor();
  await screenshot(page, 'identity');
  await row.getByTestId('document-view').click();
  const img = page.getByTestId('document-content').locator('img');
  await img.waitFor();
  // The decrypted bytes decode as the uploaded image.
  expect(await img.evaluate((el: HTMLImageElement) => el.decode().then(() => el.naturalWidth))).toBe(8);
  // The modal zooms in; let the animation finish so the screenshot shows it.
  await page.waitForTimeout(500);
  await screenshot(page, 'identity-document');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await page.getByTestId('document-content').waitFor({ state: 'detached' });
  await row.getByTestId('document-approve').click();
  await page.getByTestId('note-submit').click();
  await row.waitFor({ state: 'detached' });

  expect((await request('GET', '/v1/me', { token: user.token })).body.identity_verified_at).toEqual(expect.any(String));
  const views = await app.ctx.db.selectFrom('audit_log').select('actor_id').where('entity_id', '=', doc.id).where('action', '=', 'identity_document.viewed').execute();
  expect(views).toEqual([{ actor_id: moderator.id }]);
});
