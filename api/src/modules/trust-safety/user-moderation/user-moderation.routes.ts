import type { ModerationAction } from '../../../db/schema';
import { route } from '../../../http/route';
import { findUserStanding } from '../../marketplace/users';
import { listModerationActions, toModerationActionResponse } from './user-moderation.repository';
import { UserIdParams } from '../../platform/staff';
import { mustBeAnotherUser } from '../../marketplace/users';
import { hasConfirmedFraud } from '../fraud-cases';
import { ModerationBody, ModerationHistoryResponse, ModerationStateResponse } from './user-moderation.schemas';
import { moderateUser } from './user-moderation.service';

const SUMMARY: Record<ModerationAction, string> = {
  warn: 'Warn a user (recorded in their moderation history only)',
  suspend: 'Suspend a user: no login, sessions revoked, listings hidden, payouts frozen',
  reinstate: 'Reinstate a suspended user (payouts stay frozen only after confirmed fraud)',
};

const OPERATION_ID: Record<ModerationAction, string> = { warn: 'adminWarnUser', suspend: 'adminSuspendUser', reinstate: 'adminReinstateUser' };

const actionRoute = (action: ModerationAction) =>
  route({
    method: 'post',
    path: `/v1/admin/users/:id/${action}`,
    operationId: OPERATION_ID[action],
    tag: 'admin',
    access: 'users.moderate',
    idempotent: true,
    summary: SUMMARY[action],
    params: UserIdParams,
    body: ModerationBody,
    responses: {
      200: { description: 'The user’s moderation state and the recorded action', schema: ModerationStateResponse },
      403: { description: 'Not allowed (only an admin may suspend an admin)' },
      404: { description: 'No such user (or the caller themself)' },
      409: { description: 'already_suspended or not_suspended' },
    },
    handler: async ({ ctx, user, params, body }) => {
      const r = await moderateUser(ctx, user.id, params.id, action, body.reason, hasConfirmedFraud);
      return {
        status: 200,
        body: { user_id: r.user_id, suspended_at: r.suspended_at?.toISOString() ?? null, payouts_frozen: r.payouts_frozen, action: toModerationActionResponse(r.action) },
      };
    },
  });

export const userModerationRoutes = [
  actionRoute('warn'),
  actionRoute('suspend'),
  actionRoute('reinstate'),
  route({
    method: 'get',
    path: '/v1/admin/users/:id/moderation',
    operationId: 'adminGetUserModeration',
    tag: 'admin',
    access: 'users.moderate',
    summary: 'A user’s moderation state and history, oldest first',
    params: UserIdParams,
    responses: { 200: { description: 'State and history', schema: ModerationHistoryResponse }, 404: { description: 'No such user' } },
    handler: async ({ ctx, user, params }) => {
      await mustBeAnotherUser(ctx.db, params.id, user.id);
      const state = (await findUserStanding(ctx.db, params.id))!;
      const items = await listModerationActions(ctx.db, params.id);
      return {
        status: 200,
        body: { user_id: state.id, suspended_at: state.suspended_at?.toISOString() ?? null, payouts_frozen: state.payouts_frozen, data: items.map(toModerationActionResponse) },
      };
    },
  }),
];
