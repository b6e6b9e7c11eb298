import { LIFECYCLE, type LifecycleCommand, lifecycleTransition } from './listing-lifecycle';
import { LISTING_STATUSES } from './listings.schemas';

const COMMANDS = Object.keys(LIFECYCLE) as LifecycleCommand[];

// Every status a seller's command may leave, and where it goes; everything else is refused.
const ALLOWED: Record<string, string> = {
  'draft publish': 'review',
  'active withdraw': 'withdrawn',
  'pending_review withdraw': 'withdrawn',
  'changes_requested withdraw': 'withdrawn',
  'withdrawn relist': 'review',
  'active mark_sold': 'sold',
};

describe('listing lifecycle table', () => {
  for (const status of LISTING_STATUSES) {
    for (const command of COMMANDS) {
      const to = ALLOWED[`${status} ${command}`];
      test(`${status} --${command}--> ${to ?? 'refused'}`, () => {
        expect(lifecycleTransition(status, command)).toEqual(to ? { ok: true, to, event: LIFECYCLE[command].event } : { ok: false });
      });
    }
  }

  test('a listing in a buyer’s order, sold, removed or rejected takes no seller command', () => {
    for (const status of ['reserved', 'sold', 'removed', 'rejected'] as const) for (const command of COMMANDS) expect(lifecycleTransition(status, command).ok).toBe(false);
  });
});
