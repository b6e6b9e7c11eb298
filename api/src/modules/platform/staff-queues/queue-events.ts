import type { StaffQueue } from './staff-queues';

// Which domain events move an item into, out of or within a staff queue (a review submitted with a flag enters the review queue). Every state change appends
// its event, so announcing from the events (platform/outbox) misses no service, today's or tomorrow's.
const BY_PREFIX: [prefix: string, queue: StaffQueue][] = [
  ['report.', 'reports'],
  ['dispute.', 'disputes'],
  ['chargeback.', 'disputes'],
  ['fraud_case.', 'fraud_cases'],
  ['identity_document.', 'identity_documents'],
  ['model.', 'models'],
];
const LISTING_REVIEW = new Set([
  'listing.created',
  'listing.edited',
  'listing.held_for_review',
  'listing.approved',
  'listing.changes_requested',
  'listing.rejected',
  'listing.removed',
  'listing.withdrawn',
  'listing.decision_undone',
]);
const REVIEW_MODERATION = new Set(['review.submitted', 'review.flagged', 'review.published', 'review.removed', 'review.decision_undone']);

/** The queue an event of `type` changes, if any. */
export function queueOfEvent(type: string): StaffQueue | undefined {
  if (LISTING_REVIEW.has(type)) return 'listings';
  if (REVIEW_MODERATION.has(type)) return 'reviews';
  return BY_PREFIX.find(([prefix]) => type.startsWith(prefix))?.[1];
}
