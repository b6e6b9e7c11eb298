import { z } from 'zod';
import { PageQuery } from '../../../http/pagination';
import { PermissionSchema } from './staff.schemas';
import { ReportResponse } from '../../trust-safety/reports';

export const UserSearchQuery = PageQuery.extend({
  q: z.string().trim().max(200, 'must be at most 200 characters').optional().describe('A user id, or text found in the email or display name'),
}).strict();

export const UserListItem = z
  .object({
    id: z.uuid(),
    email: z.email(),
    display_name: z.string(),
    roles: z.array(z.string()),
    suspended_at: z.iso.datetime().nullable(),
    created_at: z.iso.datetime(),
  })
  .meta({ id: 'UserListItem' });

export const UserDetailResponse = UserListItem.extend({
  permissions: z.array(PermissionSchema),
  moderation: z.object({ suspended_at: z.iso.datetime().nullable(), payouts_frozen: z.boolean(), warnings: z.number().int() }),
}).meta({ id: 'UserDetail' });

export const UserReportResponse = ReportResponse.extend({ relation: z.enum(['by', 'against']) }).meta({
  id: 'UserReport',
  description: 'A report filed by the user (relation by) or against them or their content (against)',
});
