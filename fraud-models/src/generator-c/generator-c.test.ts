import { FEATURE_NAMES, type RiskInput } from '../features';
import { generateOrdersC, type OrderRowC, toOrdersCCsv } from './index';
import { CURRENCIES } from './market';
import { DAY, HOUR, World } from './world';

const rows = generateOrdersC(11, { scale: 0.25 });
const of = (segment: string) => rows.filter((r) => r.segment === segment);
const share = (list: readonly OrderRowC[], test: (i: RiskInput) => boolean) => list.filter((r) => test(r.input)).length / list.length;
const median = (list: readonly OrderRowC[], key: keyof RiskInput) => {
  const values = list.map((r) => r.input[key]).sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)] as number;
};
const ordinary = of('ordinary');

const TYPOLOGIES = ['card_testing', 'account_takeover', 'stolen_card', 'bust_out', 'friendly_fraud', 'triangulation', 'collusion', 'review_ring', 'promo_abuse'];
const SEGMENTS = ['ordinary', 'new_user', 'household', 'power_buyer', 'reseller', 'collector', 'returning_new_device', 'holiday_gift', 'viral_seller_buyer'];

describe('generator C', () => {
  it('is deterministic per seed and differs across seeds', () => {
    const small = (seed: number) => toOrdersCCsv(generateOrdersC(seed, { scale: 0.03 }));
    expect(small(5)).toBe(small(5));
    expect(small(5)).not.toBe(small(6));
  });

  it('emits rows in time order, train before test at day 60', () => {
    expect(rows.findIndex((r, i) => i > 0 && r.at < (rows[i - 1] as OrderRowC).at)).toBe(-1);
    const firstTest = rows.findIndex((r) => r.split === 'test');
    expect(firstTest).toBeGreaterThan(rows.length * 0.7);
    expect(rows.slice(firstTest).every((r) => r.split === 'test')).toBe(true);
    expect(rows.every((r) => r.input.hour_of_day === new Date(r.at).getUTCHours())).toBe(true);
  });

  it('keeps every row internally consistent', () => {
    const broken = rows.filter(({ input: i }) => {
      const counts = Object.values(i).every((v) => Number.isFinite(v) && v >= 0);
      return !(
        counts &&
        Number.isInteger(i.amount_minor) &&
        i.amount_minor > 0 &&
        i.buyer_orders_last_24h >= i.buyer_distinct_sellers_last_24h &&
        i.buyer_prior_orders >= i.buyer_orders_last_24h &&
        i.buyer_prior_orders >= i.pair_prior_orders &&
        i.buyer_distinct_sellers_last_24h > 0 === i.buyer_orders_last_24h > 0 &&
        i.buyer_device_shared_new_accounts + i.buyer_device_shared_established_accounts <= i.buyer_device_shared_accounts &&
        i.buyer_card_shared_new_accounts <= i.buyer_card_shared_accounts &&
        i.buyer_hours_since_new_device <= i.buyer_account_age_days * 24 + 1e-6 &&
        (i.currency_exponent === 0 || i.currency_exponent === 2)
      );
    });
    expect(broken).toEqual([]);
  });

  it('has 1.5–2.5% fraud, with label noise both ways', () => {
    const fraud = rows.filter((r) => r.typology !== 'legit');
    expect(fraud.length / rows.length).toBeGreaterThan(0.015);
    expect(fraud.length / rows.length).toBeLessThan(0.025);
    const missed = fraud.filter((r) => r.label === 0).length / fraud.length;
    expect(missed).toBeGreaterThan(0.01);
    expect(missed).toBeLessThan(0.08);
    expect(rows.some((r) => r.typology === 'legit' && r.label === 1)).toBe(true);
  });

  it('has every typology and every legitimate segment, each segment large', () => {
    for (const t of TYPOLOGIES) expect(rows.filter((r) => r.typology === t).length).toBeGreaterThan(20);
    for (const s of SEGMENTS) expect(of(s).length).toBeGreaterThan(2000 * 0.25 * 0.8);
    expect(new Set(rows.filter((r) => r.typology === 'legit').map((r) => r.segment))).toEqual(new Set(SEGMENTS));
  });

  it('gives each typology the signals it should, with variants that look ordinary', () => {
    const ct = of('card_testing');
    expect(median(ct, 'price_vs_category_median')).toBeLessThan(0.6);
    expect(share(ct, (i) => i.buyer_orders_last_24h >= 5)).toBeGreaterThan(0.3);
    expect(share(ct, (i) => i.buyer_orders_last_24h === 0)).toBeGreaterThan(0.05); // distributed: one fresh account per test

    const ato = of('account_takeover');
    expect(median(ato, 'buyer_account_age_days')).toBeGreaterThan(30);
    expect(share(ato, (i) => i.buyer_hours_since_new_device < 24)).toBeGreaterThan(share(ordinary, (i) => i.buyer_hours_since_new_device < 24) * 5);
    expect(share(ato, (i) => i.buyer_hours_since_payout_change < 72)).toBeGreaterThan(0.15);
    expect(share(ato, (i) => i.buyer_hours_since_new_device > 24 * 30 && i.buyer_hours_since_payout_change > 24 * 30)).toBeGreaterThan(0.1); // stealth

    const sc = of('stolen_card');
    expect(median(sc, 'buyer_account_age_days')).toBeLessThan(3);
    expect(median(sc, 'amount_minor')).toBeGreaterThan(median(ordinary, 'amount_minor'));

    const bust = of('bust_out');
    expect(median(bust, 'buyer_account_age_days')).toBeGreaterThan(30);
    expect(median(bust, 'buyer_orders_last_24h')).toBeGreaterThanOrEqual(2);

    const ff = of('friendly_fraud');
    expect(share(ff, (i) => i.buyer_prior_disputes > 0)).toBeGreaterThan(0.5);
    expect(share(ff, (i) => i.buyer_prior_disputes === 0)).toBeGreaterThan(0.05);

    const tri = of('triangulation');
    expect(share(tri, (i) => i.buyer_sales_last_7d > 0)).toBeGreaterThan(0.2);
    expect(share(tri, (i) => i.buyer_sales_last_7d === 0)).toBeGreaterThan(0.2);

    const col = of('collusion');
    expect(median(col, 'pair_prior_orders')).toBeGreaterThanOrEqual(1);
    expect(median(col, 'price_vs_category_median')).toBeGreaterThan(1.5);
    expect(share(col, (i) => i.seller_account_age_days > 60 && i.seller_completed_sales > 20)).toBeGreaterThan(0.1); // recruited established sellers

    const ring = of('review_ring');
    const reviewsPerSale = (list: readonly OrderRowC[]) =>
      median(
        list.map((r) => ({ ...r, input: { ...r.input, seller_reviews_last_30d: r.input.seller_reviews_last_30d / (1 + r.input.seller_completed_sales) } })),
        'seller_reviews_last_30d',
      );
    expect(reviewsPerSale(ring)).toBeGreaterThan(2 * reviewsPerSale(ordinary));
    expect(share(ring, (i) => i.buyer_account_age_days > 180)).toBeGreaterThan(0.1); // aged accounts
    expect(share(ring, (i) => i.buyer_account_age_days < 7)).toBeGreaterThan(0.1);

    const promo = of('promo_abuse');
    expect(share(promo, (i) => i.buyer_device_shared_new_accounts > 0)).toBeGreaterThan(0.2);
    expect(share(promo, (i) => i.buyer_device_shared_accounts === 0)).toBeGreaterThan(0.2); // device resets
  });

  it('gives the hard legitimate segments the signals that make them hard', () => {
    expect(median(of('new_user'), 'buyer_account_age_days')).toBeLessThan(2);
    const home = of('household');
    expect(median(home, 'buyer_device_shared_accounts')).toBeGreaterThanOrEqual(1);
    expect(share(home, (i) => i.buyer_device_shared_established_accounts > 0)).toBeGreaterThan(0.5);
    expect(share(home, (i) => i.buyer_card_shared_accounts > 0)).toBeGreaterThan(0.1);
    expect(home.some((r) => r.input.buyer_account_age_days < 7)).toBe(true);
    expect(median(of('power_buyer'), 'buyer_orders_last_24h')).toBeGreaterThanOrEqual(2);
    expect(median(of('reseller'), 'buyer_sales_last_7d')).toBeGreaterThanOrEqual(1);
    expect(median(of('collector'), 'price_vs_category_median')).toBeGreaterThan(3);
    const returning = of('returning_new_device');
    expect(median(returning, 'buyer_hours_since_new_device')).toBeLessThan(24 * 7);
    expect(share(returning, (i) => i.buyer_hours_since_payout_change < 72)).toBeGreaterThan(0.1);
    expect(median(of('holiday_gift'), 'buyer_distinct_sellers_last_24h')).toBeGreaterThanOrEqual(2);
    expect(median(of('viral_seller_buyer'), 'seller_account_age_days')).toBeLessThan(30);
    expect(share(ordinary, (i) => i.buyer_prior_disputes > 0)).toBeGreaterThan(0.01); // honest buyers dispute too
  });

  it('writes the trainer format: meta columns, inputs in declaration order, features in order', () => {
    const csv = toOrdersCCsv(rows.slice(0, 3));
    const [header, first] = csv.split('\n') as [string, string];
    const keys = Object.keys((rows[0] as OrderRowC).input);
    expect(keys[0]).toBe('amount_minor');
    expect(keys[keys.length - 1]).toBe('buyer_prior_disputes');
    expect(header).toBe(['split', 'typology', 'segment', 'label', ...keys.map((k) => `input:${k}`), ...FEATURE_NAMES.map((f) => `feature:${f}`)].join(','));
    expect(first.split(',')).toHaveLength(header.split(',').length);
    expect(csv.split('\n')).toHaveLength(5);
  });
});

