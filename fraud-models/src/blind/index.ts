// A blind evaluation set for the fraud models: a seeded simulation of a marketplace, written without
// reading the training generator (see README.md), read back point in time into RiskInput rows (one
// per payment) and SellerRiskInput rows (one per listing publication and payout).

import { History } from './derive';
import * as fraud from './fraud-buyers';
import * as legit from './legit-buyers';
import { WINDOW_END, WINDOW_START } from './market';
import { type Rand, chance, mulberry32 } from './prng';
import type { BlindOrderRow, BlindSellerRow } from './rows';
import * as sellers from './sellers';
import { Sim } from './sim';
import type { RowTruth } from './world';

export { toBlindCsv, toBlindSellersCsv } from './csv';
export { FRAUD_TYPOLOGIES, LEGIT_SEGMENTS, SELLER_FRAUD_TYPOLOGIES, SELLER_LEGIT_SEGMENTS, type BlindOrderRow, type BlindSellerRow } from './rows';

export interface BlindOptions {
  /** Multiplies every population; 1 gives ~170,000 orders and ~30,000 seller rows. */
  scale?: number;
}

const UNLABELLED_FRAUD = 0.04; // fraud nobody ever reported
const FALSE_CLAIMS = 0.001; // legitimate payments labelled fraud

const inWindow = (t: number): boolean => t >= WINDOW_START && t < WINDOW_END;

function observed(noise: Rand, truth: RowTruth): 0 | 1 {
  if (truth.typology === 'legit') return chance(noise, FALSE_CLAIMS) ? 1 : 0;
  return chance(noise, UNLABELLED_FRAUD) ? 0 : 1;
}

export function generateBlindOrders(seed = 1, { scale = 1 }: BlindOptions = {}): BlindOrderRow[] {
  const n = (count: number) => Math.max(2, Math.round(count * scale));
  const sim = new Sim(mulberry32(seed), n(3000));
  legit.ordinary(sim, n(24000));
  legit.newUsers(sim, n(2500));
  legit.households(sim, n(1000));
  legit.powerBuyers(sim, n(40));
  legit.resellers(sim, n(150));
  legit.collectors(sim, n(300));
  legit.newDevices(sim, n(1800));
  legit.giftSeason(sim, n(450));
  legit.viralSellers(sim, n(12), 250);
  fraud.cardTesting(sim, n(15), n(10));
  fraud.accountTakeover(sim, n(70));
  fraud.triangulation(sim, n(15));
  fraud.collusionLaundering(sim, n(12));
  fraud.reviewRings(sim, n(11));
  fraud.promoAbuse(sim, n(28));
  fraud.sleeperBustOut(sim, n(30));
  fraud.friendlyFraud(sim, n(150));
  const history = new History(sim.world);
  const noise = mulberry32(seed ^ 0x5bd1e995);
  return sim.world.orders
    .filter((o) => o.truth && inWindow(o.paidAt))
    .sort((a, b) => a.paidAt - b.paidAt || a.id - b.id)
    .map((o) => ({ set: 'blind', typology: o.truth!.typology, segment: o.truth!.segment, label: observed(noise, o.truth!), input: history.riskInput(o) }));
}

export function generateBlindSellers(seed = 1, { scale = 1 }: BlindOptions = {}): BlindSellerRow[] {
  const n = (count: number) => Math.max(2, Math.round(count * scale));
  const sim = new Sim(mulberry32(seed ^ 0x27d4eb2f), n(500));
  sellers.ordinarySellers(sim, n(500));
  sellers.newSellers(sim, n(250));
  sellers.viralShopSellers(sim, n(40));
  sellers.resellerSellers(sim, n(100));
  sellers.clearanceSellers(sim, n(100));
  sellers.nonDelivery(sim, n(22));
  sellers.muleSellers(sim, n(7));
  const history = new History(sim.world);
  const noise = mulberry32(seed ^ 0x68e31da4);
  return sim.world.sellerMoments
    .filter((m) => inWindow(m.at))
    .sort((a, b) => a.at - b.at || a.seller - b.seller)
    .map((m) => ({ set: 'blind', typology: m.truth.typology, segment: m.truth.segment, label: observed(noise, m.truth), input: history.sellerRiskInput(m) }));
}
