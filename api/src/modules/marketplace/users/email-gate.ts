import type { AuthUser } from '../../../auth-user';
import type { Config } from '../../../config';
import { DomainError } from '../../../errors';

/**
 * Listing, ordering and paying need a verified address (REQUIRE_VERIFIED_EMAIL): the other party and
 * support must be able to reach the account. Browsing and messaging do not.
 */
export function assertEmailVerified(config: Pick<Config, 'REQUIRE_VERIFIED_EMAIL'>, user: Pick<AuthUser, 'email_verified_at'>): void {
  if (!config.REQUIRE_VERIFIED_EMAIL || user.email_verified_at) return;
  throw new DomainError(
    'forbidden',
    'email_unverified',
    'Verify your email address first: follow the link we mailed you (POST /v1/auth/verify-email with its token), or ask for a new one with POST /v1/auth/verify-email/resend',
  );
}

/** For the routes the gate guards: their 403 in the OpenAPI document. */
export const EMAIL_UNVERIFIED_RESPONSE = { description: 'The account’s email address is not verified yet (`email_unverified`)' };
