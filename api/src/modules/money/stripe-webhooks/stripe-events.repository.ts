import { type Kysely, type Transaction, sql } from 'kysely';
import type { DB } from '../../../db/schema';
import type { StripeWebhookEvent } from '../../../adapters/payment-providers';

/**
 * Claims an event for processing in the caller's transaction: true for a new event or one whose
 * earlier processing failed, false once it has been processed. A concurrent delivery of the same id
 * waits on the row until the first transaction ends, then sees it processed.
 */
export async function claimStripeEvent(trx: Transaction<DB>, event: StripeWebhookEvent, now: Date): Promise<boolean> {
  const claimed = await trx
    .insertInto('stripe_events')
    .values({ id: event.id, type: event.type, created: event.created, received_at: now, processed_at: null, error: null })
    .onConflict((oc) => oc.column('id').doUpdateSet({ error: null }).where('stripe_events.processed_at', 'is', null))
    .returning('id')
    .executeTakeFirst();
  return claimed !== undefined;
}

/** `note` says why an event changed nothing (an unknown type, an account that is not ours). */
export async function markStripeEventProcessed(trx: Transaction<DB>, id: string, now: Date, note: string | null): Promise<void> {
  await trx.updateTable('stripe_events').set({ processed_at: now, error: note }).where('id', '=', id).execute();
}

/** Keeps the failure for operators; the event stays unprocessed, so Stripe's retry processes it again. */
export async function recordStripeEventFailure(db: Kysely<DB>, event: StripeWebhookEvent, now: Date, error: string): Promise<void> {
  await db
    .insertInto('stripe_events')
    .values({ id: event.id, type: event.type, created: event.created, received_at: now, processed_at: null, error })
    .onConflict((oc) =>
      oc
        .column('id')
        .doUpdateSet({ error: sql`excluded.error` })
        .where('stripe_events.processed_at', 'is', null),
    )
    .execute();
}
