import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema';
import { neverTradedWith } from '../../marketplace/orders';
import { activeUsersWithRole } from '../../marketplace/users';
import type { Dispute } from './disputes.repository';

const HOUR_MS = 3_600_000;

/** Arbitrators who may decide between these two users: not a party, never traded with either. */
function eligibleArbitrators(trx: Transaction<DB>, buyerId: string, sellerId: string) {
  const parties = [buyerId, sellerId];
  return activeUsersWithRole(trx, 'arbitrator')
    .where('id', 'not in', parties)
    .where(neverTradedWith('users.id', [buyerId, sellerId]))
    .orderBy('id');
}

/** Whether `arbitratorId` may decide this dispute (for a manual assignment). */
export async function isEligibleArbitrator(trx: Transaction<DB>, arbitratorId: string, buyerId: string, sellerId: string): Promise<boolean> {
  return (await eligibleArbitrators(trx, buyerId, sellerId).where('id', '=', arbitratorId).executeTakeFirst()) !== undefined;
}

/**
 * Round-robin: the next eligible arbitrator after the one who got the previous dispute, in id order.
 * The rotation row is locked FOR UPDATE, so concurrent openings take turns instead of picking the same
 * person. Returns undefined when nobody is eligible (the dispute waits unassigned in the queue).
 */
export async function nextArbitrator(trx: Transaction<DB>, buyerId: string, sellerId: string): Promise<string | undefined> {
  const rotation = await trx.selectFrom('arbitration_rotation').select('last_arbitrator_id').forUpdate().executeTakeFirstOrThrow();
  const candidates = (await eligibleArbitrators(trx, buyerId, sellerId).execute()).map((r) => r.id);
  if (candidates.length === 0) return undefined;
  const last = rotation.last_arbitrator_id;
  const next = candidates.find((id) => last === null || id > last) ?? candidates[0]!;
  await trx.updateTable('arbitration_rotation').set({ last_arbitrator_id: next }).execute();
  return next;
}

/** Assigns the dispute; the arbitration SLA runs from now. */
export function assignDispute(trx: Transaction<DB>, disputeId: string, arbitratorId: string, slaHours: number, now: Date): Promise<Dispute> {
  return trx
    .updateTable('disputes')
    .set({ assigned_arbitrator_id: arbitratorId, assigned_at: now, sla_due_at: new Date(now.getTime() + slaHours * HOUR_MS), updated_at: now })
    .where('id', '=', disputeId)
    .returningAll()
    .executeTakeFirstOrThrow();
}
