import { z } from 'zod';
import { defineEvent } from './event';
import { CATEGORIES, currency, id, LISTING_FLAGS, LISTING_STATUSES, minor } from './fields';

const status = z.enum(LISTING_STATUSES);
const flags = z.array(z.enum(LISTING_FLAGS));

const decision = (command: 'approve' | 'request_changes' | 'reject' | 'remove' | 'undo') =>
  z.strictObject({
    listing_id: id,
    seller_id: id,
    decision: z.literal(command),
    previous_status: status,
    status,
    staff_id: id,
    batch_id: id.nullable().describe('the bulk decision it was part of; null for a single one'),
  });

// A seller's lifecycle command (publish, withdraw, relist, mark sold); the reviewed ones carry the review's flags.
const lifecycle = (reviewed: boolean) => z.strictObject({ listing_id: id, seller_id: id, previous_status: status, status, ...(reviewed ? { flags } : {}) });

export const LISTING_EVENTS = {
  'listing.created': defineEvent(
    'listing',
    'A seller listed an item; automatic review set its status and flags.',
    z.strictObject({
      listing_id: id,
      seller_id: id,
      category: z.enum(CATEGORIES),
      amount: minor,
      currency,
      status,
      flags,
    }),
  ),
  'listing.edited': defineEvent(
    'listing',
    'The seller edited the listing; the edit was reviewed like a new listing.',
    z.strictObject({
      listing_id: id,
      seller_id: id,
      fields: z.array(z.enum(['title', 'description', 'category', 'price', 'condition', 'attributes', 'location'])).describe('names of the edited fields, never their values'),
      previous_status: status,
      status,
      flags,
    }),
  ),
  'listing.price_changed': defineEvent(
    'listing',
    'The seller changed the price (a drop in the same currency also queues a price-drop alert).',
    z.strictObject({
      listing_id: id,
      seller_id: id,
      old_amount: minor,
      old_currency: currency,
      amount: minor,
      currency,
    }),
  ),
  'listing.published': defineEvent('listing', 'The seller published a draft; automatic review set its status and flags.', lifecycle(true)),
  'listing.withdrawn': defineEvent('listing', 'The seller took the listing off the market (or out of the review queue).', lifecycle(false)),
  'listing.relisted': defineEvent('listing', 'The seller put a withdrawn listing back on the market; automatic review set its status and flags.', lifecycle(true)),
  'listing.marked_sold': defineEvent('listing', 'The seller marked the listing sold elsewhere (no order held it).', lifecycle(false)),
  'listing.approved': defineEvent('listing', 'A moderator approved the listing.', decision('approve')),
  'listing.changes_requested': defineEvent('listing', 'A moderator sent the listing back for changes.', decision('request_changes')),
  'listing.rejected': defineEvent('listing', 'A moderator rejected the listing.', decision('reject')),
  'listing.removed': defineEvent('listing', 'A moderator removed the listing (an actioned report).', decision('remove')),
  'listing.decision_undone': defineEvent('listing', 'A moderator undid a bulk decision, restoring the previous status.', decision('undo')),
  'listing.held_for_review': defineEvent(
    'listing',
    'Reports held the listing for moderation.',
    z.strictObject({
      listing_id: id,
      seller_id: id,
      flag: z
        .enum(['reported', 'photo_reused', 'unsafe_image'])
        .describe('reported: enough open reports; photo_reused: a photo matches another seller’s; unsafe_image: the image-safety model flagged a photo'),
    }),
  ),
  'listing.image_added': defineEvent(
    'listing',
    'The seller added a photo to the listing (re-encoded, checked for reuse and by the image-safety model).',
    z.strictObject({
      listing_id: id,
      seller_id: id,
      image_id: id,
      position: z.int().nonnegative().describe('0 is the cover'),
      width: z.int().positive(),
      height: z.int().positive(),
      safety_label: z.enum(['Drawing', 'Hentai', 'Neutral', 'Porn', 'Sexy']),
      safety_score: z.number().min(0).max(1).describe('the model’s probability of its label'),
      unsafe: z.boolean(),
      reused_listing_id: id.nullable().describe('another seller’s listing whose photo this one matches (perceptual hash), else null'),
      reuse_distance: z.int().min(0).max(64).nullable().describe('Hamming distance between the two 64-bit dHashes'),
    }),
  ),
  'listing.image_removed': defineEvent(
    'listing',
    'The seller removed a photo from the listing.',
    z.strictObject({ listing_id: id, seller_id: id, image_id: id, images: z.int().nonnegative().describe('photos left on the listing') }),
  ),
  'listing.images_reordered': defineEvent(
    'listing',
    'The seller reordered the listing’s photos (the first is the cover).',
    z.strictObject({ listing_id: id, seller_id: id, image_ids: z.array(id).describe('the new order') }),
  ),
};
