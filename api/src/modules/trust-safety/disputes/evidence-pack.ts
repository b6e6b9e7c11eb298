import type { Kysely } from 'kysely';
import type { Keyring } from '../../../adapters/keyring';
import type { DB } from '../../../db/schema';
import { toAmount } from '../../money/currencies';
import { orderThread, toMessageResponse } from '../../marketplace/conversations';
import { orderHistory } from '../../marketplace/orders';
import { orderImagesOf } from '../../marketplace/listing-images';
import { readOrderAddress } from '../../marketplace/shipping';
import { listDisputeMessages } from './disputes.repository';
import { listEvidence, toEvidenceResponse } from './evidence.repository';

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

/**
 * Everything an arbitrator needs, gathered without asking anyone: the order's transitions, payment
 * attempts with the risk verdict, any fraud case, both conversations, shipment facts, the evidence and
 * the listing's photos as they were when the order was made, and the address the item was sent to
 * (decrypted: the caller audits the view).
 * A read model over other modules' tables; it never writes.
 */
export async function evidencePack(db: Kysely<DB>, keyring: Keyring, disputeId: string, orderId: string) {
  const [order, history, attempts, fraudCases, conversation, thread, evidence, photos, address] = await Promise.all([
    db
      .selectFrom('orders')
      .select(['amount', 'currency', 'fee_amount', 'refunded_amount', 'status', 'risk_score', 'risk_decision', 'carrier', 'tracking_number', 'created_at'])
      .where('id', '=', orderId)
      .executeTakeFirstOrThrow(),
    orderHistory(db, orderId),
    db
      .selectFrom('payment_attempts')
      .select(['id', 'attempt', 'payment_method', 'amount', 'currency', 'status', 'decline_code', 'created_at', 'finished_at'])
      .where('order_id', '=', orderId)
      .orderBy('attempt')
      .execute(),
    db
      .selectFrom('fraud_cases')
      .select(['id', 'status', 'reason', 'risk_score', 'decision', 'decided_at', 'created_at'])
      .where('order_id', '=', orderId)
      .orderBy('created_at')
      .execute(),
    orderThread(db, keyring, orderId),
    listDisputeMessages(db, disputeId),
    listEvidence(db, disputeId),
    orderImagesOf(db, orderId),
    readOrderAddress(db, keyring, orderId),
  ]);
  const enteredAt = (status: string) => history.find((h) => h.to_status === status)?.created_at;
  return {
    order: {
      id: orderId,
      status: order.status,
      amount: { amount: toAmount(order.amount), currency: order.currency },
      fee: { amount: toAmount(order.fee_amount), currency: order.currency },
      refunded: { amount: toAmount(order.refunded_amount), currency: order.currency },
      created_at: order.created_at.toISOString(),
    },
    transitions: history.map((h) => ({ from: h.from_status, to: h.to_status, actor: h.actor_type, actor_id: h.actor_id, reason: h.reason, at: h.created_at.toISOString() })),
    payment: {
      risk_score: order.risk_score,
      risk_decision: order.risk_decision,
      attempts: attempts.map((a) => ({
        id: a.id,
        attempt: a.attempt,
        payment_method: a.payment_method,
        amount: { amount: toAmount(a.amount), currency: a.currency },
        status: a.status,
        decline_code: a.decline_code,
        created_at: a.created_at.toISOString(),
        finished_at: iso(a.finished_at),
      })),
    },
    fraud_cases: fraudCases.map((c) => ({
      id: c.id,
      status: c.status,
      reason: c.reason,
      risk_score: c.risk_score,
      decision: c.decision,
      decided_at: iso(c.decided_at),
      created_at: c.created_at.toISOString(),
    })),
    shipment: {
      carrier: order.carrier,
      tracking_number: order.tracking_number,
      shipped_at: iso(enteredAt('shipped')),
      delivered_at: iso(enteredAt('delivered')),
      address: address ?? null,
    },
    messages: { order: conversation.map(toMessageResponse), dispute: thread.map(toMessageResponse) },
    evidence: evidence.map(toEvidenceResponse),
    listing_photos: photos,
  };
}
