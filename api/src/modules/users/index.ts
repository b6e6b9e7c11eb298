export { mustBeAnotherUser } from './user-record';
export { userExists } from './users.repository';
export { usersRoutes } from './users.routes';
export { ensureStaffAccount, register } from './users.service';
export { type PasswordHasher, createPasswordHasher } from './password';
