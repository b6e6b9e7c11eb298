import { readdirSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { sql } from 'kysely';
import sharp from 'sharp';
import {
  DAY,
  MINUTE,
  type Request,
  type TestApp,
  type TestUser,
  client,
  expectProblem,
  makeListing,
  makeStaff,
  orderAt,
  manualClock,
  registerUser,
  startTestApp,
  SHIP_TO,
} from '../../test/harness';
import { type SmtpSink, startSmtpSink } from '../../test/smtp';
import { runDueJobs } from '../src/jobs';
import { runDataExports } from '../src/modules/marketplace/account-data';
import { sealAuditBacklog, trustedAuditKeys, verifyAuditChain } from '../src/modules/platform/audit';

const { clock, advance } = manualClock();

let app: TestApp;
let sink: SmtpSink;
let request: Request;
let alice: TestUser;
let bob: TestUser;
let orderId: string;
let soldListingId: string;
let openListingId: string;
let exportId: string;
const photoKeys: Record<string, string[]> = {};
const mediaFiles = () => readdirSync(path.join(app.ctx.config.MEDIA_DIR, 'listings'));

const PASSWORD = 'correct horse battery';
const aliceProfile = {
  legal_name: 'Alice Quillfeather-Marchbanks',
  address: { line1: '12 Rue des Tilleuls', city: 'Lyon', postal_code: '69001', country: 'FR' },
  phone: '+33612345678',
};
const alicePayout = { account_holder: 'Alice Quillfeather-Marchbanks', iban: 'DE89 3704 0044 0532 0130 00' };
// Bob's private data must never appear in Alice's export.
const bobProfile = { legal_name: 'Robert Zanzibar-Oakenshield', address: { line1: '9 Via Verdi', city: 'Milano', postal_code: '20121', country: 'IT' }, phone: '+393331234567' };
const bobPayout = { account_holder: 'Robert Zanzibar-Oakenshield', iban: 'GB29 NWBK 6016 1331 9268 19' };

beforeAll(async () => {
  sink = await startSmtpSink();
  app = await startTestApp({ clock, env: { SMTP_URL: sink.url, SESSION_TTL_HOURS: '100000', PAYOUT_MIN_AMOUNT: '500' } });
  request = client(app.url);
  [alice, bob] = await Promise.all([registerUser(request, { display_name: 'Alice' }), registerUser(request, { display_name: 'Bob' })]);
  for (const [user, profile, payout] of [
    [alice, aliceProfile, alicePayout],
    [bob, bobProfile, bobPayout],
  ] as const) {
    expect((await request('PUT', '/v1/me/profile', { token: user.token, body: profile })).status).toBe(200);
    expect((await request('PUT', '/v1/me/payout-details', { token: user.token, body: payout })).status).toBe(200);
  }
  soldListingId = (await makeListing(request, alice, { title: 'Brass telescope' })).id;
  // A minute apart: the export lists in time order.
  advance(MINUTE);
  openListingId = (await makeListing(request, alice, { title: 'Oak bookshelf' })).id;
  // A photo on each: the sold one's is kept with Bob's order, the open one's goes with the account.
  for (const [listingId, shade] of [
    [soldListingId, 'navy'],
    [openListingId, 'olive'],
  ] as const) {
    const form = new FormData();
    const bytes = await sharp({ create: { width: 320, height: 240, channels: 3, background: shade } })
      .composite([{ input: { create: { width: 100, height: 80, channels: 3, background: 'white' } }, left: 40, top: 30 }])
      .png()
      .toBuffer();
    form.append('files', new Blob([bytes]), 'photo.png');
    const res = await fetch(`${app.url}/v1/listings/${listingId}/images`, { method: 'POST', headers: { authorization: `Bearer ${alice.token}` }, body: form });
    expect(res.status).toBe(201);
    photoKeys[listingId] = ((await res.json()) as { data: { variants: { url: string }[] }[] }).data[0]!.variants.map((v) => v.url.split('/').pop()!);
  }
  expect((await request('PATCH', '/v1/me/public-profile', { token: alice.token, body: { bio: 'Optics and old wood', city: 'Nantes', country: 'FR' } })).status).toBe(200);
  const pest = await registerUser(request, { display_name: 'Pest' });
  expect((await request('POST', '/v1/me/blocks', { token: alice.token, body: { user_id: pest.id } })).status).toBe(201);
  const order = await request('POST', '/v1/orders', { token: bob.token, body: { listing_id: soldListingId } });
  orderId = order.body.id;
  expect((await request('POST', `/v1/orders/${orderId}/pay`, { token: bob.token, body: { payment_method: 'pm_card_visa', shipping_address: SHIP_TO } })).body.status).toBe('paid');
  expect((await request('POST', `/v1/orders/${orderId}/messages`, { token: bob.token, body: { body: 'Is the lens cap included?' } })).status).toBe(201);
  advance(MINUTE);
  expect((await request('POST', `/v1/orders/${orderId}/messages`, { token: alice.token, body: { body: 'Yes, and the tripod.' } })).status).toBe(201);
});
afterAll(async () => {
  await app.close();
  await sink.close();
});

const stepUp = async (user: TestUser) => expect((await request('POST', '/v1/auth/step-up', { token: user.token, body: { password: PASSWORD } })).status).toBe(204);
const balanceOf = async (user: TestUser) => (await request('GET', '/v1/me/balance', { token: user.token })).body.balances;
const obligationsOf = (res: { body: any }) => res.body.errors.map((e: { field: string }) => e.field).sort();

async function exportOf(user: TestUser): Promise<Record<string, string>> {
  const requested = await request('POST', '/v1/me/export', { token: user.token });
  expect(requested).toMatchObject({ status: 202, body: { status: 'pending', completed_at: null, size_bytes: null } });
  await runDataExports(app.ctx);
  const ready = await request('GET', `/v1/me/exports/${requested.body.id}`, { token: user.token });
  expect(ready).toMatchObject({ status: 200, body: { id: requested.body.id, status: 'ready', size_bytes: expect.any(Number) } });
  const res = await fetch(`${app.url}/v1/me/exports/${requested.body.id}/download`, { headers: { authorization: `Bearer ${user.token}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/zip');
  expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="agora-data-\d{4}-\d{2}-\d{2}\.zip"$/);
  const zip = new Uint8Array(await res.arrayBuffer());
  expect(zip.length).toBe(ready.body.size_bytes);
  exportId = requested.body.id;
  return Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

describe('data export', () => {
  test('is built by the worker; until then it is pending and cannot be downloaded, and asking again returns the same one', async () => {
    const first = await request('POST', '/v1/me/export', { token: bob.token });
    expect(first).toMatchObject({ status: 202, body: { id: expect.any(String), status: 'pending', requested_at: expect.any(String) } });
    expect((await request('POST', '/v1/me/export', { token: bob.token })).body.id).toBe(first.body.id);
    expect((await request('GET', `/v1/me/exports/${first.body.id}`, { token: bob.token })).body.status).toBe('pending');
    expectProblem(await request('GET', `/v1/me/exports/${first.body.id}/download`, { token: bob.token }), 404);
    expect(await runDataExports(app.ctx)).toMatchObject({ built: 1, failed: 0 });
    expect((await request('GET', `/v1/me/exports/${first.body.id}`, { token: bob.token })).body.status).toBe('ready');
    // Built: a new request queues a new export.
    const second = await request('POST', '/v1/me/export', { token: bob.token });
    expect(second.body.id).not.toBe(first.body.id);
    await runDataExports(app.ctx);
  });

  test('holds the user’s own data from every module, payout details decrypted, and nothing private of anyone else', async () => {
    const files = await exportOf(alice);
    expect(Object.keys(files).sort()).toEqual(
      [
        'README.txt',
        'addresses.json',
        'blocks.json',
        'disputes.json',
        'favourites.json',
        'ledger.json',
        'listing-photos.json',
        'listings.json',
        'messages.json',
        'notification-preferences.json',
        'notifications.json',
        'offers.json',
        'orders.json',
        'profile.json',
        'reviews.json',
        'saved-searches.json',
        'security-events.json',
        'sessions.json',
        'sign-in-providers.json',
        'two-step-verification.json',
      ].sort(),
    );
    for (const name of Object.keys(files).filter((n) => n.endsWith('.json'))) expect(files['README.txt']).toContain(name);

    const profile = JSON.parse(files['profile.json']!);
    expect(profile.account).toMatchObject({ id: alice.id, email: alice.email, display_name: 'Alice' });
    expect(profile.account).not.toHaveProperty('password_hash');
    expect(profile.private_profile).toMatchObject(aliceProfile);
    expect(profile.public_profile).toMatchObject({ bio: 'Optics and old wood', city: 'Nantes', country: 'FR' });
    expect(JSON.parse(files['blocks.json']!)).toEqual([expect.objectContaining({ id: expect.any(String), display_name: 'Pest' })]);
    expect(profile.payout_details).toMatchObject({ account_holder: alicePayout.account_holder, iban: alicePayout.iban.replace(/ /g, ''), country: 'DE' });
    // …while the database holds it sealed.
    const stored = await app.ctx.db.selectFrom('payout_details').select('details').where('user_id', '=', alice.id).executeTakeFirstOrThrow();
    expect(stored.details.toString('latin1')).not.toContain(alicePayout.iban.replace(/ /g, ''));
    expect(stored.details.toString('latin1')).not.toContain(alicePayout.account_holder);
    // The stored archive is sealed too: no zip signature, no readable file name.
    const archive = await app.ctx.db.selectFrom('data_exports').select('archive_enc').where('id', '=', exportId).executeTakeFirstOrThrow();
    expect(archive.archive_enc!.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))).toBe(false);
    expect(archive.archive_enc!.toString('latin1')).not.toContain('profile.json');

    const listings = JSON.parse(files['listings.json']!);
    expect(listings.map((l: { id: string; status: string }) => [l.id, l.status])).toEqual([
      [soldListingId, 'reserved'],
      [openListingId, 'active'],
    ]);
    const photos = JSON.parse(files['listing-photos.json']!);
    expect(photos.map((p: { listing_id: string; variants: unknown[] }) => [p.listing_id, p.variants.length])).toEqual(
      [
        [soldListingId, 3],
        [openListingId, 3],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    const [order] = JSON.parse(files['orders.json']!);
    expect(order).toMatchObject({ id: orderId, role: 'seller', buyer_id: bob.id, seller_id: alice.id, status: 'paid', listing_title: 'Brass telescope' });
    expect(order.history.map((h: { to_status: string }) => h.to_status)).toEqual(['initiated', 'pending_payment', 'paid']);
    expect(JSON.parse(files['messages.json']!).map((m: { author_id: string; body: string }) => [m.author_id, m.body])).toEqual([
      [bob.id, 'Is the lens cap included?'],
      [alice.id, 'Yes, and the tripod.'],
    ]);
    expect(JSON.parse(files['reviews.json']!)).toEqual({ written: [], received: [] });
    expect(JSON.parse(files['disputes.json']!)).toEqual([]);
    // Bob's question told Alice (message.received); her own answer did not. The payment told her too (order.paid).
    const notifications = JSON.parse(files['notifications.json']!) as { type: string; data: { preview?: string; order_id?: string } }[];
    expect(notifications.filter((n) => n.type === 'message.received').map((n) => n.data.preview)).toEqual(['Is the lens cap included?']);
    expect(notifications.filter((n) => n.type === 'order.paid').map((n) => n.data.order_id)).toEqual([orderId]);
    expect(JSON.parse(files['notification-preferences.json']!)).toMatchObject({ quiet_hours: null, time_zone: 'UTC' });
    const ledger = JSON.parse(files['ledger.json']!);
    expect(ledger.length).toBeGreaterThan(0);
    expect(ledger.every((l: { account: string }) => l.account.endsWith(orderId) || l.account === `available:${alice.id}`)).toBe(true);
    expect(ledger.reduce((sum: number, l: { amount: number }) => sum + l.amount, 0)).toBe(11_250);
    expect(Array.isArray(JSON.parse(files['security-events.json']!))).toBe(true);
    const sessions = JSON.parse(files['sessions.json']!);
    expect(sessions.length).toBeGreaterThan(0);
    for (const s of sessions) expect(Object.keys(s).sort()).toEqual(['created_at', 'expires_at', 'id', 'last_seen_at', 'network', 'revoked_at', 'user_agent']);

    const everything = Object.values(files).join('\n');
    for (const secret of [bob.email, bobProfile.legal_name, bobProfile.phone, bobProfile.address.line1, bobPayout.iban.replace(/ /g, ''), 'token_hash', 'password_hash']) {
      expect(everything).not.toContain(secret);
    }
  });

  test('another user’s export is not found, for its status and its download', async () => {
    expectProblem(await request('GET', `/v1/me/exports/${exportId}`, { token: bob.token }), 404);
    expectProblem(await request('GET', `/v1/me/exports/${exportId}/download`, { token: bob.token }), 404);
    expectProblem(await request('GET', `/v1/me/exports/${exportId}`), 401);
    expectProblem(await request('GET', '/v1/me/exports/not-a-uuid', { token: alice.token }), 400, 'params.id');
  });

  test('one that cannot be built is marked failed, not retried forever; the user can ask again', async () => {
    const erin = await registerUser(request);
    expect((await request('PUT', '/v1/me/payout-details', { token: erin.token, body: alicePayout })).status).toBe(200);
    // A sealed value that no longer opens (tampered with, or its master key gone).
    await sql`UPDATE payout_details SET details = set_byte(details, 40, get_byte(details, 40) # 1) WHERE user_id = ${erin.id}`.execute(app.ctx.db);
    const requested = await request('POST', '/v1/me/export', { token: erin.token });
    expect(await runDataExports(app.ctx)).toMatchObject({ built: 0, failed: 1 });
    expect((await request('GET', `/v1/me/exports/${requested.body.id}`, { token: erin.token })).body).toMatchObject({ status: 'failed', size_bytes: null });
    expectProblem(await request('GET', `/v1/me/exports/${requested.body.id}/download`, { token: erin.token }), 404);
    expect(await runDataExports(app.ctx)).toMatchObject({ built: 0, failed: 0 });
    expect((await request('POST', '/v1/me/export', { token: erin.token })).body).toMatchObject({ status: 'pending' });
    expect((await request('POST', '/v1/me/export', { token: erin.token })).body.id).not.toBe(requested.body.id);
    await runDataExports(app.ctx);
  });

  test('expires: the worker deletes it after DATA_EXPORT_TTL_DAYS', async () => {
    const carol = await registerUser(request);
    const requested = await request('POST', '/v1/me/export', { token: carol.token });
    await runDataExports(app.ctx);
    advance(7 * DAY - MINUTE);
    await runDataExports(app.ctx);
    expect((await request('GET', `/v1/me/exports/${requested.body.id}`, { token: carol.token })).body.status).toBe('ready');
    advance(2 * MINUTE);
    expect((await runDataExports(app.ctx)).deleted).toBeGreaterThanOrEqual(1);
    expectProblem(await request('GET', `/v1/me/exports/${requested.body.id}`, { token: carol.token }), 404);
    expectProblem(await request('GET', `/v1/me/exports/${requested.body.id}/download`, { token: carol.token }), 404);
  });
});

describe('account deletion', () => {
  test('needs a fresh step-up', async () => {
    // Signing in stepped the session up; past STEP_UP_MINUTES that no longer holds.
    advance(11 * MINUTE);
    expectProblem(await request('DELETE', '/v1/me', { token: alice.token }), 403);
    expect((await request('DELETE', '/v1/me', { token: alice.token })).body.code).toBe('step_up_required');
    expect((await request('GET', '/v1/me', { token: alice.token })).status).toBe(200);
  });

  test('is refused while an order is open and its money is in escrow, naming each', async () => {
    await stepUp(alice);
    const res = await request('DELETE', '/v1/me', { token: alice.token });
    expectProblem(res, 409);
    expect(res.body.code).toBe('account_has_open_obligations');
    expect(obligationsOf(res)).toEqual(['escrow', 'open_orders']);
    expect(res.body.errors.find((e: { field: string }) => e.field === 'open_orders').message).toContain(orderId);
    // Refused means untouched: the listing that was closed first is open again.
    expect((await request('GET', `/v1/listings/${openListingId}`)).body.status).toBe('active');
    // The buyer is held too.
    await stepUp(bob);
    expect(obligationsOf(await request('DELETE', '/v1/me', { token: bob.token }))).toEqual(['open_orders']);
  });

  test('is refused while a dispute is open; the dispute is in the buyer’s export', async () => {
    const dave = await registerUser(request);
    const { id } = await orderAt(request, 'delivered', { buyer: dave });
    const dispute = await request('POST', `/v1/orders/${id}/dispute`, { token: dave.token, body: { reason: 'not_as_described', description: 'The strap is missing' } });
    expect(dispute.status).toBe(200);
    const disputeId = dispute.body.dispute.id;
    expect((await request('POST', `/v1/disputes/${disputeId}/messages`, { token: dave.token, body: { body: 'Photos attached soon' } })).status).toBe(201);
    const files = await exportOf(dave);
    expect(JSON.parse(files['notifications.json']!)).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'dispute.opened', data: expect.objectContaining({ dispute_id: disputeId }) })]),
    );
    const [exported] = JSON.parse(files['disputes.json']!);
    expect(exported).toMatchObject({ id: disputeId, order_id: id, description: 'The strap is missing', messages: [{ author_id: dave.id, body: 'Photos attached soon' }] });
    const res = await request('DELETE', '/v1/me', { token: dave.token });
    expect(obligationsOf(res)).toEqual(['open_disputes', 'open_orders']);
    expect(res.body.errors.find((e: { field: string }) => e.field === 'open_disputes').message).toContain(disputeId);
  });

  test('is refused to staff: an administrator removes the roles first', async () => {
    const moderator = await makeStaff(app, ['moderator']);
    const res = await request('DELETE', '/v1/me', { token: moderator.token });
    expect(res).toMatchObject({ status: 409, body: { code: 'account_has_open_obligations' } });
    expect(obligationsOf(res)).toEqual(['staff_roles']);
  });

  test('is refused while the seller has a balance awaiting payout, then allowed once it is paid out', async () => {
    await request('POST', `/v1/orders/${orderId}/ship`, { token: alice.token, body: { carrier: 'DHL', tracking_number: '1234567890' } });
    await request('POST', `/v1/orders/${orderId}/confirm-delivery`, { token: bob.token });
    expect((await request('POST', `/v1/orders/${orderId}/complete`, { token: bob.token })).body.status).toBe('completed');
    const review = { rating: 5, communication: 5, text: 'Smooth sale, paid at once' };
    expect((await request('POST', `/v1/orders/${orderId}/reviews`, { token: alice.token, body: { ...review, payment: 5 } })).status).toBe(201);
    expect(
      (await request('POST', `/v1/orders/${orderId}/reviews`, { token: bob.token, body: { ...review, text: 'As described, well packed', item_as_described: 5, shipping: 5 } }))
        .status,
    ).toBe(201);
    await stepUp(alice);
    expect(obligationsOf(await request('DELETE', '/v1/me', { token: alice.token }))).toEqual(['escrow']);

    advance(15 * DAY);
    await runDueJobs(app.ctx);
    expect(await balanceOf(alice)).toEqual([{ currency: 'EUR', pending: 0, available: 11_250 }]);
    await stepUp(alice);
    const refused = await request('DELETE', '/v1/me', { token: alice.token });
    expect(obligationsOf(refused)).toEqual(['balance']);
    expect(refused.body.errors[0].message).toContain('11250 EUR');

    expect((await request('POST', '/v1/me/payouts', { token: alice.token, body: { amount: { amount: 11_250, currency: 'EUR' } } })).body.status).toBe('paid');
    const files = await exportOf(alice);
    const reviews = JSON.parse(files['reviews.json']!);
    expect(reviews.written.map((r: { text: string }) => r.text)).toEqual(['Smooth sale, paid at once']);
    expect(reviews.received.map((r: { text: string; author_name: string }) => [r.author_name, r.text])).toEqual([['Bob', 'As described, well packed']]);
  });

  test('erases and pseudonymises the account, keeping orders, ledger, reviews and the audit chain', async () => {
    const postingsBefore = await alicePostings();
    await stepUp(alice);
    expect((await request('DELETE', '/v1/me', { token: alice.token })).status).toBe(204);

    // No credentials left: the old token, the old password and the old address all fail.
    expectProblem(await request('GET', '/v1/me', { token: alice.token }), 401);
    expectProblem(await request('POST', '/v1/auth/login', { body: { email: alice.email, password: PASSWORD } }), 401);
    expectProblem(await request('POST', '/v1/auth/login', { body: { email: `deleted-${alice.id}@deleted.invalid`, password: PASSWORD } }), 401);

    const row = await app.ctx.db.selectFrom('users').selectAll().where('id', '=', alice.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ email: `deleted-${alice.id}@deleted.invalid`, display_name: 'Deleted user', email_verified_at: null, deleted_at: expect.any(Date) });
    expect(row.password_hash.startsWith('scrypt$')).toBe(false);
    for (const table of [
      'user_private_profiles',
      'payout_details',
      'data_exports',
      'account_tokens',
      'notifications',
      'notification_deliveries',
      'notification_preferences',
      'push_subscriptions',
    ] as const) {
      expect(await app.ctx.db.selectFrom(table).select('user_id').where('user_id', '=', alice.id).execute()).toEqual([]);
    }
    expect(await app.ctx.db.selectFrom('sessions').select('id').where('user_id', '=', alice.id).where('revoked_at', 'is', null).execute()).toEqual([]);

    // Listings off the market; the order, the reviews and the money stay, under the pseudonym.
    expectProblem(await request('GET', `/v1/listings/${openListingId}`), 404);
    expect((await request('GET', `/v1/orders/${orderId}`, { token: bob.token })).body).toMatchObject({ status: 'completed', seller_id: alice.id });
    expect((await request('GET', `/v1/users/${bob.id}/reviews`)).body.data.map((r: { author_name: string }) => r.author_name)).toEqual(['Deleted user']);
    expectProblem(await request('GET', `/v1/users/${alice.id}/reviews`), 404);
    expectProblem(await request('GET', `/v1/users/${alice.id}/reputation`), 404);
    expect(await alicePostings()).toEqual(postingsBefore);
    const { rows: unbalanced } = await sql`SELECT currency FROM ledger_postings GROUP BY currency HAVING sum(amount) <> 0`.execute(app.ctx.db);
    expect(unbalanced).toEqual([]);

    const event = await app.ctx.db
      .selectFrom('security_events')
      .select(['kind', 'details'])
      .where('user_id', '=', alice.id)
      .where('kind', '=', 'account_deleted')
      .executeTakeFirstOrThrow();
    expect(event.details).toEqual({ listings_closed: 1 });
    // The open listing's photo files are gone; the sold one's stay, kept with Bob's order for a dispute.
    const files = mediaFiles();
    for (const key of photoKeys[openListingId]!) expect(files).not.toContain(`${key}.webp`);
    for (const key of photoKeys[soldListingId]!) expect(files).toContain(`${key}.webp`);
    await sealAuditBacklog(app.ctx.db);
    const audit = await verifyAuditChain(app.ctx.db, trustedAuditKeys(app.ctx.config));
    expect(audit).toMatchObject({ intact: true, problemCount: 0 });

    // The goodbye goes to the address the account had.
    const mail = await sink.waitFor(alice.email, /account was deleted/);
    expect(mail.text).toContain('Your account was deleted');
    expect(mail.text).toContain('contact support at once');
    expect(mail.text).not.toContain('reset your password');
  });

  test('frees the address: it can register again, as a new account', async () => {
    expect((await request('POST', '/v1/auth/register', { body: { email: alice.email, password: PASSWORD, display_name: 'Alice again' } })).status).toBe(202);
    const login = await request('POST', '/v1/auth/login', { body: { email: alice.email, password: PASSWORD } });
    expect(login.status).toBe(200);
    expect(login.body.user.id).not.toBe(alice.id);
  });
});

function alicePostings() {
  return app.ctx.db
    .selectFrom('ledger_postings')
    .select(['id', 'amount'])
    .where('account_id', 'in', app.ctx.db.selectFrom('ledger_accounts').select('id').where('owner_id', '=', alice.id))
    .orderBy('id')
    .execute();
}
