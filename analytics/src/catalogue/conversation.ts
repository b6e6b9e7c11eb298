import { z } from 'zod';
import { defineEvent } from './event';
import { id } from './fields';

const parties = { conversation_id: id, listing_id: id, buyer_id: id, seller_id: id };

export const CONVERSATION_EVENTS = {
  'conversation.opened': defineEvent('conversation', 'A buyer wrote first to a seller about a listing (a conversation is one per listing and buyer).', z.strictObject(parties)),
  'conversation.flagged': defineEvent(
    'conversation',
    'A conversation reached the configured number of off-platform findings (contact details, payment requests) and went to the moderators’ queue.',
    z.strictObject({ ...parties, attempts: z.int().positive() }),
  ),
  'conversation.flag_cleared': defineEvent(
    'conversation',
    'A moderator cleared a conversation’s flag (its count of findings restarts).',
    z.strictObject({ ...parties, staff_id: id }),
  ),
};
