import type { PublicUser } from '../../marketplace/users';
import { permissionsOf } from '../../../permissions';

export type StaffUserView = PublicUser;

export function toStaffUserResponse(user: StaffUserView) {
  return {
    id: user.id,
    email: user.email,
    display_name: user.display_name,
    roles: user.roles,
    permissions: permissionsOf(user.roles),
    created_at: user.created_at.toISOString(),
  };
}
