import { NEVER_HOURS } from '../features';
import { History } from './derive';
import { DAY, HOUR, WINDOW_START } from './market';
import { mulberry32 } from './prng';
import { type Order, World } from './world';

// A hand-built log checked against the serving query's point-in-time rules.
const T = WINDOW_START + 30 * DAY;

function fixture() {
  const w = new World(mulberry32(1));
  const seller = w.account(T - 400 * DAY);
  const other = w.account(T - 100 * DAY);
  const buyer = w.account(T - 200 * DAY);
  const fresh = w.account(T - 2 * DAY); // shares the buyer's tablet: new
  const elder = w.account(T - 900 * DAY); // shares the buyer's tablet: established
  const middle = w.account(T - 60 * DAY); // shares the buyer's card: neither new nor established
  const late = w.account(T - 300 * DAY); // sees the tablet only after the payment
  const tablet = w.newHash();
  for (const a of [buyer, fresh, elder]) w.seeDevice(a, tablet, T - DAY);
  w.seeDevice(late, tablet, T + HOUR);
  const card = w.newHash();
  w.changePayout(buyer, T - 10 * HOUR);
  w.changePayout(buyer, T + 5 * HOUR); // after the payment: not yet known
  const listing = (createdAt: number, s = seller) => w.listing(s, createdAt, 0, 0, 1000);
  const orderAt = (createdAt: number, s = seller, opts: Parameters<World['order']>[3] = {}): Order => w.order(buyer, listing(createdAt - HOUR, s), createdAt, opts);
  const old = orderAt(T - 3 * DAY, seller, { card, closeAfter: 2 * DAY });
  orderAt(T - 20 * HOUR, other, { closeAfter: 5 * DAY });
  orderAt(T - 2 * HOUR, seller);
  w.order(middle, listing(T - 10 * DAY), T - 5 * DAY, { card }); // the same card, paid earlier by another account
  w.dispute(old, T - DAY);
  w.review(seller, buyer, T - 4 * HOUR);
  w.review(buyer, seller, T + HOUR);
  w.order(other, listing(T - 3 * DAY, buyer), T - 2 * DAY, {}); // the buyer sold something
  const order = w.order(buyer, listing(T - 5 * HOUR), T, { card });
  return { w, order };
}

describe('blind point-in-time derivation', () => {
  const { w, order } = fixture();
  const input = new History(w).riskInput(order);
  const now = order.paidAt;

  it('counts the buyer history strictly before the payment and without the order itself', () => {
    expect(input.buyer_prior_orders).toBe(3);
    expect(input.buyer_orders_last_24h).toBe(2);
    expect(input.buyer_distinct_sellers_last_24h).toBe(2);
    expect(input.pair_prior_orders).toBe(2);
    expect(input.buyer_sales_last_7d).toBe(1);
    expect(input.buyer_prior_disputes).toBe(1);
    expect(input.pair_prior_reviews).toBe(1);
    expect(input.seller_reviews_last_30d).toBe(0);
  });

  it('counts completed sales up to now and takes ages from sign-up', () => {
    expect(input.seller_completed_sales).toBe(1);
    expect(input.buyer_account_age_days).toBeCloseTo((now - (T - 200 * DAY)) / DAY, 9);
    expect(input.listing_age_hours).toBeCloseTo((now - (T - 5 * HOUR)) / HOUR, 9);
    expect(input.hour_of_day).toBe(new Date(now).getUTCHours());
  });

  it('splits accounts sharing a device or card into new and established', () => {
    expect(input.buyer_device_shared_accounts).toBe(2);
    expect(input.buyer_device_shared_new_accounts).toBe(1);
    expect(input.buyer_device_shared_established_accounts).toBe(1);
    expect(input.buyer_card_shared_accounts).toBe(1);
    expect(input.buyer_card_shared_new_accounts).toBe(0);
    expect(input.buyer_hours_since_new_device).toBeCloseTo((now - (T - DAY)) / HOUR, 9);
  });

  it('takes the latest payout change before now', () => {
    expect(input.buyer_hours_since_payout_change).toBeCloseTo((now - (T - 10 * HOUR)) / HOUR, 9);
  });

  it('does not see a card before its first successful payment, nor a payout change that never happened', () => {
    const w2 = new World(mulberry32(2));
    const seller = w2.account(T - 100 * DAY);
    const a = w2.account(T - 10 * DAY);
    const b = w2.account(T - DAY, { device: null });
    const card = w2.newHash();
    w2.order(a, w2.listing(seller, T - DAY, 0, 0, 500), T - HOUR, { card });
    const first = w2.order(b, w2.listing(seller, T - DAY, 0, 0, 500), T, { card });
    const i = new History(w2).riskInput(first);
    expect(i.buyer_card_shared_accounts).toBe(0);
    expect(i.buyer_hours_since_payout_change).toBe(NEVER_HOURS);
    expect(i.buyer_hours_since_new_device).toBeCloseTo(i.buyer_account_age_days * 24, 9);
    expect(i.price_vs_category_median).toBe(1); // too few listings for a median
  });
});
