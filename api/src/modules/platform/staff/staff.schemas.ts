import { z } from 'zod';
import { Uuid } from '../../../http/ids';
import { PERMISSIONS, STAFF_ROLES } from '../../../permissions';

export const UserIdParams = z.strictObject({ id: Uuid.describe('The user’s id') });

export const RolesBody = z.strictObject({
  roles: z
    .array(z.enum(STAFF_ROLES, { error: `must be one of ${STAFF_ROLES.join(', ')}` }), { error: 'must be an array of roles' })
    .max(STAFF_ROLES.length, `must list at most ${STAFF_ROLES.length} roles`)
    .refine((roles) => new Set(roles).size === roles.length, 'must not contain duplicates'),
});

export const PermissionSchema = z.enum(PERMISSIONS).meta({ id: 'Permission', description: 'A staff permission; every staff route needs one' });

export const StaffSelfResponse = z
  .object({
    id: z.uuid(),
    email: z.email(),
    display_name: z.string(),
    roles: z.array(z.string()),
    permissions: z.array(PermissionSchema),
  })
  .meta({ id: 'StaffSelf', description: 'The signed-in staff member and their permissions' });

export const StaffUserResponse = StaffSelfResponse.extend({ created_at: z.iso.datetime() }).meta({ id: 'StaffUser' });
