import { randomUUID } from 'node:crypto';
import type { AnalyticsEvent } from '../src/events';
import { orderPaidEvent } from './factories';

/** `perAggregate` events for each of `aggregates` orders, interleaved the way concurrent orders write them. */
export function interleaved(aggregates: number, perAggregate: number): AnalyticsEvent[] {
  const ids = Array.from({ length: aggregates }, () => randomUUID());
  return Array.from({ length: perAggregate }, (_, step) => ids.map((aggregateId) => ({ ...orderPaidEvent({ amount: step }), aggregate_id: aggregateId }))).flat();
}

/**
 * Fails when an aggregate's event was delivered before an earlier event of the same aggregate
 * had been: the first deliveries of each aggregate's events must follow outbox order.
 */
export function expectOrderKept(events: readonly AnalyticsEvent[], delivered: readonly string[]): void {
  const firstSeen = new Map<string, number>();
  delivered.forEach((id, position) => firstSeen.has(id) || firstSeen.set(id, position));
  const byAggregate = new Map<string, number[]>();
  for (const event of events) {
    const positions = byAggregate.get(event.aggregate_id) ?? [];
    positions.push(firstSeen.get(event.event_id) ?? Number.NaN);
    byAggregate.set(event.aggregate_id, positions);
  }
  for (const positions of byAggregate.values()) {
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  }
}
