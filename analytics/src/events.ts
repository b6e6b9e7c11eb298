import type { AnalyticsStore } from './clickhouse';

/** One domain event as the outbox holds it. */
export interface AnalyticsEvent {
  event_id: string;
  event_type: string;
  /** The catalogue schema version of the payload; absent reads as 1, the version of every event written before versions. */
  event_version?: number;
  aggregate_type: string;
  aggregate_id: string;
  occurred_at: Date;
  /** The event's fields: an object, or that object already serialized as JSON text (as the relay reads it). */
  payload: unknown;
}

// 'YYYY-MM-DD hh:mm:ss.sss', the DateTime64 text form every server version parses without
// relying on date_time_input_format; the column's timezone makes it UTC.
function clickhouseTime(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}

/** One JSONEachRow insert; the events table collapses repeated event_ids. */
export async function insertEvents(store: AnalyticsStore, events: readonly AnalyticsEvent[]): Promise<void> {
  if (events.length === 0) return;
  await store.client.insert({
    table: `${store.database}.events`,
    format: 'JSONEachRow',
    values: events.map((event) => ({
      event_id: event.event_id,
      event_type: event.event_type,
      event_version: event.event_version,
      aggregate_type: event.aggregate_type,
      aggregate_id: event.aggregate_id,
      occurred_at: clickhouseTime(event.occurred_at),
      // Payloads are objects; text is one the relay read as jsonb::text, passed on without a parse and re-serialization.
      payload: typeof event.payload === 'string' ? event.payload : JSON.stringify(event.payload),
    })),
  });
}

/** The sink that writes relayed batches straight into `store`'s events table. */
export function clickHouseSink(store: AnalyticsStore): (events: readonly AnalyticsEvent[]) => Promise<void> {
  return (events) => insertEvents(store, events);
}
