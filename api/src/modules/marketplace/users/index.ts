export { mustBeAnotherUser } from './user-record';
export { notSuspended, userColumn } from './user-columns';
export {
  type PublicUser,
  activeUsersWithRole,
  findPublicUser,
  findUserRoles,
  findUserStanding,
  freezePayouts,
  lockUsers,
  markIdentityVerified,
  revokeSessionsOf,
  setPayoutSchedule,
  setSuspension,
  setUserRoles,
  userExists,
} from './users.repository';
export { ensureStaffAccount, register } from './users.service';
export { hashToken } from './tokens';
export { resolveSession } from './session-lookup';
