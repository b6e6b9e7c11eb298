import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { isDisputeParty } from '../../trust-safety/disputes';
import { isFraudCaseParty } from '../../trust-safety/fraud-cases';
import { findListing } from '../../marketplace/listings';
import { isOrderParty } from '../../marketplace/orders';
import { isReportParty } from '../../trust-safety/reports';
import { isReviewParty } from '../../marketplace/reviews';

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

const isTimelineEntity = (type: string): type is keyof typeof IS_PARTY => Object.hasOwn(IS_PARTY, type);

/**
 * `entries` without those about an entity `userId` is a party to: the audit log shows no staff member
 * the decisions on their own case. A page may come out shorter than its limit; the cursor is unchanged.
 */
export async function withoutOwnEntries<E extends { entity_type: string; entity_id: string }>(db: Kysely<DB>, entries: E[], userId: string): Promise<E[]> {
  const keyOf = (e: E) => `${e.entity_type}/${e.entity_id}`;
  const checked = new Map<string, Promise<boolean>>();
  for (const e of entries) {
    const type = e.entity_type;
    if (isTimelineEntity(type) && !checked.has(keyOf(e))) checked.set(keyOf(e), IS_PARTY[type](db, e.entity_id, userId));
  }
  const own = await Promise.all([...checked].map(async ([key, party]) => ((await party) ? key : null)));
  const hidden = new Set(own);
  return entries.filter((e) => !hidden.has(keyOf(e)));
}
