import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import type { DB, ListingDecision } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { conflict, notFound } from '../../../errors';
import { appendAudit } from '../../platform/audit';
import { type Listing, lockListing, lockListings, setModeratedStatus } from '../../marketplace/listings';
import { appendEvents } from '../../platform/outbox';
import { type NotificationType, notify } from '../../marketplace/notifications';
import { type ListingCommand, nextListingStatus } from './listing-decision';
import { batchDecisions, insertBatch, insertDecision, lockBatch, markBatchUndone } from './listing-moderation.repository';

const EVENT: Record<ListingCommand | 'undo', string> = {
  approve: 'listing.approved',
  request_changes: 'listing.changes_requested',
  reject: 'listing.rejected',
  remove: 'listing.removed',
  undo: 'listing.decision_undone',
};

/** What the seller is told of a decision (a removal and an undo are not announced). */
const NOTICE: Partial<Record<ListingCommand | 'undo', NotificationType>> = {
  approve: 'listing.approved',
  request_changes: 'listing.changes_requested',
  reject: 'listing.rejected',
};

const PAST: Record<ListingCommand | 'undo', string> = {
  approve: 'approved',
  request_changes: 'sent back for changes',
  reject: 'rejected',
  remove: 'removed',
  undo: 'restored',
};

/**
 * Applies a moderator's command to a locked listing: the seller-visible note, the history row, the
 * audit entry and the outbox event, all in the caller's transaction. Approval clears the note.
 */
export async function applyListingCommand(
  trx: Transaction<DB>,
  staffId: string,
  locked: Listing,
  command: ListingCommand | 'undo',
  note: string | null,
  now: Date,
  opts: { batchId?: string; to?: Listing['status']; noteAfter?: string | null; details?: Record<string, unknown> } = {},
): Promise<Listing> {
  // The permission does not stretch to one's own listing: as if it did not exist (a bulk call skips it as not found).
  if (locked.seller_id === staffId) throw notFound('Listing');
  const to = opts.to ?? nextListingStatus(locked.status, command as ListingCommand);
  if (!to) throw conflict('listing_not_moderatable', `A ${locked.status} listing cannot be ${PAST[command]}`);
  const noteAfter = opts.noteAfter !== undefined ? opts.noteAfter : command === 'approve' ? null : note;
  const listing = await setModeratedStatus(trx, locked, to, noteAfter, now);
  const decision = await insertDecision(trx, {
    listing_id: locked.id,
    batch_id: opts.batchId ?? null,
    decision: command,
    note,
    previous_status: locked.status,
    previous_note: locked.moderation_note,
    new_status: to,
    staff_id: staffId,
    created_at: now,
  });
  const details = { note, previous_status: locked.status, status: to, batch_id: opts.batchId ?? null, decision_id: decision.id, ...opts.details };
  await appendAudit(trx, { actorId: staffId, action: `listing.${command}`, entityType: 'listing', entityId: locked.id, details, at: now });
  await appendEvents(trx, [
    {
      type: EVENT[command],
      aggregateType: 'listing',
      aggregateId: locked.id,
      occurredAt: now,
      payload: {
        listing_id: locked.id,
        seller_id: locked.seller_id,
        decision: command,
        previous_status: locked.status,
        status: to,
        staff_id: staffId,
        batch_id: opts.batchId ?? null,
      },
    },
  ]);
  const notice = NOTICE[command];
  if (notice) await notify(trx, locked.seller_id, notice, { listing_id: locked.id, listing_title: locked.title, note: noteAfter }, now);
  return listing;
}

/** One listing, one decision (from the listing queue). */
export async function decideListing(ctx: AppContext, staffId: string, listingId: string, decision: ListingDecision, note: string | null): Promise<Listing> {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const locked = await lockListing(trx, listingId);
    if (!locked) throw notFound('Listing');
    return applyListingCommand(trx, staffId, locked, decision, note, now);
  });
}

export interface BulkResult {
  /** Null when nothing was decided: there is nothing to undo. */
  batch_id: string | null;
  applied: string[];
  skipped: { id: string; reason: 'not_found' | 'not_moderatable' }[];
}

/**
 * The same decision over many listings, as one batch that can be undone. Listings the decision does
 * not apply to (unknown or the caller's own, or in a status it cannot leave) are skipped and reported, not fatal.
 */
export async function decideListingsInBulk(ctx: AppContext, staffId: string, ids: readonly string[], decision: ListingDecision, note: string | null): Promise<BulkResult> {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const locked = new Map((await lockListings(trx, ids)).map((l) => [l.id, l]));
    const result: BulkResult = { batch_id: null, applied: [], skipped: [] };
    for (const id of ids) {
      const listing = locked.get(id);
      if (!listing || listing.seller_id === staffId) result.skipped.push({ id, reason: 'not_found' });
      else if (!nextListingStatus(listing.status, decision)) result.skipped.push({ id, reason: 'not_moderatable' });
      else result.applied.push(id);
    }
    if (result.applied.length === 0) return result;
    const batch = await insertBatch(trx, { staff_id: staffId, decision, created_at: now });
    for (const id of result.applied) await applyListingCommand(trx, staffId, locked.get(id)!, decision, note, now, { batchId: batch.id });
    return { ...result, batch_id: batch.id };
  });
}

export interface UndoResult {
  batch_id: string;
  restored: string[];
  skipped: { id: string; reason: 'changed_since' }[];
}

/**
 * Puts each listing of a bulk decision back in the status (and note) it had before, unless it changed
 * since (the seller edited it, a buyer reserved it, another decision followed): those are skipped.
 */
export async function undoBulkDecision(ctx: AppContext, staffId: string, batchId: string): Promise<UndoResult> {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const batch = await lockBatch(trx, batchId);
    if (!batch) throw notFound('Batch');
    if (batch.undone_at) throw conflict('batch_already_undone', 'This bulk decision was already undone');
    const decisions = await batchDecisions(trx, batchId);
    const locked = new Map(
      (
        await lockListings(
          trx,
          decisions.map((d) => d.listing_id),
        )
      ).map((l) => [l.id, l]),
    );
    const result: UndoResult = { batch_id: batchId, restored: [], skipped: [] };
    for (const d of decisions) {
      const listing = locked.get(d.listing_id)!;
      if (listing.status !== d.new_status || listing.updated_at.getTime() !== d.created_at.getTime()) {
        result.skipped.push({ id: d.listing_id, reason: 'changed_since' });
        continue;
      }
      await applyListingCommand(trx, staffId, listing, 'undo', null, now, { batchId, to: d.previous_status, noteAfter: d.previous_note, details: { undone_decision: d.decision } });
      result.restored.push(d.listing_id);
    }
    await markBatchUndone(trx, batchId, staffId, now);
    return result;
  });
}
