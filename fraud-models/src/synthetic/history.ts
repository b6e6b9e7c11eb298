// Replays the simulated order stream in time order and, for each order, computes the RiskInput
// the platform would have known at that moment: only earlier orders count, as in production.

import type { RiskInput } from '../features';
import type { Account, OrderEvent, Simulation } from './marketplace';

const DAY = 24;
const COMPLETION_DELAY_HOURS = 72; // an order counts as a seller's completed sale once delivered

interface RecentOrder {
  t: number;
  seller: number;
}

export function replayRiskInputs(simulation: Simulation): RiskInput[] {
  const { buyers, sellers, orders } = simulation;
  const buyerPriorOrders = buyers.map((b) => b.ordersBefore);
  const sellerCompletedSales = sellers.map((s) => s.ordersBefore);
  const recentByBuyer = new Map<number, RecentOrder[]>();
  const pairOrders = new Map<number, number>();
  let nextCompletion = 0; // orders are time-sorted, so completions are too: a FIFO pointer suffices

  return orders.map((order: OrderEvent): RiskInput => {
    for (; nextCompletion < orders.length; nextCompletion++) {
      const pending = orders[nextCompletion] as OrderEvent;
      if (pending.t + COMPLETION_DELAY_HOURS > order.t) break;
      sellerCompletedSales[pending.seller]! += 1;
    }

    const recent = (recentByBuyer.get(order.buyer) ?? []).filter((r) => r.t > order.t - DAY);
    const pairKey = order.buyer * sellers.length + order.seller;
    const input: RiskInput = {
      amount_minor: order.amountMinor,
      currency_exponent: order.currencyExponent,
      buyer_account_age_days: (order.t - (buyers[order.buyer] as Account).createdAt) / DAY,
      buyer_prior_orders: buyerPriorOrders[order.buyer] as number,
      buyer_orders_last_24h: recent.length,
      buyer_distinct_sellers_last_24h: new Set(recent.map((r) => r.seller)).size,
      seller_account_age_days: (order.t - (sellers[order.seller] as Account).createdAt) / DAY,
      seller_completed_sales: sellerCompletedSales[order.seller] as number,
      listing_age_hours: order.listingAgeHours,
      price_vs_category_median: order.priceVsCategoryMedian,
      hour_of_day: Math.floor(order.t % DAY), // t >= 0: the simulation starts at 00:00 UTC
      pair_prior_orders: pairOrders.get(pairKey) ?? 0,
    };

    recent.push({ t: order.t, seller: order.seller });
    recentByBuyer.set(order.buyer, recent);
    buyerPriorOrders[order.buyer]! += 1;
    pairOrders.set(pairKey, (pairOrders.get(pairKey) ?? 0) + 1);
    return input;
  });
}
