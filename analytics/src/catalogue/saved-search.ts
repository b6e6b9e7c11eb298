import { z } from 'zod';
import { defineEvent } from './event';
import { id } from './fields';

const savedSearch = z.strictObject({ saved_search_id: id, user_id: id });

// A saved search belongs to its user: its events are the user's aggregate.
export const SAVED_SEARCH_EVENTS = {
  'saved_search.created': defineEvent('user', 'A user saved a search, to be alerted of new listings that match it.', savedSearch),
  'saved_search.deleted': defineEvent('user', 'A user deleted a saved search.', savedSearch),
  'saved_search.matched': defineEvent(
    'user',
    'New listings matched a saved search and the user was notified: one digest, at most one per search per hour.',
    savedSearch.extend({ listing_count: z.int().positive().describe('new listings the digest covers') }),
  ),
};
