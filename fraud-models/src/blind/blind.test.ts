import { NEVER_HOURS } from '../features';
import {
  FRAUD_TYPOLOGIES,
  LEGIT_SEGMENTS,
  SELLER_FRAUD_TYPOLOGIES,
  SELLER_LEGIT_SEGMENTS,
  generateBlindOrders,
  generateBlindSellers,
  toBlindCsv,
  toBlindSellersCsv,
  type BlindOrderRow,
} from './index';
import { RISK_KEYS, SELLER_KEYS } from './csv';

// Small populations keep this fast; every typology and segment still has rows.
const orders = generateBlindOrders(7, { scale: 0.12 });
const sellerRows = generateBlindSellers(7, { scale: 0.3 });

const seg = (s: string) => orders.filter((r) => r.segment === s);
const sellerSeg = (s: string) => sellerRows.filter((r) => r.segment === s);
const share = (rows: readonly BlindOrderRow[], test: (r: BlindOrderRow) => boolean) => rows.filter(test).length / rows.length;

describe('blind generator', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(toBlindCsv(generateBlindOrders(7, { scale: 0.12 }))).toBe(toBlindCsv(orders));
    expect(toBlindSellersCsv(generateBlindSellers(7, { scale: 0.3 }))).toBe(toBlindSellersCsv(sellerRows));
    expect(toBlindCsv(generateBlindOrders(8, { scale: 0.02 }))).not.toBe(toBlindCsv(generateBlindOrders(7, { scale: 0.02 })));
  });

  it('writes every input key in declaration order', () => {
    const [head, first] = toBlindCsv(orders).split('\n');
    expect(head).toBe(['set,typology,segment,label', ...RISK_KEYS.map((k) => `input:${k}`)].join(','));
    expect(first!.split(',')).toHaveLength(4 + RISK_KEYS.length);
    expect(Object.keys(orders[0]!.input)).toEqual(RISK_KEYS);
    expect(toBlindSellersCsv(sellerRows).split('\n')[0]).toBe(['set,typology,segment,label,input:moment', ...SELLER_KEYS.map((k) => `input:${k}`)].join(','));
  });

  // One expect per rule over all rows: the failing rows are in the message.
  const broken = <T>(rows: readonly T[], rule: (row: T) => boolean) => rows.filter((row) => !rule(row)).slice(0, 3);

  it('gives internally consistent buyer rows', () => {
    const inputs = orders.map((r) => r.input);
    expect(broken(inputs, (i) => Object.values(i).every((v) => Number.isFinite(v) && v >= 0))).toEqual([]);
    expect(broken(inputs, (i) => Number.isInteger(i.amount_minor) && i.amount_minor > 0 && [0, 2].includes(i.currency_exponent))).toEqual([]);
    expect(broken(inputs, (i) => i.buyer_prior_orders >= i.buyer_orders_last_24h && i.buyer_prior_orders >= i.pair_prior_orders)).toEqual([]);
    expect(broken(inputs, (i) => i.buyer_orders_last_24h >= i.buyer_distinct_sellers_last_24h && (i.buyer_orders_last_24h === 0 || i.buyer_distinct_sellers_last_24h > 0))).toEqual(
      [],
    );
    expect(broken(inputs, (i) => i.buyer_device_shared_new_accounts + i.buyer_device_shared_established_accounts <= i.buyer_device_shared_accounts)).toEqual([]);
    expect(broken(inputs, (i) => i.buyer_card_shared_new_accounts <= i.buyer_card_shared_accounts)).toEqual([]);
    expect(broken(inputs, (i) => i.buyer_hours_since_new_device <= i.buyer_account_age_days * 24 + 1e-6)).toEqual([]);
    expect(broken(inputs, (i) => Number.isInteger(i.hour_of_day) && i.hour_of_day <= 23 && i.price_vs_category_median > 0)).toEqual([]);
  });

  it('gives internally consistent seller rows', () => {
    const inputs = sellerRows.map((r) => r.input);
    expect(broken(inputs, (i) => ['listing', 'payout'].includes(i.moment))).toEqual([]);
    expect(broken(inputs, (i) => SELLER_KEYS.every((k) => Number.isFinite(i[k]) && i[k] >= 0))).toEqual([]);
    expect(broken(inputs, (i) => i.seller_open_sales >= i.seller_open_high_value_sales && i.listing_price_vs_category_median > 0)).toEqual([]);
  });

  it('has about 1% fraud among orders and a few percent among seller rows, with label noise both ways', () => {
    const fraud = orders.filter((r) => r.typology !== 'legit');
    expect(fraud.length / orders.length).toBeGreaterThan(0.006);
    expect(fraud.length / orders.length).toBeLessThan(0.016);
    const sellerFraud = sellerRows.filter((r) => r.typology !== 'legit').length / sellerRows.length;
    expect(sellerFraud).toBeGreaterThan(0.015);
    expect(sellerFraud).toBeLessThan(0.07);
    expect(fraud.some((r) => r.label === 0)).toBe(true);
    expect(orders.some((r) => r.typology === 'legit' && r.label === 1)).toBe(true);
  });

  it('has every typology and segment', () => {
    expect(new Set(orders.map((r) => r.segment))).toEqual(new Set([...FRAUD_TYPOLOGIES, ...LEGIT_SEGMENTS]));
    expect(new Set(sellerRows.map((r) => r.segment))).toEqual(new Set([...SELLER_FRAUD_TYPOLOGIES, ...SELLER_LEGIT_SEGMENTS]));
    for (const r of orders) expect(r.typology === 'legit' ? LEGIT_SEGMENTS : FRAUD_TYPOLOGIES).toContain(r.segment);
  });

  it('gives each typology and segment the signals it should carry', () => {
    // Households share a device, mostly with long-standing accounts; some members are brand new.
    const households = seg('households').filter((r) => r.input.buyer_device_shared_accounts > 0);
    expect(households.length / seg('households').length).toBeGreaterThan(0.8);
    expect(share(households, (r) => r.input.buyer_device_shared_established_accounts > r.input.buyer_device_shared_new_accounts)).toBeGreaterThan(0.7);
    expect(households.some((r) => r.input.buyer_account_age_days < 7)).toBe(true);
    // Some takeovers (the stealthy ones) show neither a recent new device nor a payout change.
    const stealth = seg('account_takeover').filter((r) => r.input.buyer_hours_since_new_device > 24 * 30 && r.input.buyer_hours_since_payout_change === NEVER_HOURS);
    expect(stealth.length).toBeGreaterThan(0);
    expect(seg('account_takeover').some((r) => r.input.buyer_hours_since_new_device < 24 * 7 && r.input.buyer_hours_since_payout_change < 24 * 7)).toBe(true);
    // Card testing: small amounts; distributed tests are first orders of brand-new accounts.
    expect(share(seg('card_testing'), (r) => r.input.price_vs_category_median < 0.8)).toBeGreaterThan(0.8);
    expect(seg('card_testing').some((r) => r.input.buyer_prior_orders === 0 && r.input.buyer_account_age_days < 1)).toBe(true);
    expect(seg('card_testing').some((r) => r.input.buyer_orders_last_24h >= 4)).toBe(true);
    // Promo abuse: first orders of fresh accounts, mostly on a device nobody else used.
    expect(share(seg('promo_abuse'), (r) => r.input.buyer_prior_orders === 0 && r.input.buyer_account_age_days < 2)).toBeGreaterThan(0.9);
    // Sleepers: months old, own old device, several orders within the day.
    expect(share(seg('sleeper_bust_out'), (r) => r.input.buyer_account_age_days >= 60 && r.input.buyer_hours_since_new_device >= 24 * 60)).toBeGreaterThan(0.9);
    expect(share(seg('sleeper_bust_out'), (r) => r.input.buyer_orders_last_24h >= 1)).toBeGreaterThan(0.6);
    // Friendly fraud carries earlier disputes; laundering repeats pairs with an established seller.
    expect(share(seg('friendly_fraud'), (r) => r.input.buyer_prior_disputes > 0)).toBeGreaterThan(0.5);
    expect(share(seg('collusion_laundering'), (r) => r.input.seller_account_age_days > 365 && r.input.seller_completed_sales >= 40)).toBeGreaterThan(0.9);
    expect(share(seg('collusion_laundering'), (r) => r.input.pair_prior_orders > 0)).toBeGreaterThan(0.5);
    expect(seg('review_ring').some((r) => r.input.pair_prior_reviews > 0 && r.input.buyer_account_age_days > 120)).toBe(true);
    expect(share(seg('triangulation'), (r) => r.input.buyer_sales_last_7d > 0 && r.input.buyer_account_age_days < 70)).toBeGreaterThan(0.8);
    // Hard legitimate segments.
    const firstOrders = seg('new_users').filter((r) => r.input.buyer_prior_orders === 0);
    expect(firstOrders.length).toBeGreaterThan(100);
    expect(share(firstOrders, (r) => r.input.buyer_account_age_days < 1)).toBeGreaterThan(0.95);
    expect(share(seg('new_devices'), (r) => r.input.buyer_hours_since_new_device < 24 * 14)).toBeGreaterThan(0.9);
    expect(seg('new_devices').some((r) => r.input.buyer_hours_since_payout_change < 72)).toBe(true);
    expect(share(seg('power_buyers'), (r) => r.input.buyer_orders_last_24h >= 3)).toBeGreaterThan(0.5);
    expect(share(seg('collectors'), (r) => r.input.price_vs_category_median > 2)).toBeGreaterThan(0.5);
    expect(share(seg('resellers'), (r) => r.input.buyer_sales_last_7d > 0)).toBeGreaterThan(0.7);
    expect(share(seg('gift_season'), (r) => r.input.buyer_distinct_sellers_last_24h >= 2)).toBeGreaterThan(0.5);
    expect(share(seg('viral_sellers'), (r) => r.input.pair_prior_orders === 0)).toBeGreaterThan(0.9);
  });

  it('gives seller typologies their signals', () => {
    const nonDelivery = sellerSeg('non_delivery');
    expect(nonDelivery.filter((r) => r.input.seller_account_age_days < 30).length / nonDelivery.length).toBeGreaterThan(0.5);
    expect(
      nonDelivery.some((r) => r.input.moment === 'payout' && r.input.seller_open_sales > r.input.seller_completed_sales && r.input.seller_hours_since_payout_change < 24 * 10),
    ).toBe(true);
    expect(nonDelivery.some((r) => r.input.moment === 'listing' && r.input.listing_price_vs_category_median > 0.8)).toBe(true);
    expect(nonDelivery.some((r) => r.input.seller_open_high_value_sales >= 3 && r.input.seller_completed_sales === 0)).toBe(true);
    const mules = sellerSeg('mule_seller');
    expect(mules.filter((r) => r.input.seller_device_shared_accounts > 0).length / mules.length).toBeGreaterThan(0.5);
    expect(sellerSeg('clearance_sellers').filter((r) => r.input.moment === 'listing' && r.input.listing_price_vs_category_median < 0.7).length).toBeGreaterThan(0);
    expect(sellerSeg('viral_sellers').some((r) => r.input.seller_open_sales >= 5)).toBe(true);
  });
});
