export { mustBeAnotherUser } from './user-record';
export { notSuspended, userColumn } from './user-columns';
export {
  type PublicUser,
  activeUsersWithRole,
  findProfileUser,
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
export { type RequestOrigin, createSeedAccount, ensureStaffAccount, openSession } from './users.service';
export { accountIdByEmail, createExternalAccount, hasUsablePassword } from './external-accounts';
export { SessionResponse } from './users.schemas';
export { toUserResponse } from './users.repository';
export { assertSteppedUp } from './step-up';
export { EMAIL_UNVERIFIED_RESPONSE, assertEmailVerified } from './email-gate';
export { hashToken } from './tokens';
export { resolveSession } from './session-lookup';
export { exportAccount, exportSessions } from './account-export';
export { isMember, pseudonymiseUser } from './deleted-accounts';
export { deviceOf, networkOf } from './network';
