import { DomainError } from '../../../errors';
import { assertEmailVerified } from './email-gate';

test('an unverified address is refused with 403 email_unverified only while REQUIRE_VERIFIED_EMAIL is on', () => {
  const unverified = { email_verified_at: null };
  expect(() => assertEmailVerified({ REQUIRE_VERIFIED_EMAIL: true }, unverified)).toThrow(expect.objectContaining({ kind: 'forbidden', code: 'email_unverified' }) as DomainError);
  expect(() => assertEmailVerified({ REQUIRE_VERIFIED_EMAIL: true }, { email_verified_at: new Date() })).not.toThrow();
  expect(() => assertEmailVerified({ REQUIRE_VERIFIED_EMAIL: false }, unverified)).not.toThrow();
});
