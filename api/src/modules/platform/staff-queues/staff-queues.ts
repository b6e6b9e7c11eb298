import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema';
import { type Permission, hasPermission } from '../../../permissions';
import { type TopicKind, publishToTopic } from '../realtime';

/**
 * The console's live queues, each a topic `staff:<queue>` watched by the staff who may read it (the
 * permission its list route asks for). A change announces only which item changed: the console
 * reloads the page it shows through the API, which applies every rule of visibility again.
 */
export const STAFF_QUEUES = {
  reports: 'reports.read',
  listings: 'listings.moderate',
  disputes: 'disputes.read',
  fraud_cases: 'fraud_cases.read',
  reviews: 'reviews.moderate',
  identity_documents: 'identity.review',
  audit: 'audit.read',
  // Fraud model monitoring alerts (drift, precision), announced per model.
  models: 'models.read',
} as const satisfies Record<string, Permission>;
export type StaffQueue = keyof typeof STAFF_QUEUES;

const isQueue = (id: string): id is StaffQueue => Object.hasOwn(STAFF_QUEUES, id);

export const staffQueuesTopic: TopicKind = {
  prefix: 'staff',
  authorize: async (_ctx, user, id) => isQueue(id) && hasPermission(user.roles, STAFF_QUEUES[id]),
};

/** Tells the console's watchers of `queue` that item `id` entered, left or changed; in a transaction, sent at its commit. */
export async function announceQueueChange(db: Kysely<DB> | Transaction<DB>, queue: StaffQueue, id: string): Promise<void> {
  await publishToTopic(db, `staff:${queue}`, { type: 'queue.changed', data: { queue, id } });
}
