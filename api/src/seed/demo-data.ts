import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { AppContext } from '../context';
import { inTransaction } from '../db/transaction';
import { DomainError } from '../errors';
import { openBuyerDispute } from '../modules/trust-safety/disputes';
import { decideFraudCase } from '../modules/trust-safety/fraud-cases';
import { decideListing } from '../modules/trust-safety/listing-moderation';
import { Rng, generateListing } from '@agora/fraud-models';
import { createListing, findListing } from '../modules/marketplace/listings';
import { addListingImages } from '../modules/marketplace/listing-images';
import { cancelOrder, completeOrder, completedSalesOf, confirmDelivery, createOrder, loadGuardFacts, lockOrder, recordTransition, shipOrder } from '../modules/marketplace/orders';
import { payOrder } from '../modules/money/checkout';
import { createSeedAccount, ensureStaffAccount } from '../modules/marketplace/users';
import { proposeDemoPromotion } from './demo-model-promotion';
import { seedStreamActivity } from './demo-stream';
import { demoPhoto } from './demo-photos';
import { seedTrustAndSafety } from './demo-trust-safety';
import { DEMO_CARRIERS, DEMO_SHIP_TO, demoTrackingNumber } from './demo-shipping';

const USERS = 60;
const ORDERS = 330;
const SPARE_LISTINGS = 120;
// Share of listings with a photo (one each: every photo costs a decode and three encodes at seeding).
const PHOTO_SHARE = 0.7;
// Spare listings whose seller reuses another seller's photo, for moderators to find (flag photo_reused).
const REUSED_PHOTOS = 2;
// A photo the safety model calls unsafe, for moderators to find (flag unsafe_image). Not a real explicit
// picture: the test fixture that gradient ascent made of a grey one (api/test/fixtures/images/make-fixtures.ts).
const UNSAFE_PHOTO = path.resolve(__dirname, '../../test/fixtures/images/unsafe.png');
const DAY = 86_400_000;
const STAFF_EMAIL = 'staff@agora.local';

// Weighted target statuses for demo orders; every order status appears.
const TARGETS: [string, number][] = [
  ['completed', 40],
  ['delivered', 10],
  ['shipped', 12],
  ['paid', 10],
  ['initiated', 6],
  ['pending_payment', 3],
  ['cancelled', 7],
  ['disputed', 5],
  ['refunded', 3],
  ['open_case', 4],
];

function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface DemoStaff {
  email: string;
  password: string;
}

