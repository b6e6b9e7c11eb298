import type { AppContext } from '../context';
import { addEvidence, openBuyerDispute, postDisputeMessage } from '../modules/trust-safety/disputes';
import { decideListing } from '../modules/trust-safety/listing-moderation';
import { createListing } from '../modules/marketplace/listings';
import { writeOnOrder } from '../modules/marketplace/conversations';
import { completedSalesOf, createOrder, shipOrder } from '../modules/marketplace/orders';
import { payOrder } from '../modules/money/checkout';
import { submitIdentityDocument } from '../modules/marketplace/profiles';
import { createReport } from '../modules/trust-safety/reports';
import { createReview } from '../modules/marketplace/reviews';
import { DEMO_SHIP_TO } from './demo-shipping';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// What buyers write about their sellers; three trip the automatic text flags (contact details, link,
// profanity) and wait in the review queue. The first is reported by its seller.
const BUYER_REVIEWS: { rating: number; text: string }[] = [
  { rating: 1, text: 'Seller is a liar, the item looked nothing like the photos.' },
  { rating: 5, text: 'Exactly as described and shipped the next day. Would buy again.' },
  { rating: 4, text: 'Good item, next time email me at bargains.hunter@mailbox.example directly and skip the fees.' },
  { rating: 5, text: 'Careful packaging, friendly messages. Recommended.' },
  { rating: 3, text: 'Fine, but the same thing is half the price on www.cheap-deals.shop' },
  { rating: 2, text: 'Took two weeks to arrive in a bullshit plastic bag.' },
  { rating: 4, text: 'Works well, small scuff not mentioned in the listing.' },
  { rating: 5, text: 'Smooth deal, thanks!' },
];
const SELLER_REVIEWS = ['Paid at once, easy buyer.', 'Quick payment and clear communication.', 'Friendly buyer, recommended.'];

// A real 8×8 grey PNG, so the identity reviewer's viewer renders something.
const ID_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAAAAADhZOFXAAAAEklEQVR4nGNkYGBgYGBgYGAAAAAMAAHmQrRkAAAAAElFTkSuQmCC';

/**
 * Fills the trust & safety queues after the marketplace is seeded: two-way reviews on recent completed
 * orders (some flagged), reports on a listing, a user, a review and a message, a buyer dispute with its
 * conversation, evidence and the seller's reply, and an identity document awaiting review. All written
 * through the services at fixed offsets before now, so every fresh start looks the same.
 */
