import { type Request, type TestApp, type TestUser, client, expectProblem, makeListing, makeStaff, registerUser, startTestApp } from '../../test/harness';
import { imageFixture } from '../../test/image-fixtures';

// Listings go live at once here (LISTING_AUTO_APPROVE): only a photo's verdict sends one to review.
let app: TestApp;
let request: Request;
let moderator: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
  moderator = await makeStaff(app, ['moderator']);
});
afterAll(() => app.close());

async function upload(seller: TestUser, listingId: string, name: string) {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(await imageFixture(name))]), name);
  const res = await fetch(`${app.url}/v1/listings/${listingId}/images`, { method: 'POST', headers: { authorization: `Bearer ${seller.token}` }, body: form });
  return res.status;
}

const adminView = (id: string, token = moderator.token) => request('GET', `/v1/admin/listings/${id}`, { token });

test('an unsafe photo sends a live listing to review with unsafe_image and its verdict; a safe one leaves it live', async () => {
  const seller = await registerUser(request);
  const listing = await makeListing(request, seller, { title: 'Framed print' });
  expect(listing.status).toBe('active');

  expect(await upload(seller, listing.id, 'safe.png')).toBe(201);
  const afterSafe = await adminView(listing.id);
  expect(afterSafe.body).toMatchObject({ status: 'active', flags: [] });
  expect(afterSafe.body.images[0].safety).toEqual({ label: 'Neutral', score: expect.any(Number), unsafe: false });
  expect(afterSafe.body.images[0].safety.score).toBeLessThan(0.1);

  expect(await upload(seller, listing.id, 'unsafe.png')).toBe(201);
  const afterUnsafe = await adminView(listing.id);
  expect(afterUnsafe.body).toMatchObject({ status: 'pending_review', flags: ['unsafe_image'] });
  expect(afterUnsafe.body.images.map((i: any) => i.safety.unsafe)).toEqual([false, true]);
  expect(afterUnsafe.body.images[1].safety).toEqual({ label: 'Porn', score: expect.any(Number), unsafe: true });
  expect(afterUnsafe.body.images[1].safety.score).toBeGreaterThan(0.9);
  // Out of public view until a moderator looks at it.
  expect((await request('GET', `/v1/listings/${listing.id}`)).status).toBe(404);
});

test('GET /v1/admin/listings/{id} shows any listing to moderators, never their own, and 404s an unknown one', async () => {
  const seller = await registerUser(request);
  const listing = await makeListing(request, seller, { title: 'Oak stool' });
  const view = await adminView(listing.id);
  expect(view.status).toBe(200);
  expect(view.body).toMatchObject({ id: listing.id, title: 'Oak stool', seller: { id: seller.id }, open_reports: 0, images: [] });

  const own = await makeListing(request, moderator, { title: 'My own stool' });
  expectProblem(await adminView(own.id), 404);
  expectProblem(await adminView('00000000-0000-4000-8000-000000000000'), 404);
  expectProblem(await adminView('not-a-uuid'), 400, 'params.id');
  expectProblem(await adminView(listing.id, seller.token), 403);
});
