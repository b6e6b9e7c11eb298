import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { listDisputeMessages, toDisputeResponse } from './disputes.repository';
import { listEvidence, toEvidenceResponse } from './evidence.repository';

/**
 * The buyer disputes on the given orders (a party's own, for their data export) as both parties see
 * them, with their messages and evidence (metadata and text; files stay in the dispute). Chargebacks
 * are between the card network and us, and are not included.
 */
export async function exportDisputesOn(db: Kysely<DB>, orderIds: readonly string[]) {
  if (orderIds.length === 0) return [];
  const disputes = await db.selectFrom('disputes').selectAll().where('order_id', 'in', orderIds).where('source', '=', 'buyer').orderBy('created_at').orderBy('id').execute();
  const out = [];
  for (const d of disputes) {
    const messages = await listDisputeMessages(db, d.id);
    const evidence = await listEvidence(db, d.id);
    out.push({ ...toDisputeResponse(d), messages: messages.map((m) => ({ ...m, created_at: m.created_at.toISOString() })), evidence: evidence.map(toEvidenceResponse) });
  }
  return out;
}
