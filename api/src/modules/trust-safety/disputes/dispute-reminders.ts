import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema';
import type { Order } from '../../marketplace/orders';
import { notify } from '../../marketplace/notifications';
import { scheduleJob } from '../../platform/scheduler';
import { lockLiveBuyerDisputeOfOrder } from './disputes.repository';
import type { Dispute } from './disputes.repository';

const HOUR_MS = 3_600_000;

/** Reminder jobs ahead of a buyer dispute's deadlines: the seller's answer (a silent seller loses) and the close of evidence. */
export const DISPUTE_RESPONSE_REMINDER_JOB = 'dispute_response_reminder';
export const DISPUTE_EVIDENCE_REMINDER_JOB = 'dispute_evidence_reminder';

export const isDisputeReminder = (kind: string) => kind === DISPUTE_RESPONSE_REMINDER_JOB || kind === DISPUTE_EVIDENCE_REMINDER_JOB;

/** Schedules both reminders `hours` before their deadlines, those still ahead. */
export async function scheduleDisputeReminders(trx: Transaction<DB>, orderId: string, deadlines: { sellerDue: Date; evidenceDue: Date }, hours: number, now: Date): Promise<void> {
  const jobs = [
    { kind: DISPUTE_RESPONSE_REMINDER_JOB, dueAt: new Date(deadlines.sellerDue.getTime() - hours * HOUR_MS) },
    { kind: DISPUTE_EVIDENCE_REMINDER_JOB, dueAt: new Date(deadlines.evidenceDue.getTime() - hours * HOUR_MS) },
  ];
  for (const job of jobs.filter((j) => j.dueAt > now)) await scheduleJob(trx, { ...job, orderId }, now);
}

/**
 * Sends a due dispute reminder, unless it no longer applies: the seller answered (or the dispute ended)
 * before the response reminder, evidence already closed. Returns whether it was sent.
 */
export async function remindDisputeDeadline(trx: Transaction<DB>, order: Order, kind: string, now: Date): Promise<boolean> {
  const dispute: Dispute | undefined = await lockLiveBuyerDisputeOfOrder(trx, order.id);
  if (!dispute) return false;
  const data = { dispute_id: dispute.id, order_id: order.id };
  if (kind === DISPUTE_RESPONSE_REMINDER_JOB) {
    if (dispute.seller_responded_at !== null || !dispute.seller_response_due_at || dispute.seller_response_due_at <= now) return false;
    await notify(trx, order.seller_id, 'dispute.response_reminder', { ...data, deadline: dispute.seller_response_due_at.toISOString() }, now);
    return true;
  }
  if (!dispute.evidence_due_at || dispute.evidence_due_at <= now) return false;
  for (const party of [order.buyer_id, order.seller_id]) {
    await notify(trx, party, 'dispute.evidence_reminder', { ...data, deadline: dispute.evidence_due_at.toISOString() }, now);
  }
  return true;
}
