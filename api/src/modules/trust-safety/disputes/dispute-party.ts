import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { isOrderParty } from '../../marketplace/orders';
import { findBuyerDispute } from './disputes.repository';

/** Whether the user bought or sold the disputed order: such staff neither see nor decide the dispute (404). */
export async function isDisputeParty(db: Kysely<DB>, disputeId: string, userId: string): Promise<boolean> {
  const dispute = await findBuyerDispute(db, disputeId);
  return dispute !== undefined && (await isOrderParty(db, dispute.order_id, userId));
}
