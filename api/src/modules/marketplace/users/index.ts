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
export { accountIdByEmail, createExternalAccount, hasUsablePassword } from './external-accounts';
export { ConsoleSessionResponse, SessionResponse, deviceIdOf } from './users.schemas';
export { assertSteppedUp, markSteppedUp } from './step-up';
export { EMAIL_UNVERIFIED_RESPONSE, assertEmailVerified } from './email-gate';
export { hashToken, newToken } from './tokens';
export { resolveSession } from './session-lookup';
export { exportAccount, exportSessions } from './account-export';
export { isMember, pseudonymiseUser } from './deleted-accounts';
