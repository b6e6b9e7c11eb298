import type { ListingStatus } from '../../../db/schema';

// The seller's side of a listing's life: one declarative table, one pure function, no I/O. `review`
// means the listing goes through the automatic review a new listing gets (listing-review.ts), which
// makes it `active` or `pending_review`. Moderators' commands have their own table
// (trust-safety/listing-moderation); orders move listings between active, reserved and sold.

export const LIFECYCLE = {
  // A draft goes on the market.
  publish: { from: ['draft'], to: 'review', event: 'listing.published' },
  // The seller takes it off the market (or out of the review queue); no order may hold it.
  withdraw: { from: ['active', 'pending_review', 'changes_requested'], to: 'withdrawn', event: 'listing.withdrawn' },
  // Back on the market, reviewed again like a new listing.
  relist: { from: ['withdrawn'], to: 'review', event: 'listing.relisted' },
  // Sold elsewhere: only while no order holds it (a reserved listing is in a buyer's order).
  mark_sold: { from: ['active'], to: 'sold', event: 'listing.marked_sold' },
} as const satisfies Record<string, { from: readonly ListingStatus[]; to: ListingStatus | 'review'; event: string }>;

export type LifecycleCommand = keyof typeof LIFECYCLE;
export type LifecycleResult = { ok: true; to: ListingStatus | 'review'; event: string } | { ok: false };

/** Whether the seller may apply `command` to a listing in `status`, and where it goes. */
export function lifecycleTransition(status: ListingStatus, command: LifecycleCommand): LifecycleResult {
  const rule = LIFECYCLE[command];
  return (rule.from as readonly ListingStatus[]).includes(status) ? { ok: true, to: rule.to, event: rule.event } : { ok: false };
}
