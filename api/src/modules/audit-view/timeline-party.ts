import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { isDisputeParty } from '../disputes';
import { isFraudCaseParty } from '../fraud-cases';
import { findListing } from '../listings';
import { isOrderParty } from '../orders';
import { isReportParty } from '../reports';
import { isReviewParty } from '../reviews';

type PartyCheck = (db: Kysely<DB>, id: string, userId: string) => Promise<boolean>;

/** Each timeline entity's own party rule (its module's): a party reads no timeline of it. */
export const IS_PARTY = {
  user: async (_db, id, userId) => id === userId,
  order: isOrderParty,
  fraud_case: isFraudCaseParty,
  report: isReportParty,
  dispute: isDisputeParty,
  listing: async (db, id, userId) => (await findListing(db, id))?.seller_id === userId,
  review: isReviewParty,
} as const satisfies Record<string, PartyCheck>;
