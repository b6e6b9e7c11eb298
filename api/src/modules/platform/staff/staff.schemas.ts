import { z } from 'zod';
import { Uuid } from '../../../http/ids';
import { STAFF_ROLES } from '../../../http/permissions';

export const UserIdParams = z.strictObject({ id: Uuid });

export const RolesBody = z.strictObject({
  roles: z
    .array(z.enum(STAFF_ROLES, { error: `must be one of ${STAFF_ROLES.join(', ')}` }), { error: 'must be an array of roles' })
    .max(STAFF_ROLES.length, `must list at most ${STAFF_ROLES.length} roles`)
    .refine((roles) => new Set(roles).size === roles.length, 'must not contain duplicates'),
});

export const StaffSelfResponse = z.object({
  id: z.uuid(),
  email: z.email(),
  display_name: z.string(),
  roles: z.array(z.string()),
  permissions: z.array(z.string()),
});

export const StaffUserResponse = StaffSelfResponse.extend({ created_at: z.iso.datetime() });
