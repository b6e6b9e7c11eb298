import type { Browser, Page } from 'playwright-core';
import { demoPhoto } from '../../api/src/seed/demo-photos';
import { type Request, type TestApp, type TestUser, client, makeListing, registerUser, startTestApp } from '../../test/harness';
import { launchChromium, registerStaff, screenshot, signedInPage } from './browser';
import { imageFixture } from '../../test/image-fixtures';

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

async function uploadPhotos(seller: TestUser, listingId: string, photos: Buffer[]) {
  const form = new FormData();
  photos.forEach((bytes, i) => form.append('files', new Blob([new Uint8Array(bytes)]), `photo-${i}.png`));
  const res = await fetch(`${app.url}/v1/listings/${listingId}/images`, { method: 'POST', headers: { authorization: `Bearer ${seller.token}` }, body: form });
  expect(res.status).toBe(201);
}

let seed = 7;
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;

test('the review queue shows each photo with its safety verdict, the flags in words, and links a reused photo to the listing it came from', async () => {
  const lamp = await demoPhoto('Walnut desk lamp', random);
  const [first, second, third] = [await registerUser(request), await registerUser(request), await registerUser(request)];
  // The first seller's listing, approved: the photo another seller then copies.
  const original = await makeListing(request, first, { title: 'Walnut desk lamp' });
  await uploadPhotos(first, original.id, [lamp]);
  expect((await request('POST', `/v1/admin/listings/${original.id}/decision`, { token: moderator.token, body: { decision: 'approve' } })).status).toBe(200);
  const copy = await makeListing(request, second, { title: 'Desk lamp, as new' });
  await uploadPhotos(second, copy.id, [lamp]);
  const explicit = await makeListing(request, third, { title: 'Art poster' });
  await uploadPhotos(third, explicit.id, [await imageFixture('safe.png'), await imageFixture('unsafe.png')]);

  await page.goto(`${app.url}/console/listings`);
  const explicitRow = page.getByTestId(`listing-row-${explicit.id}`);
  const copyRow = page.getByTestId(`listing-row-${copy.id}`);
  await explicitRow.waitFor();
  await copyRow.waitFor();

  // The unsafe photo: its verdict, highlighted; the product shot beside it is safe. Both thumbnails load.
  const photos = explicitRow.getByTestId('listing-photo');
  expect(await photos.count()).toBe(2);
  const verdicts = explicitRow.getByTestId('photo-safety');
  expect(await verdicts.nth(0).getAttribute('data-unsafe')).toBe('false');
  expect(await verdicts.nth(0).textContent()).toMatch(/^Neutral · score 0\.0\d$/);
  expect(await verdicts.nth(1).getAttribute('data-unsafe')).toBe('true');
  expect(await verdicts.nth(1).textContent()).toMatch(/^unsafe · Porn · score (0\.9\d|1\.00)$/);
  for (const img of await explicitRow.locator('img').all()) expect(await img.evaluate((el: HTMLImageElement) => el.decode().then(() => el.naturalWidth))).toBeGreaterThan(0);
  await explicitRow.getByTestId('listing-flags').getByText('unsafe photo').waitFor();
  // Readable flags, never the raw codes.
  expect(await explicitRow.getByTestId('listing-flags').textContent()).not.toContain('unsafe_image');

  // The copied photo: flagged in words, linked to the first seller's listing.
  await copyRow.getByTestId('listing-flags').getByText('photo used by another seller').waitFor();
  const link = copyRow.getByTestId('photo-reuse-link');
  expect(await link.getAttribute('href')).toBe(`/console/listings/${original.id}`);
  await screenshot(page, 'listing-review-photos');

  // A thumbnail opens the large variant.
  const large = (await request('GET', '/v1/admin/listings?limit=100', { token: moderator.token })).body.data
    .find((l: any) => l.id === explicit.id)
    .images[1].variants.find((v: any) => v.size === 'large').url;
  await photos.nth(1).locator('.ant-image').click();
  await page.locator(`.ant-image-preview-img[src="${large}"]`).waitFor();
  await page.keyboard.press('Escape');

  await link.click();
  await page.waitForURL(`**/console/listings/${original.id}`);
  const detail = page.getByTestId('listing-detail');
  await detail.waitFor();
  expect(await page.getByText('Walnut desk lamp').first().isVisible()).toBe(true);
  expect(await detail.getByTestId('listing-status').textContent()).toBe('active');
  expect(await detail.getByTestId('listing-photo').count()).toBe(1);
  await screenshot(page, 'listing-show');
});
