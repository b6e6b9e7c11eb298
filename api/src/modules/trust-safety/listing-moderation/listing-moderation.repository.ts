import type { Transaction } from 'kysely';
import type { DB, ListingDecisionBatchRow, ListingDecisionRow } from '../../../db/schema';

export function insertDecision(trx: Transaction<DB>, d: Omit<ListingDecisionRow, 'id'>): Promise<ListingDecisionRow> {
  return trx.insertInto('listing_decisions').values(d).returningAll().executeTakeFirstOrThrow();
}

export function insertBatch(trx: Transaction<DB>, b: Pick<ListingDecisionBatchRow, 'staff_id' | 'decision' | 'created_at'>): Promise<ListingDecisionBatchRow> {
  return trx
    .insertInto('listing_decision_batches')
    .values({ ...b, undone_at: null, undone_by: null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function lockBatch(trx: Transaction<DB>, id: string): Promise<ListingDecisionBatchRow | undefined> {
  return trx.selectFrom('listing_decision_batches').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function markBatchUndone(trx: Transaction<DB>, id: string, staffId: string, now: Date): Promise<void> {
  await trx.updateTable('listing_decision_batches').set({ undone_at: now, undone_by: staffId }).where('id', '=', id).execute();
}

/** The batch's own decisions (not the undo rows that share its id). */
export function batchDecisions(trx: Transaction<DB>, batchId: string): Promise<ListingDecisionRow[]> {
  return trx.selectFrom('listing_decisions').selectAll().where('batch_id', '=', batchId).where('decision', '<>', 'undo').orderBy('listing_id').execute();
}
