import type { Kysely, Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import type { DB } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { conflict, notFound } from '../../../errors';
import { appendAudit } from '../../platform/audit';
import { toAmount } from '../../money/currencies';
import { notify } from '../../marketplace/notifications';
import { scheduleDisputeReminders } from './dispute-reminders';
import { type Order, applyCommand, findOrder, loadGuardFacts, lockOrder, lockOrderForParty, partyOf } from '../../marketplace/orders';
import { appendEvents } from '../../platform/outbox';
import { scheduleJob } from '../../platform/scheduler';
import { hasPermission } from '../../platform/staff';
import { assignDispute, nextArbitrator } from './dispute-assignment';
import { isDisputeParty } from './dispute-party';
import { type Dispute, findBuyerDispute, insertDispute, insertDisputeMessage, listDisputeMessages, lockBuyerDispute, updateDispute } from './disputes.repository';
import type { EvidenceInput } from './disputes.schemas';
import { insertEvidence, listEvidence, readEvidenceFile } from './evidence.repository';

const DAY_MS = 86_400_000;
/** The scheduler job that resolves for the buyer when the seller stays silent; keyed by the order. */
export const SELLER_DEADLINE_JOB = 'dispute_seller_deadline';

export interface OpenDisputeInput {
  reason: string;
  description: string;
}

/** The event a dispute writes to the outbox: who, what, how much, never the free text. */
export function buyerDisputeEvent(type: string, d: Dispute, order: Order, now: Date, extra: Record<string, unknown> = {}) {
  return {
    type,
    aggregateType: 'dispute' as const,
    aggregateId: d.id,
    occurredAt: now,
    payload: {
      dispute_id: d.id,
      order_id: order.id,
      buyer_id: order.buyer_id,
      seller_id: order.seller_id,
      source: 'buyer',
      status: d.status,
      reason: d.reason,
      amount: toAmount(d.amount),
      currency: d.currency,
      assigned_arbitrator_id: d.assigned_arbitrator_id,
      ...extra,
    },
  };
}

/**
 * The buyer opens a dispute: in one transaction the order moves to `disputed` (its escrow stays held),
 * the dispute row is written with its deadlines, an arbitrator is assigned by rotation, the seller's
 * response deadline is scheduled, and both parties are notified.
 */
export async function openBuyerDispute(ctx: AppContext, userId: string, orderId: string, input: OpenDisputeInput): Promise<{ order: Order; dispute: Dispute }> {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const { order, actor } = await lockOrderForParty(trx, orderId, userId);
    const facts = await loadGuardFacts(trx, ctx, order, 'open_dispute', now);
    const applied = await applyCommand(trx, ctx, order, 'open_dispute', { actor, actorId: userId, now, reason: input.reason, facts });
    const sellerDue = new Date(now.getTime() + ctx.config.DISPUTE_SELLER_RESPONSE_DAYS * DAY_MS);
    let dispute = await insertDispute(trx, {
      order_id: order.id,
      source: 'buyer',
      provider_dispute_id: null,
      reason: input.reason,
      description: input.description,
      status: 'awaiting_seller',
      amount: toAmount(order.amount) - toAmount(order.refunded_amount),
      currency: order.currency,
      opened_by: userId,
      seller_response_due_at: sellerDue,
      evidence_due_at: new Date(now.getTime() + ctx.config.DISPUTE_EVIDENCE_DAYS * DAY_MS),
      created_at: now,
      updated_at: now,
    });
    const arbitrator = await nextArbitrator(trx, order.buyer_id, order.seller_id);
    if (arbitrator) dispute = await assignDispute(trx, dispute.id, arbitrator, ctx.config.DISPUTE_ARBITRATION_SLA_HOURS, now);
    await scheduleJob(trx, { kind: SELLER_DEADLINE_JOB, orderId: order.id, dueAt: sellerDue }, now);
    await scheduleDisputeReminders(trx, order.id, { sellerDue, evidenceDue: dispute.evidence_due_at! }, ctx.config.NOTIFICATION_REMINDER_HOURS, now);
    for (const party of [order.buyer_id, order.seller_id]) {
      await notify(trx, party, 'dispute.opened', { dispute_id: dispute.id, order_id: order.id, reason: dispute.reason, seller_response_due_at: sellerDue.toISOString() }, now);
    }
    await appendEvents(trx, [buyerDisputeEvent('dispute.opened', dispute, order, now)]);
    await appendAudit(trx, {
      actorId: userId,
      action: 'dispute.opened',
      entityType: 'dispute',
      entityId: dispute.id,
      at: now,
      details: {
        order_id: order.id,
        source: 'buyer',
        reason: dispute.reason,
        amount: toAmount(dispute.amount),
        currency: dispute.currency,
        assigned_arbitrator_id: arbitrator ?? null,
      },
    });
    return { order: applied.order, dispute };
  });
}

