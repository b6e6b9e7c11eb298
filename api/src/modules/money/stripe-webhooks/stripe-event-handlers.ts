import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import { lockExternalObject } from '../../../db/advisory-lock';
import type { DB } from '../../../db/schema';
import { findOrderIdForPayment } from '../../marketplace/orders';
import { recordChargeback } from '../../trust-safety/disputes';
import type { StripeProvider, StripeWebhookEvent } from '../../../adapters/payment-providers';
import { syncSellerAccount } from '../seller-accounts';

/** Applies one event; returns why it changed nothing, or null. Runs inside the event's transaction. */
type EventHandler = (trx: Transaction<DB>, deps: Pick<AppContext, 'config' | 'keyring'>, provider: StripeProvider, objectId: string, now: Date) => Promise<string | null>;

// Handlers re-fetch the object: a webhook's snapshot may be older than a delivery already applied.
const accountUpdated: EventHandler = async (trx, _deps, provider, accountId, now) =>
  (await syncSellerAccount(trx, provider, accountId, now)) ? null : `ignored: account ${accountId} is not a seller account`;

const disputeChanged: EventHandler = async (trx, deps, provider, disputeId, now) => {
  await lockExternalObject(trx, `dispute:${disputeId}`);
  const dispute = await provider.retrieveDispute(disputeId);
  const orderId = dispute.paymentIntent ? await findOrderIdForPayment(trx, dispute.paymentIntent) : undefined;
  if (!orderId) return `ignored: no order paid with ${dispute.paymentIntent ?? '(no payment intent)'}`;
  await recordChargeback(trx, deps, {
    orderId,
    providerDisputeId: dispute.id,
    status: dispute.status,
    providerStatus: dispute.providerStatus,
    reason: dispute.reason,
    amount: dispute.amount,
    now,
  });
  return null;
};

const HANDLERS: Record<string, EventHandler> = {
  'account.updated': accountUpdated,
  'charge.dispute.created': disputeChanged,
  'charge.dispute.updated': disputeChanged,
  'charge.dispute.closed': disputeChanged,
  'charge.dispute.funds_withdrawn': disputeChanged,
  'charge.dispute.funds_reinstated': disputeChanged,
};

export async function applyStripeEvent(
  trx: Transaction<DB>,
  deps: Pick<AppContext, 'config' | 'keyring'>,
  provider: StripeProvider,
  event: StripeWebhookEvent,
  now: Date,
): Promise<string | null> {
  const handler = HANDLERS[event.type];
  if (!handler) return `ignored: unhandled type ${event.type}`;
  if (!event.objectId) return 'ignored: event without an object id';
  return handler(trx, deps, provider, event.objectId, now);
}
