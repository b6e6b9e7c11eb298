export { mustBeAnotherUser } from './user-record';
export {
  findUserRoles, findUserStanding, freezePayouts, markIdentityVerified, revokeSessionsOf, setPayoutSchedule, setSuspension, userExists,
} from './users.repository';
export { ensureStaffAccount, register } from './users.service';
