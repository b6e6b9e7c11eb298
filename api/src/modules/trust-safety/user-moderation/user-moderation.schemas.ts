import { z } from 'zod';

export const MODERATION_ACTIONS = ['warn', 'suspend', 'reinstate'] as const;

export const ModerationBody = z.strictObject({
  reason: z.string({ error: 'is required' }).trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters'),
});

export const ModerationActionResponse = z
  .object({
    id: z.uuid(),
    user_id: z.uuid(),
    action: z.enum(MODERATION_ACTIONS),
    reason: z.string(),
    staff_id: z.uuid(),
    created_at: z.iso.datetime(),
  })
  .meta({ id: 'ModerationAction' });

export const ModerationStateResponse = z
  .object({
    user_id: z.uuid(),
    suspended_at: z.iso.datetime().nullable(),
    payouts_frozen: z.boolean(),
    action: ModerationActionResponse,
  })
  .meta({ id: 'ModerationState' });

export const ModerationHistoryResponse = z
  .object({
    user_id: z.uuid(),
    suspended_at: z.iso.datetime().nullable(),
    payouts_frozen: z.boolean(),
    data: z.array(ModerationActionResponse),
  })
  .meta({ id: 'ModerationHistory' });
