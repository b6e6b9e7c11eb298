export { STAFF_ROLES, hasPermission, isStaff, permissionsOf, type Permission, type StaffRole } from '../../../http/permissions';
export { UserIdParams } from './staff.schemas';
export { lockActorAndTarget } from './staff.service';
