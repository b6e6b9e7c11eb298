import { type AggregateType, checkEvent } from '@agora/analytics';
import { type InsertQueryBuilder, type InsertResult, type QueryCreator, sql, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema';
import { createLogger } from '../../../logger';
import { type StaffQueue, announceQueueChange, queueOfEvent } from '../staff-queues';

export interface DomainEvent {
  type: string;
  aggregateType: AggregateType;
  aggregateId: string;
  occurredAt: Date;
  payload: Record<string, unknown>;
}

/** The inserts that store a batch of events: valid ones in the outbox, refused ones in the dead letters. */
export type EventWrite = InsertQueryBuilder<DB, 'outbox', InsertResult> | InsertQueryBuilder<DB, 'outbox_dead_letters', InsertResult>;

// Events are appended from dozens of services inside their transactions, none of which carries a
// logger; the dead-letter row is the durable record, this warning the alert.
const log = createLogger('warn').child({ module: 'outbox' });

// A refused payload may be what broke JSON (a bigint): the dead letter must still be writable.
const lenientJson = (payload: unknown) => JSON.stringify(payload, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));

/**
 * Checks each event against the analytics catalogue: a valid one becomes an outbox row stamped with
 * its schema version; an unknown or invalid one a dead letter naming the failing fields, so a schema
 * bug never costs the business change nor drops the event silently. The log line carries the type
 * and reason, never the payload (it can hold personal data).
 */
export function eventWrites(db: QueryCreator<DB>, events: readonly DomainEvent[]): EventWrite[] {
  const valid = [];
  const dead = [];
  for (const e of events) {
    const check = checkEvent(e.type, e.aggregateType, e.payload);
    const common = { event_type: e.type, aggregate_type: e.aggregateType, aggregate_id: e.aggregateId, occurred_at: e.occurredAt };
    if (check.ok) {
      valid.push({ ...common, event_version: check.version, payload: JSON.stringify(e.payload) });
    } else {
      log.warn({ event_type: e.type, event_version: check.version, aggregate_type: e.aggregateType, reason: check.reason }, 'event refused by the catalogue: dead-lettered');
      dead.push({ ...common, event_version: check.version, payload: lenientJson(e.payload), reason: check.reason });
    }
  }
  const writes: EventWrite[] = [];
  if (valid.length > 0) writes.push(db.insertInto('outbox').values(valid));
  if (dead.length > 0) writes.push(db.insertInto('outbox_dead_letters').values(dead));
  return writes;
}

/** Appends events inside the caller's transaction, in one statement: they exist if and only if the change commits. */
export async function appendEvents(trx: Transaction<DB>, events: readonly DomainEvent[]): Promise<void> {
  const [first, second] = eventWrites(trx, events);
  if (!first) return;
  if (!second) await first.execute();
  else await sql`WITH dead AS (${second}) ${first}`.execute(trx);
  // The console's queues update live: each item an event moves is announced once, at commit.
  const moved = new Map<string, [StaffQueue, string]>();
  for (const e of events) {
    const queue = queueOfEvent(e.type);
    if (queue) moved.set(`${queue}:${e.aggregateId}`, [queue, e.aggregateId]);
  }
  for (const [queue, id] of moved.values()) await announceQueueChange(trx, queue, id);
}
