import type { AppContext } from '../../../context';
import { inTransaction } from '../../../db/transaction';
import type { StripeProvider, StripeWebhookEvent } from '../../../adapters/payment-providers';
import { applyStripeEvent } from './stripe-event-handlers';
import { claimStripeEvent, markStripeEventProcessed, recordStripeEventFailure } from './stripe-events.repository';

/**
 * Processes a verified event exactly once: claim and apply in one transaction, so a replay or a
 * concurrent duplicate delivery is a no-op and a failure leaves nothing half-applied. A failure is
 * recorded and rethrown (a 500), and Stripe's retry of the same event tries again.
 */
export async function processStripeEvent(ctx: AppContext, provider: StripeProvider, event: StripeWebhookEvent): Promise<'processed' | 'duplicate'> {
  try {
    // Not retried: applying an event may ask the provider (an account's current state).
    return await inTransaction(
      ctx.db,
      async (trx) => {
        const now = ctx.clock.now();
        if (!(await claimStripeEvent(trx, event, now))) return 'duplicate';
        const note = await applyStripeEvent(trx, ctx, provider, event, now);
        await markStripeEventProcessed(trx, event.id, now, note);
        return 'processed';
      },
      { retry: false },
    );
  } catch (err) {
    // Best effort: the original failure is what the response (and Stripe's retry) must reflect.
    await recordStripeEventFailure(ctx.db, event, ctx.clock.now(), err instanceof Error ? err.message : String(err)).catch((recordErr: unknown) =>
      ctx.logger.error({ err: recordErr, eventId: event.id }, 'could not record a failed Stripe event'),
    );
    throw err;
  }
}
