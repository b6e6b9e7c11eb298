import { NEVER_HOURS } from '../features';
import { pointInTimeInputs } from './point-in-time';
import { createRandom } from './random';
import { CURRENCIES, World } from './world';

// A hand-built history, read at each payment as risk.repository.ts would read the database.
function history() {
  const world = new World(createRandom(1));
  const eur = CURRENCIES[0]!;
  const buyer = world.account(0, eur);
  const seller = world.account(-1000, eur, { sales: 4 });
  const other = world.account(-500, eur);
  const roommate = world.account(5, eur);
  const cardFriend = world.account(-5000, eur);
  const device = world.key();
  const card = world.key();
  world.seeDevice(buyer, device, 1);
  world.seeDevice(roommate, device, 6);
  const quiet = { priceFactor: 1, category: 'books', segment: 'ordinary', buyerReviewChance: 0, sellerReviewChance: 0, disputeAfterHours: null } as const;
  const first = world.order({ ...quiet, buyer, seller, at: 10, card, completeAfterHours: 5 });
  world.order({ ...quiet, buyer: cardFriend, seller: other, at: 12, card, completeAfterHours: null });
  const atCompletion = world.order({ ...quiet, buyer, seller, at: 15, card, completeAfterHours: null });
  const disputed = world.order({ ...quiet, buyer, seller: other, at: 20, card, completeAfterHours: null, disputeAfterHours: 10 });
  world.changePayout(buyer, 35);
  world.review(seller, buyer, 38);
  const later = world.order({ ...quiet, buyer, seller, at: 40, card, completeAfterHours: null });
  const [a, b, c, d] = pointInTimeInputs(world, [first, atCompletion, disputed, later]);
  return { a: a!, b: b!, c: c!, d: d! };
}

describe('point-in-time inputs', () => {
  const { a, b, c, d } = history();

  it('counts a card only from just after its first successful charge', () => {
    expect(a.buyer_card_shared_accounts).toBe(0); // the buyer's own fingerprint is not recorded yet
    expect(b.buyer_card_shared_accounts).toBe(1); // the friend paid with it at 12, the buyer at 10
    expect(b.buyer_card_shared_new_accounts).toBe(0); // the friend's account is years old
  });

  it('counts devices seen before now, with the sharing accounts by age', () => {
    expect(a.buyer_device_shared_accounts).toBe(1);
    expect(a.buyer_device_shared_new_accounts).toBe(1);
    expect(a.buyer_hours_since_new_device).toBe(9);
  });

  it('excludes the scored order, windows the last 24 h as [now − 24 h, now), counts completions up to now', () => {
    expect(a.buyer_prior_orders).toBe(0);
    expect(b.buyer_prior_orders).toBe(1);
    expect(b.pair_prior_orders).toBe(1);
    expect(b.seller_completed_sales).toBe(5); // 4 before the warm-up + the first order, completed exactly now
    expect(d.buyer_prior_orders).toBe(3);
    expect(d.buyer_orders_last_24h).toBe(1); // 20 is inside [16, 40); 15 is not
    expect(d.buyer_distinct_sellers_last_24h).toBe(1);
  });

  it('reads disputes, payout changes and reviews opened before now', () => {
    expect(c.buyer_prior_disputes).toBe(0);
    expect(d.buyer_prior_disputes).toBe(1);
    expect(c.buyer_hours_since_payout_change).toBe(NEVER_HOURS);
    expect(d.buyer_hours_since_payout_change).toBe(5);
    expect(c.pair_prior_reviews).toBe(0);
    expect(d.pair_prior_reviews).toBe(1);
    expect(d.seller_reviews_last_30d).toBe(0); // the review was about the buyer
    expect(d.buyer_account_age_days).toBeCloseTo(40 / 24);
    expect(d.hour_of_day).toBe(16);
  });
});
