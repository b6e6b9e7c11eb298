import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import type { AnalyticsEvent } from '../src/events';
import type { OutboxDB, OutboxTable } from '../src/outbox';

export interface OrderPaidOverrides {
  amount?: number;
  currency?: string;
  occurred_at?: Date;
  category?: string;
}

/** An `order.paid` event shaped like the API writes it. */
export function orderPaidEvent(overrides: OrderPaidOverrides = {}): AnalyticsEvent {
  const orderId = randomUUID();
  return {
    event_id: randomUUID(),
    event_type: 'order.paid',
    aggregate_type: 'order',
    aggregate_id: orderId,
    occurred_at: overrides.occurred_at ?? new Date('2026-11-21T10:15:00.000Z'),
    payload: {
      order_id: orderId,
      listing_id: randomUUID(),
      buyer_id: randomUUID(),
      seller_id: randomUUID(),
      amount: overrides.amount ?? 1999,
      currency: overrides.currency ?? 'EUR',
      fee_amount: 200,
      category: overrides.category ?? 'cameras',
      risk_score: 12,
      risk_decision: 'allow',
    },
  };
}

/** Writes events to the outbox as the API would, returning them in id order. */
export async function insertOutbox(db: Kysely<OutboxDB>, events: readonly AnalyticsEvent[]): Promise<Array<{ id: string; event_id: string }>> {
  const rows: Array<Insertable<OutboxTable>> = events.map((event) => ({
    ...event,
    payload: JSON.stringify(event.payload),
  }));
  const inserted = await db.insertInto('outbox').values(rows).returning(['id', 'event_id']).execute();
  return inserted.sort((a, b) => Number(BigInt(a.id) - BigInt(b.id)));
}
