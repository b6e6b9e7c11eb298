import { z } from 'zod';
import type { ReportAction } from '../../../db/schema';
import { Uuid } from '../../../http/ids';

export const TARGET_TYPES = ['listing', 'user', 'message', 'review'] as const;
export const REASONS = ['spam', 'prohibited_item', 'counterfeit', 'fraud', 'harassment', 'offensive', 'other'] as const;
export const STATUSES = ['open', 'actioned', 'dismissed'] as const;

const TargetType = z.enum(TARGET_TYPES, { error: `must be one of ${TARGET_TYPES.join(', ')}` });

export const CreateReportBody = z
  .strictObject({
    target_type: TargetType,
    target_id: Uuid,
    reason: z.enum(REASONS, { error: `must be one of ${REASONS.join(', ')}` }),
    note: z.string().trim().max(2000, 'must be at most 2000 characters').optional(),
  })
  .meta({ examples: [{ target_type: 'listing', target_id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', reason: 'counterfeit', note: 'Logo is misspelt' }] });

export const ReportQueueQuery = z.strictObject({
  status: z
    .enum(STATUSES, { error: `must be one of ${STATUSES.join(', ')}` })
    .optional()
    .describe('Only reports in this status'),
  target_type: TargetType.optional().describe('Only reports about this kind of target'),
});

export const ReportIdParams = z.strictObject({ id: Uuid.describe('The report’s id') });

/** What actioning a report does to its target; which apply depends on the target type (a message: to its author). */
export const ACTIONS_BY_TARGET = {
  listing: ['remove_listing', 'request_changes'],
  user: ['warn_user', 'suspend_user'],
  message: ['warn_user', 'suspend_user'],
  review: ['remove_review'],
} as const satisfies Record<(typeof TARGET_TYPES)[number], readonly ReportAction[]>;
export const ACTIONS = ['remove_listing', 'request_changes', 'warn_user', 'suspend_user', 'remove_review'] as const satisfies readonly ReportAction[];

export const DecisionBody = z
  .strictObject({
    decision: z.enum(['action', 'dismiss'], { error: 'must be action or dismiss' }),
    action: z.enum(ACTIONS, { error: `must be one of ${ACTIONS.join(', ')}` }).optional(),
    note: z.string({ error: 'is required' }).trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters'),
  })
  .superRefine((b, ctx) => {
    if (b.decision === 'action' && !b.action) ctx.addIssue({ code: 'custom', path: ['action'], message: 'is required to action a report' });
    if (b.decision === 'dismiss' && b.action) ctx.addIssue({ code: 'custom', path: ['action'], message: 'must be absent when dismissing' });
  });

export const ReportResponse = z
  .object({
    id: z.uuid(),
    reporter_id: z.uuid(),
    target_type: TargetType,
    target_id: z.uuid(),
    reason: z.enum(REASONS),
    note: z.string().nullable(),
    status: z.enum(STATUSES),
    decided_by: z.uuid().nullable(),
    decided_at: z.iso.datetime().nullable(),
    decision_note: z.string().nullable(),
    action: z.enum(ACTIONS).nullable(),
    created_at: z.iso.datetime(),
  })
  .meta({ id: 'Report' });

export const DecidedReportResponse = ReportResponse.extend({
  also_decided: z.array(z.uuid()).describe('Other open reports on the same target, decided with this one'),
}).meta({ id: 'DecidedReport' });

export const QueuedReportResponse = ReportResponse.extend({
  open_reports_on_target: z.number().int(),
  target_owner_id: z.uuid().nullable().describe('The reported user, the listing’s seller, or the review’s or message’s author (null if the target is gone)'),
  target_excerpt: z.string().nullable().describe('The user’s display name, the listing’s title, the review’s text or the message’s body'),
}).meta({ id: 'QueuedReport' });
