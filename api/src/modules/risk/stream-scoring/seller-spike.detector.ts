import { type Detector, EVIDENCE_ROWS, ORDER_TUPLE, type OrderTuple, buyersOf, query, scaleScore, toOrders, windowBack, windowJson } from './detector';

export interface SellerSpikeConfig {
  windowMinutes: number;
  baselineDays: number;
  /** Fires at this many times the seller's own mean for a window of the same length. */
  factor: number;
  minOrders: number;
}

/**
 * (a) Seller sales spike: a seller's paid orders in the last window against their own trailing baseline
 * (the `baselineDays` before it, scaled to the window's length). A seller with no history has a baseline
 * of zero, so `minOrders` alone decides for them.
 */
export function sellerSpike(c: SellerSpikeConfig): Detector {
  const name = 'seller_spike';
  const windowMs = c.windowMinutes * 60_000;
  const baselineMs = c.baselineDays * 86_400_000;
  return {
    name,
    async detect(store, now) {
      const window = windowBack(now, windowMs);
      const rows = await query<{ seller: string; orders: string; baseline_orders: string; rows: OrderTuple[] }>(
        store,
        `
        SELECT toString(seller_id) AS seller,
               countIf(occurred_at >= fromUnixTimestamp64Milli({from_ms:Int64}, 'UTC')) AS orders,
               countIf(occurred_at < fromUnixTimestamp64Milli({from_ms:Int64}, 'UTC')) AS baseline_orders,
               groupArrayIf(${EVIDENCE_ROWS})(${ORDER_TUPLE}, occurred_at >= fromUnixTimestamp64Milli({from_ms:Int64}, 'UTC')) AS rows
        FROM ${store.database}.events FINAL
        WHERE event_type = 'order.paid'
          AND occurred_at >= fromUnixTimestamp64Milli({baseline_from_ms:Int64}, 'UTC')
          AND occurred_at <= fromUnixTimestamp64Milli({to_ms:Int64}, 'UTC')
          -- The baseline is only worth reading for sellers already over the minimum in the window.
          AND seller_id IN (
            SELECT seller_id FROM ${store.database}.events FINAL
            WHERE event_type = 'order.paid'
              AND occurred_at >= fromUnixTimestamp64Milli({from_ms:Int64}, 'UTC')
              AND occurred_at <= fromUnixTimestamp64Milli({to_ms:Int64}, 'UTC')
              AND seller_id != toUUID('00000000-0000-0000-0000-000000000000')
            GROUP BY seller_id
            HAVING count() >= {min_orders:UInt32}
          )
        GROUP BY seller_id
        HAVING orders >= {min_orders:UInt32} AND orders >= {factor:Float64} * baseline_orders * {window_share:Float64}
        ORDER BY seller`,
        {
          from_ms: window.from.getTime(),
          to_ms: window.to.getTime(),
          baseline_from_ms: window.from.getTime() - baselineMs,
          min_orders: c.minOrders,
          factor: c.factor,
          window_share: windowMs / baselineMs,
        },
      );
      return rows.map((r) => {
        const orders = Number(r.orders);
        const expected = (Number(r.baseline_orders) * windowMs) / baselineMs;
        const evidenceOrders = toOrders(r.rows);
        return {
          detector: name,
          subjectKey: r.seller,
          subjectUserId: r.seller,
          score: scaleScore(orders, Math.max(c.minOrders, c.factor * expected)),
          reason: `Sales spike: ${orders} paid orders in the last ${c.windowMinutes} min against a usual ${expected.toFixed(2)} per ${c.windowMinutes} min over the previous ${c.baselineDays} days`,
          evidence: {
            window: windowJson(window),
            counts: { orders, baseline_orders: Number(r.baseline_orders), expected_orders: Math.round(expected * 100) / 100 },
            thresholds: { factor: c.factor, min_orders: c.minOrders, baseline_days: c.baselineDays },
            accounts: [{ user_id: r.seller, role: 'seller', orders }, ...buyersOf(evidenceOrders)],
            orders: evidenceOrders,
          },
        };
      });
    },
  };
}
