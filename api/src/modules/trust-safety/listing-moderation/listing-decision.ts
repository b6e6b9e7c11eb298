import type { ListingStatus } from '../../../db/schema';

export const LISTING_DECISIONS = ['approve', 'request_changes', 'reject'] as const;
/** `remove` is taken through an actioned report, not from the listing queue. */
export type ListingCommand = (typeof LISTING_DECISIONS)[number] | 'remove';

// Reserved and sold listings are in a buyer's order and removed ones are gone: no command applies.
const TABLE: Record<ListingCommand, { from: readonly ListingStatus[]; to: ListingStatus }> = {
  approve: { from: ['pending_review', 'changes_requested', 'rejected'], to: 'active' },
  request_changes: { from: ['pending_review', 'active'], to: 'changes_requested' },
  reject: { from: ['pending_review', 'changes_requested', 'active'], to: 'rejected' },
  remove: { from: ['active', 'pending_review', 'changes_requested', 'rejected'], to: 'removed' },
};

/** The status a command moves a listing to, or undefined when it does not apply in `status`. */
export function nextListingStatus(status: ListingStatus, command: ListingCommand): ListingStatus | undefined {
  const rule = TABLE[command];
  return rule.from.includes(status) ? rule.to : undefined;
}
