import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURE_NAMES, NEVER_HOURS, toFeatureVector, type RiskInput } from '../features';
import { generateOrdersB, toOrdersBCsv, type OrderRowB } from './index';

const TYPOLOGIES = [
  'card_testing',
  'account_takeover',
  'triangulation',
  'collusion',
  'review_manipulation',
  'promo_abuse',
  'bust_out',
  'friendly_fraud',
  'stolen_card_new_account',
];
const SEGMENTS = ['ordinary', 'new_user', 'household', 'power_buyer', 'reseller', 'collector', 'new_device', 'gift_burst', 'viral_seller'];

const rows = generateOrdersB(7, { scale: 0.2 });
const of = (segment: string): RiskInput[] => rows.filter((r) => r.segment === segment).map((r) => r.input);
const share = (inputs: RiskInput[], test: (i: RiskInput) => boolean): number => inputs.filter(test).length / inputs.length;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('generator B', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = toOrdersBCsv(generateOrdersB(3, { scale: 0.03 }));
    expect(toOrdersBCsv(generateOrdersB(3, { scale: 0.03 }))).toBe(a);
    expect(toOrdersBCsv(generateOrdersB(4, { scale: 0.03 }))).not.toBe(a);
  });

  it('emits 75 days in time order, the last 15 as the out-of-time test split', () => {
    expect(rows.filter((row, i) => i > 0 && row.at < rows[i - 1]!.at)).toEqual([]);
    expect(rows[0]!.at).toBeGreaterThanOrEqual(0);
    expect(rows.at(-1)!.at).toBeLessThan(75 * 24);
    expect(rows.filter((row) => row.split !== (row.at < 60 * 24 ? 'train' : 'test') || row.input.hour_of_day !== Math.floor(row.at % 24))).toEqual([]);
    expect(rows.filter((r) => r.split === 'test').length / rows.length).toBeGreaterThan(0.12);
  });

  it('keeps every row internally consistent', () => {
    const broken = rows.filter(({ input: i }) => {
      const counts = Object.values(i).every((v) => Number.isFinite(v) && v >= 0);
      return (
        !counts ||
        i.buyer_orders_last_24h < i.buyer_distinct_sellers_last_24h ||
        i.buyer_prior_orders < i.buyer_orders_last_24h ||
        i.buyer_prior_orders < i.pair_prior_orders ||
        i.buyer_device_shared_new_accounts + i.buyer_device_shared_established_accounts > i.buyer_device_shared_accounts ||
        i.buyer_card_shared_new_accounts > i.buyer_card_shared_accounts ||
        i.buyer_hours_since_new_device > i.buyer_account_age_days * 24 + 1e-6 ||
        (i.buyer_hours_since_payout_change !== NEVER_HOURS && i.buyer_hours_since_payout_change > i.buyer_account_age_days * 24 + 1e-6) ||
        i.listing_age_hours > i.seller_account_age_days * 24 + 1e-6 ||
        !Number.isInteger(i.amount_minor) ||
        i.amount_minor < 1 ||
        ![0, 2].includes(i.currency_exponent)
      );
    });
    expect(broken).toEqual([]);
  });

  it('has 1.5–2.5% fraud, a few percent of it unlabelled, and almost no mislabelled legit', () => {
    const fraud = rows.filter((r) => r.typology !== 'legit');
    const legit = rows.filter((r) => r.typology === 'legit');
    expect(fraud.length / rows.length).toBeGreaterThan(0.015);
    expect(fraud.length / rows.length).toBeLessThan(0.025);
    const missed = fraud.filter((r) => r.label === 0).length / fraud.length;
    expect(missed).toBeGreaterThan(0.01);
    expect(missed).toBeLessThan(0.08);
    expect(legit.filter((r) => r.label === 1).length / legit.length).toBeLessThan(0.004);
    expect(rows.filter((r) => r.segment !== r.typology && r.typology !== 'legit')).toEqual([]);
  });

  it('has every typology and every legitimate segment, the segments large', () => {
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.segment, (counts.get(r.segment) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([...TYPOLOGIES, ...SEGMENTS].sort());
    // At full scale each segment is ≥ 2,000 orders; at 0.2, ≥ 400.
    for (const s of SEGMENTS) expect(counts.get(s)).toBeGreaterThanOrEqual(400);
    for (const t of TYPOLOGIES) expect(counts.get(t)).toBeGreaterThanOrEqual(20);
  });

  it('gives each typology its signals, and a share of it none', () => {
    const testing = of('card_testing');
    expect(share(testing, (i) => i.buyer_orders_last_24h >= 5)).toBeGreaterThan(0.2);
    expect(median(testing.map((i) => i.price_vs_category_median))).toBeLessThan(0.7);
    const ato = of('account_takeover');
    expect(share(ato, (i) => i.buyer_hours_since_new_device < 72 && i.buyer_hours_since_payout_change < 72)).toBeGreaterThan(0.1);
    expect(share(ato, (i) => i.buyer_hours_since_new_device > 24 * 30 && i.buyer_hours_since_payout_change === NEVER_HOURS)).toBeGreaterThan(0.1);
    expect(share(ato, (i) => i.buyer_account_age_days > 20)).toBe(1);
    expect(share(of('triangulation'), (i) => i.buyer_sales_last_7d > 0)).toBeGreaterThan(0.1);
    const collusion = of('collusion');
    expect(median(collusion.map((i) => i.price_vs_category_median))).toBeGreaterThan(1.5);
    expect(share(collusion, (i) => i.pair_prior_orders > 0)).toBeGreaterThan(0.3);
    expect(share(collusion, (i) => i.price_vs_category_median < 1.5)).toBeGreaterThan(0.1);
    const ring = of('review_manipulation');
    expect(share(ring, (i) => i.buyer_device_shared_new_accounts > 0)).toBeGreaterThan(0.1);
    expect(share(ring, (i) => i.buyer_account_age_days > 180)).toBeGreaterThan(0.1);
    const promo = of('promo_abuse');
    expect(share(promo, (i) => i.buyer_account_age_days < 1)).toBeGreaterThan(0.9);
    expect(share(promo, (i) => i.buyer_device_shared_new_accounts > 0)).toBeGreaterThan(0.2);
    expect(share(promo, (i) => i.buyer_device_shared_accounts === 0)).toBeGreaterThan(0.1);
    const bust = of('bust_out');
    expect(share(bust, (i) => i.buyer_account_age_days >= 10 && i.buyer_prior_orders > 0)).toBeGreaterThan(0.9);
    expect(share(bust, (i) => i.buyer_orders_last_24h >= 2)).toBeGreaterThan(0.4);
    const friendly = of('friendly_fraud');
    expect(share(friendly, (i) => i.buyer_prior_disputes > 0)).toBeGreaterThan(0.5);
    expect(share(friendly, (i) => i.buyer_prior_disputes === 0)).toBeGreaterThan(0.05);
    const stolen = of('stolen_card_new_account');
    expect(share(stolen, (i) => i.buyer_account_age_days < 30)).toBe(1);
    expect(share(stolen, (i) => i.buyer_account_age_days > 1)).toBeGreaterThan(0.2);
  });

  it('makes the legitimate segments hard in the ways they are meant to be', () => {
    expect(share(of('new_user'), (i) => i.buyer_account_age_days < 1)).toBeGreaterThan(0.4);
    const household = of('household');
    expect(share(household, (i) => i.buyer_device_shared_established_accounts > 0)).toBeGreaterThan(0.5);
    expect(share(household, (i) => i.buyer_device_shared_new_accounts > 0 || i.buyer_account_age_days < 7)).toBeGreaterThan(0.005);
    expect(share(household, (i) => i.buyer_card_shared_accounts > 0)).toBeGreaterThan(0.1);
    expect(median(of('power_buyer').map((i) => i.buyer_orders_last_24h))).toBeGreaterThanOrEqual(2);
    expect(median(of('reseller').map((i) => i.buyer_sales_last_7d))).toBeGreaterThan(0);
    expect(median(of('collector').map((i) => i.price_vs_category_median))).toBeGreaterThan(2.5);
    const device = of('new_device');
    expect(share(device, (i) => i.buyer_hours_since_new_device < 72)).toBeGreaterThan(0.5);
    expect(share(device, (i) => i.buyer_hours_since_new_device < 72 && i.buyer_hours_since_payout_change < 72)).toBeGreaterThan(0.05);
    expect(median(of('gift_burst').map((i) => i.buyer_distinct_sellers_last_24h))).toBeGreaterThanOrEqual(3);
    expect(share(of('viral_seller'), (i) => i.seller_account_age_days < 20)).toBe(1);
    expect(share(of('ordinary'), (i) => i.buyer_prior_disputes > 0)).toBeGreaterThan(0.05);
  });

  it('writes the trainer CSV: split, typology, segment, label, inputs by name, then features', () => {
    const some: OrderRowB[] = rows.slice(0, 50);
    const [header, ...lines] = toOrdersBCsv(some).trimEnd().split('\n');
    const inputKeys = Object.keys(some[0]!.input);
    expect(header!.split(',')).toEqual(['split', 'typology', 'segment', 'label', ...inputKeys.map((k) => `input:${k}`), ...FEATURE_NAMES.map((n) => `feature:${n}`)]);
    // The trainer reads inputs by name, but the brief fixes declaration order: read it from the source.
    const source = readFileSync(join(__dirname, '..', 'features.ts'), 'utf8');
    const declaration = source.slice(source.indexOf('export interface RiskInput'), source.indexOf('\n}', source.indexOf('export interface RiskInput')));
    expect(inputKeys).toEqual([...declaration.matchAll(/^ {2}(\w+): number;/gm)].map((m) => m[1]));
    expect(lines).toHaveLength(50);
    const cells = lines[7]!.split(',');
    const row = some[7]!;
    expect(cells.slice(0, 4)).toEqual([row.split, row.typology, row.segment, String(row.label)]);
    expect(cells.slice(4, 4 + inputKeys.length)).toEqual(inputKeys.map((k) => String(row.input[k as keyof RiskInput])));
    expect(cells.slice(4 + inputKeys.length)).toEqual(Array.from(toFeatureVector(row.input), String));
  });
});