/** The demo staff login: a random password made once per data directory, never a well-known one. */
export async function demoStaff(ctx: AppContext): Promise<DemoStaff> {
  const file = path.join(ctx.config.DATA_DIR, 'demo-staff.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DemoStaff;
  const staff = { email: STAFF_EMAIL, password: randomBytes(12).toString('base64url') };
  mkdirSync(ctx.config.DATA_DIR, { recursive: true });
  await ensureStaffAccount(ctx, staff.email, staff.password, 'Demo Staff');
  writeFileSync(file, JSON.stringify(staff), { mode: 0o600 });
  return staff;
}

export async function isEmpty(ctx: AppContext): Promise<boolean> {
  const row = await ctx.db.selectFrom('orders').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/**
 * Demo marketplace over the last 30 days, written through the real services (so the ledger, outbox,
 * risk scores and cases are all genuine) with a clock that walks through the past.
 */
export async function seedDemoData(ctx: AppContext): Promise<Record<string, number>> {
  const random = prng(20261121);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const end = ctx.clock.now().getTime();
  let now = end - 45 * DAY;
  // The demo's sellers are all new: auto-approve lets their listings go live; flagged ones still wait.
  const seedCtx: AppContext = { ...ctx, config: { ...ctx.config, LISTING_AUTO_APPROVE: true }, clock: { now: () => new Date(now) } };
  const staff = await demoStaff(ctx);
  const staffId = (await ctx.db.selectFrom('users').select('id').where('email', '=', staff.email).executeTakeFirstOrThrow()).id;

  const users: string[] = [];
  for (let i = 0; i < USERS; i++) {
    now = end - 45 * DAY + i * 3_600_000;
    const user = await createSeedAccount(seedCtx, { email: `demo${i}@agora.local`, password: randomBytes(12).toString('base64url'), display_name: `Demo User ${i}` });
    users.push(user.id);
  }

  // Realistic listings per category (titles, brands, sizes, cities) from the generator the category model trains on.
  const listingRng = new Rng(20261207);
  // Photos draw from their own sequence: the rest of the demo stays what it was without them.
  const photoRandom = prng(20261207);
  const photos: { sellerId: string; bytes: Buffer }[] = [];
  const listingFor = async (sellerId: string, at: number) => {
    now = at;
    const { category, title, description, condition, attributes, location, priceEur } = generateListing(listingRng);
    const currency = random() < 0.8 ? 'EUR' : random() < 0.5 ? 'USD' : 'GBP';
    const listing = await createListing(
      seedCtx,
      sellerId,
      { title, description, price: { amount: priceEur, currency }, category, condition, attributes, location },
      completedSalesOf,
    );
    if (photoRandom() >= PHOTO_SHARE) return listing;
    const bytes = await demoPhoto(title, photoRandom);
    await addListingImages(seedCtx, sellerId, listing.id, [{ filename: 'photo.jpg', bytes }]);
    photos.push({ sellerId, bytes });
    return (await findListing(ctx.db, listing.id))!;
  };

  const total = TARGETS.reduce((s, [, w]) => s + w, 0);
  const statusFor = () => {
    let r = random() * total;
    for (const [status, w] of TARGETS) if ((r -= w) < 0) return status;
    return 'completed';
  };

  let orders = 0;
  for (let i = 0; i < ORDERS; i++) {
    const target = statusFor();
    // Unpaid orders expire after a few minutes, so the demo's are recent; older timers fire at start.
    const start = target === 'initiated' ? end - random() * 10 * 60_000 : end - 30 * DAY + random() * 29 * DAY;
    const sellerId = pick(users);
    let buyerId = pick(users);
    while (buyerId === sellerId) buyerId = pick(users);
    let listing = await listingFor(sellerId, start - random() * 10 * DAY);
    // A listing about to be sold must be live: the demo staff approves a flagged one first.
    if (listing.status === 'pending_review') listing = await decideListing(seedCtx, staffId, listing.id, 'approve', null);
    now = start;
    const order = await createOrder(seedCtx, buyerId, listing.id);
    orders++;
    const at = (offset: number) => (now = Math.min(end - 60_000, start + offset));
    try {
      if (target === 'initiated') continue;
      if (target === 'cancelled') {
        at(3_600_000);
        await cancelOrder(seedCtx, buyerId, order.id);
        continue;
      }
      if (target === 'pending_payment') {
        at(60_000);
        await stallPayment(seedCtx, order.id, buyerId);
        continue;
      }
      at(5 * 60_000);
      const method = target === 'refunded' || target === 'open_case' ? 'pm_card_riskLevelElevated' : 'pm_card_visa';
      await payOrder(seedCtx, buyerId, order.id, { paymentMethod: method, shipTo: DEMO_SHIP_TO, emailVerified: true });
      if (target === 'open_case' || target === 'paid') continue;
      if (target === 'refunded') {
        at(6 * 3_600_000);
        const fraudCase = await ctx.db.selectFrom('fraud_cases').select('id').where('order_id', '=', order.id).executeTakeFirstOrThrow();
        await decideFraudCase(seedCtx, staffId, fraudCase.id, 'confirm_fraud', 'Demo: confirmed stolen card.');
        // Confirming fraud suspends the seller: they trade no more in the demo either.
        users.splice(users.indexOf(sellerId), 1);
        continue;
      }
      at(DAY + random() * DAY);
      const carrier = pick(DEMO_CARRIERS);
      await shipOrder(seedCtx, sellerId, order.id, { carrier, tracking_number: demoTrackingNumber(carrier, random) });
      if (target === 'shipped') continue;
      if (target === 'disputed') {
        at(4 * DAY);
        await openBuyerDispute(seedCtx, buyerId, order.id, { reason: 'not_as_described', description: 'Demo dispute.' });
        continue;
      }
      at(3 * DAY + random() * DAY);
      await confirmDelivery(seedCtx, buyerId, order.id);
      if (target === 'delivered') continue;
      at(4 * DAY + random() * DAY);
      await completeOrder(seedCtx, buyerId, order.id);
    } catch (err) {
      // The model may block or decline a demo payment; that order simply ends where the flow left it.
      if (!(err instanceof DomainError) || err.kind !== 'payment_declined') throw err;
    }
  }

  for (let i = 0; i < SPARE_LISTINGS; i++) await listingFor(pick(users), end - random() * 30 * DAY);
  for (const original of photos.slice(0, REUSED_PHOTOS)) {
    // Another seller lists with the photo, recompressed as a copy from the web would be: held as photo_reused.
    const thief = users.find((u) => u !== original.sellerId)!;
    const listing = await listingFor(thief, end - random() * DAY);
    const copy = await sharp(original.bytes).resize(400).jpeg({ quality: 70 }).toBuffer();
    await addListingImages(seedCtx, thief, listing.id, [{ filename: 'copy.jpg', bytes: copy }]);
  }
  const posterSeller = pick(users);
  const poster = await listingFor(posterSeller, end - random() * DAY);
  await addListingImages(seedCtx, posterSeller, poster.id, [{ filename: 'poster.png', bytes: readFileSync(UNSAFE_PHOTO) }]);
  const trustAndSafety = await seedTrustAndSafety(ctx, users, staffId);
  const stream = await seedStreamActivity(ctx, users[users.length - 1]!, staffId);
  const promotion = await proposeDemoPromotion(ctx, staffId);
  return { users: USERS, listings: ORDERS + SPARE_LISTINGS + REUSED_PHOTOS + 1, orders, photos: photos.length + REUSED_PHOTOS + 1, ...trustAndSafety, ...stream, ...promotion };
}

/** A payment that started and never heard back from the provider, as after a crash: the recovery job settles it. */
async function stallPayment(ctx: AppContext, orderId: string, buyerId: string): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    const now = ctx.clock.now();
    const order = (await lockOrder(trx, orderId))!;
    const facts = await loadGuardFacts(trx, ctx, order, 'start_payment', now);
    await recordTransition(trx, order, 'start_payment', { actor: 'buyer', actorId: buyerId, now, config: ctx.config, keyring: ctx.keyring, facts });
    await trx
      .insertInto('payment_attempts')
      .values({
        order_id: order.id,
        attempt: 1,
        idempotency_key: `order:${order.id}:attempt:1`,
        payment_method: 'pm_card_visa',
        amount: order.amount,
        currency: order.currency,
        status: 'started',
        created_at: now,
      })
      .execute();
  });
}
