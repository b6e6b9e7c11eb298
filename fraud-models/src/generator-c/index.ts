// Generator C: a third, independently written training generator (see README.md). One row per
// order at its payment moment, in time order, with ground truth, segment and a noisy label.

import { FEATURE_NAMES, type RiskInput, toFeatureVector } from '../features';
import { accountTakeover, bustOut, cardTesting, friendlyFraud, stolenCardNewAccounts } from './fraud-payments';
import { collusion, promoAbuse, reviewRings, triangulation } from './fraud-schemes';
import { collectors, giftBursts, households, newUsers, ordinary, powerBuyers, resellers, returningOnNewDevice, viralSellers } from './legit';
import { END, SellerPool, TRAIN_DAYS } from './market';
import type { Ctx } from './people';
import { Random } from './random';
import { DAY, World } from './world';

export interface OrderRowC {
  at: number; // ms since the window's start (midnight UTC); not written to the CSV
  split: 'train' | 'test';
  typology: string;
  segment: string;
  label: 0 | 1;
  input: RiskInput;
}

/** Share of fraud left unlabelled (never charged back or reported) and of legit labelled fraud. */
const MISSED_FRAUD = 0.04;
const FALSE_FRAUD = 0.001;

export function generateOrdersC(seed = 20261208, options: { scale?: number } = {}): OrderRowC[] {
  const scale = options.scale ?? 1;
  const n = (count: number) => Math.max(1, Math.round(count * scale));
  const world = new World();
  const rng = new Random(seed);
  const ctx: Ctx = { world, rng, sellers: new SellerPool(world, rng, n(4000)) };

  const crowd = ordinary(ctx, n(20500));
  newUsers(ctx, n(2300));
  households(ctx, n(700));
  powerBuyers(ctx, n(65));
  resellers(ctx, n(170));
  collectors(ctx, n(500));
  returningOnNewDevice(ctx, n(1500));
  giftBursts(ctx, n(450));
  viralSellers(ctx, n(20), crowd);

  cardTesting(ctx, n(15));
  accountTakeover(ctx, n(100), crowd);
  stolenCardNewAccounts(ctx, n(70));
  bustOut(ctx, n(30));
  friendlyFraud(ctx, n(170));
  triangulation(ctx, n(23), crowd);
  collusion(ctx, n(30));
  reviewRings(ctx, n(14));
  promoAbuse(ctx, n(19));

  const noise = new Random(seed ^ 0x5eed);
  return world.replay(0, END).map(({ order, input }) => {
    const fraud = order.typology !== 'legit';
    const label = fraud ? !noise.chance(MISSED_FRAUD) : noise.chance(FALSE_FRAUD);
    return { at: order.at, split: order.at < TRAIN_DAYS * DAY ? 'train' : 'test', typology: order.typology, segment: order.segment, label: label ? 1 : 0, input };
  });
}

/** The trainer's format: columns by name, `input:<RiskInput key>` then `feature:<name>`. */
export function toOrdersCCsv(rows: readonly OrderRowC[]): string {
  if (rows.length === 0) throw new Error('no rows');
  const keys = Object.keys((rows[0] as OrderRowC).input) as (keyof RiskInput)[];
  const header = ['split', 'typology', 'segment', 'label', ...keys.map((k) => `input:${k}`), ...FEATURE_NAMES.map((f) => `feature:${f}`)].join(',');
  const lines = rows.map((r) =>
    [r.split, r.typology, r.segment, String(r.label), ...keys.map((k) => String(r.input[k])), ...Array.from(toFeatureVector(r.input), String)].join(','),
  );
  return `${header}\n${lines.join('\n')}\n`;
}
