import type { ListingStatus } from '../../../db/schema';
import { type ListingCommand, nextListingStatus } from './listing-decision';

const STATUSES: ListingStatus[] = ['active', 'reserved', 'sold', 'removed', 'pending_review', 'changes_requested', 'rejected'];
const EXPECTED: Record<ListingCommand, Partial<Record<ListingStatus, ListingStatus>>> = {
  approve: { pending_review: 'active', changes_requested: 'active', rejected: 'active' },
  request_changes: { pending_review: 'changes_requested', active: 'changes_requested' },
  reject: { pending_review: 'rejected', changes_requested: 'rejected', active: 'rejected' },
  remove: { active: 'removed', pending_review: 'removed', changes_requested: 'removed', rejected: 'removed' },
};

describe('nextListingStatus', () => {
  for (const command of Object.keys(EXPECTED) as ListingCommand[]) {
    for (const status of STATUSES) {
      test(`${command} from ${status} → ${EXPECTED[command][status] ?? 'refused'}`, () => {
        expect(nextListingStatus(status, command)).toBe(EXPECTED[command][status]);
      });
    }
  }
});
