export { type PasswordHasher, createPasswordHasher } from './password';
