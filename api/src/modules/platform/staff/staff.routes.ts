import { route } from '../../../http/route';
import { permissionsOf } from '../../../permissions';
import { RolesBody, StaffSelfResponse, StaffUserResponse, UserIdParams } from './staff.schemas';
import { toStaffUserResponse } from './staff.repository';
import { replaceStaffRoles } from './staff.service';

export const staffRoutes = [
  route({
    method: 'get',
    path: '/v1/admin/me',
    operationId: 'adminGetMe',
    tag: 'admin',
    access: 'staff.self',
    summary: 'The signed-in staff member and their permissions',
    responses: { 200: { description: 'The caller', schema: StaffSelfResponse } },
    handler: async ({ user }) => ({
      status: 200,
      body: { id: user.id, email: user.email, display_name: user.display_name, roles: user.roles, permissions: permissionsOf(user.roles) },
    }),
  }),
  route({
    method: 'post',
    path: '/v1/admin/users/:id/roles',
    operationId: 'adminSetUserRoles',
    tag: 'admin',
    access: 'staff.manage_roles',
    idempotent: true,
    summary: 'Replace a user’s staff roles (an empty list removes them all)',
    params: UserIdParams,
    body: RolesBody,
    responses: {
      200: { description: 'The user with their new roles', schema: StaffUserResponse },
      404: { description: 'No such user' },
      409: { description: 'An admin cannot remove their own admin role' },
    },
    handler: async ({ ctx, user, params, body }) => {
      const updated = await replaceStaffRoles(ctx, user.id, params.id, body.roles);
      return { status: 200, body: toStaffUserResponse(updated) };
    },
  }),
];