export async function seedTrustAndSafety(ctx: AppContext, users: readonly string[], staffId: string) {
  const end = ctx.clock.now().getTime();
  let now = end;
  const c: AppContext = { ...ctx, config: { ...ctx.config, LISTING_AUTO_APPROVE: true }, clock: { now: () => new Date(now) } };
  const at = (t: number) => (now = Math.min(end - 60_000, t));
  const person = (i: number) => users[i % users.length]!;

  // Recent completed orders (still inside the review window) between demo users who still trade.
  const recent = await ctx.db
    .selectFrom('orders')
    .innerJoin('order_status_history as h', 'h.order_id', 'orders.id')
    .select(['orders.id', 'orders.buyer_id', 'orders.seller_id', 'h.created_at as completed_at'])
    .where('orders.status', '=', 'completed')
    .where('h.to_status', '=', 'completed')
    .where('h.created_at', '>', new Date(end - (ctx.config.REVIEW_WINDOW_DAYS - 2) * DAY))
    .where('orders.buyer_id', 'in', users)
    .where('orders.seller_id', 'in', users)
    .orderBy('h.created_at', 'desc')
    .limit(BUYER_REVIEWS.length)
    .execute();
  const reviews = [];
  for (const [i, order] of recent.entries()) {
    const done = order.completed_at.getTime();
    const { rating, text } = BUYER_REVIEWS[i]!;
    at(done + 2 * HOUR);
    const review = await createReview(c, order.buyer_id, order.id, { rating, item_as_described: rating, communication: Math.min(5, rating + 1), shipping: rating, text });
    at(done + 5 * HOUR);
    await createReview(c, order.seller_id, order.id, { rating: 5, communication: 5, payment: 5, text: SELLER_REVIEWS[i % SELLER_REVIEWS.length]! });
    reviews.push({ order, review });
  }

  let reports = 0;
  const report = async (reporterId: string, input: Parameters<typeof createReport>[2]) => {
    await createReport(c, reporterId, input);
    reports++;
  };
  // Both parties reviewed, so the first review is public: its seller reports it as false.
  const [reported, messaged] = reviews;
  if (reported) {
    at(reported.order.completed_at.getTime() + 9 * HOUR);
    await report(reported.order.seller_id, {
      target_type: 'review',
      target_id: reported.review.id,
      reason: 'harassment',
      note: 'This buyer never contacted me about any problem.',
    });
  }
  // A seller tries to move the next deal off the platform; the buyer reports the message.
  if (messaged) {
    at(messaged.order.completed_at.getTime() + 6 * HOUR);
    const message = await writeOnOrder(c, messaged.order.seller_id, messaged.order.id, 'Next time just pay me by bank transfer, no fees for either of us.');
    at(now + HOUR);
    await report(messaged.order.buyer_id, { target_type: 'message', target_id: message.id, reason: 'fraud', note: 'Asked to pay outside Agora.' });
  }

  at(end - 2 * DAY);
  const bag = await liveListing(c, staffId, person(7), {
    title: 'Designer handbag, brand new with tags',
    description: 'Never used, comes with dust bag.',
    price: { amount: 4_500, currency: 'EUR' },
    category: 'bags',
    condition: 'new',
    attributes: { brand: 'Maison Lune' },
    location: { place: 'Paris', lat: 48.8566, lng: 2.3522 },
  });
  at(end - 30 * HOUR);
  await report(person(8), { target_type: 'listing', target_id: bag.id, reason: 'counterfeit', note: 'The logo stitching is wrong; a real one costs ten times this.' });
  at(end - 20 * HOUR);
  await report(person(9), { target_type: 'listing', target_id: bag.id, reason: 'counterfeit' });
  at(end - 8 * HOUR);
  await report(person(10), { target_type: 'user', target_id: person(11), reason: 'harassment', note: 'Keeps messaging me after I declined the offer.' });

  await seedDispute(c, staffId, person(5), person(6), at, end);

  at(end - 3 * HOUR);
  await submitIdentityDocument(c, person(12), { kind: 'id_card', content_type: 'image/png', content_base64: ID_PNG });

  return { reviews: reviews.length * 2, reports, disputes: 1, identity_documents: 1 };
}

/** A listing that is live: the demo staff approves it when the automatic checks hold it. */
export async function liveListing(c: AppContext, staffId: string, sellerId: string, input: Parameters<typeof createListing>[2]) {
  const listing = await createListing(c, sellerId, input, completedSalesOf);
  return listing.status === 'pending_review' ? decideListing(c, staffId, listing.id, 'approve', null) : listing;
}

/** A buyer dispute two days old: the order conversation before it, the buyer's text evidence, and the seller's reply (under review). */
async function seedDispute(c: AppContext, staffId: string, sellerId: string, buyerId: string, at: (t: number) => number, end: number): Promise<void> {
  at(end - 7 * DAY);
  const listing = await liveListing(c, staffId, sellerId, {
    title: 'Mirrorless camera lens 35mm f/1.8',
    description: 'Used twice, no scratches, with both caps.',
    price: { amount: 32_000, currency: 'EUR' },
    category: 'cameras',
    condition: 'like_new',
    location: { place: 'Berlin' },
  });
  at(end - 6 * DAY);
  const order = await createOrder(c, buyerId, listing.id);
  at(end - 6 * DAY + 5 * 60_000);
  await payOrder(c, buyerId, order.id, { paymentMethod: 'pm_card_visa', shipTo: DEMO_SHIP_TO, emailVerified: true });
  at(end - 5 * DAY);
  await shipOrder(c, sellerId, order.id, { carrier: 'DHL', tracking_number: '1234204611' });
  at(end - 3 * DAY);
  await writeOnOrder(c, buyerId, order.id, 'The lens arrived with a deep scratch on the front element. It was not in the photos.');
  at(end - 3 * DAY + 2 * HOUR);
  await writeOnOrder(c, sellerId, order.id, 'It left here in perfect condition, it must have happened in transit.');
  at(end - 2 * DAY);
  const { dispute } = await openBuyerDispute(c, buyerId, order.id, { reason: 'not_as_described', description: 'Scratched front element; the listing said no scratches.' });
  at(end - 2 * DAY + 20 * 60_000);
  await addEvidence(c, buyerId, dispute.id, { kind: 'text', text: 'Unboxed on camera: the scratch is visible in the first minute. The outer box was undamaged.' });
  at(end - 30 * HOUR);
  await postDisputeMessage(c, sellerId, dispute.id, 'I have photos from before shipping showing a clean lens. I can accept a return for a full refund.');
}
