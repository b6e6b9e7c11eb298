import { z } from 'zod';
import { defineEvent } from './event';
import { id, REVIEW_FLAGS, REVIEW_STATUSES } from './fields';

const status = z.enum(REVIEW_STATUSES);

const decision = z.strictObject({
  review_id: id,
  subject_id: id,
  decided_by: id,
  from_status: status,
  to_status: status,
  reason: z.string().nullable().describe("the moderator's reason, when the decision takes one"),
  batch_id: id.nullable(),
});

export const REVIEW_EVENTS = {
  'review.submitted': defineEvent(
    'review',
    'A party reviewed the other party of a completed order (never the text).',
    z.strictObject({
      review_id: id,
      order_id: id,
      author_id: id,
      subject_id: id,
      author_role: z.enum(['buyer', 'seller']),
      rating: z.int().min(1).max(5),
      status,
      flags: z.array(z.enum(REVIEW_FLAGS)),
    }),
  ),
  'review.replied': defineEvent('review', 'The reviewed party replied publicly.', z.strictObject({ review_id: id, subject_id: id })),
  'review.flagged': defineEvent(
    'review',
    'A report held the review for moderation.',
    z.strictObject({
      review_id: id,
      flag: z.literal('reported'),
      report_id: id,
      status,
    }),
  ),
  'review.published': defineEvent('review', 'A moderator published the review.', decision),
  'review.removed': defineEvent('review', 'A moderator removed the review.', decision),
  'review.decision_undone': defineEvent('review', 'A moderator undid a decision.', decision),
};
