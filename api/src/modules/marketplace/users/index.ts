export { mustBeAnotherUser } from './user-record';
export { userExists } from './users.repository';
export { ensureStaffAccount, register } from './users.service';
export { hashToken } from './tokens';
