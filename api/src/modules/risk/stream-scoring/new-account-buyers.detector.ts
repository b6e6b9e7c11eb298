import { type Detector, EVIDENCE_ROWS, ORDER_TUPLE, type OrderTuple, buyersOf, query, scaleScore, toOrders, windowBack, windowJson, windowParams } from './detector';

export interface NewAccountBuyersConfig {
  windowHours: number;
  /** An account younger than this when it paid is new. */
  accountDays: number;
  minBuyers: number;
}

/**
 * (b) Many new accounts buying from one seller: at least `minBuyers` distinct buyers whose accounts were
 * younger than `accountDays` when they paid (order.paid's `buyer_created_at`) paid one seller within the
 * window. Events without `buyer_created_at` (written before it existed) never count as new.
 */
export function newAccountBuyers(c: NewAccountBuyersConfig): Detector {
  const name = 'new_account_buyers';
  return {
    name,
    async detect(store, now) {
      const window = windowBack(now, c.windowHours * 3_600_000);
      const rows = await query<{ seller: string; new_buyers: string; rows: OrderTuple[] }>(
        store,
        `
        SELECT toString(seller_id) AS seller, uniqExact(buyer_id) AS new_buyers, groupArray(${EVIDENCE_ROWS})(${ORDER_TUPLE}) AS rows
        FROM ${store.database}.events FINAL
        WHERE event_type = 'order.paid'
          AND occurred_at >= fromUnixTimestamp64Milli({from_ms:Int64}, 'UTC')
          AND occurred_at <= fromUnixTimestamp64Milli({to_ms:Int64}, 'UTC')
          AND seller_id != toUUID('00000000-0000-0000-0000-000000000000')
          AND dateDiff('millisecond', parseDateTime64BestEffortOrNull(JSONExtractString(payload, 'buyer_created_at'), 3, 'UTC'), occurred_at) < {max_age_ms:Int64}
        GROUP BY seller_id
        HAVING new_buyers >= {min_buyers:UInt32}
        ORDER BY seller`,
        { ...windowParams(window), max_age_ms: c.accountDays * 86_400_000, min_buyers: c.minBuyers },
      );
      return rows.map((r) => {
        const buyers = Number(r.new_buyers);
        const evidenceOrders = toOrders(r.rows);
        return {
          detector: name,
          subjectKey: r.seller,
          subjectUserId: r.seller,
          score: scaleScore(buyers, c.minBuyers),
          reason: `${buyers} accounts younger than ${c.accountDays} days paid this seller within ${c.windowHours} h`,
          evidence: {
            window: windowJson(window),
            counts: { new_buyers: buyers, orders: evidenceOrders.length },
            thresholds: { min_buyers: c.minBuyers, account_days: c.accountDays },
            accounts: [{ user_id: r.seller, role: 'seller', orders: evidenceOrders.length }, ...buyersOf(evidenceOrders)],
            orders: evidenceOrders,
          },
        };
      });
    },
  };
}
