import type { QueryCreator, Transaction } from 'kysely';
import type { DB } from '../../db/schema';

export interface DomainEvent {
  type: string;
  aggregateType: 'order' | 'user' | 'listing' | 'fraud_case' | 'payout' | 'dispute' | 'report' | 'review' | 'message' | 'model';
  aggregateId: string;
  occurredAt: Date;
  payload: Record<string, unknown>;
}

/** Appends events inside the caller's transaction: they exist if and only if the change commits. */
export async function appendEvents(trx: Transaction<DB>, events: readonly DomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  await insertEvents(trx, events).execute();
}

/** The insert of `events` (at least one), for a caller that folds it into a statement of its own. */
export function insertEvents(db: QueryCreator<DB>, events: readonly DomainEvent[]) {
  return db
    .insertInto('outbox')
    .values(events.map((e) => ({
      event_type: e.type,
      aggregate_type: e.aggregateType,
      aggregate_id: e.aggregateId,
      occurred_at: e.occurredAt,
      payload: JSON.stringify(e.payload),
    })));
}