/** The dispute and its order, when the user is a party; anyone else learns nothing (404). */
async function forParty(db: Kysely<DB> | Transaction<DB>, disputeId: string, userId: string, lock?: Transaction<DB>) {
  const dispute = lock ? await lockBuyerDispute(lock, disputeId) : await findBuyerDispute(db, disputeId);
  const order = dispute && (await findOrder(db, dispute.order_id));
  if (!dispute || (order?.buyer_id !== userId && order?.seller_id !== userId)) throw notFound('Dispute');
  return { dispute, ...partyOf(order, userId) };
}

export async function partyDispute(ctx: AppContext, userId: string, disputeId: string) {
  const { dispute } = await forParty(ctx.db, disputeId, userId);
  const [messages, evidence] = await Promise.all([listDisputeMessages(ctx.db, dispute.id), listEvidence(ctx.db, dispute.id)]);
  return { dispute, messages, evidence };
}

export async function disputeThread(ctx: AppContext, userId: string, disputeId: string) {
  const { dispute } = await forParty(ctx.db, disputeId, userId);
  return listDisputeMessages(ctx.db, dispute.id);
}

/**
 * A party's contribution (message or evidence), until the evidence deadline. The seller's first one
 * is their response: the silent-seller timer no longer applies and the dispute goes under review.
 */
async function contribute<T>(ctx: AppContext, userId: string, disputeId: string, write: (trx: Transaction<DB>, d: Dispute, now: Date) => Promise<T>): Promise<T> {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    // Order before dispute: the lock order every dispute writer (and the scheduler) uses.
    const peek = await findBuyerDispute(trx, disputeId);
    if (peek) await lockOrder(trx, peek.order_id);
    const { dispute, order, actor } = await forParty(trx, disputeId, userId, trx);
    if (dispute.status === 'resolved') throw conflict('dispute_resolved', 'This dispute is already resolved');
    if (now > dispute.evidence_due_at!) throw conflict('evidence_closed', 'The evidence deadline of this dispute has passed');
    const written = await write(trx, dispute, now);
    if (actor === 'seller' && dispute.seller_responded_at === null) {
      const updated = await updateDispute(trx, dispute.id, { seller_responded_at: now, status: 'under_review', updated_at: now });
      await notify(trx, order.buyer_id, 'dispute.seller_responded', { dispute_id: dispute.id, order_id: order.id }, now);
      await appendEvents(trx, [buyerDisputeEvent('dispute.seller_responded', updated, order, now)]);
    }
    return written;
  });
}

export const postDisputeMessage = (ctx: AppContext, userId: string, disputeId: string, body: string) =>
  contribute(ctx, userId, disputeId, async (trx, dispute, now) => {
    const message = await insertDisputeMessage(trx, { dispute_id: dispute.id, author_id: userId, body, created_at: now });
    await appendEvents(trx, [
      {
        type: 'message.posted',
        aggregateType: 'message',
        aggregateId: message.id,
        occurredAt: now,
        payload: { message_id: message.id, thread: 'dispute', dispute_id: dispute.id, order_id: dispute.order_id, author_id: userId, length: body.length },
      },
    ]);
    return message;
  });

export const addEvidence = (ctx: AppContext, userId: string, disputeId: string, input: EvidenceInput) =>
  contribute(ctx, userId, disputeId, async (trx, dispute, now) => {
    const evidence = await insertEvidence(
      trx,
      ctx.keyring,
      dispute.id,
      userId,
      input.kind === 'text'
        ? { kind: 'text', text: input.text }
        : { kind: 'file', filename: input.filename, contentType: input.content_type, content: Buffer.from(input.content_base64, 'base64') },
      now,
    );
    await appendEvents(trx, [
      {
        type: 'dispute.evidence_added',
        aggregateType: 'dispute',
        aggregateId: dispute.id,
        occurredAt: now,
        payload: {
          dispute_id: dispute.id,
          order_id: dispute.order_id,
          evidence_id: evidence.id,
          author_id: userId,
          kind: evidence.kind,
          content_type: evidence.content_type,
          size_bytes: evidence.size_bytes,
        },
      },
    ]);
    return evidence;
  });

/** An evidence file's bytes, for the parties and for staff who may read disputes. */
export async function evidenceContent(ctx: AppContext, user: { id: string; roles: string[] }, disputeId: string, evidenceId: string) {
  // A party reads as a party (staff or not); anyone else needs disputes.read, and their read is audited.
  const asStaff = !(await isDisputeParty(ctx.db, disputeId, user.id));
  if (asStaff && !hasPermission(user.roles, 'disputes.read')) throw notFound('Dispute');
  const file = await readEvidenceFile(ctx.db, ctx.keyring, disputeId, evidenceId);
  if (!file) throw notFound('Evidence');
  if (asStaff) {
    await inTransaction(ctx.db, (trx) =>
      appendAudit(trx, {
        actorId: user.id,
        action: 'dispute_evidence.viewed',
        entityType: 'dispute',
        entityId: disputeId,
        details: { evidence_id: evidenceId },
        at: ctx.clock.now(),
      }),
    );
  }
  return file;
}
