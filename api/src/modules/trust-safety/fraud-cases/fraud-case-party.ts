import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { notFound } from '../../../errors';
import { orderColumn } from '../../marketplace/orders';

/**
 * Whether the user is the case's subject or bought or sold its order. Staff who are neither see nor
 * touch such a case: every read and action answers 404, as for a case that does not exist.
 */
export async function isFraudCaseParty(db: Kysely<DB>, caseId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('fraud_cases')
    .select(['fraud_cases.subject_user_id', orderColumn('buyer_id', 'fraud_cases.order_id').as('buyer_id'), orderColumn('seller_id', 'fraud_cases.order_id').as('seller_id')])
    .where('fraud_cases.id', '=', caseId)
    .executeTakeFirst();
  return row !== undefined && [row.subject_user_id, row.buyer_id, row.seller_id].includes(userId);
}

/** 404 for a case that does not exist or that the staff member is a party to. */
export async function mustBeCaseOutsider(db: Kysely<DB>, caseId: string, staffId: string): Promise<void> {
  if (await isFraudCaseParty(db, caseId, staffId)) throw notFound('Fraud case');
}
