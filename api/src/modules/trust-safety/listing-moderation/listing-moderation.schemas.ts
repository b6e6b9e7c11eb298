import { z } from 'zod';
import { Uuid } from '../../../http/ids';
import { LISTING_FLAGS, ListingResponse } from '../../marketplace/listings';
import { ReviewImageResponse } from '../../marketplace/listing-images';
import { LISTING_DECISIONS } from './listing-decision';

const QUEUE_STATUSES = ['pending_review', 'changes_requested', 'rejected', 'active'] as const;

export const ListingQueueQuery = z.strictObject({
  status: z
    .enum(QUEUE_STATUSES, { error: `must be one of ${QUEUE_STATUSES.join(', ')}` })
    .default('pending_review')
    .describe('Listings in this status'),
});

const Decision = z.enum(LISTING_DECISIONS, { error: `must be one of ${LISTING_DECISIONS.join(', ')}` });
const Note = z.string().trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters');

// The seller reads the note to know what to fix or why the listing went: it is required unless approving.
const noteRequired = (b: { decision: string; note?: string }, ctx: z.RefinementCtx) => {
  if (b.decision !== 'approve' && !b.note) ctx.addIssue({ code: 'custom', path: ['note'], message: `is required to ${b.decision.replace('_', ' ')}` });
};

export const ListingDecisionBody = z.strictObject({ decision: Decision, note: Note.optional() }).superRefine(noteRequired);

export const BulkDecisionBody = z
  .strictObject({
    ids: z
      .array(Uuid, { error: 'must be an array of listing ids' })
      .min(1, 'must not be empty')
      .max(100, 'must hold at most 100 ids')
      .refine((ids) => new Set(ids).size === ids.length, 'must not repeat an id'),
    decision: Decision,
    note: Note.optional(),
  })
  .superRefine(noteRequired);

export const BatchIdParams = z.strictObject({ batchId: Uuid.describe('The batch_id a bulk decision returned') });

export const QueuedListingResponse = ListingResponse.extend({
  flags: z.array(z.enum(LISTING_FLAGS)),
  open_reports: z.number().int(),
  seller: z.object({ id: z.uuid(), display_name: z.string(), email: z.string() }),
  images: z.array(ReviewImageResponse).describe('Its photos, cover first, each with the safety verdict and the other seller’s listing it matches (photo_reused)'),
  seller_risk: z
    .object({ score: z.number().int().min(0).max(100), reasons: z.array(z.string()) })
    .nullable()
    .describe(
      'The seller-risk score taken when the listing was last published or edited, with its reasons in words (flag seller_risk when at or above the threshold); null when never scored',
    ),
}).meta({ id: 'QueuedListing', description: 'A listing in the moderation queue, with its flags, seller, photos and seller-risk reasons' });

export const BulkDecisionResponse = z
  .object({
    batch_id: z.uuid().nullable().describe('null when no listing was decided'),
    applied: z.array(z.uuid()),
    skipped: z.array(z.object({ id: z.uuid(), reason: z.enum(['not_found', 'not_moderatable']) })),
  })
  .meta({ id: 'ListingBulkDecisionResult' });

export const UndoResponse = z
  .object({
    batch_id: z.uuid(),
    restored: z.array(z.uuid()),
    skipped: z.array(z.object({ id: z.uuid(), reason: z.enum(['changed_since']) })),
  })
  .meta({ id: 'ListingBulkUndoResult' });
