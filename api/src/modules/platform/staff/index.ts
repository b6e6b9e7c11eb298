export { STAFF_ROLES, hasPermission, isStaff, permissionsOf, type Permission, type StaffRole } from '../../../permissions';
export { UserIdParams } from './staff.schemas';
export { lockActorAndTarget } from './staff.service';