describe('generator C point-in-time replay', () => {
  it('counts only what was on record before the payment, as the risk SQL does', () => {
    const world = new World();
    const eur = CURRENCIES[0] as (typeof CURRENCIES)[number];
    const seller = world.account(-400 * DAY);
    const device = world.newDevice();
    const elder = world.account(-300 * DAY, device);
    const buyer = world.account(-2 * DAY, device);
    const card = world.newCard();
    const listing = world.listing(seller, 'books', eur, 1500, -10 * DAY);
    const first = world.order(buyer, listing, 0, card, device, 'legit', 'ordinary');
    world.complete(first, DAY);
    world.review(buyer, seller, DAY + HOUR);
    world.dispute(first, 2 * DAY);
    world.order(elder, listing, 3 * DAY, card, device, 'legit', 'household');
    world.order(elder, listing, 3.5 * DAY, card, device, 'legit', 'household');
    world.order(buyer, listing, DAY, card, device, 'legit', 'ordinary');
    world.order(buyer, listing, 2 * DAY, card, device, 'legit', 'ordinary');
    const [a, b, c, d, e] = world.replay(0, 4 * DAY).map((r) => r.input);
    expect(a).toMatchObject({ buyer_prior_orders: 0, buyer_card_shared_accounts: 0, buyer_device_shared_accounts: 1, buyer_device_shared_established_accounts: 1 });
    // The window is [now − 24h, now): the order exactly 24 h before counts. A completion at now counts (≤); the review an hour later does not.
    expect(b).toMatchObject({ buyer_prior_orders: 1, buyer_orders_last_24h: 1, pair_prior_orders: 1, seller_completed_sales: 1, pair_prior_reviews: 0, buyer_prior_disputes: 0 });
    // The dispute opened exactly at the third payment is not "before now".
    expect(c).toMatchObject({ buyer_prior_orders: 2, buyer_orders_last_24h: 1, pair_prior_reviews: 1, seller_reviews_last_30d: 1, buyer_prior_disputes: 0 });
    // A card is on record only after its charge: the elder's first payment with the family card does
    // not see the buyer's use of it (its own sighting is not before now), the next one does.
    expect(d).toMatchObject({ buyer_card_shared_accounts: 0, buyer_device_shared_new_accounts: 1, buyer_prior_disputes: 0 });
    expect(e).toMatchObject({ buyer_card_shared_accounts: 1, buyer_card_shared_new_accounts: 1, pair_prior_orders: 1 });
  });
});
