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
  toUserResponse,
  userExists,
} from './users.repository';
export {
  type RequestOrigin,
  type Session,
  type SessionKind,
  assertSignInAllowed,
  checkPassword,
  createSeedAccount,
  ensureStaffAccount,
  recordSignInFailure,
  sessionTtlHours,
  startSession,
  stepUpWithPassword,
} from './users.service';
export { ConsoleSessionResponse, DeviceHeaders, SessionResponse, deviceIdOf } from './users.schemas';
export { assertSteppedUp, markSteppedUp } from './step-up';
export { hashToken, newToken } from './tokens';
export { resolveSession } from './session-lookup';
export { deviceOf, networkOf } from './network';
