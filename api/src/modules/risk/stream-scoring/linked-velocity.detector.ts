import { type Detector, EVIDENCE_ROWS, ORDER_TUPLE, type OrderTuple, buyersOf, query, scaleScore, toOrders, windowBack, windowJson, windowParams } from './detector';

export interface LinkedVelocityConfig {
  windowMinutes: number;
  minAccounts: number;
}

/**
 * (d) Velocity across linked accounts: at least `minAccounts` distinct buyers paying within the window
 * with one device (order.paid's `device_hash`, the buyer's latest sign-in device) or one card
 * (`card_hash`). One query covers both links: each payment is counted once per hash it carries.
 */
export function linkedVelocity(c: LinkedVelocityConfig): Detector {
  const name = 'linked_velocity';
  return {
    name,
    async detect(store, now) {
      const window = windowBack(now, c.windowMinutes * 60_000);
      const rows = await query<{ kind: 'device' | 'card'; hash: string; accounts: string; rows: OrderTuple[] }>(
        store,
        `
        SELECT link.1 AS kind, link.2 AS hash, uniqExact(buyer_id) AS accounts, groupArray(${EVIDENCE_ROWS})(${ORDER_TUPLE}) AS rows
        FROM ${store.database}.events FINAL
        ARRAY JOIN [('device', JSONExtractString(payload, 'device_hash')), ('card', JSONExtractString(payload, 'card_hash'))] AS link
        WHERE event_type = 'order.paid'
          AND occurred_at >= fromUnixTimestamp64Milli({from_ms:Int64}, 'UTC')
          AND occurred_at <= fromUnixTimestamp64Milli({to_ms:Int64}, 'UTC')
          AND link.2 != ''
        GROUP BY kind, hash
        HAVING accounts >= {min_accounts:UInt32}
        ORDER BY kind, hash`,
        { ...windowParams(window), min_accounts: c.minAccounts },
      );
      return rows.map((r) => {
        const accounts = Number(r.accounts);
        const evidenceOrders = toOrders(r.rows);
        const buyers = buyersOf(evidenceOrders);
        return {
          detector: name,
          subjectKey: `${r.kind}:${r.hash}`,
          // The most active of the linked accounts; a confirmation suspends it, the others are listed to follow up.
          subjectUserId: buyers[0]!.user_id,
          score: scaleScore(accounts, c.minAccounts),
          reason: `${accounts} accounts sharing one ${r.kind} paid ${evidenceOrders.length} orders within ${c.windowMinutes} min`,
          evidence: {
            window: windowJson(window),
            counts: { accounts, orders: evidenceOrders.length },
            thresholds: { min_accounts: c.minAccounts, window_minutes: c.windowMinutes },
            accounts: buyers,
            orders: evidenceOrders,
            link: { kind: r.kind, hash: r.hash },
          },
        };
      });
    },
  };
}
